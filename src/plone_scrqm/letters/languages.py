"""The languages letters are written in, in plain Python.

``code`` is what the ``lang`` parameter of ``@@family-letter`` takes; ``catalogue`` is the
folder under ``locales/`` that holds its ``plone_scrqm_letters.po``. Easy-read English is a
catalogue of its own (``locales/en_easyread``), with the same message ids as English and
simpler text: zope.i18n registers every folder under ``locales/`` that has an
``LC_MESSAGES`` folder as a language, whatever its name, and a letter is always translated
with an explicit target language, so no browser negotiation is involved.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class LetterLanguage:
    code: str
    catalogue: str
    html_lang: str
    direction: str
    name: str
    english_name: str
    script: str
    followed_by: tuple = ()  # codes of languages printed after this one (bilingual letters)


LANGUAGES = (
    LetterLanguage("en", "en", "en-GB", "ltr", "English", "English", "Latin"),
    LetterLanguage(
        "en-easyread", "en_easyread", "en-GB", "ltr", "Easy read", "Easy-read English", "Latin"
    ),
    # Welsh letters are bilingual, Welsh first (Welsh Language Standards).
    LetterLanguage("cy", "cy", "cy", "ltr", "Cymraeg", "Welsh", "Latin", followed_by=("en",)),
    LetterLanguage("pl", "pl", "pl", "ltr", "Polski", "Polish", "Latin"),
    LetterLanguage("ro", "ro", "ro", "ltr", "Română", "Romanian", "Latin"),
    LetterLanguage("pa", "pa", "pa-Guru", "ltr", "ਪੰਜਾਬੀ", "Panjabi (Gurmukhi)", "Gurmukhi"),
    LetterLanguage("ur", "ur", "ur", "rtl", "اردو", "Urdu", "Arabic (Nastaliq)"),
    LetterLanguage("pt", "pt", "pt", "ltr", "Português", "Portuguese", "Latin"),
    LetterLanguage("es", "es", "es", "ltr", "Español", "Spanish", "Latin"),
    LetterLanguage("ar", "ar", "ar", "rtl", "العربية", "Arabic", "Arabic"),
    LetterLanguage("bn", "bn", "bn", "ltr", "বাংলা", "Bengali", "Bengali"),
    LetterLanguage("gu", "gu", "gu", "ltr", "ગુજરાતી", "Gujarati", "Gujarati"),
    LetterLanguage("it", "it", "it", "ltr", "Italiano", "Italian", "Latin"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
CODES = tuple(BY_CODE)
DEFAULT_CODE = "en"


def get_language(code):
    return BY_CODE.get(code)


def languages_of(code):
    """The languages a letter in ``code`` is printed in, in order (Welsh, then English)."""
    first = BY_CODE[code]
    return [first, *(BY_CODE[other] for other in first.followed_by)]
