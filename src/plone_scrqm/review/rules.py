"""Consistency rules for a case review record (plain Python, no Zope).

Each rule reads a mapping-like ``data`` (a form's data, a REST payload merged with the
stored record, or a plain dict in tests) and returns the problems it finds. The content
type's schema invariants call these rules, so the add form, the edit form and plone.restapi
apply exactly the same checks.
"""

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.facts import PUBLISH_FULL
from plone_scrqm.review.plan import check_milestones
from plone_scrqm.review.problems import Problem

DECISION_REVIEW = "review"
DECISION_NO_REVIEW = "no-review"
BASIS_OTHER = "other-reason"


def _get(data, name):
    if isinstance(data, dict):
        return data.get(name)
    return getattr(data, name, None)


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


# Dates that must come in this order when both are given: (earlier, later, message).
DATE_ORDER = (
    (
        "incident_date",
        "referral_date",
        _("The date referred cannot be before the date of the incident."),
    ),
    (
        "referral_date",
        "decision_date",
        _("The date of the decision cannot be before the date the case was referred."),
    ),
    (
        "incident_date",
        "decision_date",
        _("The date of the decision cannot be before the date of the incident."),
    ),
    (
        "decision_date",
        "board_advised_date",
        _("Board members cannot have been advised of the decision before it was made."),
    ),
    (
        "decision_date",
        "planned_completion_date",
        _("The planned completion date cannot be before the decision to hold the review."),
    ),
    (
        "aware_date",
        "notification_date",
        _(
            "The national panel cannot have been notified before the partnership became "
            "aware of the serious incident."
        ),
    ),
    (
        "notification_date",
        "rapid_review_completed_date",
        _("The rapid review cannot have been completed before the notification."),
    ),
)

PAST_DATES = (
    ("incident_date", _("The date of the incident cannot be in the future.")),
    ("referral_date", _("The date referred cannot be in the future.")),
    ("decision_date", _("The date of the decision cannot be in the future.")),
    ("board_advised_date", _("The date board members were advised cannot be in the future.")),
    ("aware_date", _("The date the partnership became aware cannot be in the future.")),
    ("notification_date", _("The date of the notification cannot be in the future.")),
    (
        "rapid_review_completed_date",
        _("The date the rapid review was completed cannot be in the future."),
    ),
    ("advance_copy_sent_date", _("The date the advance copy was sent cannot be in the future.")),
    (
        "publication_decision_told_date",
        _("The date the Panel was told of the publication decision cannot be in the future."),
    ),
) + tuple(
    (
        f"{clock}_delay_{told}",
        _("The date someone was told of a delay cannot be in the future."),
    )
    for clock in ("notification", "rapid_review", "publication")
    for told in ("board_told", "panel_told", "government_told")
)


def check_dates(data, today=None):
    today = today or current_day()
    problems = []
    for name, message in PAST_DATES:
        value = _get(data, name)
        if value is not None and value > today:
            problems.append(Problem((name,), message))
    for earlier, later, message in DATE_ORDER:
        first, second = _get(data, earlier), _get(data, later)
        if first is not None and second is not None and second < first:
            problems.append(Problem((earlier, later), message))
    return problems


def check_referral(data):
    problems = []
    if _get(data, "referral_basis") == BASIS_OTHER and _blank(_get(data, "referral_other_reason")):
        problems.append(
            Problem(
                ("referral_other_reason",),
                _(
                    "The case was referred for a reason other than the statutory criteria: "
                    "say what the reason is."
                ),
            )
        )
    return problems


DECISION_NEEDS = (
    ("decision_date", _("A decision needs the date it was made.")),
    ("decided_by", _("A decision needs the name or role of who made it.")),
    ("decision_rationale", _("A decision needs its rationale (QM2): why a review is held or not.")),
)


def check_decision(data):
    decision = _get(data, "decision")
    if _blank(decision):
        return []
    problems = [
        Problem((name,), message) for name, message in DECISION_NEEDS if _blank(_get(data, name))
    ]
    if decision == DECISION_REVIEW and _blank(_get(data, "review_type")):
        problems.append(
            Problem(("review_type",), _("A decision to hold a review needs the type of review."))
        )
    return problems


def check_plan(data):
    return check_milestones(_get(data, "milestones"))


def check_publication_decision(data):
    """Publishing less than the full report, or nothing, needs its reasons (Working
    Together 2023, ch. 5)."""
    decision = _get(data, "publication_decision")
    if _blank(decision) or decision == PUBLISH_FULL:
        return []
    if _blank(_get(data, "publication_decision_reasons")):
        return [
            Problem(
                ("publication_decision_reasons",),
                _("A decision not to publish the full report needs its reasons."),
            )
        ]
    return []


def delay_problems(clocks):
    """What the delay record of each delayed clock still lacks: the reason and who was told
    (QM1 Q3, QM2 Q5, QM8 Q4), each clock its own record."""
    problems = []
    for clock in clocks:
        for suffix, message in clock.delay_missing:
            problems.append(
                Problem(
                    (f"{clock.id}_delay_{suffix}",),
                    _(
                        "${clock} is past its due date: record ${need}.",
                        mapping={"clock": clock.title, "need": message},
                    ),
                )
            )
    return problems


RULES = (check_dates, check_referral, check_decision, check_plan, check_publication_decision)


def check_review(data, today=None):
    """All problems of a review record, in a stable order."""
    problems = check_dates(data, today=today)
    for rule in RULES[1:]:
        problems.extend(rule(data))
    return problems
