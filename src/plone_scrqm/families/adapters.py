"""The family records' Zope side: the vocabularies of a review's family members, lines of
enquiry and accounts; the numbering of new records; the date first informed kept from the
contacts; what the review's panel says about the family; the approval check that names
family members without the final report (QM17).

Everything here reads the review's own children by catalog query (``children_of``), never by
waking every child of the review.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

from plone_scrqm import _
from plone_scrqm.audit import rules as audit_rules
from plone_scrqm.audit.adapters import audit
from plone_scrqm.families import rules
from plone_scrqm.interfaces import IPublicationCheck
from plone_scrqm.interfaces import IPublicationItem
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.review.children import children_of
from plone_scrqm.review.content.case_review import ICaseReview

RECORD_TYPES = ("FamilyContact", "FamilyQuestion", "FamilyAccount")


def review_for(context):
    """The review ``context`` is in (or is); while REST creates a record it is not yet in its
    review, so the objects the request traversed are asked too."""
    for obj in aq_chain(aq_inner(context)) if context is not None else ():
        if ICaseReview.providedBy(obj):
            return obj
    request = getRequest()
    for obj in (request.get("PARENTS") or []) if request is not None else []:
        if ICaseReview.providedBy(obj):
            return obj
    return None


def members_of(review):
    return children_of(review, "FamilyMember") if review is not None else []


def _uid(obj):
    return api.content.get_uuid(obj=obj)


def _terms(objects):
    return SimpleVocabulary([SimpleTerm(_uid(obj), _uid(obj), obj.Title()) for obj in objects])


@provider(IVocabularyFactory)
def family_members_vocabulary(context):
    """The review's family members, by their neutral titles (tokens are UIDs)."""
    return _terms(members_of(review_for(context)))


@provider(IVocabularyFactory)
def family_accounts_vocabulary(context):
    review = review_for(context)
    return _terms(children_of(review, "FamilyAccount") if review is not None else [])


@provider(IVocabularyFactory)
def lines_of_enquiry_vocabulary(context):
    """The lines of the review's terms of reference; a line chosen before the terms changed
    stays a choice of the record that holds it."""
    review = review_for(context)
    lines = rules.lines_of_enquiry(getattr(review, "terms_of_reference", None))
    for line in getattr(aq_inner(context), "lines_of_enquiry", None) or []:
        if line not in lines:
            lines.append(line)
    return SimpleVocabulary(
        [SimpleTerm(line, str(index), line) for index, line in enumerate(lines)]
    )


# Numbers and the date first informed


def number_new_record(record, event):
    """Give a new contact, question or account the next number among its kind."""
    if record.record_number:
        return
    container = aq_parent(aq_inner(record))
    numbers = [
        getattr(obj, "record_number", 0)
        for obj in children_of(container, record.portal_type)
        if obj is not record
    ]
    record.record_number = rules.next_member_number(numbers)
    record.reindexObject()


def contact_facts(review, removed=None):
    return [
        {
            "contact_date": getattr(contact, "contact_date", None),
            "members": list(getattr(contact, "members", None) or []),
            "informed": bool(getattr(contact, "informed", False)),
        }
        for contact in children_of(review, "FamilyContact")
        if contact is not removed
    ]


def update_first_informed(review, removed=None):
    """Each family member's date first informed, from the review's contacts (QM4 Q1)."""
    if review is None:
        return
    contacts = contact_facts(review, removed)
    for member in members_of(review):
        informed = rules.first_informed(contacts, _uid(member))
        if getattr(member, "first_informed_date", None) != informed:
            member.first_informed_date = informed


def contact_changed(contact, event):
    update_first_informed(review_for(contact))


def contact_recorded(contact, event):
    """A new contact is written to the audit trail of each family member it was with."""
    chosen = set(getattr(contact, "members", None) or [])
    for member in members_of(review_for(contact)):
        if _uid(member) in chosen:
            audit(audit_rules.CONTACT_RECORDED, member, getattr(contact, "method", None) or "")


def contact_removed(contact, event):
    update_first_informed(getattr(event, "oldParent", None), removed=contact)


# What the review's page says about the family (only to the review team)


def may_read_family(review):
    return api.user.has_permission(VIEW_FAMILY_DETAILS, obj=review)


def members_not_informed(review):
    """The family members with no contact yet that told them about the review."""
    return [
        member
        for member in members_of(review)
        if not getattr(member, "first_informed_date", None)
        and getattr(member, "involvement", None) != rules.INVOLVEMENT_NOT_INVOLVED
    ]


def open_questions(review):
    return [question for question in children_of(review, "FamilyQuestion") if question.is_open()]


def records_about(member, portal_type):
    """The review's records of ``portal_type`` that name ``member``, newest first."""
    uid = _uid(member)
    found = [
        record
        for record in children_of(aq_parent(aq_inner(member)), portal_type)
        if uid in (getattr(record, "members", None) or [])
    ]
    date_field = {"FamilyContact": "contact_date", "FamilyQuestion": "asked_date"}.get(
        portal_type, "account_date"
    )
    return sorted(found, key=lambda r: getattr(r, date_field, None) or "", reverse=True)


def record_members(record):
    """The family members a record names, in the record's order."""
    review = review_for(record)
    by_uid = {_uid(member): member for member in members_of(review)}
    return [by_uid[uid] for uid in getattr(record, "members", None) or [] if uid in by_uid]


def member_titles(record):
    """The neutral titles of the family members a record names."""
    return [member.Title() for member in record_members(record)]


def family_notes(review, request):
    """What the review's phase panel says about the family, for the review team only:
    family members not yet told about the review (QM4 Q1) and open questions (QM4 Q4)."""
    if not may_read_family(review):
        return []
    notes = []
    for member in members_not_informed(review):
        notes.append(
            {
                "text": translate(
                    _(
                        "${member} has not been told about the review yet (QM4 Q1).",
                        mapping={"member": member.Title()},
                    ),
                    context=request,
                ),
                "url": member.absolute_url(),
            }
        )
    for question in open_questions(review):
        answerer = getattr(question, "answerer", None) or translate(
            _("nobody yet"), context=request
        )
        notes.append(
            {
                "text": translate(
                    _(
                        "${question} from the family is open: asked ${date}, to be answered "
                        "by ${answerer}.",
                        mapping={
                            "question": question.Title(),
                            "date": question.asked_date.isoformat() if question.asked_date else "",
                            "answerer": answerer,
                        },
                    ),
                    context=request,
                ),
                "url": question.absolute_url(),
            }
        )
    return notes


# Approval names family members without the final report (QM17 Q2-Q3)


@implementer(IPublicationCheck)
@adapter(IPublicationItem)
class FamilyHasReportCheck:
    """Approval of the report names each family member without a date they received the
    final report: a family member the review is in touch with (invited or involved) holds
    approval back; one who declined, was not involved or about whom nothing was decided is
    named as a warning (docs/families.md says why)."""

    stages = ("approval",)

    def __init__(self, context):
        self.context = context

    def _split(self):
        if getattr(self.context, "publication_kind", None) != "report":
            return [], []
        review = aq_parent(aq_inner(self.context))
        return rules.not_yet_told(
            [
                {
                    "title": member.Title(),
                    "involvement": getattr(member, "involvement", None),
                    "final_report_date": getattr(member, "final_report_date", None),
                }
                for member in members_of(review)
            ]
        )

    def problems(self):
        blocking, _warning = self._split()
        return [
            _(
                "the date ${member} received the final report (QM17)",
                mapping={"member": title},
            )
            for title in blocking
        ]

    def warnings(self):
        _blocking, warning = self._split()
        if not warning:
            return []
        return [
            _(
                "Not yet recorded as having the final report: ${members}. They declined, were "
                "not involved or no decision was made; record the date if they receive it "
                "(QM17).",
                mapping={"members": ", ".join(warning)},
            )
        ]
