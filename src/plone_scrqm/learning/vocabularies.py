"""The theme vocabulary shared by findings, reports and actions (stable tokens, translated
titles), the contributory factor levels, wider relevance, RAG and the partnership's
learning priorities."""

from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm.learning import rules
from plone_scrqm.learning.titles import FACTOR_LEVEL_TITLES
from plone_scrqm.learning.titles import RAG_TITLES
from plone_scrqm.learning.titles import RELEVANCE_TITLES

THEMES_RECORD = "plone_scrqm.learning_themes"
DOMAIN = "plone_scrqm"


def current_themes():
    """The partnership's themes from the registry (``token | Title`` lines; a bare title
    takes its token from its words). Unreadable lines are skipped, never fatal here: the
    control panel refuses them when they are saved."""
    lines = api.portal.get_registry_record(THEMES_RECORD, default=None) or []
    themes, seen = [], set()
    for line in lines:
        try:
            parsed = rules.parse_theme_lines([line])
        except rules.ThemeListError:
            continue
        for theme in parsed:
            if theme.token not in seen:
                seen.add(theme.token)
                themes.append(theme)
    return themes


def theme_title(theme):
    """The title as a message of the add-on's domain: the seeded titles have translations,
    a partnership's own show as typed."""
    return Message(theme.title, domain=DOMAIN, default=theme.title)


def theme_titles(request=None):
    """``{token: translated title}`` of the current themes."""
    return {
        theme.token: translate(theme_title(theme), context=request) for theme in current_themes()
    }


def title_of(token, titles):
    """The translated title of a token, or the token itself for a theme since removed."""
    return titles.get(token) or token


@provider(IVocabularyFactory)
def learning_themes(context):
    return SimpleVocabulary(
        [SimpleTerm(t.token, t.token, theme_title(t)) for t in current_themes()]
    )


def _fixed(titles):
    return SimpleVocabulary([SimpleTerm(key, key, title) for key, title in titles.items()])


@provider(IVocabularyFactory)
def factor_levels(context):
    return _fixed({level: FACTOR_LEVEL_TITLES[level] for level in rules.FACTOR_LEVELS})


@provider(IVocabularyFactory)
def wider_relevance(context):
    return _fixed({key: RELEVANCE_TITLES[key] for key in rules.RELEVANCE})


@provider(IVocabularyFactory)
def rag(context):
    return _fixed({key: RAG_TITLES[key] for key in rules.RAG})


@provider(IVocabularyFactory)
def learning_priorities(context):
    """The partnership's learning priorities, by UID (from the catalog)."""
    brains = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        portal_type="LearningPriority", sort_on="sortable_title"
    )
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])
