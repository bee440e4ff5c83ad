"""A malformed JSON body is the caller's mistake: answer 400 with the message, where
plone.restapi (which raises ``DeserializationError`` before its own handling) would answer
500. Registered for the add-on's browser layer only."""

from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from plone.restapi.exceptions import DeserializationError
from zope.component import adapter


@adapter(DeserializationError, IAPIRequest)
class DeserializationErrorHandling(ErrorHandling):
    def __call__(self):
        # The parent locks the status it sets; set (and lock) 400 first.
        self.request.response.setStatus(400, lock=1)
        super().__call__()
