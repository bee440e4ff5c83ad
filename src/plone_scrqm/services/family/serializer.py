"""Reading a family record through the REST API is written to the audit log, like reading
it on its page (see ``plone_scrqm.privacy.audit``)."""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer

from plone_scrqm.content.family_member import IFamilyMember
from plone_scrqm.privacy.audit import audit


@implementer(ISerializeToJson)
@adapter(IFamilyMember, Interface)
class FamilyMemberSerializer(SerializeToJson):
    def __call__(self, *args, **kwargs):
        audit("read", self.context, "family record (REST)")
        return super().__call__(*args, **kwargs)
