"""The CaseReview type: creation, validation, and who may see and change it."""

import contextlib
from datetime import date

import pytest
from plone import api
from plone.app.testing import logout
from plone.dexterity.interfaces import IDexterityFTI
from zope.component import getUtility
from zope.interface import Invalid

from plone_scrqm.review.content.case_review import ICaseReview

PRIVATE_NOTE = "Referral-rationale-canary-7f3a"


def test_fti(portal):
    fti = getUtility(IDexterityFTI, name="CaseReview")
    assert fti.global_allow
    assert fti.add_permission == "plone_scrqm.AddCaseReview"
    assert fti.klass == "plone_scrqm.review.content.case_review.CaseReview"


def test_review_manager_creates_a_review(make_review):
    review = make_review(
        referral_date=date(2026, 3, 2),
        incident_date=date(2026, 3, 1),
        referral_basis="statutory-criteria",
    )
    assert review.portal_type == "CaseReview"
    assert review.getId() == "child-d"
    assert api.content.get_state(review) == "referred"
    assert review.referral_basis == "statutory-criteria"


@pytest.mark.parametrize("user", ["leo", "chandra", "bola", "edwin", "morgan"])
def test_others_cannot_add_reviews(reviews_folder, user):
    with api.env.adopt_user(username=user):
        assert not api.user.has_permission("plone_scrqm: Add CaseReview", obj=reviews_folder)


def test_ownership_grants_nothing(make_review):
    review = make_review()
    # The creator keeps access only through the role, not through being Owner.
    api.user.revoke_roles(username="rita", obj=review.aq_parent, roles=["Review Manager"])
    with api.env.adopt_user(username="rita"):
        assert "Owner" in api.user.get_roles(obj=review)
        assert not api.user.has_permission("View", obj=review)


def test_anonymous_cannot_see_or_find_a_review(make_review):
    review = make_review(referral_rationale=PRIVATE_NOTE)
    logout()
    assert not api.user.has_permission("View", obj=review)
    assert not api.user.has_permission("Access contents information", obj=review)
    assert len(api.content.find(portal_type="CaseReview")) == 0


def test_review_text_is_not_searchable(make_review):
    make_review(referral_rationale=PRIVATE_NOTE, decision_rationale=PRIVATE_NOTE)
    search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    assert len(search(portal_type="CaseReview")) == 1
    assert len(search(SearchableText=PRIVATE_NOTE)) == 0
    assert len(search(SearchableText="Child D")) == 1


def _invariant_errors(**data):
    class Data:
        pass

    record = Data()
    for name in ICaseReview.names():
        setattr(record, name, None)
    for name, value in data.items():
        setattr(record, name, value)
    errors = []
    with contextlib.suppress(Invalid):
        ICaseReview.validateInvariants(record, errors)
    return [str(error) for error in errors]


def test_invariants():
    assert _invariant_errors() == []
    assert _invariant_errors(incident_date=date(2026, 2, 2), referral_date=date(2026, 2, 1)) == [
        "The date referred cannot be before the date of the incident."
    ]
    assert _invariant_errors(decision="no-review") == ["A decision needs the date it was made."]
    assert _invariant_errors(referral_basis="other-reason") == [
        "The case was referred for a reason other than the statutory criteria: say what the "
        "reason is."
    ]


def test_add_form_reports_rule_errors(reviews_folder):
    request = reviews_folder.REQUEST
    request.form.update(
        {
            "form.widgets.title": "Child H",
            "form.widgets.incident_date": "2026-03-10",
            "form.widgets.referral_date": "2026-03-01",
            "form.widgets.decision": ["no-review"],
            "form.widgets.decision_date": "2026-02-01",
            "form.buttons.save": "Save",
        }
    )
    with api.env.adopt_user(username="rita"):
        view = reviews_folder.restrictedTraverse("++add++CaseReview")
        form = view.form_instance
        form.update()
        _data, errors = form.extractData()
    messages = [error.message for error in errors]
    assert messages.count("The date referred cannot be before the date of the incident.") == 1
    # across fieldsets: the decision date (decision) against the referral date (referral)
    assert "The date of the decision cannot be before the date the case was referred." in messages
    assert "A decision needs the name or role of who made it." in messages
    assert reviews_folder.objectIds() == []


def test_edit_form_checks_rules_against_the_stored_review(make_review):
    review = make_review(referral_date=date(2026, 3, 1))
    request = review.REQUEST
    request.form.update(
        {
            "form.widgets.title": "Child D",
            "form.widgets.decision": ["review"],
            "form.widgets.decision_date": "2026-02-01",
            "form.widgets.decided_by": "Chair",
            "form.widgets.decision_rationale": "Meets the criteria.",
            "form.widgets.review_type": ["lcspr"],
            "form.buttons.save": "Save",
        }
    )
    with api.env.adopt_user(username="rita"):
        form = review.restrictedTraverse("@@edit")
        form.update()
        _data, errors = form.extractData()
    messages = [error.message for error in errors]
    assert messages == ["The date of the decision cannot be before the date the case was referred."]
