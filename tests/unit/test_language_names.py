"""The letter languages are named in the reader's language: each has a translatable name."""

from zope.i18n import interpolate
from zope.i18nmessageid import Message

from plone_scrqm.families.vocabularies import LANGUAGE_NAMES
from plone_scrqm.families.vocabularies import LETTER_LANGUAGES
from plone_scrqm.letters.languages import LANGUAGES


def test_every_letter_language_has_a_translatable_name():
    assert {language.english_name for language in LANGUAGES} <= set(LANGUAGE_NAMES)
    for term in LETTER_LANGUAGES:
        assert isinstance(term.title, Message)
        assert term.title.domain == "plone_scrqm"


def test_the_english_titles_are_unchanged():
    def english(title):
        mapping = {k: str(v) for k, v in (title.mapping or {}).items()}
        return interpolate(title.default or str(title), mapping)

    titles = {term.value: english(term.title) for term in LETTER_LANGUAGES}
    assert titles["cy"] == "Welsh (Cymraeg)"
    assert titles["ur"] == "Urdu (اردو)"
    assert titles["en"] == "English"
