"""The phases of a case review and what each move between them needs (plain Python).

The states and transitions are defined in ``workflows/workflows/scrqm_review_workflow``;
this module says, for each transition, which parts of the record the quality markers
expect before it, so the workflow's guards, the review page and the REST API name exactly
what is missing. ``facts`` carries what is not a field of the record: whether the review has
a report, in which state its report and board response are, and what the delay record of
each clock past its due date still lacks (``delay_problems``).
"""

from plone_scrqm import _
from plone_scrqm.review.rules import DECISION_NO_REVIEW
from plone_scrqm.review.rules import DECISION_REVIEW
from plone_scrqm.review.rules import check_review

# state id: (title, the markers it follows)
PHASES = {
    "referred": (_("Referred"), (1,)),
    "decision_pending": (_("Decision pending"), (2,)),
    "not_proceeding": (_("Not proceeding"), (2, 3)),
    "setting_up": (_("Setting up"), (3, 4, 5, 6)),
    "running": (_("Running"), (7, 8, 9, 10, 11, 12, 13)),
    "reporting": (_("Reporting"), (13, 14)),
    "board_response": (_("Board response"), (15, 16)),
    "published": (_("Published"), (17,)),
    "implementation": (_("Implementation"), (18,)),
    "closed": (_("Closed"), ()),
}

# Fields a transition needs filled in: (field, what to call it when missing)
_REFERRAL = (
    ("referral_date", _("the date referred (QM1)")),
    ("referral_rationale", _("the rationale for the referral (QM1)")),
    ("referral_basis", _("whether the statutory criteria are met or the other reason (QM1)")),
)
_DECISION = (
    ("decision_date", _("the date of the decision (QM2)")),
    ("decided_by", _("who decided (QM2)")),
    ("decision_rationale", _("the rationale for the decision (QM2)")),
)
_SET_UP = (
    ("board_advised_date", _("when board members were advised of the decision (QM3)")),
    ("purpose_statement", _("the statement of purpose (QM5)")),
    ("terms_of_reference", _("the terms of reference (QM6)")),
    ("lead_reviewers", _("the lead reviewer(s) (QM6, QM8)")),
    ("conducted_by", _("who conducts the review (QM7)")),
    ("quality_assured_by", _("who quality-assures and challenges it (QM7)")),
    ("signed_off_by", _("who signs off the report (QM7)")),
    ("planned_completion_date", _("the planned completion date (QM8)")),
)

REQUIRED_FIELDS = {
    "request_decision": _REFERRAL,
    "decide_review": (("review_type", _("the type of review (QM2)")), *_DECISION),
    "decide_no_review": _DECISION,
    "start_review": _SET_UP,
}

# A decision transition also needs the decision recorded as that decision.
REQUIRED_DECISION = {
    "decide_review": (DECISION_REVIEW, _("the decision recorded as 'Hold a review' (QM2)")),
    "decide_no_review": (
        DECISION_NO_REVIEW,
        _("the decision recorded as 'Do not hold a review' (QM2)"),
    ),
}

# Moves refused while a clock is past its due date and its delay record lacks the reason or
# who was told (QM1, QM2, QM8). Moves back, and the automatic publication, are not held.
DELAY_CHECKED = (
    "request_decision",
    "decide_review",
    "decide_no_review",
    "start_review",
    "submit_to_board",
)

REPORT_STATES_PRESENTED = ("quality_assurance", "awaiting_approval", "approved", "published")


def _get(record, name):
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)


def _blank(value):
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == [] or value == ()


def missing_for(transition, record, facts=None):
    """What the record still needs before ``transition``, as translatable messages.

    An empty list means nothing is missing (who may do the transition is the workflow's
    business, not this function's). Unknown transitions need nothing.
    """
    facts = facts or {}
    missing = [
        label for name, label in REQUIRED_FIELDS.get(transition, ()) if _blank(_get(record, name))
    ]
    if transition in REQUIRED_DECISION:
        wanted, label = REQUIRED_DECISION[transition]
        if _get(record, "decision") != wanted:
            missing.insert(0, label)
    if transition == "submit_to_board" and (
        facts.get("report_state") not in REPORT_STATES_PRESENTED
    ):
        missing.append(_("a review report that has gone to quality assurance (QM14)"))
    if transition == "mark_published":
        if facts.get("report_state") != "published":
            missing.append(_("the review report published (QM17)"))
        if facts.get("response_state") != "published":
            missing.append(_("the board's written response published (QM16, QM17)"))
    if transition in REQUIRED_FIELDS or transition in REQUIRED_DECISION:
        # A record that breaks the review rules cannot move on either.
        missing.extend(problem.message for problem in check_review(record))
    if transition in DELAY_CHECKED:
        missing.extend(problem.message for problem in facts.get("delay_problems", ()))
    return missing
