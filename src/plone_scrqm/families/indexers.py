"""Catalog indexers: the searchable text of a family record (never a name)."""

from plone.indexer import indexer

from plone_scrqm.families.content import IFamilyMember


# Family members: the catalog holds only the generated title ("Family member 1 (mother)"),
# never a name, how they are addressed or anything else of the record.
@indexer(IFamilyMember)
def family_member_searchable_text(obj):
    return obj.title
