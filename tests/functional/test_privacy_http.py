"""The privacy gate and the binding of approval through HTTP, as an attacker would try it:
a second clean report, REST @move/@copy of an approved report, a chair guessing names, a board member opening the check, a family record without
other names, and files and text larger than the scanner reads."""

import base64
from datetime import timedelta

import pytest
import transaction
from plone import api
from plone.app.textfield.value import RichTextValue

from conftest import PASSWORD
from documents import word_file_with_footer
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval

NAME = "Fenella Brackwater"


def session(request_factory, user=None, api_call=True):
    s = request_factory(basic_auth=(user, PASSWORD) if user else None, api=api_call)
    if not api_call:
        s.headers["Accept"] = "text/html"
    return s


def _review(folder, review_id):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=folder, type="CaseReview", id=review_id, title=review_id.title()
        )
    advance(review, "reporting")
    review.privacy_register = [NAME]
    return review


@pytest.fixture
def approved(rest_reviews_folder):
    """Child G: report and response approved; Child H: another review still running its
    report, with a publication embargo."""
    review = _review(rest_reviews_folder, "child-g")
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    to_awaiting_approval(report, response)
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=report, transition="approve")
        api.content.transition(obj=response, transition="approve")
    other = _review(rest_reviews_folder, "child-h")
    transaction.commit()
    return review, other


def test_rest_move_of_an_approved_report_is_refused(request_factory, approved):
    review, other = approved
    rita = session(request_factory, "rita")
    response = rita.post(
        "safeguarding-reviews/child-h/@move", json={"source": review["report"].absolute_url()}
    )
    assert response.status_code == 403, response.text
    assert "stays in the review it was approved in" in response.json()["message"]
    transaction.begin()
    assert "report" in review.objectIds() and "report" not in other.objectIds()


def test_rest_copy_of_an_approved_report_is_refused(request_factory, approved):
    review, other = approved
    response = session(request_factory, "rita").post(
        "safeguarding-reviews/child-h/@copy", json={"source": review["report"].absolute_url()}
    )
    assert response.status_code == 403, response.text
    assert "cannot be copied" in response.json()["message"]
    transaction.begin()
    assert "report" not in other.objectIds()


def test_board_member_opening_the_check_gets_a_clear_refusal(request_factory, approved):
    """Signed in through the login form, as in a browser: Plone's "Insufficient privileges"
    page, not its error page."""
    browser = session(request_factory, api_call=False)
    browser.post(
        "login",
        data={"__ac_name": "bola", "__ac_password": PASSWORD, "buttons.login": "Log in"},
    )
    assert "__ac" in browser.cookies
    page = browser.get("safeguarding-reviews/child-g/@@privacy-check")
    assert "Insufficient Privileges" in page.text
    assert "there seems to be an error" not in page.text
    assert "Traceback" not in page.text
    rest = session(request_factory, "bola").get("safeguarding-reviews/child-g/@scr-privacy")
    assert rest.status_code in (401, 403)
    assert "Traceback" not in rest.text


def test_a_second_clean_report_does_not_hide_the_first(request_factory, rest_reviews_folder):
    review = _review(rest_reviews_folder, "child-k")
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    report.text = RichTextValue(f"<p>{NAME} lived at 14 Wellington Road.</p>", "text/html")
    to_awaiting_approval(report, response)
    # The newest report is clean: the named one must still be read.
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=review, type="ReviewReport", id="clean-report", title="Clean report"
        )
    transaction.commit()
    data = session(request_factory, "rita").get("safeguarding-reviews/child-k/@scr-privacy").json()
    assert data["blocking"] is True
    assert NAME in [m["text"] for m in data["matches"]]
    chair = session(request_factory, "chandra")
    refused = chair.post("safeguarding-reviews/child-k/report/@workflow/approve", json={})
    assert refused.status_code == 400
    transaction.begin()
    assert api.content.get_state(review["report"]) == "awaiting_approval"


def test_the_chair_sees_the_text_not_the_register_entry(request_factory, rest_reviews_folder):
    review = _review(rest_reviews_folder, "child-m")
    report, _response = add_documents(review)
    report.summary = "Brackwater was seen by the health visitor."
    transaction.commit()
    chair = session(request_factory, "chandra").get("safeguarding-reviews/child-m/@scr-privacy")
    (match,) = chair.json()["matches"]
    assert match["text"] == "Brackwater"
    assert match["identifier"] is None
    assert "Fenella" not in chair.text
    page = session(request_factory, "chandra", api_call=False).get(
        "safeguarding-reviews/child-m/@@privacy-check"
    )
    assert "Brackwater" in page.text and "Fenella" not in page.text
    rita = session(request_factory, "rita").get("safeguarding-reviews/child-m/@scr-privacy")
    assert rita.json()["matches"][0]["identifier"] == NAME


def test_family_record_without_other_names(request_factory, rest_reviews_folder):
    review = _review(rest_reviews_folder, "child-n")
    report, _response = add_documents(review)
    report.summary = "Mrs Quill was seen."
    transaction.commit()
    rita = session(request_factory, "rita")
    created = rita.post(
        "safeguarding-reviews/child-n",
        json={
            "@type": "FamilyMember",
            "full_name": "Petra Quill",
            "address_as": "Mrs Quill",
            "child_reference": "Sam",
            "relationship": "mother",
            "preferred_language": "en",
        },
    )
    assert created.status_code == 201, created.text
    for who in ("rita", "chandra"):
        response = session(request_factory, who).get("safeguarding-reviews/child-n/@scr-privacy")
        assert response.status_code == 200, (who, response.text)
        assert "Mrs Quill" in [m["text"] for m in response.json()["matches"]]
        page = session(request_factory, who, api_call=False).get(
            "safeguarding-reviews/child-n/@@privacy-check"
        )
        assert page.status_code == 200, who


def _file(data, filename):
    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": filename,
        "content-type": "application/octet-stream",
    }


def test_uploaded_word_footer_is_read_once_at_save(request_factory, rest_reviews_folder):
    _review(rest_reviews_folder, "child-p")
    review = rest_reviews_folder["child-p"]
    add_documents(review)
    transaction.commit()
    rita = session(request_factory, "rita")
    saved = rita.patch(
        "safeguarding-reviews/child-p/report",
        json={"report_file": _file(word_file_with_footer(f"Prepared with {NAME}"), "report.docx")},
    )
    assert saved.status_code == 204, saved.text
    data = rita.get("safeguarding-reviews/child-p/@scr-privacy").json()
    assert [m["field"] for m in data["matches"]] == ["report_file"]
    assert data["blocking"] is True


def test_a_file_too_long_to_scan_is_refused_at_save(request_factory, rest_reviews_folder):
    from plone_scrqm.privacy import extract

    _review(rest_reviews_folder, "child-q")
    add_documents(rest_reviews_folder["child-q"])
    transaction.commit()
    rita = session(request_factory, "rita")
    text = b"word " * (extract.MAX_TEXT_CHARS // 5 + 1)
    response = rita.patch(
        "safeguarding-reviews/child-q/report", json={"report_file": _file(text, "notes.txt")}
    )
    assert response.status_code == 400, response.text
    assert "the most the privacy check reads" in response.text
    long_html = "<p>" + "x" * extract.MAX_RICH_TEXT_CHARS + "</p>"
    response = rita.patch(
        "safeguarding-reviews/child-q/report",
        json={"text": {"data": long_html, "content-type": "text/html"}},
    )
    assert response.status_code == 400, response.text[:300]
    transaction.begin()
    report = rest_reviews_folder["child-q"]["report"]
    assert report.report_file is None and report.text is None
