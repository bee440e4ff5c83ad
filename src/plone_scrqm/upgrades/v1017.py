"""1016 → 1017: one theme vocabulary for findings, reports and actions.

The theme list becomes ``token | Title`` lines (the seeded themes added, the partnership's
own kept); findings' stored titles and reports' free-text themes become tokens (a report's
theme no theme stands for is added to the list, so nothing is lost); the new behaviours,
type, workflow, catalog indexes, permissions and control panel are installed and the
tagged items reindexed."""

from plone import api

from plone_scrqm.learning import rules
from plone_scrqm.learning.vocabularies import THEMES_RECORD

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS = "profile-plone_scrqm:workflows"


def _lenient(lines):
    themes, seen = [], set()
    for line in lines or ():
        try:
            parsed = rules.parse_theme_lines([line])
        except rules.ThemeListError:
            parsed = [rules.Theme(rules.slug(line), line.strip())] if rules.slug(line) else []
        for theme in parsed:
            if theme.token not in seen:
                seen.add(theme.token)
                themes.append(theme)
    return themes


def merged_themes(current_lines):
    """The partnership's current themes first, then the seeded ones it does not have."""
    themes = _lenient(current_lines)
    tokens = {theme.token for theme in themes}
    themes += [theme for theme in rules.SEED_THEMES if theme.token not in tokens]
    return themes


def upgrade(setup_tool):
    for step in ("rolemap", "typeinfo", "catalog", "controlpanel"):
        setup_tool.runImportStepFromProfile(PROFILE, step)
    setup_tool.runImportStepFromProfile(WORKFLOWS, "workflow")

    themes = merged_themes(api.portal.get_registry_record(THEMES_RECORD, default=None))
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type=["Finding", "ReviewReport", "ImprovementAction", "CaseReview"]
    ):
        obj = brain._unrestrictedGetObject()
        stored = list(getattr(obj, "learning_themes", None) or ())
        if stored:
            tokens, added = rules.map_values(stored, themes)
            themes += added
            if tokens != stored:
                obj.learning_themes = tokens
        obj.reindexObject(idxs=["scrqm_themes", "scrqm_priorities"])
    api.portal.set_registry_record(THEMES_RECORD, [rules.theme_line(t) for t in themes])
