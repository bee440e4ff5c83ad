"""Why a letter to a family member cannot be written: the messages its page and its REST
service give, and the exception the service asks the page to raise instead of rendering its
refusal page."""

from plone_scrqm import _

PROBLEM_MESSAGES = {
    "letter": _(
        "Unknown letter '${value}'. Choose one of: ${allowed}.",
    ),
    "lang": _("Letters are not available in '${value}'. Choose one of: ${allowed}."),
    "format": _("Unknown format '${value}'. Choose one of: ${allowed}."),
    "member": _("No family member of this review has that identifier (member=…)."),
    "publication_date": _(
        "The review's report has no publication date yet. Set the date on the report before "
        "writing to the family about publication (QM17)."
    ),
    "review_record": _(
        "The review has not recorded this yet: ${missing}. The invitation tells the family "
        "what the review is looking at and the period it covers, in the review's own words: "
        "fill in the review's commissioning (QM6) before inviting the family to take part."
    ),
}


class LetterRefused(Exception):
    """The letter's page refused (its ``raise_refusals`` is set): ``message`` says why, in
    the user's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message
