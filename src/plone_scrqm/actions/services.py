"""``GET {site}/@scr-actions``: the action tracker as JSON, with the tracker's filters
(``agency``, ``status``, ``flag``, ``review``, ``sort_on``, ``sort_order``), batched
(``b_start``, ``b_size``, see ``plone_scrqm.common.batching``); ``options`` holds each
filter's choices with their titles. A visitor who is not signed in
gets 401, as on the tracker page."""

from plone.restapi.services import Service
from zope.i18n import translate

from plone_scrqm.actions.filtering import TrackerMixin
from plone_scrqm.actions.listing import json_row
from plone_scrqm.common.batching import batched
from plone_scrqm.common.params import refuse_visitors
from plone_scrqm.learning.titles import RAG_TITLES


class ActionsGet(TrackerMixin, Service):
    def reply(self):
        refuse_visitors()
        rows = self.filtered_rows()
        if self.error is not None:
            return {
                "error": {
                    "type": "BadRequest",
                    "message": self.error,
                    "parameter": self.filter_error.name,
                    "allowed": list(self.filter_error.allowed),
                }
            }
        return batched(
            self.request,
            [
                {
                    **json_row(row),
                    "rag_title": translate(RAG_TITLES[row["rag"]], context=self.request)
                    if row.get("rag") in RAG_TITLES
                    else None,
                }
                for row in rows
            ],
            f"{self.context.absolute_url()}/@scr-actions",
            options=self.filter_options(),
        )
