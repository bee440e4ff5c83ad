"""What Volto's forms read from ``@types``: every list written one per line carries the
``lines`` widget hint (volto-scrqm's textarea of lines), the other fields none; the classic
forms keep their textlines widget (a textarea)."""

import pytest
import transaction
from plone import api

from conftest import PASSWORD

# type: the "one per line" lists a Volto form of it shows
LINES = {
    "CaseReview": {
        "agencies_asked",
        "lead_reviewers",
        "milestones",
        "privacy_register",
        "terms_of_reference_versions",
        "issues_log",
        "board_meetings",
        "decision_meeting_agencies",
        "decision_meeting_views",
        "decision_meeting_earlier_learning",
    },
    "ParallelProcess": {"liaison_log", "disclosable_material"},
    "FamilyMember": {"aliases"},
    "AssessmentRound": {"participants"},
}


@pytest.mark.parametrize("portal_type", sorted(LINES))
def test_one_per_line_lists_have_the_lines_hint(request_factory, rest_reviews_folder, portal_type):
    # As a Manager, who is given every field (some are for the family's or a meeting's roles).
    manager = request_factory(role="Manager")
    answer = manager.get(f"@types/{portal_type}")
    assert answer.status_code == 200, answer.text
    properties = answer.json()["properties"]
    hinted = {
        name
        for name, field in properties.items()
        if (field.get("widgetOptions") or {}).get("frontendOptions", {}).get("widget") == "lines"
    }
    missing = LINES[portal_type] - hinted
    assert not missing, {name: properties.get(name) for name in missing}
    for name in hinted:
        assert properties[name]["type"] == "array", name
        assert properties[name]["items"]["type"] == "string", name
        help_text = properties[name]["description"].lower()
        assert "per line" in help_text or "one line per" in help_text, name


def test_other_fields_have_no_hint(request_factory, rest_reviews_folder):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    properties = rita.get("@types/CaseReview").json()["properties"]
    for name in ("title", "referral_date", "review_type", "decided_by"):
        assert "frontendOptions" not in (properties[name].get("widgetOptions") or {}), name


def test_the_classic_form_keeps_its_textlines_widget(request_factory, rest_reviews_folder):
    with api.env.adopt_user(username="rita"):
        api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-k", title="K"
        )
    transaction.commit()
    pages = request_factory(basic_auth=("rita", PASSWORD), api=False)
    pages.headers["Accept"] = "text/html"
    html = pages.get("safeguarding-reviews/child-k/edit").text
    start = html.index('id="form-widgets-lead_reviewers"')
    tag = html[html.rindex("<", 0, start) : html.index(">", start)]
    assert tag.startswith("<textarea") and "textarea-widget" in tag, tag
