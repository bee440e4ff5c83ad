"""The family's records through the standard content endpoints (``POST {review}`` with
``"@type": "FamilyContact"``, ``GET {review}/family-contact``…), with the permissions of
their pages; reading one is written to the audit trail, as on its page."""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer

from plone_scrqm.interfaces import IFamilyRecord
from plone_scrqm.privacy.audit import audit


@implementer(ISerializeToJson)
@adapter(IFamilyRecord, Interface)
class FamilyRecordSerializer(SerializeToJson):
    def __call__(self, *args, **kwargs):
        audit("read", self.context, "family record (REST)")
        return super().__call__(*args, **kwargs)
