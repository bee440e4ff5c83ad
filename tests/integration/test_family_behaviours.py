"""The family's items keep their behaviours' marker interfaces (Dexterity's
``__providedBy__``), whatever their base classes: the catalog's ``object_provides`` and the
behaviours (locking, the name from the title) depend on it."""

from plone.app.content.interfaces import INameFromTitle
from plone.dexterity.schema import SCHEMA_CACHE
from zope.interface import providedBy

from plone_scrqm.families.content import FamilyAccount
from plone_scrqm.families.content import FamilyContact
from plone_scrqm.families.content import FamilyMember
from plone_scrqm.families.content import FamilyQuestion


def test_family_items_provide_their_behaviours_markers(portal):
    for cls, portal_type in (
        (FamilyMember, "FamilyMember"),
        (FamilyContact, "FamilyContact"),
        (FamilyQuestion, "FamilyQuestion"),
        (FamilyAccount, "FamilyAccount"),
    ):
        obj = cls(id="probe")
        obj.portal_type = portal_type
        markers = set(SCHEMA_CACHE.subtypes(portal_type))
        provided = set(providedBy(obj).flattened())
        assert markers, portal_type
        assert markers <= provided, (portal_type, markers - provided)
    member = FamilyMember(id="probe")
    member.portal_type = "FamilyMember"
    assert INameFromTitle.providedBy(member)
