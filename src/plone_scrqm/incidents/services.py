"""``GET {incident}/@scr-chain`` (also on a review started from an incident): the chain
incident -> rapid review -> review with its dates, the incident's clocks, the
recommendation, the decision and whether a local review can be started. Board members get
what the board needs: nothing here is a family detail."""

from datetime import date

from plone import api
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from plone.restapi.services.content.add import FolderPost
from zExceptions import NotFound
from zope.i18n import translate

from plone_scrqm.clocks import today as current_day
from plone_scrqm.clocks.facts import DelayRecord
from plone_scrqm.clocks.timescales import CLOCK_TITLES
from plone_scrqm.incidents import adapters
from plone_scrqm.incidents import rules
from plone_scrqm.incidents.content import ISeriousIncident


def _json(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(item) for item in value]
    return value


class ChainGet(Service):
    def _t(self, message):
        return translate(message, domain="plone_scrqm", context=self.request) if message else ""

    def _incident(self):
        if ISeriousIncident.providedBy(self.context):
            return self.context, None
        brain = adapters.linked_incident(self.context)
        if brain is None:
            raise NotFound("This review was not started from a serious incident you may see.")
        return brain.getObject(), self.context

    def _delay(self, clock, incident):
        """The clock's delay record (the reason only for the review team), ``None`` when
        nothing is recorded; ``missing`` says what a delayed clock still needs."""
        record = clock.delay
        if record is None and not clock.delay_missing:
            return None
        record = record or DelayRecord()
        out = {
            "board_told": record.board_told,
            "panel_told": record.panel_told,
            "government_told": record.government_told,
            "missing": [self._t(message) for _suffix, message in clock.delay_missing],
        }
        if api.user.has_permission("plone_scrqm: View family details", obj=incident):
            out["reason"] = record.reason
        return out

    def reply(self):
        incident, review = self._incident()
        rapid = adapters.rapid_review_of(incident)
        clocks = adapters.incident_clocks(incident, today=current_day())
        review_brain = adapters.linked_review(incident)
        problems = rules.conversion_problems(incident, rapid, incident.review_uid)
        return _json(
            {
                "@id": f"{self.context.absolute_url()}/@scr-chain",
                "incident": {"@id": incident.absolute_url(), "title": incident.title},
                "steps": [
                    {
                        "step": step["step"],
                        "@id": step["url"],
                        "title": step["title"],
                        "dates": [
                            {"label": self._t(item["label"]), "date": item["date"]}
                            for item in step["dates"]
                        ],
                    }
                    for step in adapters.incident_chain(incident, review)
                ],
                "clocks": [
                    {
                        **clock.as_dict(),
                        "title": self._t(CLOCK_TITLES.get(clock.id)),
                        "delay": self._delay(clock, incident),
                    }
                    for clock in clocks
                ],
                "recommendation": getattr(rapid, "recommendation", None),
                "panel_response": getattr(rapid, "panel_response", None),
                "decision": incident.decision,
                "decision_date": incident.decision_date,
                "decision_rationale": incident.decision_rationale,
                "review": (
                    {"@id": review_brain.getURL(), "title": review_brain.Title}
                    if review_brain is not None
                    else None
                ),
                "can_start_local_review": not problems
                and api.user.has_permission("plone_scrqm: Add CaseReview", obj=incident.aq_parent),
                "start_problems": [self._t(problem) for problem in problems],
            }
        )


class IncidentPost(FolderPost):
    """``POST {incident}``: adding a second rapid review is bad input, answered 400 with the
    reason, not 403 ("Disallowed subobject type") as the incident's allowed types, which
    leave it out, would answer. Everything else is plone.restapi's own add."""

    def reply(self):
        data = json_body(self.request)
        if (
            isinstance(data, dict)
            and data.get("@type") == adapters.RAPID_REVIEW
            and adapters.rapid_review_of(self.context) is not None
        ):
            self.request.response.setStatus(400)
            message = rules.second_rapid_review_problem(1)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": translate(message, domain="plone_scrqm", context=self.request),
                }
            }
        return super().reply()
