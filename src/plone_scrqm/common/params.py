"""Reading a request's parameters as the add-on expects them, and a clear 400 when they are
not.

Zope converts a parameter whose name carries a type suffix (``t:list``, ``t:int``,
``t:boolean``, ``t:record``, ``t:date``) before any view runs, so whatever a form sends, a
parameter may arrive as a list, a number, a record or a date. Views read their parameters
through ``text`` and ``texts``; a parameter of the wrong kind raises ``BadParameter``, which
the publisher answers with 400 and the message below (``BadParameterView``), after
aborting the transaction: nothing is written.

A suffix whose conversion fails (``t:int=x``) fails in Zope itself, before traversal:
``ConversionErrorView`` answers those with 400 too, and leaves every other error to Plone's
own error page (or plone.rest's JSON answer).

``refuse_visitors`` sends a visitor who is not signed in to the login from the pages meant
for the partnership's people."""

import os
import re
import sys

from plone import api
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from Products.CMFPlone.browser import exceptions
from Products.CMFPlone.browser.exceptions import ExceptionView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import BadRequest
from zExceptions import Unauthorized
from zope.i18n import translate

from plone_scrqm import _


class BadParameter(BadRequest):
    """A request parameter of the wrong kind (a list, number or record for a text)."""

    def __init__(self, name, repeatable=False):
        self.name = name
        if repeatable:
            self.message = _(
                "The parameter '${name}' must be text, given once or several times.",
                mapping={"name": name},
            )
        else:
            self.message = _(
                "The parameter '${name}' must be a single text value.", mapping={"name": name}
            )
        super().__init__(f"The parameter '{name}' is not of the expected kind.")


class BadChoice(BadParameter):
    """A request parameter that is not one of the values the page offers."""

    def __init__(self, name, allowed):
        self.name = name
        self.message = _(
            "The parameter '${name}' must be one of: ${allowed}.",
            mapping={"name": name, "allowed": ", ".join(allowed)},
        )
        BadRequest.__init__(self, f"The parameter '{name}' is not one of the offered values.")


def choice(form, name, allowed, default):
    """The parameter ``name`` as one of ``allowed`` (``default`` when absent or empty)."""
    value = text(form, name) or default
    if value not in allowed:
        raise BadChoice(name, allowed)
    return value


def text(form, name, default=""):
    """The parameter ``name`` as one string (``default`` when it is absent)."""
    value = form.get(name, default)
    if value is None:
        return default
    if isinstance(value, str):
        return value
    raise BadParameter(name)


def texts(form, name):
    """The parameter ``name`` given once or several times, as a tuple of non-empty strings."""
    value = form.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return tuple(item for item in value if item)
    raise BadParameter(name, repeatable=True)


def refuse_visitors():
    """Pages for the partnership's people only (the dashboard, the action tracker): a
    visitor who is not signed in gets Plone's login (``Unauthorized``), never an empty
    page. What a signed-in person sees there is still filtered by permissions."""
    if api.user.is_anonymous():
        raise Unauthorized("Sign in to see this page.")


def _plain_answer(request, status, message):
    response = request.response
    # Locked: after an exception view, plone.transformchain sets the status from the
    # exception's class, which is 500 for these.
    response.setStatus(status, lock=True)
    response.setHeader("Content-Type", "text/plain; charset=utf-8")
    return message


class BadParameterView(ExceptionView):
    """The answer to ``BadParameter``: 400 with the message naming the parameter."""

    def __call__(self):
        return _plain_answer(
            self.request, 400, translate(self.context.message, context=self.request)
        )


CONVERTERS_MODULE = "ZPublisher/Converters.py"


def _raised_by_a_converter(traceback):
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename.replace("\\", "/").endswith(CONVERTERS_MODULE):
            return True
        traceback = traceback.tb_next
    return False


class ConversionErrorView(ExceptionView):
    """A parameter whose type suffix cannot be converted (``t:int=x``, ``d:date=soon``) is
    bad input, not a server error: 400 naming the problem. Any other error of these kinds
    gets Plone's own error page."""

    index = ViewPageTemplateFile(
        "templates/error_message.pt", _prefix=os.path.dirname(exceptions.__file__)
    )

    def __call__(self):
        if not _raised_by_a_converter(sys.exc_info()[2]):
            if IAPIRequest.providedBy(self.request):  # plone.rest's JSON answer, as before
                fallback = ErrorHandling(self.context, self.request)
                fallback.__parent__ = self.__parent__
                return fallback()
            return super().__call__()
        problem = re.sub(r"<[^>]+>", "", str(self.context))
        message = _(
            "A parameter of this address cannot be read: ${problem}",
            mapping={"problem": problem},
        )
        return _plain_answer(self.request, 400, translate(message, context=self.request))
