"""Reading a family record, or a review with its register of identifiers, through the REST
API is written to the audit trail, like reading them on their pages (``plone_scrqm.audit``)."""

from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer

from plone_scrqm.families.content import IFamilyMember
from plone_scrqm.permissions import VIEW_FAMILY_DETAILS
from plone_scrqm.privacy.audit import audit
from plone_scrqm.review.content.case_review import ICaseReview


@implementer(ISerializeToJson)
@adapter(IFamilyMember, Interface)
class FamilyMemberSerializer(SerializeToJson):
    def __call__(self, *args, **kwargs):
        audit("read", self.context, "family record (REST)")
        return super().__call__(*args, **kwargs)


@implementer(ISerializeToJson)
@adapter(ICaseReview, Interface)
class CaseReviewSerializer(SerializeFolderToJson):
    """The review team's copy of a review includes the register of identifiers."""

    def __call__(self, *args, **kwargs):
        result = super().__call__(*args, **kwargs)
        if result.get("privacy_register") and api.user.has_permission(
            VIEW_FAMILY_DETAILS, obj=self.context
        ):
            audit("read", self.context, "identifier register (REST)")
        return result
