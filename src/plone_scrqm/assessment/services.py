"""``GET {review}/@scr-assessment``: the review's assessment rounds with, per marker, the
judgement, the answers and how many questions are answered. ``?round=<id>`` narrows it to
one round; an unknown round answers 400."""

from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.assessment.data import find_round
from plone_scrqm.assessment.data import review_rounds

ANSWER_KEYS = ("number", "question", "local", "answer", "evidence", "related")


def _marker_json(record):
    return {
        "@id": record["url"],
        "number": record["number"],
        "title": record["title"],
        "judgement": record["judgement"],
        "answered": record["answered"],
        "total": record["total"],
        "outstanding": list(record["outstanding"]),
        "commentary": record["commentary"],
        "next_steps": record["next_steps"],
        "next_steps_by": record["next_steps_by"],
        "assessor": record["assessor"],
        "assessed_on": record["assessed_on"].isoformat() if record["assessed_on"] else None,
        "answers": [{key: row.get(key) for key in ANSWER_KEYS} for row in record["answers"]],
    }


def round_json(round_):
    return {
        "@id": round_["url"],
        "id": round_["id"],
        "title": round_["title"],
        "stage": round_["stage"],
        "date": round_["date"].isoformat() if round_["date"] else None,
        "participants": round_["participants"],
        "markers": [_marker_json(record) for record in round_["markers"].values()],
    }


class AssessmentGet(Service):
    def reply(self):
        rounds = review_rounds(self.context)
        round_id = self.request.form.get("round")
        if round_id is not None:
            found = find_round(rounds, round_id)
            if found is None:
                self.request.response.setStatus(400)
                message = _(
                    "This review has no assessment round '${round}'.",
                    mapping={"round": str(round_id)},
                )
                return {
                    "error": {
                        "type": "BadRequest",
                        "message": translate(message, context=self.request),
                    }
                }
            rounds = [found]
        return {
            "@id": f"{self.context.absolute_url()}/@scr-assessment",
            "rounds": [round_json(round_) for round_ in rounds],
        }
