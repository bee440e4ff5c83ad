"""Classic UI pages: the marker overview, a marker's page, and the review's forms."""

from conftest import PASSWORD


def browser(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def page(request_factory, path, user="reader"):
    session = browser(request_factory, user)
    response = session.get(path)
    return response.status_code, response.text


def test_marker_overview_by_cluster(request_factory, reader):
    status, html = page(request_factory, "quality-markers")
    assert status == 200
    assert html.index("Setting up the review") < html.index("Running the review")
    assert html.index("Running the review") < html.index("Outputs and outcomes from the review")
    for title in ("Referral", "Parallel processes", "Implementation and evaluation"):
        assert title in html
    assert "quality-markers/qm-18" in html
    assert "11" in html  # QM13 has 11 questions


def test_marker_page(request_factory, reader):
    status, html = page(request_factory, "quality-markers/qm-09")
    assert status == 200
    assert "Parallel processes" in html
    assert "Quality statement" in html
    assert "where there are parallel processes the SCR is managed" in html
    assert "Is there an early discussion between the police/ Crown Prosecution Service" in html
    assert "<details" in html and "Rationale" in html
    assert "Tackling some common obstacles" in html
    assert "NHS England &#39;Serious incident framework&#39; (2015)." in html or (
        "NHS England 'Serious incident framework' (2015)." in html
    )


def test_marker_page_needs_sign_in(request_factory):
    session = request_factory(api=False)
    session.headers["Accept"] = "text/html"
    response = session.get("quality-markers/qm-01", allow_redirects=False)
    assert response.status_code in (302, 401)


def test_add_form_warns_against_real_names(request_factory, rest_reviews_folder):
    status, html = page(request_factory, "safeguarding-reviews/++add++CaseReview", user="rita")
    assert status == 200
    assert "Never use a real name" in html
    for legend in (
        "Referral (QM1)",
        "Decision (QM2)",
        "Governance (QM7)",
        "Plan and management (QM8)",
    ):
        assert legend in html


def test_review_record_page_lists_and_links_markers(request_factory, rest_reviews_folder):
    import transaction
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=rest_reviews_folder,
            type="CaseReview",
            id="child-k",
            title="Child K",
            agencies_asked=["Police", "School nursing"],
        )
    transaction.commit()
    status, html = page(request_factory, "safeguarding-reviews/child-k", user="bola")
    assert status == 200
    assert "<li>Police</li>" in html and "<li>School nursing</li>" in html
    assert "quality-markers/qm-02" in html
    assert "Not recorded yet" in html
    assert "Phase:" in html and "Referred" in html


def test_phase_panel_names_what_is_missing(request_factory, rest_reviews_folder):
    import transaction
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-m", title="Child M"
        )
    transaction.commit()
    status, html = page(request_factory, "safeguarding-reviews/child-m", user="rita")
    assert status == 200
    assert "Ask the chair for a decision" in html
    assert "Still needed:" in html
    assert "the rationale for the referral (QM1)" in html
    _status, board_html = page(request_factory, "safeguarding-reviews/child-m", user="bola")
    assert "Still needed:" not in board_html
