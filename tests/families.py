"""Family members and partnership details for tests (names are fictional)."""

from datetime import timedelta

from plone import api

from reviews import TODAY

NAME = "Zainab Quorleigh"  # an unusual name, so a search for it finds only a leak
PARTNERSHIP = {
    "name": "Northshire Safeguarding Children Partnership",
    "address": "1 Example Street\nNorthshire NS1 1AA",
    "contact_name": "Jo Example",
    "contact_phone": "01234 567890",
    "contact_email": "reviews@northshire.example",
    "website": "https://northshire.example",
    "logo_url": "",
    "signatory_name": "Sam Signatory",
    "signatory_role": "Partnership business manager",
}


def add_family_member(review, **fields):
    values = {
        "full_name": NAME,
        "address_as": "Ms Quorleigh",
        "aliases": ["Zee Q"],
        "child_reference": "Amir",
        "relationship": "mother",
        "preferred_language": "ur",
        **fields,
    }
    with api.env.adopt_user(username="rita"):
        # The title is generated: what is given here is ignored.
        return api.content.create(
            container=review, type="FamilyMember", title="Family member", **values
        )


def set_partnership(**overrides):
    for name, value in {**PARTNERSHIP, **overrides}.items():
        api.portal.set_registry_record(f"plone_scrqm.partnership.{name}", value)


def add_report_with_date(review, days=30):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=review,
            type="ReviewReport",
            title="Child D report",
            publication_date=TODAY + timedelta(days=days),
        )


def add_contact(review, members, user="rita", **fields):
    values = {
        "contact_date": TODAY - timedelta(days=3),
        "method": "phone",
        "review_people": "Rita (review manager)",
        "members": [member.UID() for member in members],
        "said": "Told them what the review is for.",
        **fields,
    }
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=review, type="FamilyContact", title="family-contact", **values
        )


def add_question(review, members, user="rita", **fields):
    values = {
        "kind": "question",
        "question": "Why did nobody visit in March?",
        "asked_date": TODAY - timedelta(days=2),
        "members": [member.UID() for member in members],
        "answerer": "Leo (lead reviewer)",
        **fields,
    }
    with api.env.adopt_user(username=user):
        return api.content.create(
            container=review, type="FamilyQuestion", title="family-question", **values
        )
