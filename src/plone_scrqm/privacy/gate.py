"""The privacy gate of a review (Zope side): what its report and response say that matches
the review's register of identifiers or an identifying pattern, what the chair has accepted,
and the check that holds back approval and publication while anything is unresolved."""

from datetime import datetime

from persistent.mapping import PersistentMapping
from plone import api
from plone.app.textfield.value import RichTextValue
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.content.publication_items import IBoardResponse
from plone_scrqm.content.publication_items import IPublicationItem
from plone_scrqm.content.publication_items import IReviewReport
from plone_scrqm.interfaces import IIdentifierSource
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.privacy.extract import ExtractionError
from plone_scrqm.privacy.extract import file_to_text
from plone_scrqm.privacy.extract import html_to_text
from plone_scrqm.privacy.scanner import scan
from plone_scrqm.publication.checks import documents_of
from plone_scrqm.publication.checks import review_of

ACCEPTED_KEY = "plone_scrqm.privacy_accepted"

# The fields of each document that become public, in reading order.
PUBLIC_FIELDS = {
    "report": (
        IReviewReport,
        ("title", "summary", "area", "learning_themes", "text", "report_file"),
    ),
    "response": (
        IBoardResponse,
        (
            "title",
            "findings_response",
            "priorities",
            "actions",
            "monitoring",
            "national_recommendations",
            "text",
            "response_file",
        ),
    ),
}


def identifiers_for(review):
    """The review's register, with the identifiers of its family records."""
    values = list(getattr(review, "privacy_register", None) or [])
    for obj in review.objectValues():
        source = IIdentifierSource(obj, None)
        if source is not None:
            values.extend(source.identifiers())
    return [value for value in dict.fromkeys(v.strip() for v in values if v) if value]


def _field_text(value):
    if value is None:
        return None, None
    if isinstance(value, RichTextValue):
        return html_to_text(value.raw), None
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value), None
    if hasattr(value, "data") and hasattr(value, "filename"):
        return _file_text(value)
    return str(value), None


def _file_text(named_file):
    """Text of an attached file, kept on the file object (a volatile attribute) so that the
    check, which runs for every guard and page of a document awaiting approval, reads a
    PDF or Word file once. A new upload is a new file object, so nothing stale is read."""
    key = (named_file.filename, named_file.getSize())
    cached = getattr(named_file, "_v_scrqm_text", None)
    if cached is None or cached[0] != key:
        try:
            result = (
                file_to_text(named_file.filename, named_file.contentType, named_file.data),
                None,
            )
        except ExtractionError as error:
            result = None, str(error)
        cached = (key, result)
        named_file._v_scrqm_text = cached
    return cached[1]


def accepted(review):
    return IAnnotations(review).get(ACCEPTED_KEY, {})


def check(review, request=None):
    """Every match in the review's public documents: dicts with ``kind``, ``text``,
    ``context``, ``document``, ``document_title``, ``field``, ``location``, ``key`` and
    ``accepted`` (the chair's acceptance, or ``None``); and problems reading files."""
    identifiers = identifiers_for(review)
    acceptances = accepted(review)
    matches, unreadable = [], []
    for kind, document in documents_of(review).items():
        if document is None:
            continue
        schema, fields = PUBLIC_FIELDS[kind]
        for name in fields:
            text, error = _field_text(getattr(document, name, None))
            label = translate(schema[name].title, context=request)
            if error:
                unreadable.append({"document": kind, "field": name, "error": error})
            if not text:
                continue
            for match in scan(text, identifiers):
                key = f"{kind}:{name}:{match.key}"
                row = match.as_dict()
                row.update(
                    key=key,
                    document=kind,
                    document_title=document.Title(),
                    field=name,
                    location=label,
                    accepted=dict(acceptances[key]) if key in acceptances else None,
                )
                matches.append(row)
    return {"matches": matches, "unreadable": unreadable}


def unresolved(result):
    return [m for m in result["matches"] if m["accepted"] is None]


def is_blocking(result):
    return bool(unresolved(result) or result["unreadable"])


class AcceptanceError(ValueError):
    pass


def accept(review, key, reason):
    """The chair accepts a match with a recorded reason (it no longer blocks)."""
    if not (reason or "").strip():
        raise AcceptanceError(_("Accepting a match needs the reason it may be published."))
    keys = {m["key"]: m for m in check(review)["matches"]}
    if key not in keys:
        raise AcceptanceError(_("There is no such match in the report or the response."))
    annotations = IAnnotations(review)
    if ACCEPTED_KEY not in annotations:
        annotations[ACCEPTED_KEY] = PersistentMapping()
    annotations[ACCEPTED_KEY][key] = {
        "reason": reason.strip(),
        "by": api.user.get_current().getId(),
        "when": datetime.now().isoformat(timespec="minutes"),
        "text": keys[key]["text"],
    }


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class PrivacyCheck:
    """Approval and publication wait while the privacy check finds anything unresolved."""

    def __init__(self, context):
        self.context = context

    def problems(self):
        result = check(review_of(self.context))
        open_matches = unresolved(result)
        out = []
        if open_matches:
            out.append(
                _(
                    "the privacy check to have no unresolved match (${count} found: see the "
                    "review's privacy check)",
                    mapping={"count": len(open_matches)},
                )
            )
        if result["unreadable"]:
            out.append(_("an attached file the privacy check can read (PDF, Word or text)"))
        return out
