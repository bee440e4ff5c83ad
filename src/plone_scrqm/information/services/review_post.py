"""``POST {review}`` as plone.restapi answers it, except that a chronology entry
(``"@type": "ChronologyEntry"``) is added to the review's container of entries
(``{review}/chronology-entries``), created when missing: clients keep posting to the review
as before. ``POST {review}/chronology-entries`` works too."""

from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services.content.add import FolderPost

from plone_scrqm.information.folder import ENTRY_TYPE
from plone_scrqm.information.folder import ensure_chronology_folder


class ReviewPost(FolderPost):
    def reply(self):
        try:
            data = json_body(self.request)
        except DeserializationError:
            data = None
        if isinstance(data, dict) and data.get("@type") == ENTRY_TYPE:
            self.context = ensure_chronology_folder(self.context)
        return super().reply()
