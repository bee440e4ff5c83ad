"""Bilingual publication of a Welsh partnership's report and response (plain Python).

A public body publishing for a Welsh board works under the Welsh Language Standards, which
expect documents published in Welsh and English. Each language is its own item inside the
review (``language``), linked to the other (``counterpart``). The chair's approval and the
publication of a version need the other version in the same state (or a reason recorded for
publishing one language only). Each condition is a separate check (``bilingual.py``).
"""

from plone_scrqm import _

WELSH = "cy"
ENGLISH = "en"
LANGUAGES = (WELSH, ENGLISH)

READY_FOR_APPROVAL = ("awaiting_approval", "approved", "published")
READY_FOR_PUBLICATION = ("approved", "published")

OTHER = {WELSH: ENGLISH, ENGLISH: WELSH}

# The link to a version is written in that version's language, whatever the interface
# language: a reader of Welsh finds "Darllen y fersiwn Gymraeg" on the English page.
READ_IN = {WELSH: "Darllen y fersiwn Gymraeg", ENGLISH: "Read the English version"}

_OTHER_VERSION = {
    WELSH: _("the English version of this document"),
    ENGLISH: _("the Welsh version of this document"),
}


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def language_problems(language):
    """A Welsh partnership's document says which language it is in."""
    if language not in LANGUAGES:
        return [_("the language of this version: Welsh or English (Welsh Language Standards)")]
    return []


def counterpart_problems(language, counterpart_language, single_language_reason):
    """The other language's version is linked, or a reason for one language is recorded."""
    if not _blank(single_language_reason) or language not in LANGUAGES:
        return []
    if counterpart_language is None:
        return [
            _(
                "${version}, linked as its counterpart, or a recorded reason for publishing "
                "in one language only (Welsh Language Standards)",
                mapping={"version": _OTHER_VERSION[language]},
            )
        ]
    if counterpart_language != OTHER[language]:
        return [_("a counterpart in the other language: both versions are in the same language")]
    return []


def counterpart_ready_problems(language, counterpart_state, single_language_reason, ready_states):
    """The linked version is as far on as approval (or publication) needs."""
    if not _blank(single_language_reason) or language not in LANGUAGES:
        return []
    if counterpart_state is None or counterpart_state in ready_states:
        return []
    if ready_states == READY_FOR_PUBLICATION:
        return [
            _(
                "${version} approved: both languages are published together",
                mapping={"version": _OTHER_VERSION[language]},
            )
        ]
    return [
        _(
            "${version} awaiting approval or approved: both languages are approved together",
            mapping={"version": _OTHER_VERSION[language]},
        )
    ]


def language_order(available, visitor_language=None, welsh_first=False):
    """The order to show a review's versions in: the visitor's interface language first
    where that version exists; otherwise Welsh first on a Welsh site; then the rest."""
    available = list(available)  # "" is a document whose language is not recorded
    preference = list(LANGUAGES) if welsh_first else [ENGLISH, WELSH]
    if visitor_language in available:
        preference = [visitor_language] + [lang for lang in preference if lang != visitor_language]
    ordered = [lang for lang in preference if lang in available]
    ordered += [lang for lang in available if lang not in ordered]
    return ordered
