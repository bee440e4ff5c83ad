"""REST: the marker catalogue endpoint, and case reviews created and edited through
plone.restapi with the same rules as the forms."""

from conftest import PASSWORD

VALID_REVIEW = {
    "@type": "CaseReview",
    "title": "Child F",
    "incident_date": "2026-02-01",
    "referral_date": "2026-02-03",
    "referral_basis": "statutory-criteria",
    "referring_agency": "Children's social care",
}


def test_scr_markers(request_factory, functional_portal, reader):
    session = request_factory(basic_auth=("reader", PASSWORD))
    response = session.get("@scr-markers")
    assert response.status_code == 200
    data = response.json()
    items = data["items"]
    assert [item["number"] for item in items] == list(range(1, 19))
    first = items[0]
    assert first["title"] == "Referral"
    assert first["cluster"] == "setting-up"
    assert first["statement"].startswith("the case is referred for Serious Case Review")
    assert first["questions"] == [
        "Is the rationale for the referral clear, and supported by adequate information?",
        "Does the referral state explicitly whether the case met the statutory criteria, or if "
        "it was referred for another reason?",
        "Are there explanations for any delays in the referral?",
    ]
    assert first["url"] == f"{functional_portal.absolute_url()}/quality-markers/qm-01"
    assert sum(len(item["questions"]) for item in items) == 107
    assert [item["cluster"] for item in items].count("running") == 8


def test_scr_markers_hidden_from_anonymous(request_factory):
    response = request_factory().get("@scr-markers")
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_create_review_through_rest(request_factory, rest_reviews_folder):
    session = request_factory(basic_auth=("rita", PASSWORD))
    response = session.post("safeguarding-reviews", json=VALID_REVIEW)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["@type"] == "CaseReview"
    assert data["title"] == "Child F"
    assert data["incident_date"] == "2026-02-01"
    assert data["referral_basis"]["token"] == "statutory-criteria"
    assert data["review_state"] == "referred"

    response = session.patch(
        "safeguarding-reviews/child-f",
        json={
            "decision": "review",
            "decision_date": "2026-02-20",
            "decided_by": "Independent chair",
            "decision_rationale": "Meets the statutory criteria.",
            "review_type": "lcspr",
        },
    )
    assert response.status_code == 204, response.text
    assert session.get("safeguarding-reviews/child-f").json()["review_type"]["token"] == "lcspr"


def test_rest_refuses_dates_out_of_order_and_creates_nothing(request_factory, rest_reviews_folder):
    session = request_factory(basic_auth=("rita", PASSWORD))
    payload = dict(VALID_REVIEW, referral_date="2026-01-01")
    response = session.post("safeguarding-reviews", json=payload)
    assert response.status_code == 400
    assert "cannot be before the date of the incident" in response.text
    listing = request_factory(role="Manager").get("safeguarding-reviews").json()
    assert listing["items"] == []


def test_rest_patch_checks_rules_against_stored_values(request_factory, rest_reviews_folder):
    session = request_factory(basic_auth=("rita", PASSWORD))
    assert session.post("safeguarding-reviews", json=VALID_REVIEW).status_code == 201
    response = session.patch("safeguarding-reviews/child-f", json={"decision": "no-review"})
    assert response.status_code == 400
    assert "A decision needs the date it was made." in response.text
    assert session.get("safeguarding-reviews/child-f").json()["decision"] is None


def test_rest_refuses_unknown_choice(request_factory, rest_reviews_folder):
    session = request_factory(basic_auth=("rita", PASSWORD))
    response = session.post("safeguarding-reviews", json=dict(VALID_REVIEW, review_type="inquiry"))
    assert response.status_code == 400


def test_board_member_cannot_create_or_edit(request_factory, rest_reviews_folder):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    assert rita.post("safeguarding-reviews", json=VALID_REVIEW).status_code == 201
    bola = request_factory(basic_auth=("bola", PASSWORD))
    assert bola.post(
        "safeguarding-reviews", json=dict(VALID_REVIEW, title="Child G")
    ).status_code in (
        401,
        403,
    )
    assert bola.patch("safeguarding-reviews/child-f", json={"title": "x"}).status_code in (401, 403)
    assert bola.get("safeguarding-reviews/child-f").status_code == 200


def test_anonymous_gets_nothing_of_a_review(request_factory, rest_reviews_folder):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    assert rita.post("safeguarding-reviews", json=VALID_REVIEW).status_code == 201
    anonymous = request_factory()
    assert anonymous.get("safeguarding-reviews/child-f").status_code == 401
    found = anonymous.get("@search", params={"portal_type": "CaseReview"}).json()
    assert found["items_total"] == 0


def test_types_schema_groups_fields_by_marker(request_factory):
    session = request_factory(role="Manager")
    schema = session.get("@types/CaseReview").json()
    fieldsets = {fieldset["id"]: fieldset["fields"] for fieldset in schema["fieldsets"]}
    assert "incident_date" in fieldsets["referral"]
    assert "decision_rationale" in fieldsets["decision"]
    assert "impasse_arrangements" in fieldsets["governance"]
    assert schema["properties"]["review_type"]["choices"][0] == ["rapid-review", "Rapid review"]
    assert "Never use a real name" in schema["properties"]["title"]["description"]


def test_scr_dashboard(request_factory, rest_reviews_folder):
    from datetime import date

    import transaction
    from plone import api

    with api.env.adopt_user(username="rita"):
        review = api.content.create(
            container=rest_reviews_folder,
            type="CaseReview",
            title="Child R",
            aware_date=date(2026, 1, 5),  # and the national panel never notified
        )
    transaction.commit()
    session = request_factory(basic_auth=("bola", PASSWORD))
    response = session.get("@scr-dashboard?overdue=1")
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["items_total"] == 1
    item = data["items"][0]
    assert item["@id"] == review.absolute_url()
    assert item["phase"] == "referred"
    assert item["overdue"] is True
    assert item["clocks"][0]["id"] == "notification"
    assert item["clocks"][0]["due"] == "2026-01-12"
    assert data["by_phase"] == {"referred": 1}
    edwin = request_factory(basic_auth=("edwin", PASSWORD))
    assert edwin.get("@scr-dashboard").json()["items"] == []
    # A visitor who is not signed in is asked to sign in, as on the dashboard page.
    anonymous = request_factory().get("@scr-dashboard")
    assert anonymous.status_code == 401
    assert review.absolute_url() not in anonymous.text
