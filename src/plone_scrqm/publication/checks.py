"""Facts about a review's report and response for the publication rules, and the checks
other parts of the add-on plug in (``IPublicationCheck``)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from zope.component import adapter
from zope.component import subscribers
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer

from plone_scrqm import _
from plone_scrqm.clocks import today as current_day
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationEmbargo
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.publication import rules
from plone_scrqm.review.children import children_of

PUBLICATION_TYPES = {"report": "ReviewReport", "response": "BoardResponse"}


def review_of(item):
    return aq_parent(aq_inner(item))


def _state(obj):
    return api.content.get_state(obj=obj, default=None)


def documents_of(review):
    """The review's report and response: ``{"report": obj or None, "response": ...}``.

    A review holds at most one live document of each kind; a withdrawn one is ignored
    when a newer one exists.
    """
    found = {"report": None, "response": None}
    for kind, portal_type in PUBLICATION_TYPES.items():
        candidates = children_of(review, portal_type)
        live = [obj for obj in candidates if _state(obj) != "withdrawn"]
        found[kind] = (live or candidates or [None])[-1]
    return found


def live_documents(review):
    """Every live (not withdrawn) document of each kind: ``{"report": [...], ...}``; a
    Welsh partnership's review holds a Welsh and an English version of each."""
    return {
        kind: [obj for obj in children_of(review, portal_type) if _state(obj) != "withdrawn"]
        for kind, portal_type in PUBLICATION_TYPES.items()
    }


APPROVAL = "approval"
PUBLICATION = "publication"


def checks_for(item, stage):
    """The registered ``IPublicationCheck`` subscribers that hold ``stage``."""
    return [
        check
        for check in subscribers((item,), IPublicationCheck)
        if stage in getattr(check, "stages", (APPROVAL, PUBLICATION))
    ]


def approval_warnings(item):
    """What the chair should know when approving (nothing held back)."""
    return [
        warning
        for check in subscribers((item,), IPublicationCheck)
        for warning in (check.warnings() if hasattr(check, "warnings") else ())
    ]


def facts_for(item, stage=APPROVAL):
    review = review_of(item)
    kind = item.publication_kind
    partner_kind = "response" if kind == "report" else "report"
    documents = documents_of(review)
    partner = documents[partner_kind]
    report = documents["report"]
    return {
        "kind": kind,
        "publication_date": item.publication_date,
        "partner_state": _state(partner) if partner is not None else None,
        "partner_publication_date": partner.publication_date if partner is not None else None,
        "family_told_date": getattr(report, "family_told_date", None),
        "professionals_told_date": getattr(report, "professionals_told_date", None),
        "blocking": [problem for check in checks_for(item, stage) for problem in check.problems()],
    }


def approval_problems(item, today=None):
    return rules.approval_problems(facts_for(item, APPROVAL), today or current_day())


def publication_problems(item, today=None):
    return rules.publication_problems(facts_for(item, PUBLICATION), today or current_day())


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class EmbargoCheck:
    """Anything in the review with an active publication embargo holds publication back."""

    def __init__(self, context):
        self.context = context

    def problems(self):
        review = review_of(self.context)
        out = []
        for obj in children_of(review, provides=IPublicationEmbargo):
            if obj.embargo_reason:
                out.append(
                    _(
                        "the embargo on publication to end: ${reason}",
                        mapping={"reason": obj.embargo_reason},
                    )
                )
        return out


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class ReviewPhaseCheck:
    """Approval and publication only while the board has the report: the review is in its
    "Board response" phase (or, for a document approved again after a withdrawal, its
    published or implementation phase)."""

    def __init__(self, context):
        self.context = context

    def problems(self):
        review = review_of(self.context)
        state = _state(review)
        if rules.review_phase_allows_publication(state):
            return []
        workflow = api.portal.get_tool("portal_workflow").getWorkflowsFor(review)
        states = workflow[0].states if workflow else {}
        title = states[state].title if state in states else state
        return [
            _(
                "the review in its 'Board response' phase, where the board has the report "
                "(it is in '${phase}')",
                mapping={"phase": translate(title, domain="plone_scrqm", context=getRequest())},
            )
        ]
