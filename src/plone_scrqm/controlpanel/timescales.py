"""The timescales control panel: the partnership's nation and the length of each clock.

Stored in plone.registry under ``plone_scrqm.timescales.*``; the defaults and their
sources are in ``docs/timescales.md``."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from zope import schema
from zope.interface import Interface
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.clocks.timescales import FROM_AWARE
from plone_scrqm.clocks.timescales import FROM_NOTIFICATION
from plone_scrqm.clocks.timescales import Timescales
from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES
from plone_scrqm.review.settings import PREFIX

DEFAULTS = Timescales()

NATION_CHOICES = SimpleVocabulary(
    [
        SimpleTerm(ENGLAND, ENGLAND, _("England")),
        SimpleTerm(WALES, WALES, _("Wales")),
    ]
)
RAPID_REVIEW_FROM = SimpleVocabulary(
    [
        SimpleTerm(FROM_AWARE, FROM_AWARE, _("Becoming aware of the incident")),
        SimpleTerm(FROM_NOTIFICATION, FROM_NOTIFICATION, _("The notification to the Panel")),
    ]
)


def _days(title, description, default):
    return schema.Int(title=title, description=description, default=default, min=0, max=400)


class ITimescalesSettings(Interface):
    nation = schema.Choice(
        title=_("The partnership's nation"),
        description=_("Sets the bank holidays and which clocks apply."),
        vocabulary=NATION_CHOICES,
        default=DEFAULTS.nation,
    )
    notification_working_days = _days(
        _("England: notification of a serious incident (working days)"),
        _(
            "From the local authority becoming aware of the incident. Working Together 2023, "
            "ch. 5: 5."
        ),
        DEFAULTS.notification_working_days,
    )
    rapid_review_working_days = _days(
        _("England: rapid review (working days)"),
        _("Working Together 2023, ch. 5, and the Panel's guidance: 15."),
        DEFAULTS.rapid_review_working_days,
    )
    rapid_review_from = schema.Choice(
        title=_("England: the rapid review clock runs from"),
        vocabulary=RAPID_REVIEW_FROM,
        default=DEFAULTS.rapid_review_from,
    )
    lcspr_months = _days(
        _("England: local child safeguarding practice review published within (months)"),
        _("From the decision to hold the review. Working Together 2023: 6."),
        DEFAULTS.lcspr_months,
    )
    advance_copy_working_days = _days(
        _("England: advance copy before publication (working days)"),
        _("The full report to the national panel and the Department. Working Together: 7."),
        DEFAULTS.advance_copy_working_days,
    )
    wales_cpr_months = _days(
        _("Wales: child practice review completed within (months)"),
        _(
            "Child practice reviews begun before 1 October 2024. No default: the add-on "
            "found no national figure to cite, so your regional safeguarding board sets it "
            "(0: no clock)."
        ),
        DEFAULTS.wales_cpr_months,
    )
    wales_susr_months = _days(
        _("Wales: single unified safeguarding review completed within (months)"),
        _(
            "From the decision to hold the review. No default: set it from the SUSR statutory "
            "guidance and your regional safeguarding board's procedures (0: no clock)."
        ),
        DEFAULTS.wales_susr_months,
    )


class TimescalesEditForm(RegistryEditForm):
    schema = ITimescalesSettings
    schema_prefix = PREFIX
    label = _("Review timescales")
    description = _(
        "The statutory clocks of case reviews, counted in working days without bank "
        "holidays. No clock pauses: a delay is recorded on the review against the clock it "
        "delays. After a change, the "
        "dashboard shows the new figures when the reviews are next indexed (daily)."
    )


class TimescalesControlPanel(ControlPanelFormWrapper):
    form = TimescalesEditForm
