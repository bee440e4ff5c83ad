"""A document awaiting the chair's approval whose id (its public address) holds a registered
identifier goes back to draft, where the review team can rename it: once approved it can no
longer be renamed (``publication/binding.py``), so the name would reach the public URL.

Run when a document is sent for approval, and whenever the register can have grown (the
review or one of its family records saved)."""

from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm.privacy.extract import url_words
from plone_scrqm.privacy.gate import documents_in
from plone_scrqm.privacy.gate import identifiers_for
from plone_scrqm.privacy.scanner import IDENTIFIER
from plone_scrqm.privacy.scanner import scan
from plone_scrqm.review.content.case_review import ICaseReview

AWAITING = "awaiting_approval"
BACK_TO_DRAFT = "return_to_draft"
SENT_BACK = _(
    "Sent back to draft by the privacy check: the document's address (its id) holds a "
    "registered detail. Rename it, then send it for approval again."
)


def _review_of(obj):
    for parent in aq_chain(aq_inner(obj)):
        if ICaseReview.providedBy(parent):
            return parent
    return None


def id_is_named(document, identifiers):
    """Whether the id holds a registered identifier (the patterns such as dates are the
    privacy check's to list, not a reason to send the document back)."""
    if not identifiers:
        return False
    return any(m.kind == IDENTIFIER for m in scan(url_words(document.getId()), identifiers))


def send_back_named(review):
    """Return to draft every document of ``review`` awaiting approval whose id holds a
    registered identifier; the ids of those sent back."""
    identifiers = tuple(identifiers_for(review))
    sent_back = []
    for document in documents_in(review):
        if api.content.get_state(obj=document, default=None) != AWAITING:
            continue
        if not id_is_named(document, identifiers):
            continue
        comment = translate(SENT_BACK, context=api.env.getRequest())
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=document, transition=BACK_TO_DRAFT, comment=comment)
        sent_back.append(document.getId())
    return sent_back


def document_sent_for_approval(document, event):
    if event.transition is not None and event.transition.id == "submit_for_approval":
        review = _review_of(document)
        if review is not None:
            send_back_named(review)


def register_changed(obj, event=None):
    review = _review_of(obj)
    if review is not None:
        send_back_named(review)
