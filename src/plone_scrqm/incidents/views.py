"""Pages of serious incidents: the incident's panel (its clocks, the chain to the review,
where it went, its correspondence), the conversion into a local review, and the chain
shown on a review started from an incident."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.timescales import STATE_TITLES
from plone_scrqm.common.dates import format_date
from plone_scrqm.common.own_page import on_own_page
from plone_scrqm.incidents import adapters
from plone_scrqm.incidents import rules
from plone_scrqm.incidents.meeting import IDecisionMeeting
from plone_scrqm.interfaces import IFromSeriousIncident
from plone_scrqm.learning.catalog import earlier_for_review
from plone_scrqm.permissions import ADD_CASE_REVIEW
from plone_scrqm.permissions import ADD_STATUTORY_LETTER
from plone_scrqm.review.vocabularies import DECISIONS


def _translate(message, request):
    return translate(message, domain="plone_scrqm", context=request) if message else ""


def delay_text(clock, request):
    """What the page says of a clock's delay record: when who was told, or what is missing."""
    if not clock.delayed:
        return ""
    if clock.delay_missing:
        missing = "; ".join(
            _translate(message, request) for _suffix, message in clock.delay_missing
        )
        return _translate(_("Delay to record: ${missing}", mapping={"missing": missing}), request)
    return _translate(
        _(
            "Delay recorded; last told ${date}",
            mapping={"date": format_date(clock.delay.last_told) if clock.delay else ""},
        ),
        request,
    )


def clock_rows(clocks, request):
    return [
        {
            "id": clock.id,
            "title": _translate(clock.title, request),
            "rule": _translate(clock.rule, request),
            "state": clock.state,
            "state_title": _translate(STATE_TITLES[clock.state], request),
            "started": format_date(clock.started),
            "due": format_date(clock.due),
            "stopped": format_date(clock.stopped),
            "left": clock.left,
            "alert": clock.delayed,
            "delay": delay_text(clock, request),
        }
        for clock in clocks
    ]


def chain_rows(chain, request):
    return [
        {
            **step,
            "dates": [
                {"label": _translate(item["label"], request), "date": format_date(item["date"])}
                for item in step["dates"]
            ],
        }
        for step in chain
    ]


def vocabulary_title(pairs, token, request):
    return _translate(dict(pairs).get(token), request) if token else ""


class IncidentViewlet(ViewletBase):
    """On the incident's own page: its clocks, the chain, where it went and its letters."""

    def available(self):
        return not api.user.is_anonymous() and on_own_page(self.context, self.view)

    def _t(self, message):
        return _translate(message, self.request)

    def update(self):
        super().update()
        if not self.available():
            return
        incident = self.context
        rapid = adapters.rapid_review_of(incident)
        self.clocks = clock_rows(
            adapters.incident_clocks(incident, today=current_day()), self.request
        )
        self.chain = chain_rows(adapters.incident_chain(incident), self.request)
        self.review = adapters.linked_review(incident)
        self.decision = incident.decision
        self.no_review = incident.decision == rules.DECISION_NO_REVIEW
        self.recommendation = vocabulary_title(
            rules.RECOMMENDATIONS, getattr(rapid, "recommendation", None), self.request
        )
        self.panel_response = vocabulary_title(
            rules.PANEL_RESPONSES, getattr(rapid, "panel_response", None), self.request
        )
        self.rapid_review = rapid
        problems = rules.conversion_problems(incident, rapid, incident.review_uid)
        self.conversion_problems = [self._t(problem) for problem in problems]
        folder = incident.aq_parent
        self.can_convert = api.user.has_permission(ADD_CASE_REVIEW, obj=folder)
        self.can_add_letter = api.user.has_permission(ADD_STATUTORY_LETTER, obj=incident)
        self.can_add_rapid_review = rapid is None and api.user.has_permission(
            "plone_scrqm: Add RapidReview", obj=incident
        )
        self.letters = letter_rows(incident, self.request)


def letter_rows(container, request):
    return [
        {
            "title": letter.title,
            "url": letter.absolute_url(),
            "type": " – ".join(
                title
                for title in (
                    vocabulary_title(rules.LETTER_TYPES, letter.letter_type, request),
                    vocabulary_title(
                        rules.DELAYED_CLOCKS, getattr(letter, "delayed_clock", None), request
                    ),
                )
                if title
            ),
            "direction": vocabulary_title(rules.DIRECTIONS, letter.direction, request),
            "correspondent": vocabulary_title(rules.CORRESPONDENTS, letter.correspondent, request),
            "date": format_date(letter.letter_date),
            "reference": letter.reference or "",
        }
        for letter in adapters.letters_of(container)
        if api.user.has_permission("View", obj=letter)
    ]


class ReviewChainViewlet(ViewletBase):
    """On a review started from an incident: the chain incident -> rapid review -> review."""

    def available(self):
        return not api.user.is_anonymous() and on_own_page(self.context, self.view)

    def update(self):
        super().update()
        self.chain = []
        if not self.available():
            return
        brain = adapters.linked_incident(self.context)
        if brain is None:
            return
        incident = brain.getObject()
        self.chain = chain_rows(adapters.incident_chain(incident, self.context), self.request)


class ReviewRecordsViewlet(ViewletBase):
    """On a review's own page: when its report went to the board and when the response was
    agreed, its statutory correspondence and its working papers."""

    def available(self):
        return not api.user.is_anonymous() and on_own_page(self.context, self.view)

    def update(self):
        super().update()
        self.letters, self.board, self.papers_url = [], {}, None
        if not self.available():
            return
        review = self.context
        dates = rules.board_dates(getattr(review, "board_meetings", None))
        self.board = {
            "received": format_date(dates.get(rules.REPORT_RECEIVED)),
            "agreed": format_date(dates.get(rules.RESPONSE_AGREED)),
        }
        self.letters = letter_rows(review, self.request)
        papers = review.get("papers")
        if papers is not None and api.user.has_permission("View", obj=papers):
            self.papers_url = papers.absolute_url()
        self.can_add_letter = api.user.has_permission(ADD_STATUTORY_LETTER, obj=review)
        self.shown = bool(
            self.letters or self.papers_url or self.board["received"] or self.board["agreed"]
        )


class DecisionMeetingViewlet(ViewletBase):
    """On the page of a review referred without an incident: the decision-making meeting
    (QM2), the chair's decision and the earlier learning on the same themes (QM2 Q8).
    The agencies and their views only for those who may read family details."""

    def available(self):
        return (
            not api.user.is_anonymous()
            and not IFromSeriousIncident.providedBy(self.context)
            and IDecisionMeeting.providedBy(self.context)
            and on_own_page(self.context, self.view)
        )

    def update(self):
        super().update()
        self.shown = False
        if not self.available():
            return
        review = self.context
        meeting_date = getattr(review, "decision_meeting_date", None)
        recommendation = getattr(review, "decision_meeting_recommendation", None)
        decision = getattr(review, "decision", None)
        self.shown = bool(meeting_date or recommendation or decision)
        if not self.shown:
            return
        self.team = api.user.has_permission("plone_scrqm: View family details", obj=review)
        self.meeting = {
            "date": format_date(meeting_date),
            "agencies": list(getattr(review, "decision_meeting_agencies", None) or ()),
            "views": rules.parse_views(getattr(review, "decision_meeting_views", None)),
            "recommendation": vocabulary_title(rules.RECOMMENDATIONS, recommendation, self.request),
            "rationale": getattr(review, "decision_meeting_rationale", None) or "",
            "earlier": list(getattr(review, "decision_meeting_earlier_learning", None) or ()),
        }
        term = DECISIONS.by_value.get(decision) if decision else None
        self.decision = {
            "decision": _translate(term.title, self.request) if term is not None else "",
            "date": format_date(getattr(review, "decision_date", None)),
            "by": getattr(review, "decided_by", None) or "",
            "rationale": getattr(review, "decision_rationale", None) or "",
            "before_meeting": rules.decision_before_meeting(
                meeting_date, getattr(review, "decision_date", None)
            ),
        }
        self.earlier = earlier_for_review(review, self.request)


class StartLocalReviewView(BrowserView):
    """``@@start-local-review`` on an incident: asks for confirmation (GET), then creates
    the review from the incident and its rapid review (POST) and goes there."""

    def __call__(self):
        incident = self.context
        rapid = adapters.rapid_review_of(incident)
        self.problems = [
            _translate(problem, self.request)
            for problem in rules.conversion_problems(incident, rapid, incident.review_uid)
        ]
        if self.request.method == "POST" and not self.problems:
            CheckAuthenticator(self.request)
            review = adapters.start_local_review(incident)
            api.portal.show_message(
                _translate(_("Local review started."), self.request), self.request
            )
            self.request.response.redirect(review.absolute_url())
            return ""
        if self.request.method == "POST":
            self.request.response.setStatus(409)
        return self.index()


class RapidReviewAddForm(DefaultAddForm):
    """The add form of a rapid review in an incident."""

    def update(self):
        if adapters.rapid_review_of(self.context) is None:
            return super().update()
        # The incident's allowed types leave out a second rapid review, which Dexterity's
        # add form answers with an error page. A form opened before the first one was saved
        # is answered by the schema's invariant instead, with the text typed kept.
        return super(DefaultAddForm, self).update()


class RapidReviewAddView(DefaultAddView):
    """``++add++RapidReview`` on an incident: once it has its rapid review, opening the form
    says so and shows the one there is (nothing is written)."""

    form = RapidReviewAddForm

    def __call__(self):
        existing = adapters.rapid_review_of(self.context)
        if existing is not None and not self.request.form.get("form.buttons.save"):
            message = _translate(rules.second_rapid_review_problem(1), self.request)
            IStatusMessage(self.request).addStatusMessage(message, "warning")
            self.request.response.redirect(existing.absolute_url())
            return ""
        return super().__call__()
