"""Learning across reviews (QM2 Q8, QM13, QM15, QM18): the theme list, contributory factors,
wider relevance and the aggregations of the learning page. Plain Python: rows in, figures out.

Rows are plain dicts built by the views from catalog metadata, so these functions are tested
without Plone and never see a family detail."""

import re
from collections import Counter
from collections import namedtuple
from datetime import date

Theme = namedtuple("Theme", "token title")

# The seeded list (docs/learning.md gives the sources). The first fifteen keep the tokens of
# the partnership list the add-on shipped before (profile 1016), so findings tagged then
# keep their meaning; the rest follow the recurring themes of the Child Safeguarding
# Practice Review Panel's annual reports.
SEED_THEMES = (
    Theme("neglect", "Neglect"),
    Theme("information-sharing", "Information sharing"),
    Theme("assessment-and-decision-making", "Assessment and decision-making"),
    Theme("voice-of-the-child", "Voice of the child"),
    Theme("domestic-abuse", "Domestic abuse"),
    Theme("parental-mental-health", "Parental mental health"),
    Theme("parental-substance-misuse", "Parental substance misuse"),
    Theme("exploitation-outside-the-home", "Exploitation outside the home"),
    Theme("non-accidental-injury-in-babies", "Non-accidental injury in babies"),
    Theme("safer-sleeping", "Safer sleeping"),
    Theme("escalation-and-professional-challenge", "Escalation and professional challenge"),
    Theme("supervision-and-workload", "Supervision and workload"),
    Theme("early-help", "Early help"),
    Theme("children-with-disabilities", "Children with disabilities"),
    Theme("education-and-school", "Education and school"),
    Theme("child-daily-life", "Understanding the child's daily life"),
    Theme("fathers-and-male-carers", "Fathers and male carers"),
    Theme("critical-thinking", "Critical thinking and professional curiosity"),
    Theme("multi-agency-working", "Multi-agency working"),
    Theme("race-ethnicity-and-culture", "Race, ethnicity and culture"),
    Theme("child-sexual-abuse", "Child sexual abuse"),
    Theme("online-harm", "Online harm"),
    Theme("child-mental-health-and-suicide", "Children's mental health and suicide"),
)

# Contributory factors: the level at which an explanation of practice sits (QM13 Q5).
INDIVIDUAL = "individual"
TEAM = "team"
ORGANISATIONAL = "organisational"
MULTI_AGENCY = "multi-agency-system"
WIDER_CONTEXT = "wider-context"
FACTOR_LEVELS = (INDIVIDUAL, TEAM, ORGANISATIONAL, MULTI_AGENCY, WIDER_CONTEXT)

# Wider relevance (QM13 Q10).
CASE_SPECIFIC = "case-specific"
WIDER = "wider"
RELEVANCE = (CASE_SPECIFIC, WIDER)

# RAG status of an action's progress update.
RAG = ("red", "amber", "green")

# Action workflow states that count as done for the completion rate.
DONE_STATES = ("completed", "impact_evaluated")
OPEN_STATES = ("proposed", "agreed", "in_progress")

TOKEN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ThemeListError(ValueError):
    """A line of the partnership's theme list that cannot be read."""


def slug(value):
    """The token a free-text value would get: lower case, words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", (value or "").lower())
    return "-".join(words)


def theme_line(theme):
    return f"{theme.token} | {theme.title}"


def parse_theme_lines(lines):
    """The partnership's theme list, one ``token | Title`` per line, as ``Theme``s.
    A line without ``|`` takes its token from its title. Raises ``ThemeListError``
    naming the line for a bad token, an empty title or a token given twice."""
    themes, seen = [], set()
    for number, line in enumerate(lines or (), start=1):
        line = (line or "").strip()
        if not line:
            continue
        if "|" in line:
            token, _sep, title = (part.strip() for part in line.partition("|"))
        else:
            token, title = slug(line), line
        if not title:
            raise ThemeListError(f"Line {number}: the theme has no title.")
        if not TOKEN.match(token):
            raise ThemeListError(
                f"Line {number}: the token {token!r} may only use lower-case letters, "
                "digits and single hyphens."
            )
        if token in seen:
            raise ThemeListError(f"Line {number}: the token {token!r} is given twice.")
        seen.add(token)
        themes.append(Theme(token, title))
    return themes


def theme_token(value, themes):
    """The token of ``themes`` that a stored value (a token, or a title in any case or
    spacing) stands for, or ``None``."""
    wanted = slug(value)
    if not wanted:
        return None
    for theme in themes:
        if wanted in (theme.token, slug(theme.title)):
            return theme.token
    return None


def map_values(values, themes):
    """Stored theme values (old titles or free text) as tokens of ``themes``, and the new
    themes to add for values no theme stands for (so nothing is lost). Order kept, no
    duplicates."""
    known = list(themes)
    tokens, added = [], []
    for value in values or ():
        if not (value or "").strip():
            continue
        token = theme_token(value, known)
        if token is None:
            token = slug(value)
            theme = Theme(token, value.strip())
            known.append(theme)
            added.append(theme)
        if token not in tokens:
            tokens.append(token)
    return tokens, added


# Periods -------------------------------------------------------------------------------


class PeriodError(ValueError):
    """A period filter that cannot be read."""


def parse_period(year_from=None, year_to=None, earliest=2000, latest=2100):
    """``(first year, last year)`` from request values (empty: open). Raises
    ``PeriodError`` for a value that is not a year in range or a period that ends before
    it starts."""
    years = []
    for name, value in (("from", year_from), ("to", year_to)):
        value = (value or "").strip() if isinstance(value, str) else value
        if value in (None, ""):
            years.append(None)
            continue
        try:
            year = int(value)
        except (TypeError, ValueError):
            raise PeriodError(f"{name}: {value!r} is not a year.") from None
        if not earliest <= year <= latest:
            raise PeriodError(f"{name}: {year} is not between {earliest} and {latest}.")
        years.append(year)
    first, last = years
    if first is not None and last is not None and last < first:
        raise PeriodError("to: the period ends before it starts.")
    return first, last


def in_period(year, period):
    first, last = period
    if year is None:
        return first is None and last is None
    return (first is None or year >= first) and (last is None or year <= last)


def year_of(value):
    """The year of a date, datetime or Zope DateTime (anything with ``year``), else None."""
    if value is None:
        return None
    year = getattr(value, "year", None)
    if callable(year):
        year = year()
    return year if isinstance(year, int) else None


# Aggregations ---------------------------------------------------------------------------
# findings: {"uid", "review_uid", "year", "review_type", "themes", "levels", "relevance",
#            "priorities"}
# actions:  {"uid", "review_uid", "year", "themes", "state", "has_impact_evidence",
#            "priorities", "rag", "rag_date"}


def themes_by(rows, key):
    """``{key value: Counter(theme token -> number of rows)}``, keys sorted."""
    table = {}
    for row in rows:
        counts = table.setdefault(row.get(key), Counter())
        counts.update(set(row.get("themes") or ()))
    return dict(sorted(table.items(), key=lambda item: (item[0] is None, item[0] or 0)))


def theme_totals(rows):
    counts = Counter()
    for row in rows:
        counts.update(set(row.get("themes") or ()))
    return counts


def recurring_findings(findings, minimum_reviews=2):
    """Findings that recur across reviews: the same theme at the same contributory factor
    level in at least ``minimum_reviews`` different reviews. A list of
    ``{"theme", "level", "reviews", "findings"}`` (counts), most reviews first."""
    groups = {}
    for row in findings:
        for theme in set(row.get("themes") or ()):
            for level in set(row.get("levels") or ()):
                group = groups.setdefault((theme, level), {"reviews": set(), "findings": 0})
                group["reviews"].add(row.get("review_uid"))
                group["findings"] += 1
    result = [
        {
            "theme": theme,
            "level": level,
            "reviews": len(group["reviews"]),
            "findings": group["findings"],
        }
        for (theme, level), group in groups.items()
        if len(group["reviews"]) >= minimum_reviews
    ]
    result.sort(key=lambda row: (-row["reviews"], -row["findings"], row["theme"], row["level"]))
    return result


def rate(part, whole):
    """A percentage rounded to a whole number, or None when there is nothing to count."""
    return round(100 * part / whole) if whole else None


def actions_by_theme(actions):
    """Per theme: the number of actions, how many are completed (completed or impact
    evaluated), how many of those have evidence of impact, and both rates."""
    table = {}
    for row in actions:
        done = row.get("state") in DONE_STATES
        for theme in set(row.get("themes") or ()):
            entry = table.setdefault(theme, {"actions": 0, "completed": 0, "with_impact": 0})
            entry["actions"] += 1
            if done:
                entry["completed"] += 1
                if row.get("has_impact_evidence"):
                    entry["with_impact"] += 1
    for entry in table.values():
        entry["completion_rate"] = rate(entry["completed"], entry["actions"])
        entry["impact_rate"] = rate(entry["with_impact"], entry["completed"])
    return dict(sorted(table.items()))


def factor_levels_count(findings):
    counts = Counter()
    for row in findings:
        counts.update(set(row.get("levels") or ()))
    return [(level, counts.get(level, 0)) for level in FACTOR_LEVELS]


def group_by_priority(rows):
    """``{priority uid: [rows]}``; a row linked to several priorities is in each."""
    groups = {}
    for row in rows:
        for uid in row.get("priorities") or ():
            groups.setdefault(uid, []).append(row)
    return groups


def group_by_theme(rows):
    groups = {}
    for row in rows:
        for token in row.get("themes") or ():
            groups.setdefault(token, []).append(row)
    return dict(sorted(groups.items()))


# Progress updates -------------------------------------------------------------------------


class ProgressError(ValueError):
    """A progress update that cannot be recorded."""


def check_progress(when, what, rag, today):
    """The problems of a progress update (empty when it can be recorded)."""
    problems = []
    if not isinstance(when, date):
        problems.append("The date of the update is missing or not a date (YYYY-MM-DD).")
    elif when > today:
        problems.append("The date of the update cannot be in the future.")
    if not (what or "").strip():
        problems.append("Say what progress was made.")
    elif len(what) > 4000:
        problems.append("The update is longer than 4,000 characters.")
    if rag not in RAG:
        problems.append("Choose a RAG status: red, amber or green.")
    return problems


def latest_update(updates):
    """The latest update (by date, then by the order recorded), or None."""
    latest = None
    for index, update in enumerate(updates or ()):
        key = (update["date"], index)
        if latest is None or key >= latest[0]:
            latest = (key, update)
    return latest[1] if latest else None


# Earlier learning at the decision (QM2 Q8) ------------------------------------------------


def shared_theme_rows(themes, rows, exclude_review=None):
    """Rows (published reviews or open findings) that share at least one of ``themes``,
    with the shared tokens, most shared first; rows of ``exclude_review`` left out."""
    wanted = set(themes or ())
    result = []
    for row in rows:
        if exclude_review and row.get("review_uid") == exclude_review:
            continue
        shared = sorted(wanted & set(row.get("themes") or ()))
        if shared:
            result.append(dict(row, shared=shared))
    result.sort(key=lambda row: (-len(row["shared"]), str(row.get("title") or "")))
    return result


# The yearly pack ---------------------------------------------------------------------------


def yearly_counts(reviews, year):
    """Reviews started (decided to hold), decided not to proceed and published in ``year``.
    ``reviews``: ``{"decision", "decision_year", "published_year"}``."""
    started = sum(
        1 for r in reviews if r.get("decision") == "review" and r.get("decision_year") == year
    )
    not_proceeding = sum(
        1 for r in reviews if r.get("decision") == "no-review" and r.get("decision_year") == year
    )
    published = sum(1 for r in reviews if r.get("published_year") == year)
    return {"started": started, "not_proceeding": not_proceeding, "published": published}


class ThemeFilterError(ValueError):
    """A ``theme`` filter value that is not a theme of the list."""


def theme_filter(value, known_tokens):
    """The ``theme`` request parameter (one value or several) as a tuple of tokens; raises
    ``ThemeFilterError`` naming a value that is not a known token."""
    if value in (None, ""):
        return ()
    values = value if isinstance(value, (list, tuple)) else [value]
    tokens = []
    for item in values:
        if not isinstance(item, str) or item not in known_tokens:
            raise ThemeFilterError(
                f"theme: {item!r} is not a theme. Allowed: {', '.join(sorted(known_tokens))}."
            )
        if item not in tokens:
            tokens.append(item)
    return tuple(tokens)


def timeliness(clock_lists, year):
    """Per clock id, for the clocks due in ``year``: met (stopped on or before the due date),
    late (stopped after it, or still running past it) and running (not yet due). Reads the
    stored clock summaries (``scrqm_clocks``), so it says what was true when the reviews
    were last indexed."""
    table = {}
    for clocks in clock_lists:
        for clock in clocks or ():
            due, stopped = clock.get("due"), clock.get("stopped")
            if due is None or year_of(due) != year:
                continue
            entry = table.setdefault(
                clock.get("title_id") or clock.get("id"), {"met": 0, "late": 0, "running": 0}
            )
            if stopped is not None:
                entry["met" if stopped <= due else "late"] += 1
            elif clock.get("overdue"):
                entry["late"] += 1
            else:
                entry["running"] += 1
    return dict(sorted(table.items()))
