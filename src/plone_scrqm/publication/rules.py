"""When a review report or board response may be approved and published (plain Python).

The report and the board's written response are published together (QM16, QM17). The
chair's approval and the publication are refused, with the reasons named, while anything
here is unmet. ``facts`` is gathered by the Zope side (``publication/checks.py``):

- ``kind``: ``"report"`` or ``"response"``
- ``publication_date``: this item's publication date (a ``date`` or ``None``)
- ``partner_state`` / ``partner_publication_date``: the other item's workflow state and date
  (``None`` when the review has no such item)
- ``family_told_date`` / ``professionals_told_date``: from the review report (QM17 Q2–3)
- ``blocking``: further reasons from the checks plugged in (an active publication embargo
  of a parallel process, the privacy check), already worded for people
"""

from plone_scrqm import _

# Review phases in which the board has the report: its documents may be approved and
# published. "published" and "implementation" let a document withdrawn and corrected after
# publication be approved and published again.
REVIEW_PHASES_FOR_PUBLICATION = ("board_response", "published", "implementation")

PARTNER_READY_FOR_APPROVAL = ("awaiting_approval", "approved", "published")
PARTNER_READY_FOR_PUBLICATION = ("approved", "published")

_PARTNER_MISSING = {
    "report": _("the board's written response, published with the report (QM16)"),
    "response": _("the review report this response answers (QM14)"),
}
_PARTNER_NOT_READY = {
    "report": _("the board's written response awaiting approval or approved (QM16)"),
    "response": _("the review report awaiting approval or approved (QM14)"),
}
_PARTNER_NOT_APPROVED = {
    "report": _("the board's written response approved: they are published together"),
    "response": _("the review report approved: they are published together"),
}


def approval_problems(facts, today):
    """Reasons the chair cannot approve publication yet; empty when approval may go ahead."""
    problems = []
    publication_date = facts.get("publication_date")
    if publication_date is None:
        problems.append(_("a publication date"))
    elif publication_date < today:
        problems.append(_("a publication date that is not in the past"))
    problems.extend(_told_problems(facts))
    kind = facts.get("kind", "report")
    partner_state = facts.get("partner_state")
    if partner_state is None:
        problems.append(_PARTNER_MISSING[kind])
    elif partner_state not in PARTNER_READY_FOR_APPROVAL:
        problems.append(_PARTNER_NOT_READY[kind])
    partner_date = facts.get("partner_publication_date")
    if (
        publication_date is not None
        and partner_state in PARTNER_READY_FOR_PUBLICATION
        and partner_date is not None
        and partner_date != publication_date
    ):
        problems.append(_("the same publication date as the approved partner document"))
    problems.extend(facts.get("blocking", ()))
    return problems


def publication_problems(facts, today):
    """Reasons an approved item cannot be published now; empty when it may be."""
    problems = []
    publication_date = facts.get("publication_date")
    if publication_date is None:
        problems.append(_("a publication date"))
    elif publication_date > today:
        problems.append(_("the publication date to be reached"))
    problems.extend(_told_problems(facts))
    kind = facts.get("kind", "report")
    if facts.get("partner_state") not in PARTNER_READY_FOR_PUBLICATION:
        problems.append(_PARTNER_NOT_APPROVED[kind])
    problems.extend(facts.get("blocking", ()))
    return problems


def _told_problems(facts):
    problems = []
    if facts.get("family_told_date") is None:
        problems.append(_("a record of when the family were told the publication date (QM17)"))
    if facts.get("professionals_told_date") is None:
        problems.append(
            _("a record of when the professionals involved were told the publication date (QM17)")
        )
    return problems


def review_phase_allows_publication(review_state):
    """Whether a review in ``review_state`` has its report with the board."""
    return review_state in REVIEW_PHASES_FOR_PUBLICATION
