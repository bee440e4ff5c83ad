"""Which letter, in which languages, with which variables: plain Python, no Zope.

The view asks :func:`request_problem` first (a clear 400 for an unknown letter, language or
member), then :func:`sections` for what to print, each section a language with its subject
and paragraphs as message ids, and :func:`variables` for what fills them in.
"""

from datetime import date

from babel.dates import format_date as cldr_date

from plone_scrqm.letters import texts
from plone_scrqm.letters.languages import BY_CODE
from plone_scrqm.letters.languages import CODES
from plone_scrqm.letters.languages import languages_of

LETTER_KINDS = tuple(texts.LETTERS)
FORMATS = ("page", "pdf")

# The partnership details the letters print (registry records under
# ``plone_scrqm.partnership``), and those a letter cannot go out without.
SETTINGS = (
    "name",
    "address",
    "contact_name",
    "contact_phone",
    "contact_email",
    "website",
    "logo_url",
    "signatory_name",
    "signatory_role",
)
REQUIRED_SETTINGS = ("name", "contact_name", "contact_phone", "contact_email", "signatory_name")


# What a letter prints from the review's own record (fields of the review), and cannot be
# written without: the invitation says what the review is looking at (its terms of
# reference, the scope) and the period it covers (QM6, QM12).
REVIEW_RECORD = {"invite": ("terms_of_reference", "period_under_review")}


class LetterRequestProblem(ValueError):
    """A request for a letter that cannot be made: ``parameter`` names what is wrong and
    ``allowed`` what would be right (empty when there is no fixed list); ``missing`` the
    fields of the review's record the letter needs and does not have yet."""

    def __init__(self, parameter, value, allowed=(), missing=()):
        super().__init__(parameter, value)
        self.parameter = parameter
        self.value = value
        self.allowed = tuple(allowed)
        self.missing = tuple(missing)


def missing_from_record(letter, review_record):
    """The fields of ``REVIEW_RECORD`` the letter needs that the review has not recorded."""
    review_record = review_record or {}
    return [
        name
        for name in REVIEW_RECORD.get(letter, ())
        if not (review_record.get(name) or "").strip()
    ]


def request_problem(
    letter, lang, fmt="page", member_found=True, publication_date=None, review_record=None
):
    """The first problem of a letter request, or None. ``review_record``: the review's
    fields named in ``REVIEW_RECORD`` (a mapping)."""
    if letter not in LETTER_KINDS:
        return LetterRequestProblem("letter", letter, LETTER_KINDS)
    if lang not in CODES:
        return LetterRequestProblem("lang", lang, CODES)
    if fmt not in FORMATS:
        return LetterRequestProblem("format", fmt, FORMATS)
    if not member_found:
        return LetterRequestProblem("member", None)
    if letter == "publication" and publication_date is None:
        return LetterRequestProblem("publication_date", None)
    missing = missing_from_record(letter, review_record)
    if missing:
        return LetterRequestProblem("review_record", None, missing=missing)
    return None


def sections(letter, lang):
    """``[(language, subject, paragraphs)]``: one section per language printed."""
    subject, body = texts.LETTERS[letter]
    paragraphs = (*body, texts.INTERPRETER, texts.CONTACT)
    return [(language, subject, paragraphs) for language in languages_of(lang)]


def format_date(value, lang="en"):
    """A date in words in the letter's language, as the language writes a date in a letter:
    "29 November 2026", "29 Tachwedd 2026", "29 نومبر، 2026" (the Unicode CLDR's long date
    format, through Babel). ``lang`` is a letter language's code (``languages.py``)."""
    if not isinstance(value, date):
        return ""
    language = BY_CODE.get(lang) or BY_CODE["en"]
    return cldr_date(value, format="long", locale=language.html_lang.replace("-", "_"))


FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(value):
    """``value`` between Unicode isolates, so a Latin name, phone number or email address
    keeps its own direction inside right-to-left text."""
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}" if value else value


def variables(
    addressee, child, settings, publication_date=None, direction="ltr", period="", lang="en"
):
    """``period``: the period under review as the review records it (its own words);
    ``lang``: the code of the language of the section the variables fill in (dates)."""
    settings = settings or {}
    values = {
        "addressee": addressee,
        "child": child,
        "partnership": settings.get("name") or "",
        "contact_name": settings.get("contact_name") or "",
        "contact_phone": settings.get("contact_phone") or "",
        "contact_email": settings.get("contact_email") or "",
        "publication_date": format_date(publication_date, lang),
        "period": (period or "").strip(),
    }
    if direction == "rtl":
        return {name: isolated(value) for name, value in values.items()}
    return values


def missing_settings(settings):
    settings = settings or {}
    return [name for name in REQUIRED_SETTINGS if not (settings.get(name) or "").strip()]


def language_name(code):
    language = BY_CODE.get(code)
    return language.english_name if language else code
