"""1013 → 1014: the family heard, not only written to (contacts, questions, accounts).

Adds the FamilyContact, FamilyQuestion and FamilyAccount types (allowed in reviews, on the
family workflow), the behaviour that links findings to the family's account, and turns each
entry of the old content-less contact logs into a contact of its own. Entries written
automatically when a letter was generated are not records of sending: they stay where they
were, on the family member, and do not become contacts."""

import logging

from plone import api

from plone_scrqm.families import rules

PROFILE = "profile-plone_scrqm:default"
WORKFLOWS_PROFILE = "profile-plone_scrqm:workflows"

logger = logging.getLogger("plone_scrqm.upgrades")


def migrate_contact_log(member):
    """The member's old contact log as contacts; the entries moved are taken off the log.
    Returns the number of contacts made."""
    review = member.review()
    kept, made = [], 0
    for entry in list(getattr(member, "contact_log", None) or []):
        fields = rules.migrated_contact(entry)
        if fields is None:
            kept.append(entry)
            continue
        api.content.create(
            container=review,
            type="FamilyContact",
            title="family-contact",
            members=[api.content.get_uuid(obj=member)],
            safe_id=True,
            **fields,
        )
        made += 1
    member.contact_log = kept
    return made


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    setup_tool.runImportStepFromProfile(WORKFLOWS_PROFILE, "workflow")
    catalog = api.portal.get_tool("portal_catalog")
    made = 0
    with api.env.adopt_roles(["Manager"]):
        for brain in catalog.unrestrictedSearchResults(portal_type="FamilyMember"):
            made += migrate_contact_log(brain._unrestrictedGetObject())
    logger.info("Contact log entries turned into contacts: %s", made)
