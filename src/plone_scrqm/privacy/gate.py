"""The privacy gate of a review (Zope side): what may become public from the review and
matches its register of identifiers or an identifying pattern, what the chair has accepted,
and the check that holds back approval and publication while anything is unresolved.

What is read: **every** review report and board response inside the review, in any state
(found by catalog query and by type, never "the newest"), and of each its id (its public
address), title, description, every text field the public may read (fields without a read
permission), rich text with the attributes a reader sees (alt, title, link targets), the
names of attached files and their text as stored when the file was saved
(``privacy/filetext.py``).
"""

import hashlib
from datetime import datetime
from functools import lru_cache

from persistent.mapping import PersistentMapping
from plone import api
from plone.app.textfield.interfaces import IRichText
from plone.app.textfield.value import RichTextValue
from plone.autoform.interfaces import READ_PERMISSIONS_KEY
from plone.dexterity.utils import iterSchemata
from plone.namedfile.interfaces import INamedField
from plone.supermodel.utils import mergedTaggedValueDict
from zope import schema as zschema
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.interfaces import IIdentifierSource
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.privacy.extract import html_to_text
from plone_scrqm.privacy.extract import url_words
from plone_scrqm.privacy.filetext import stored_text
from plone_scrqm.privacy.scanner import fold
from plone_scrqm.privacy.scanner import scan
from plone_scrqm.publication.checks import PUBLICATION_TYPES
from plone_scrqm.publication.checks import review_of

ACCEPTED_KEY = "plone_scrqm.privacy_accepted"
VIEW_FAMILY = "plone_scrqm: View family details"
UNREADABLE = "unreadable"
KIND_OF_TYPE = {portal_type: kind for kind, portal_type in PUBLICATION_TYPES.items()}

_ID_LABEL = _("Web address (id)")
_DESCRIPTION_LABEL = _("Description")
_FILE_NAME_LABEL = _("File name: ${field}")


def identifiers_for(review):
    """The review's register, with the identifiers of its family records. Every direct
    child is asked (any kind may be adapted to ``IIdentifierSource``); the chronology's
    thousands of entries are not direct children, so this wakes a handful of objects."""
    values = list(getattr(review, "privacy_register", None) or [])
    for obj in review.objectValues():
        source = IIdentifierSource(obj, None)
        if source is not None:
            values.extend(source.identifiers())
    cleaned = (value.strip() for value in values if isinstance(value, str))
    return [value for value in dict.fromkeys(cleaned) if value]


def documents_in(review):
    """Every report and response of the review, in any state, by catalog query (which
    applies the queued indexing first, so a document added in this request is found)."""
    catalog = api.portal.get_tool("portal_catalog")
    found = {}
    for brain in catalog.unrestrictedSearchResults(
        portal_type=list(PUBLICATION_TYPES.values()),
        path="/".join(review.getPhysicalPath()),
        sort_on="created",
    ):
        obj = brain._unrestrictedGetObject()
        found[obj.UID()] = obj
    return list(found.values())


def _public_fields(document):
    """``(name, field)`` of every field the public may read (no read permission)."""
    for schema in iterSchemata(document):
        protected = mergedTaggedValueDict(schema, READ_PERMISSIONS_KEY)
        for name in schema.names():
            if name not in protected:
                yield name, schema[name]


def texts_of(document, request=None):
    """What of ``document`` may become public, as ``(field, location, text, error)``."""
    yield "id", translate(_ID_LABEL, context=request), url_words(document.getId()), None
    description = document.Description()
    if description:
        yield "description", translate(_DESCRIPTION_LABEL, context=request), description, None
    for name, field in _public_fields(document):
        value = getattr(document, name, None)
        if value is None or value == "":
            continue
        label = translate(field.title, context=request)
        if INamedField.providedBy(field):
            yield (
                f"{name}:filename",
                translate(_FILE_NAME_LABEL, mapping={"field": label}, context=request),
                url_words(value.filename or ""),
                None,
            )
            text, error = stored_text(value)
            yield name, label, text, error
        elif IRichText.providedBy(field) and isinstance(value, RichTextValue):
            yield name, label, _html_text(value.raw), None
        elif isinstance(value, list | tuple):
            yield name, label, "\n".join(str(v) for v in value), None
        elif isinstance(field, zschema.Text | zschema.TextLine | zschema.ASCIILine):
            yield name, label, str(value), None


def match_key(uid, field, kind, text, context):
    """The key of one match: the document (UID), the field, what was found and its context.
    An acceptance never carries over to another document, field or place in the text."""
    raw = "\x1f".join((uid, field, kind, fold(text), fold(context.strip("…"))))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=32)
def _html_text(html):
    """The text of rich text, read once for the guards and pages that check it again."""
    return html_to_text(html)


@lru_cache(maxsize=64)
def _scan_cached(text, identifiers):
    """Scans of the same text with the same register: a guard evaluated again reads no text."""
    return tuple(match.as_dict() for match in scan(text, identifiers))


def accepted(review):
    return IAnnotations(review).get(ACCEPTED_KEY, {})


def may_view_register(review):
    return api.user.has_permission(VIEW_FAMILY, obj=review)


def check(review, request=None, show_register=False):
    """Every match in what may become public from the review: dicts with ``kind``,
    ``text`` (as written), ``context``, ``document`` (report or response), ``uid``,
    ``document_title``, ``field``, ``location``, ``key`` and ``accepted`` (the chair's
    acceptance, or ``None``); and files that could not be read, each with a ``key`` the
    chair may accept with a reason. The register entry a match stands for (``identifier``)
    is given only with ``show_register`` (to those who may view family details)."""
    identifiers = tuple(identifiers_for(review))
    acceptances = accepted(review)
    matches, unreadable = [], []
    for document in documents_in(review):
        uid = document.UID()
        kind = KIND_OF_TYPE.get(document.portal_type, document.portal_type)
        where = {
            "document": kind,
            "uid": uid,
            "document_title": document.Title(),
            "url": document.absolute_url(),
            "state": api.content.get_state(obj=document, default=None),
        }
        for field, location, text, error in texts_of(document, request):
            if error:
                key = match_key(uid, field, UNREADABLE, error, "")
                unreadable.append(
                    dict(
                        where,
                        field=field,
                        location=location,
                        error=error,
                        key=key,
                        accepted=dict(acceptances[key]) if key in acceptances else None,
                    )
                )
            if not text:
                continue
            for found in _scan_cached(text, identifiers):
                row = dict(found)
                row.update(where)
                row.update(
                    key=match_key(uid, field, row["kind"], row["text"], row["context"]),
                    field=field,
                    location=location,
                )
                row["accepted"] = (
                    dict(acceptances[row["key"]]) if row["key"] in acceptances else None
                )
                if not show_register:
                    row["identifier"] = None
                matches.append(row)
    return {"matches": matches, "unreadable": unreadable}


def unresolved(result):
    return [m for m in result["matches"] if m["accepted"] is None]


def unresolved_files(result):
    return [u for u in result["unreadable"] if u["accepted"] is None]


def is_blocking(result):
    return bool(unresolved(result) or unresolved_files(result))


class AcceptanceError(ValueError):
    pass


def accept(review, key, reason):
    """The chair accepts a match, or a file the check cannot read, with a recorded reason
    (it no longer blocks). Only that match, in that document and that place."""
    if not (reason or "").strip():
        raise AcceptanceError(_("Accepting a match needs the reason it may be published."))
    result = check(review)
    found = {m["key"]: m for m in result["matches"] + result["unreadable"]}
    if key not in found:
        raise AcceptanceError(_("There is no such match in the report or the response."))
    annotations = IAnnotations(review)
    if ACCEPTED_KEY not in annotations:
        annotations[ACCEPTED_KEY] = PersistentMapping()
    annotations[ACCEPTED_KEY][key] = {
        "reason": reason.strip(),
        "by": api.user.get_current().getId(),
        "when": datetime.now().isoformat(timespec="minutes"),
        "text": found[key].get("text") or found[key].get("error"),
        "uid": found[key]["uid"],
    }


UNRESOLVED_MATCHES = (
    "the privacy check to have no unresolved match (${count} found: see the review's privacy check)"
)
UNREAD_FILES = (
    "every attached file read by the privacy check: convert it to PDF or Word "
    "with text, or the chair accepts it with a reason"
)


def is_privacy_problem(message):
    """Whether ``message`` (untranslated) is one of the privacy check's, so that the page
    showing it can link to the review's privacy check."""
    return str(message) in (UNRESOLVED_MATCHES, UNREAD_FILES)


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class PrivacyCheck:
    """Approval and publication wait while the privacy check finds anything unresolved in
    anything the review may publish."""

    def __init__(self, context):
        self.context = context

    def problems(self):
        result = check(review_of(self.context))
        open_matches = unresolved(result)
        out = []
        if open_matches:
            out.append(_(UNRESOLVED_MATCHES, mapping={"count": len(open_matches)}))
        if unresolved_files(result):
            out.append(_(UNREAD_FILES))
        return out
