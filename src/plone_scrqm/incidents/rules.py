"""From a serious incident to a local review: the rules (plain Python, no Zope).

A serious incident record holds the notification; the rapid review inside it holds the
agencies' contributions, the meeting, the learning, the recommendation and the Panel's
response. When the partners decide on a local review, the review is started from them
("converted", as the Panel's tracker calls it). The clocks of the notification and of the
rapid review stay with the incident (``docs/incidents.md``).
"""

from dataclasses import replace
from typing import NamedTuple

from plone_scrqm import _
from plone_scrqm.clocks.facts import NO
from plone_scrqm.clocks.facts import YES
from plone_scrqm.clocks.facts import ClockFacts
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.review.entries import is_date
from plone_scrqm.review.entries import parse_date
from plone_scrqm.review.entries import split_line
from plone_scrqm.review.problems import Problem

# The child's status when it happened (more than one may apply)
LOOKED_AFTER = "looked-after"
CHILD_PROTECTION_PLAN = "child-protection-plan"
CHILD_IN_NEED = "child-in-need"
CHILD_STATUSES = (
    (LOOKED_AFTER, _("Looked after by a local authority")),
    (CHILD_PROTECTION_PLAN, _("Subject to a child protection plan")),
    (CHILD_IN_NEED, _("A child in need")),
)

# The rapid review's recommendation
LOCAL_REVIEW = "local-review"
NATIONAL_REVIEW = "national-review"
NO_FURTHER_REVIEW = "no-further-review"
RECOMMENDATIONS = (
    (LOCAL_REVIEW, _("A local child safeguarding practice review")),
    (NATIONAL_REVIEW, _("Refer to the Panel for a national review")),
    (NO_FURTHER_REVIEW, _("No further review")),
)

# The Panel's response to the rapid review
PANEL_AGREES = "agrees"
PANEL_ASKS_MORE = "asks-for-more"
PANEL_NATIONAL = "national-review"
PANEL_RESPONSES = (
    (PANEL_AGREES, _("The Panel agrees")),
    (PANEL_ASKS_MORE, _("The Panel asks for more information")),
    (PANEL_NATIONAL, _("The Panel will hold a national review")),
)

# The statutory correspondence log (on an incident and on a review)
NOTIFICATION = "notification"
RAPID_REVIEW_SENT = "rapid-review-sent"
PANEL_RESPONSE = "panel-response"
DELAY_NOTICE = "delay-notice"
ADVANCE_COPY = "advance-copy"
NOT_PUBLISHING_NOTICE = "decision-not-to-publish"
OTHER_LETTER = "other"
LETTER_TYPES = (
    (NOTIFICATION, _("Notification of a serious incident")),
    (RAPID_REVIEW_SENT, _("Rapid review sent to the Panel")),
    (PANEL_RESPONSE, _("The Panel's response")),
    (DELAY_NOTICE, _("Notice of a delay")),
    (ADVANCE_COPY, _("Advance copy of the report")),
    (NOT_PUBLISHING_NOTICE, _("Decision not to publish")),
    (OTHER_LETTER, _("Other letter or notice")),
)
CORRESPONDENTS = (
    ("panel", _("The Child Safeguarding Practice Review Panel")),
    ("dfe", _("The Department for Education")),
    ("ofsted", _("Ofsted")),
    ("welsh-government", _("Welsh Government")),
)
SENT = "sent"
RECEIVED = "received"
DIRECTIONS = ((SENT, _("Sent by the partnership")), (RECEIVED, _("Received")))
PANEL = "panel"
GOVERNMENT = ("dfe", "welsh-government")
# The clock a notice of a delay is about (the clocks that take a delay record)
DELAYED_CLOCKS = (
    ("notification", _("Notification")),
    ("rapid_review", _("Rapid review")),
    ("publication", _("Publication")),
)
# An incident's own clocks (the publication clock is the review's)
INCIDENT_CLOCKS = ("notification", "rapid_review")
DELAY_PARTS = ("reason", "board_told", "panel_told", "government_told")

# A review's working papers
PAPER_KINDS = (
    ("terms-of-reference-draft", _("Terms of reference draft")),
    ("agency-report", _("Agency report")),
    ("interview-notes", _("Interview notes")),
    ("other-paper", _("Other working paper")),
)

DECISION_REVIEW = "review"
DECISION_NO_REVIEW = "no-review"

CONTRIBUTION_COLUMNS = ("agency", "requested", "received")
VIEW_COLUMNS = ("agency", "view")


def _get(data, name):
    if isinstance(data, dict):
        return data.get(name)
    return getattr(data, name, None)


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def parse_contributions(lines):
    """Agencies asked to contribute: ``agency | requested YYYY-MM-DD | received YYYY-MM-DD``
    as dicts with dates (``None`` where not written). Lines that do not fit are left out
    (the form refuses them)."""
    out = []
    for line in lines or ():
        parts = split_line(line, len(CONTRIBUTION_COLUMNS))
        if parts is None or not parts[0] or not is_date(parts[1]) or not is_date(parts[2]):
            continue
        out.append(
            {
                "agency": parts[0],
                "requested": parse_date(parts[1]),
                "received": parse_date(parts[2]),
            }
        )
    return out


def parse_views(lines):
    """Each agency's view at the meeting: ``agency | view``."""
    out = []
    for line in lines or ():
        parts = split_line(line, len(VIEW_COLUMNS))
        if parts is not None and parts[0] and parts[1]:
            out.append({"agency": parts[0], "view": parts[1]})
    return out


def check_contributions(lines):
    problems = []
    for line in lines or ():
        parts = split_line(line, len(CONTRIBUTION_COLUMNS))
        fits = parts is not None and parts[0] and is_date(parts[1]) and is_date(parts[2])
        if fits and parts[1] and parts[2] and parse_date(parts[2]) < parse_date(parts[1]):
            fits = False
        if not fits:
            problems.append(
                Problem(
                    ("agency_contributions",),
                    _(
                        "Write each agency as 'agency | date requested YYYY-MM-DD | date "
                        "received YYYY-MM-DD' (the dates may be left empty; received not "
                        "before requested): ${line}",
                        mapping={"line": line},
                    ),
                )
            )
    return problems


def check_views(lines):
    problems = []
    for line in lines or ():
        parts = split_line(line, len(VIEW_COLUMNS))
        if parts is None or not parts[0] or not parts[1]:
            problems.append(
                Problem(
                    ("agency_views",),
                    _(
                        "Write each agency's view as 'agency | its view': ${line}",
                        mapping={"line": line},
                    ),
                )
            )
    return problems


def check_incident(data):
    """Problems of a serious incident record."""
    problems = []
    aware = _get(data, "aware_date")
    notified = _get(data, "notification_date")
    if aware and notified and notified < aware:
        problems.append(
            Problem(
                ("aware_date", "notification_date"),
                _("The notification cannot be sent before the partnership became aware."),
            )
        )
    if _get(data, "notifiable") == NO and _blank(_get(data, "notifiable_reason")):
        problems.append(
            Problem(
                ("notifiable_reason",),
                _("Say why the incident is not notifiable."),
            )
        )
    if _get(data, "decision") and (
        _get(data, "decision_date") is None or _blank(_get(data, "decision_rationale"))
    ):
        problems.append(
            Problem(
                ("decision_date", "decision_rationale"),
                _("A decision needs its date and its rationale."),
            )
        )
    return problems


def check_rapid_review(data):
    """Problems of a rapid review record."""
    problems = list(check_contributions(_get(data, "agency_contributions")))
    problems.extend(check_views(_get(data, "agency_views")))
    if _get(data, "recommendation") and _blank(_get(data, "rationale")):
        problems.append(Problem(("rationale",), _("A recommendation needs its rationale.")))
    sent = _get(data, "sent_to_panel_date")
    answered = _get(data, "panel_response_date")
    if answered and not sent:
        problems.append(
            Problem(
                ("sent_to_panel_date",),
                _("The Panel cannot respond before the rapid review was sent to it."),
            )
        )
    if answered and sent and answered < sent:
        problems.append(
            Problem(
                ("panel_response_date",),
                _("The Panel cannot respond before the rapid review was sent to it."),
            )
        )
    if _get(data, "panel_response") and not answered:
        problems.append(
            Problem(("panel_response_date",), _("Give the date of the Panel's response."))
        )
    return problems


class LetterFact(NamedTuple):
    """What the clocks read of one entry of the statutory correspondence log."""

    letter_type: str
    direction: str
    letter_date: object  # a date, or None
    correspondent: str | None = None
    delayed_clock: str | None = None


def letter_fact(letter):
    """The ``LetterFact`` of a letter record (an object or a dict)."""
    return LetterFact(
        _get(letter, "letter_type"),
        _get(letter, "direction"),
        _get(letter, "letter_date"),
        _get(letter, "correspondent"),
        _get(letter, "delayed_clock"),
    )


def sent_on(letters, letter_type, correspondents=None, clock=None):
    """The earliest date the partnership sent a letter of ``letter_type`` (to one of
    ``correspondents``, about ``clock`` where given), or ``None``. ``letters`` are
    ``LetterFact`` or tuples in its order (at least type, direction, date)."""
    dates = []
    for letter in letters or ():
        fact = LetterFact(*letter)
        if fact.letter_type != letter_type or fact.direction != SENT or fact.letter_date is None:
            continue
        if correspondents is not None and fact.correspondent not in correspondents:
            continue
        if clock is not None and fact.delayed_clock != clock:
            continue
        dates.append(fact.letter_date)
    return min(dates) if dates else None


def first_letter(letters, letter_type):
    """The earliest date of the letters the partnership sent of ``letter_type``, or ``None``."""
    return sent_on(letters, letter_type)


def delay_with_letters(record, clock_id, letters):
    """The delay record of ``clock_id`` with the told dates the correspondence log gives:
    the first notice of the delay sent to the Panel, and to the Department for Education or
    Welsh Government. A letter's date wins over the record's field; ``None`` when neither
    records anything."""
    record = record or DelayRecord()
    panel = sent_on(letters, DELAY_NOTICE, (PANEL,), clock_id)
    government = sent_on(letters, DELAY_NOTICE, GOVERNMENT, clock_id)
    record = replace(
        record,
        panel_told=panel or record.panel_told,
        government_told=government or record.government_told,
    )
    return record if record != DelayRecord() else None


def facts_with_letters(facts, letters):
    """``facts`` (a ``ClockFacts`` read from a record's fields) with the dates the statutory
    correspondence log gives. The letter is the record of fact and wins; the field is the
    fallback for a record that has no such letter. Only letters the partnership sent count:
    the notification, the rapid review sent to the Panel, the advance copy, the notice of the
    decision not to publish and notices of a delay (by the clock they name)."""
    delays = {}
    for clock_id, _title in DELAYED_CLOCKS:
        record = delay_with_letters(facts.delays.get(clock_id), clock_id, letters)
        if record is not None:
            delays[clock_id] = record
    return replace(
        facts,
        notification_date=sent_on(letters, NOTIFICATION) or facts.notification_date,
        rapid_review_completed_date=(
            sent_on(letters, RAPID_REVIEW_SENT) or facts.rapid_review_completed_date
        ),
        advance_copy_sent_date=sent_on(letters, ADVANCE_COPY) or facts.advance_copy_sent_date,
        publication_decision_told_date=(
            sent_on(letters, NOT_PUBLISHING_NOTICE) or facts.publication_decision_told_date
        ),
        delays=delays,
    )


def incident_delays(incident):
    """The delay records of an incident's clocks, from its fields
    ``{clock}_delay_{reason|board_told|panel_told|government_told}``."""
    delays = {}
    for clock_id in INCIDENT_CLOCKS:
        values = {part: _get(incident, f"{clock_id}_delay_{part}") for part in DELAY_PARTS}
        values["reason"] = values["reason"] or ""
        record = DelayRecord(**values)
        if record != DelayRecord():
            delays[clock_id] = record
    return delays


def incident_facts(incident, rapid_review=None, letters=()):
    """The ``ClockFacts`` of an incident: the notification clock runs from becoming aware
    to the notification, the rapid review clock to the day the rapid review was sent to the
    Panel, each with its delay record. The correspondence log (``letters``) wins over the
    record's dates (``facts_with_letters``). No review type: no publication clock."""
    statuses = _get(incident, "child_status") or ()
    sent = _get(rapid_review, "sent_to_panel_date") if rapid_review is not None else None
    facts = ClockFacts(
        aware_date=_get(incident, "aware_date"),
        notification_date=_get(incident, "notification_date"),
        rapid_review_completed_date=sent,
        outcome=_get(incident, "child_outcome"),
        looked_after=YES if LOOKED_AFTER in statuses else None,
        notifiable=_get(incident, "notifiable"),
        delays=incident_delays(incident),
    )
    return facts_with_letters(facts, letters)


def check_letter(data):
    """Problems of an entry of the correspondence log: a notice of a delay names its clock."""
    if _get(data, "letter_type") == DELAY_NOTICE and not _get(data, "delayed_clock"):
        return [
            Problem(
                ("delayed_clock",),
                _("Say which clock the notice of a delay is about."),
            )
        ]
    return []


def second_rapid_review_problem(existing):
    """Refuse a second rapid review: ``existing`` is how many the incident already has
    (besides the one being checked)."""
    if existing:
        return _(
            "This incident already has its rapid review. Record changes on that rapid review "
            "instead of adding another."
        )
    return None


def conversion_problems(incident, rapid_review, review_uid=None):
    """Why a local review cannot be started from this incident yet (empty when it can)."""
    if review_uid:
        return [_("A local review has already been started from this incident.")]
    problems = []
    if rapid_review is None:
        problems.append(_("Record the rapid review first."))
    elif _get(rapid_review, "recommendation") != LOCAL_REVIEW:
        problems.append(_("The rapid review does not recommend a local review."))
    if _get(incident, "decision") != DECISION_REVIEW or _get(incident, "decision_date") is None:
        problems.append(_("The chair's decision to hold a review is not recorded."))
    return problems


def review_fields(incident, rapid_review):
    """The fields of the ``CaseReview`` started from an incident and its rapid review: the
    dates, the agencies, the decision and its rationale and the child's status."""
    agencies = list(_get(incident, "agencies") or ())
    for contribution in parse_contributions(_get(rapid_review, "agency_contributions")):
        if contribution["agency"] not in agencies:
            agencies.append(contribution["agency"])
    rationale = _get(incident, "decision_rationale") or _get(rapid_review, "rationale") or ""
    statuses = _get(incident, "child_status") or ()
    return {
        "title": _get(incident, "title"),
        "referral_date": _get(incident, "aware_date"),
        "referring_agency": _get(incident, "notification_sent_to") or None,
        "referral_rationale": _get(rapid_review, "rationale") or None,
        "referral_basis": "statutory-criteria",
        "review_type": "lcspr",
        "decision": DECISION_REVIEW,
        "decision_date": _get(incident, "decision_date"),
        "decided_by": _get(incident, "decided_by") or None,
        "decision_rationale": rationale,
        "agencies_asked": agencies,
        "child_outcome": _get(incident, "child_outcome"),
        "child_looked_after": YES if LOOKED_AFTER in statuses else NO,
        "aware_date": _get(incident, "aware_date"),
        "notification_date": _get(incident, "notification_date"),
        "rapid_review_completed_date": _get(rapid_review, "sent_to_panel_date"),
    }


def chain(incident, rapid_review=None, review=None):
    """The steps from the incident to the review, each ``(step, title, [(label, date)])``,
    in order; ``None`` stands for a step not reached."""
    steps = [
        (
            "incident",
            _get(incident, "title"),
            [
                (_("Became aware"), _get(incident, "aware_date")),
                (_("Notified"), _get(incident, "notification_date")),
                (_("Decision"), _get(incident, "decision_date")),
            ],
        )
    ]
    if rapid_review is not None:
        steps.append(
            (
                "rapid_review",
                _get(rapid_review, "title"),
                [
                    (_("Meeting"), _get(rapid_review, "meeting_date")),
                    (_("Sent to the Panel"), _get(rapid_review, "sent_to_panel_date")),
                    (_("Panel's response"), _get(rapid_review, "panel_response_date")),
                ],
            )
        )
    if review is not None:
        steps.append(
            (
                "review",
                _get(review, "title"),
                [(_("Decision to hold the review"), _get(review, "decision_date"))],
            )
        )
    return steps


# The review's records of how it was run: terms of reference versions (QM6), issues and
# risks (QM8 Q5) and board meetings (QM15, QM16), one entry per line.
TERMS_COLUMNS = ("version", "date", "consulted", "responses")
ISSUE_COLUMNS = ("date", "matter", "raised_by", "owner", "resolution")
BOARD_COLUMNS = ("date", "kind", "item", "minutes")
ORDINARY = "ordinary"
EXTRAORDINARY = "extraordinary"
BOARD_KINDS = (ORDINARY, EXTRAORDINARY)
DECISION_TO_REVIEW = "decision-to-review"
REPORT_RECEIVED = "report-received"
RESPONSE_AGREED = "response-agreed"
BOARD_ITEMS = (DECISION_TO_REVIEW, REPORT_RECEIVED, RESPONSE_AGREED)


def _entries(lines, columns):
    for line in lines or ():
        parts = split_line(line, len(columns))
        yield line, (dict(zip(columns, parts, strict=True)) if parts is not None else None)


def check_terms_versions(lines):
    return [
        Problem(
            ("terms_of_reference_versions",),
            _(
                "Write each version as 'version | YYYY-MM-DD | who was consulted | their "
                "responses': ${line}",
                mapping={"line": line},
            ),
        )
        for line, entry in _entries(lines, TERMS_COLUMNS)
        if entry is None or not entry["version"] or not entry["date"] or not is_date(entry["date"])
    ]


def check_issues(lines):
    return [
        Problem(
            ("issues_log",),
            _(
                "Write each matter as 'YYYY-MM-DD | matter | raised by | owner | resolution' "
                "(the resolution may wait): ${line}",
                mapping={"line": line},
            ),
        )
        for line, entry in _entries(lines, ISSUE_COLUMNS)
        if entry is None or not is_date(entry["date"]) or not entry["date"] or not entry["matter"]
    ]


def check_board_meetings(lines):
    return [
        Problem(
            ("board_meetings",),
            _(
                "Write each meeting as 'YYYY-MM-DD | ordinary or extraordinary | "
                "decision-to-review, report-received or response-agreed | minutes "
                "reference': ${line}",
                mapping={"line": line},
            ),
        )
        for line, entry in _entries(lines, BOARD_COLUMNS)
        if entry is None
        or not entry["date"]
        or not is_date(entry["date"])
        or entry["kind"].lower() not in BOARD_KINDS
        or entry["item"].lower() not in BOARD_ITEMS
    ]


def check_review_records(data):
    problems = check_terms_versions(_get(data, "terms_of_reference_versions"))
    problems += check_issues(_get(data, "issues_log"))
    problems += check_board_meetings(_get(data, "board_meetings"))
    return problems


def board_dates(lines):
    """The first date each item went to the board: ``{item: date}``."""
    dates = {}
    for _line, entry in _entries(lines, BOARD_COLUMNS):
        if entry is None or not is_date(entry["date"]) or not entry["date"]:
            continue
        item, day = entry["item"].lower(), parse_date(entry["date"])
        if item in BOARD_ITEMS and (item not in dates or day < dates[item]):
            dates[item] = day
    return dates


def board_time_short(lines, minimum_days, agreed_on):
    """Calendar days the board had the report before the response was agreed (on the
    recorded date, else ``agreed_on``) when fewer than ``minimum_days``; else ``None``.
    No minimum set (0), or no report received recorded, warns of nothing."""
    if not minimum_days:
        return None
    dates = board_dates(lines)
    received = dates.get(REPORT_RECEIVED)
    if received is None:
        return None
    agreed = dates.get(RESPONSE_AGREED) or agreed_on
    days = (agreed - received).days
    return days if days < minimum_days else None


# Letters recorded from the dates a review's record already holds (upgrade 1020): the
# statutory correspondence log then shows what was sent. ``(field, type, correspondent)``;
# ``GOVERNMENT_OF_NATION`` stands for the Department for Education, or Welsh Government.
GOVERNMENT_OF_NATION = "government"
GOVERNMENT_BY_NATION = {"england": "dfe", "wales": "welsh-government"}
RECORD_LETTERS = (
    ("advance_copy_sent_date", ADVANCE_COPY, PANEL),
    ("publication_decision_told_date", NOT_PUBLISHING_NOTICE, PANEL),
)
# Only for a review not started from an incident (the incident holds them otherwise)
OWN_INCIDENT_LETTERS = (
    ("notification_date", NOTIFICATION, "ofsted"),
    ("rapid_review_completed_date", RAPID_REVIEW_SENT, PANEL),
)
DELAY_LETTERS = (("panel_told", PANEL), ("government_told", GOVERNMENT_OF_NATION))


def letters_from_record(review, nation, from_incident=False):
    """The letters (``LetterFact``) the dates stored on a review's record stand for: the
    advance copy, the notice of the decision not to publish, each delay's notices to the
    Panel and to the government, and (for a review with no incident) the notification and
    the rapid review sent to the Panel."""
    government = GOVERNMENT_BY_NATION.get(nation, "dfe")
    if nation == "wales":
        own = (("notification_date", NOTIFICATION, government),)
    else:
        own = OWN_INCIDENT_LETTERS
    letters = []
    fields = RECORD_LETTERS + (() if from_incident else own)
    for name, letter_type, correspondent in fields:
        day = _get(review, name)
        if day is not None:
            letters.append(LetterFact(letter_type, SENT, day, correspondent))
    for clock_id, _title in DELAYED_CLOCKS:
        for part, correspondent in DELAY_LETTERS:
            day = _get(review, f"{clock_id}_delay_{part}")
            if day is None:
                continue
            if correspondent == GOVERNMENT_OF_NATION:
                correspondent = government
            letters.append(LetterFact(DELAY_NOTICE, SENT, day, correspondent, clock_id))
    return letters


def letters_missing(wanted, existing):
    """The letters of ``wanted`` not yet in the log ``existing`` (both ``LetterFact``), so
    that recording them twice adds nothing."""
    have = {LetterFact(*letter) for letter in existing}
    out = []
    for letter in wanted:
        if letter not in have and letter not in out:
            out.append(letter)
    return out


def check_decision_meeting(data):
    """Problems of a review's decision-making meeting record (QM2): each agency's view as
    'agency | view', a recommendation with its rationale, a date for a meeting recorded."""
    problems = [
        Problem(("decision_meeting_views",), problem.message)
        for problem in check_views(_get(data, "decision_meeting_views"))
    ]
    if _get(data, "decision_meeting_recommendation") and _blank(
        _get(data, "decision_meeting_rationale")
    ):
        problems.append(
            Problem(("decision_meeting_rationale",), _("A recommendation needs its rationale."))
        )
    recorded = any(
        _get(data, name)
        for name in (
            "decision_meeting_agencies",
            "decision_meeting_views",
            "decision_meeting_recommendation",
        )
    )
    if recorded and _get(data, "decision_meeting_date") is None:
        problems.append(
            Problem(("decision_meeting_date",), _("Give the date of the decision-making meeting."))
        )
    return problems


def decision_before_meeting(meeting_date, decision_date):
    """True when the chair's decision is dated before the meeting that advised on it."""
    return bool(meeting_date and decision_date and decision_date < meeting_date)
