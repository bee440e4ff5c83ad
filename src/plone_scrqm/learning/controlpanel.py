"""The partnership's theme list: Site Setup, "Learning themes". One theme a line,
``token | Title``; the token is stable (findings, reports and actions store it), the title
may change. Seeded titles are translated; a partnership's own show as typed."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid

from plone_scrqm import _
from plone_scrqm.learning import rules


def readable_theme_list(lines):
    try:
        themes = rules.parse_theme_lines(lines)
    except rules.ThemeListError as error:
        raise Invalid(str(error)) from None
    if not themes:
        raise Invalid(_("Give at least one theme."))
    return True


class ILearningThemesSettings(Interface):
    learning_themes = schema.List(
        title=_("Learning themes"),
        description=_(
            "One theme a line: token | title, for example 'neglect | Neglect'. The token "
            "(lower-case letters, digits and hyphens) is what findings, reports and actions "
            "store: do not change it once used. Removing a theme does not change items "
            "already tagged."
        ),
        value_type=schema.TextLine(),
        required=True,
        constraint=readable_theme_list,
    )


class LearningThemesEditForm(RegistryEditForm):
    schema = ILearningThemesSettings
    schema_prefix = "plone_scrqm"
    label = _("Learning themes")
    description = _(
        "The themes findings, reports and actions are tagged with, for the learning page "
        "and the public listing."
    )


class LearningThemesControlPanel(ControlPanelFormWrapper):
    form = LearningThemesEditForm
