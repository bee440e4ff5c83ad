"""The practitioners' feedback questionnaire (QM11 Q8) in plain Python: its questions, the
life of a feedback link, checking an answer and summarising the answers.

A link is for one participant: it works without a Plone account, until its expiry date,
and accepts one answer. Answers are kept apart from the links, with no name, so an answer
cannot be traced back to the link (or the person) it came through.
"""

import secrets
from dataclasses import dataclass
from datetime import date

from plone_scrqm import _

QUESTIONS = (
    ("purpose_clear", _("I understood the purpose of taking part before it started.")),
    ("information_given", _("I was given clear information about the review and my part in it.")),
    ("agency_support", _("My own agency supported me to take part.")),
    ("safe_to_speak", _("I could speak openly, without fear of being blamed.")),
    ("learning", _("Taking part helped my own learning.")),
)
SCALE = (
    ("strongly-agree", _("Strongly agree")),
    ("agree", _("Agree")),
    ("neither", _("Neither agree nor disagree")),
    ("disagree", _("Disagree")),
    ("strongly-disagree", _("Strongly disagree")),
)
COMMENTS = (
    ("what_helped", _("What helped you to take part?")),
    ("what_would_improve", _("What would have made taking part better?")),
)
MAX_COMMENT = 2000
DEFAULT_VALID_DAYS = 28

OPEN = "open"
EXPIRED = "expired"
USED = "used"
UNKNOWN = "unknown"


@dataclass
class FeedbackLink:
    token: str
    expires: date
    used: bool = False

    def state(self, today):
        if self.used:
            return USED
        if today > self.expires:
            return EXPIRED
        return OPEN


def new_token():
    return secrets.token_urlsafe(18)


def link_state(links, token, today):
    """The state of the link with ``token`` among ``links`` (a mapping token: link)."""
    link = links.get(token) if token else None
    return UNKNOWN if link is None else link.state(today)


def check_answer(form):
    """``(answer, problems)`` from a submitted form: the scale answers given and the
    comments, never a name. At least one question must be answered."""
    allowed = {value for value, _title in SCALE}
    answer, problems = {}, []
    for question, _title in QUESTIONS:
        value = (form.get(question) or "").strip()
        if value and value not in allowed:
            problems.append(_("Choose one of the answers offered."))
        elif value:
            answer[question] = value
    for name, _title in COMMENTS:
        text = (form.get(name) or "").strip()
        if len(text) > MAX_COMMENT:
            problems.append(
                _("Keep each comment under ${max} characters.", mapping={"max": MAX_COMMENT})
            )
        elif text:
            answer[name] = text
    if not any(question in answer for question, _title in QUESTIONS) and not problems:
        problems.append(_("Answer at least one question."))
    return answer, problems


def summarise(answers):
    """Counts per question and answer, the share who agreed, and the comments."""
    questions = []
    for question, title in QUESTIONS:
        counts = {value: 0 for value, _t in SCALE}
        for answer in answers:
            if answer.get(question) in counts:
                counts[answer[question]] += 1
        answered = sum(counts.values())
        agreed = counts["strongly-agree"] + counts["agree"]
        questions.append(
            {
                "id": question,
                "title": title,
                "counts": counts,
                "answered": answered,
                "agreed_percent": round(100 * agreed / answered) if answered else None,
            }
        )
    comments = {
        name: [answer[name] for answer in answers if answer.get(name)] for name, _t in COMMENTS
    }
    return {"answers": len(answers), "questions": questions, "comments": comments}
