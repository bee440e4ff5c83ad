"""The Welsh review process (plain Python, no Zope).

Since 1 October 2024 a Welsh regional safeguarding board holds one Single Unified
Safeguarding Review (SUSR) where the criteria of one or more of the former reviews are met
(Welsh Government, "Single Unified Safeguarding Review: statutory guidance", 2024). Child
practice reviews begun before that day keep their type, concise or extended. English
partnerships hold local child safeguarding practice reviews (Working Together 2023).

- ``offered_review_types(nation)``: the types a partnership of ``nation`` may choose;
- ``review_type_problems(nation, data)``: why a record's type does not fit its nation;
- ``susr_missing(transition, record, nation)``: what the SUSR process expects before a move
  of the review's phases, worded like the English guards (``review.phases``).

The sources are cited in ``docs/wales.md``.
"""

from datetime import date

from plone_scrqm import _
from plone_scrqm.clocks.workingdays import ENGLAND
from plone_scrqm.clocks.workingdays import WALES

SUSR_IN_FORCE = date(2024, 10, 1)

SUSR = "susr-wales"
CPR_WALES = "cpr-wales"
OTHER_LEARNING = "other-learning-review"

REVIEW_TYPES_BY_NATION = {
    ENGLAND: ("rapid-review", "lcspr", "scr", OTHER_LEARNING),
    WALES: (SUSR, CPR_WALES, OTHER_LEARNING),
}

# The review criteria a SUSR may meet; several may apply to one incident.
CHILD_PRACTICE = "child-practice"
ADULT_PRACTICE = "adult-practice"
DOMESTIC_HOMICIDE = "domestic-homicide"
MENTAL_HEALTH_HOMICIDE = "mental-health-homicide"
OFFENSIVE_WEAPON_HOMICIDE = "offensive-weapon-homicide"
CRITERIA = (
    CHILD_PRACTICE,
    ADULT_PRACTICE,
    DOMESTIC_HOMICIDE,
    MENTAL_HEALTH_HOMICIDE,
    OFFENSIVE_WEAPON_HOMICIDE,
)
# Strands the Home Office keeps a part in: domestic homicide reviews still go to its
# quality assurance panel; offensive weapon homicide reviews are its statutory reviews
# (Police, Crime, Sentencing and Courts Act 2022), held in Wales through the SUSR.
HOME_OFFICE_CRITERIA = (DOMESTIC_HOMICIDE, OFFENSIVE_WEAPON_HOMICIDE)

# The case review group's recommendation and the board chair's decision
RECOMMEND_SUSR = "hold-susr"
RECOMMEND_NO_SUSR = "no-susr"
RECOMMEND_OTHER_LEARNING = "other-learning"

# Where the chair and reviewers were drawn from
FROM_APPROVED_LIST = "approved-list"
FROM_ELSEWHERE = "elsewhere"

# Legacy child practice reviews
CONCISE = "concise"
EXTENDED = "extended"


def _get(record, name):
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)


def _blank(value):
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == [] or value == () or value == set()


def offered_review_types(nation):
    """The review types a partnership of ``nation`` may choose (all when it is unknown)."""
    if nation in REVIEW_TYPES_BY_NATION:
        return REVIEW_TYPES_BY_NATION[nation]
    return tuple(sorted({t for types in REVIEW_TYPES_BY_NATION.values() for t in types}))


def _started(record):
    """The day the review began: the decision, else the referral."""
    return _get(record, "decision_date") or _get(record, "referral_date")


def review_type_problems(nation, record):
    """Why the record's type of review does not fit the partnership's nation."""
    review_type = _get(record, "review_type")
    if _blank(review_type) or nation not in REVIEW_TYPES_BY_NATION:
        return []
    if review_type not in REVIEW_TYPES_BY_NATION[nation]:
        if nation == WALES:
            return [
                _(
                    "This partnership is in Wales: a review here is a single unified "
                    "safeguarding review (or a child practice review begun before 1 October "
                    "2024), not an English type of review."
                )
            ]
        return [
            _(
                "This partnership is in England: a review here is a local child safeguarding "
                "practice review (or a rapid review or serious case review), not a Welsh type "
                "of review."
            )
        ]
    started = _started(record)
    if review_type == CPR_WALES and started is not None and started >= SUSR_IN_FORCE:
        return [
            _(
                "Since 1 October 2024 a Welsh board holds a single unified safeguarding review "
                "where the criteria of a child practice review are met: a child practice "
                "review is kept only for a review begun before that day."
            )
        ]
    return []


def susr_record_problems(record):
    """Consistency of the SUSR record itself (any nation, any phase)."""
    problems = []
    criteria = _get(record, "susr_criteria") or ()
    unknown = [c for c in criteria if c not in CRITERIA]
    if unknown:
        problems.append(_("Unknown review criteria: choose among the five SUSR criteria."))
    source = _get(record, "susr_reviewers_source")
    if source == FROM_ELSEWHERE and _blank(_get(record, "susr_reviewers_source_reason")):
        problems.append(
            _(
                "The chair or reviewers were not drawn from the approved list: say why and "
                "from where."
            )
        )
    crg = _get(record, "susr_crg_date")
    for name, message in (
        (
            "susr_chair_decision_date",
            _("The chair cannot decide before the case review group met."),
        ),
        (
            "susr_government_notified_date",
            _(
                "Welsh Government cannot have been told of the review before the case review group met."
            ),
        ),
    ):
        later = _get(record, name)
        if crg is not None and later is not None and later < crg:
            problems.append(message)
    return problems


def _needs(record, pairs):
    return [label for name, label in pairs if _blank(_get(record, name))]


_CRITERIA_NEED = (("susr_criteria", _("which SUSR review criteria are met (SUSR guidance)")),)
_CASE_REVIEW_GROUP = (
    ("susr_crg_date", _("the date of the case review group meeting (SUSR guidance)")),
    ("susr_crg_agencies", _("the agencies at the case review group meeting")),
    ("susr_crg_recommendation", _("the case review group's recommendation to the board chair")),
)
_CHAIR_DECISION = (
    ("susr_chair_decision", _("the board chair's decision whether a SUSR takes place")),
    ("susr_chair_decision_date", _("the date of the board chair's decision")),
)
_GOVERNMENT = (
    (
        "susr_government_notified_date",
        _("the date Welsh Government was notified that a SUSR takes place"),
    ),
    ("susr_government_reference", _("Welsh Government's reference for the notification")),
)
_REVIEWERS = (
    ("susr_review_chair", _("the review chair, recommended from the approved list")),
    ("susr_reviewers", _("the reviewer(s), recommended from the approved list")),
    ("susr_reviewers_source", _("where the chair and reviewers were drawn from")),
    ("susr_panel", _("the review panel: the agencies involved in the incident")),
)
_HOME_OFFICE = (
    (
        "susr_home_office_notified_date",
        _(
            "the date the Home Office was told (a domestic homicide or offensive weapon "
            "homicide strand)"
        ),
    ),
)
_FAMILY = _("the family's meeting with the reviewers, or why there was none (SUSR guidance)")
_REPOSITORY = (
    (
        "susr_repository_date",
        _("the date the report was submitted to the Wales Safeguarding Repository"),
    ),
    ("susr_repository_reference", _("the Wales Safeguarding Repository's reference")),
)


def _decide_review_missing(record, review_type):
    missing = []
    if review_type == SUSR:
        decision = _get(record, "susr_chair_decision")
        if not _blank(decision) and decision != RECOMMEND_SUSR:
            missing.append(_("the board chair's decision recorded as 'Hold a SUSR'"))
        missing += _needs(record, _GOVERNMENT)
    if review_type == CPR_WALES and _get(record, "cpr_form") not in (CONCISE, EXTENDED):
        missing.append(_("whether the child practice review is concise or extended"))
    return missing


def susr_missing(transition, record, nation):
    """What the Welsh process expects before ``transition`` of a review of ``nation``.

    English reviews need nothing here. A Welsh review needs the criteria before the board
    chair is asked, the case review group's meeting and the chair's decision before the
    decision is recorded; a SUSR also needs Welsh Government notified, its chair, reviewers
    and panel (and the Home Office told for a domestic homicide or offensive weapon strand)
    before it starts, the family's meeting before the report goes to the board, and its
    submission to the Wales Safeguarding Repository before it is closed. A child practice
    review begun before 1 October 2024 needs its form, concise or extended.
    """
    if nation != WALES:
        return []
    review_type = _get(record, "review_type")
    missing = []
    if transition == "request_decision":
        missing += _needs(record, _CRITERIA_NEED)
    elif transition in ("decide_review", "decide_no_review"):
        missing += _needs(record, _CRITERIA_NEED + _CASE_REVIEW_GROUP + _CHAIR_DECISION)
        if transition == "decide_review":
            missing += _decide_review_missing(record, review_type)
    elif transition == "start_review" and review_type == SUSR:
        missing += _needs(record, _REVIEWERS)
        criteria = _get(record, "susr_criteria") or ()
        if any(c in HOME_OFFICE_CRITERIA for c in criteria):
            missing += _needs(record, _HOME_OFFICE)
    elif transition == "submit_to_board" and review_type == SUSR:
        met = _get(record, "susr_family_meeting_date")
        if _blank(met) and _blank(_get(record, "susr_family_no_meeting_reason")):
            missing.append(_FAMILY)
    elif transition == "close" and review_type == SUSR:
        missing += _needs(record, _REPOSITORY)
    if transition in ("request_decision", "decide_review", "decide_no_review", "start_review"):
        missing += susr_record_problems(record)
        missing += review_type_problems(nation, record)
    return missing
