"""The board's minimum time with a review's report: Site Setup, "Board's time with a
report". Stored in plone.registry as ``plone_scrqm.board_minimum_days`` (read by
``BoardTimeCheck``, ``checks.py``); 0 sets no minimum."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from zope import schema
from zope.interface import Interface

from plone_scrqm import _

BOARD_MINIMUM_MAX = 90


class IBoardTimeSettings(Interface):
    board_minimum_days = schema.Int(
        title=_("Days the board should have the report before agreeing the response"),
        description=_(
            "A whole number of days from 0 to 90. When the chair approves the board's "
            "response, the add-on warns if the board had the report for fewer days (QM15 "
            "Q3, QM16 Q1). 0: no minimum, no warning."
        ),
        min=0,
        max=BOARD_MINIMUM_MAX,
        default=0,
        required=True,
    )


class BoardTimeEditForm(RegistryEditForm):
    schema = IBoardTimeSettings
    schema_prefix = "plone_scrqm"
    label = _("Board's time with a report")
    description = _(
        "The partnership's minimum time for the board to read a review's report before it "
        "agrees its response. It only warns: the approval is never held back."
    )


class BoardTimeControlPanel(ControlPanelFormWrapper):
    form = BoardTimeEditForm
