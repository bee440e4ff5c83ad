"""Internal text seen by board members (Zope side): assessment commentary and evidence,
findings, actions and the review record. It never blocks publication, but a registered
identifier written in it is (1) warned about when the text is saved, naming the field,
(2) listed by the privacy check as "visible to board members", and (3) shown to those who may
not view family details with the family record's neutral label ("Family member 2
(mother)") in its place."""

from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from plone.autoform.interfaces import READ_PERMISSIONS_KEY
from plone.dexterity.utils import iterSchemata
from plone.supermodel.utils import mergedTaggedValueDict
from zope import schema as zschema
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.interfaces import IIdentifierSource
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.privacy.gate import identifiers_for
from plone_scrqm.privacy.gate import may_view_register
from plone_scrqm.privacy.scanner import IDENTIFIER
from plone_scrqm.privacy.scanner import neutralise
from plone_scrqm.privacy.scanner import scan
from plone_scrqm.review.content.case_review import ICaseReview

FAMILY_DETAILS = "plone_scrqm.ViewFamilyDetails"
BOARD_ROLE = "Board Member"
WITHHELD = _("(a registered detail)")


def review_containing(obj):
    """The review ``obj`` is (in), or ``None``."""
    for parent in aq_chain(aq_inner(obj)):
        if ICaseReview.providedBy(parent):
            return parent
    return None


def labelled_identifiers(review):
    """``[(identifier, neutral label), …]``: each family record's names with its title, the
    rest of the register with a neutral phrase."""
    labelled = {}
    for obj in review.objectValues():
        source = IIdentifierSource(obj, None)
        if source is not None:
            for identifier in source.identifiers():
                labelled.setdefault(identifier, obj.Title())
    withheld = translate(WITHHELD, context=api.env.getRequest())
    for identifier in identifiers_for(review):
        labelled.setdefault(identifier, withheld)
    return list(labelled.items())


def for_board(review, text):
    """``text`` as the current user may read it: unchanged for those who may view family
    details, with neutral labels for everyone else."""
    if not text or may_view_register(review):
        return text
    return neutralise(text, labelled_identifiers(review))


def board_visible_fields(obj):
    """``(name, field)`` of the plain-text fields of ``obj`` a board member may read."""
    for schema in iterSchemata(obj):
        protected = mergedTaggedValueDict(schema, READ_PERMISSIONS_KEY)
        for name in schema.names():
            field = schema[name]
            if protected.get(name) == FAMILY_DETAILS:
                continue
            if isinstance(field, zschema.Text | zschema.TextLine) or (
                isinstance(field, zschema.List)
                and isinstance(field.value_type, zschema.Text | zschema.TextLine)
            ):
                yield name, field


def _board_may_view(obj):
    return BOARD_ROLE in (rolesForPermissionOn("View", obj) or ())


def internal_texts(review):
    """What board members may read in the review's internal records: ``(object, field name,
    field title, text)``; the review record itself first."""
    catalog = api.portal.get_tool("portal_catalog")
    objects = [review] + [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            path="/".join(review.getPhysicalPath()), sort_on="path"
        )
        if brain.getPath() != "/".join(review.getPhysicalPath())
    ]
    for obj in objects:
        if IPublicationItem.providedBy(obj) or IIdentifierSource(obj, None) is not None:
            continue
        if not _board_may_view(obj):
            continue
        for name, field in board_visible_fields(obj):
            value = getattr(obj, name, None)
            if isinstance(value, list | tuple):
                value = "\n".join(str(v) for v in value if v)
            if isinstance(value, str) and value:
                yield obj, name, field.title, value
        answers = getattr(obj, "answers", None)  # a marker assessment's evidence per question
        if isinstance(answers, list | tuple):
            evidence = "\n".join(
                str(row.get("evidence") or "") for row in answers if isinstance(row, dict)
            )
            if evidence.strip():
                yield obj, "answers", _("Evidence"), evidence


def board_visible_matches(review, show_register=False):
    """Registered identifiers in text board members read (never blocking)."""
    identifiers = tuple(identifiers_for(review))
    if not identifiers:
        return []
    request = api.env.getRequest()
    labelled = None if show_register else labelled_identifiers(review)
    out = []
    for obj, name, title, text in internal_texts(review):
        for match in scan(text, identifiers):
            if match.kind != IDENTIFIER:
                continue
            # Those who may not view family details read the neutral label, as elsewhere.
            out.append(
                {
                    "text": match.text if show_register else dict(labelled)[match.identifier],
                    "context": match.context
                    if show_register
                    else neutralise(match.context, labelled),
                    "identifier": match.identifier if show_register else None,
                    "document_title": obj.Title(),
                    "url": obj.absolute_url(),
                    "field": name,
                    "location": translate(title, context=request),
                }
            )
    return out


def warn_on_save(obj, event=None):
    """A saved internal record with a registered identifier in a field board members read:
    a warning naming the field (it does not stop the save)."""
    if IPublicationItem.providedBy(obj) or IIdentifierSource(obj, None) is not None:
        return
    review = review_containing(obj)
    if review is None:
        return
    identifiers = identifiers_for(review)
    if not identifiers:
        return
    request = api.env.getRequest()
    fields = []
    for name, field in board_visible_fields(obj):
        value = getattr(obj, name, None)
        if isinstance(value, list | tuple):
            value = "\n".join(str(v) for v in value if v)
        if isinstance(value, str) and any(m.kind == IDENTIFIER for m in scan(value, identifiers)):
            fields.append(translate(field.title, context=request))
    if fields and request is not None:
        api.portal.show_message(
            translate(
                _(
                    "Board members can read ${fields}, which names someone in the review's "
                    "privacy register. Use the family record's neutral label instead.",
                    mapping={"fields": ", ".join(fields)},
                ),
                context=request,
            ),
            request=request,
            type="warning",
        )


class BoardLabels:
    """Text of many reviews' items as the current user may read it (see ``for_board``),
    waking each review once: for listings and exports built from catalog brains."""

    def __init__(self):
        self._labels = {}

    def __call__(self, review_uid, text):
        if not text or not review_uid:
            return text
        if review_uid not in self._labels:
            review = api.content.get(UID=review_uid)
            self._labels[review_uid] = (
                None
                if review is None or may_view_register(review)
                else labelled_identifiers(review)
            )
        labels = self._labels[review_uid]
        return text if labels is None else neutralise(text, labels)
