"""The family's records: contacts, questions and comments, accounts. Private like the family
member's record, neutral titles, the date first informed, the review's panel, My work, the
approval check that names family members without the final report, the findings' link to
the family's account and the upgrade of the old contact logs."""

from datetime import timedelta

import pytest
from plone import api
from plone.app.testing import logout
from zope.interface import Invalid

from families import add_contact
from families import add_family_member
from families import add_question
from plone_scrqm.families.adapters import FamilyHasReportCheck
from plone_scrqm.families.adapters import family_notes
from plone_scrqm.families.content import IFamilyQuestion
from plone_scrqm.families.mywork import FamilyQuestionsProvider
from plone_scrqm.privacy.gate import identifiers_for
from plone_scrqm.publication.checks import approval_problems
from plone_scrqm.publication.checks import approval_warnings
from plone_scrqm.upgrades.v1014 import migrate_contact_log
from reviews import TODAY
from reviews import add_documents
from reviews import add_finding
from reviews import advance

READERS = ("rita", "leo", "samira")
NOT_READERS = ("chandra", "bola", "edwin", "morgan")
SAID = "Mum said the school knew about the bruises"


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


@pytest.fixture
def mother(review):
    return add_family_member(review)


@pytest.fixture
def father(review):
    return add_family_member(review, full_name="Other Person", relationship="father")


def test_a_contact_is_a_private_record_with_a_neutral_title(portal, review, mother):
    contact = add_contact(review, [mother], said=SAID)
    assert contact.Title() == "Contact 1 (phone)"
    assert contact.getId() == "family-contact"
    assert api.portal.get_tool("portal_workflow").getChainFor(contact) == ("scrqm_family_workflow",)
    second = add_contact(review, [mother], method="visit")
    assert second.Title() == "Contact 2 (visit)"
    assert "bruises" not in contact.getId()
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(SearchableText="bruises")) == 0
    brains = catalog.unrestrictedSearchResults(portal_type="FamilyContact")
    assert len(brains) == 2
    for brain in brains:
        assert "bruises" not in repr({name: brain[name] for name in catalog.schema()})
        assert "bruises" not in repr(catalog.getIndexDataForRID(brain.getRID())).lower()


@pytest.mark.parametrize("user", READERS)
def test_the_review_team_reads_and_records_contacts(review, mother, user):
    contact = add_contact(review, [mother], user="rita")
    assert api.user.has_permission("View", username=user, obj=contact)
    assert api.user.has_permission("plone_scrqm: View family details", username=user, obj=contact)
    assert api.user.has_permission("plone_scrqm: Edit family details", username=user, obj=review)


@pytest.mark.parametrize("user", NOT_READERS)
def test_nobody_else_sees_or_adds_family_records(review, mother, user):
    records = [
        add_contact(review, [mother]),
        add_question(review, [mother]),
    ]
    for record in records:
        assert not api.user.has_permission("View", username=user, obj=record)
        assert not api.user.has_permission("Access contents information", username=user, obj=record)
    with api.env.adopt_user(username=user):
        assert len(api.content.find(portal_type=["FamilyContact", "FamilyQuestion"])) == 0
        assert not api.user.has_permission("plone_scrqm: Edit family details", obj=review)


def test_anonymous_sees_no_family_record(review, mother):
    contact = add_contact(review, [mother])
    logout()
    assert not api.user.has_permission("View", obj=contact)
    assert len(api.content.find(portal_type="FamilyContact")) == 0


def test_first_inform_contact_sets_date_first_informed(review, mother, father):
    assert mother.first_informed_date is None
    add_contact(review, [mother, father], contact_date=TODAY - timedelta(days=20))
    assert mother.first_informed_date is None  # a contact that did not inform them
    later = add_contact(review, [mother], contact_date=TODAY - timedelta(days=5), informed=True)
    assert mother.first_informed_date == TODAY - timedelta(days=5)
    earlier = add_contact(
        review, [mother, father], contact_date=TODAY - timedelta(days=9), informed=True
    )
    assert mother.first_informed_date == TODAY - timedelta(days=9)
    assert father.first_informed_date == TODAY - timedelta(days=9)
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=earlier)
    assert mother.first_informed_date == later.contact_date
    assert father.first_informed_date is None


def test_phase_panel_names_members_not_informed_and_open_questions(review, mother, father):
    add_contact(review, [mother], informed=True)
    question = add_question(review, [father])
    request = review.REQUEST
    with api.env.adopt_user(username="rita"):
        texts = [note["text"] for note in family_notes(review, request)]
    assert texts == [
        "Family member 2 (father) has not been told about the review yet (QM4 Q1).",
        "Question 1 from the family is open: asked "
        f"{question.asked_date.isoformat()}, to be answered by Leo (lead reviewer).",
    ]
    with api.env.adopt_user(username="bola"):
        assert family_notes(review, request) == []
    question.answer = "Nobody was asked to; the review looks at why."
    question.status = "closed"
    with api.env.adopt_user(username="rita"):
        assert len(family_notes(review, request)) == 1


def test_a_question_is_closed_only_with_its_answer(review, mother):
    question = add_question(review, [mother])
    question.status = "closed"
    with pytest.raises(Invalid):
        IFamilyQuestion.validateInvariants(question)
    question.answer = "The health visitor left the service; the review asks why."
    IFamilyQuestion.validateInvariants(question)


def test_lines_of_enquiry_come_from_the_terms_of_reference(review, mother):
    review.terms_of_reference = "Scope: 2024-2025\n- How referrals were handled\n2. Schools"
    from plone_scrqm.families.adapters import lines_of_enquiry_vocabulary

    question = add_question(review, [mother], kind="focus")
    titles = [term.title for term in lines_of_enquiry_vocabulary(question)]
    assert titles == ["Scope: 2024-2025", "How referrals were handled", "Schools"]


def test_my_work_lists_open_questions_for_the_team(portal, review, mother):
    add_question(review, [mother])
    request = portal.REQUEST
    with api.env.adopt_user(username="leo"):
        tasks = FamilyQuestionsProvider(portal, request).tasks()
    assert [task.text for task in tasks] == [
        f"Question 1 (Child D): asked {(TODAY - timedelta(days=2)).isoformat()}, to be "
        "answered by Leo (lead reviewer)"
    ]
    with api.env.adopt_user(username="bola"):
        assert FamilyQuestionsProvider(portal, request).tasks() == []


def test_approval_names_family_members_without_the_final_report(review, mother, father):
    mother.involvement = "involved"
    father.involvement = "declined"
    father.involvement_reasons = "Did not want contact; the chair decided on 3 March."
    report, _response = add_documents(review, publication_date=TODAY + timedelta(days=30))
    check = FamilyHasReportCheck(report)
    assert [str(p.mapping["member"]) for p in check.problems()] == ["Family member 1 (mother)"]
    assert any(
        "Family member 1 (mother)" in p.mapping.get("member", "")
        for p in approval_problems(report)
        if getattr(p, "mapping", None)
    )
    warnings = approval_warnings(report)
    assert any(
        "Family member 2 (father)" in w.mapping.get("members", "")
        for w in warnings
        if getattr(w, "mapping", None)
    )
    mother.final_report_date = TODAY - timedelta(days=1)
    assert check.problems() == []
    assert FamilyHasReportCheck(_response).problems() == []


def test_a_finding_says_it_was_informed_by_the_familys_account(review, mother):
    with api.env.adopt_user(username="rita"):
        account = api.content.create(
            container=review,
            type="FamilyAccount",
            title="x",
            account_date=TODAY - timedelta(days=4),
            members=[mother.UID()],
            review_people="Leo",
            account=SAID,
        )
    assert account.Title() == "The family's account 1"
    finding = add_finding(review, family_accounts=[account.UID()])
    review_url = review.absolute_url()
    assert finding.family_accounts == [account.UID()]
    with api.env.adopt_user(username="bola"):
        assert api.user.has_permission("View", obj=finding)
        assert not api.user.has_permission("View", obj=account)
        page = api.content.get_view("view", finding, review.REQUEST)()
    assert "Informed by the family" in page
    assert "The family&#x27;s account 1" in page or "The family's account 1" in page
    assert SAID not in page and review_url


def test_old_contact_log_entries_become_contacts(review, mother):
    mother.contact_log = [
        {
            "date": "2026-01-05",
            "channel": "face-to-face",
            "who": "Rita",
            "offered": "Offered a meeting",
            "interpreter": "Urdu, Language Line",
            "automatic": "",
        },
        {
            "date": "2026-01-06",
            "channel": "letter",
            "who": "Rita",
            "offered": "Letter generated: inform (ur)",
            "interpreter": "",
            "automatic": "yes",
        },
    ]
    with api.env.adopt_roles(["Manager"]):
        assert migrate_contact_log(mother) == 1
    contacts = api.content.find(context=review, portal_type="FamilyContact", unrestricted=True)
    assert len(contacts) == 1
    contact = contacts[0]._unrestrictedGetObject()
    assert contact.method == "meeting"
    assert contact.said == "Offered a meeting"
    assert contact.interpreter == "Urdu, Language Line"
    assert contact.members == [mother.UID()]
    assert [entry["automatic"] for entry in mother.contact_log] == ["yes"]


def test_postal_address_is_an_identifier_for_the_privacy_check(review):
    member = add_family_member(review, postal_address="12 Acacia Road\nNorthtown\nNS2 4QT")
    assert member.identifiers()[-2:] == ["12 Acacia Road", "NS2 4QT"]
    assert {"12 Acacia Road", "NS2 4QT"} <= set(identifiers_for(review))
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(SearchableText="Acacia")) == 0


def test_the_add_form_from_a_members_page_names_the_member(review, mother, father):
    request = review.REQUEST
    request.form["member"] = father.UID()
    with api.env.adopt_user(username="rita"):
        html = review.restrictedTraverse("++add++FamilyContact")()
    checked = [tag for tag in html.split("<input") if 'name="form.widgets.members:list"' in tag]
    assert len(checked) == 2
    assert [father.UID() in tag for tag in checked if 'checked="checked"' in tag] == [True]
