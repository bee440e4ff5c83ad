"""The chronology import (page and REST), the timeline, privacy through pages, @search and
REST as every role and Anonymous, and the feedback link through HTTP."""

import base64
import csv
import io
import re
from datetime import timedelta

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from reviews import TODAY
from reviews import add_entry
from reviews import add_event
from reviews import add_request
from reviews import advance

SECRET = "canary-chronology-5150"
NOTES = "canary-notes-9191"
REVIEW = "safeguarding-reviews/child-t"
GOOD_CSV = (
    "Date,Time,Agency,Practitioner role,What happened,Source record,Key practice episode,"
    "Decision point,Missed opportunity\n"
    "2023-03-14,10:30,Police,Response officer,Attended the home,Log 1,yes,,\n"
    "2023-03,,Education,Teacher,Absences rose,Register,,yes,\n"
    "2023-02-30,,Police,PC,Impossible date,Log 2,,,\n"
    "2023-03-20,,Fire service,Crew,Unknown agency,Log 3,,,\n"
)


@pytest.fixture
def review(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-t", title="Child T"
        )
    advance(review, "running")
    transaction.commit()
    return review


def browser(request_factory, user=None):
    session = request_factory(basic_auth=(user, PASSWORD) if user else None, api=False)
    session.headers["Accept"] = "text/html"
    return session


def authenticator(html):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def entries(review):
    transaction.begin()
    return [
        o for o in review["chronology-entries"].objectValues() if o.portal_type == "ChronologyEntry"
    ]


def test_import_page_previews_then_creates_once(request_factory, review):
    session = browser(request_factory, "rita")
    form = session.get(f"{REVIEW}/@@chronology-import")
    assert form.status_code == 200
    token = authenticator(form.text)
    upload = {"chronology_file": ("police.csv", GOOD_CSV.encode(), "text/csv")}
    preview = session.post(
        f"{REVIEW}/@@chronology-import", data={"_authenticator": token}, files=upload
    )
    assert preview.status_code == 200
    html = preview.text
    assert "Attended the home" in html and "Absences rose" in html
    assert "Bad date &#39;2023-02-30&#39;" in html or "Bad date '2023-02-30'" in html
    assert "Unknown agency" in html and "Fire service" in html
    assert entries(review) == []  # nothing written by the preview
    payload = re.search(r'name="payload"[^>]*value="([^"]+)"', html).group(1)
    confirm = {
        "_authenticator": token,
        "payload": payload,
        "filename": "police.csv",
        "confirm": "1",
    }
    done = session.post(f"{REVIEW}/@@chronology-import", data=confirm)
    assert done.status_code == 200
    assert done.url.endswith("/@@chronology")
    assert sorted(e.what_happened for e in entries(review)) == [
        "Absences rose",
        "Attended the home",
    ]
    # The same file again: nothing new.
    session.post(f"{REVIEW}/@@chronology-import", data=confirm)
    assert len(entries(review)) == 2
    again = session.post(
        f"{REVIEW}/@@chronology-import", data={"_authenticator": token}, files=upload
    )
    assert "rows are already in the chronology" in again.text


def test_import_confirmation_needs_the_authenticator(request_factory, review):
    session = browser(request_factory, "rita")
    payload = base64.b64encode(GOOD_CSV.encode()).decode()
    response = session.post(
        f"{REVIEW}/@@chronology-import",
        data={"payload": payload, "filename": "police.csv", "confirm": "1"},
    )
    assert response.status_code == 403
    assert entries(review) == []


@pytest.mark.parametrize("user", ["chandra", "bola", "edwin", "morgan", None])
def test_import_and_timeline_refused_to_others(request_factory, review, user):
    session = browser(request_factory, user)
    for path in ("@@chronology-import", "@@chronology", "@@chronology.csv"):
        response = session.get(f"{REVIEW}/{path}", allow_redirects=False)
        assert response.status_code in (302, 401, 403), (path, user)


def xlsx_bytes(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_rest_import_dry_run_then_real(request_factory, review):
    from datetime import datetime

    data = xlsx_bytes(
        [
            ["Date", "Agency", "What happened", "Source record", "Decision point"],
            [datetime(2023, 1, 5), "Police", "Strategy discussion", "Minutes", "yes"],
            ["not a date", "Police", "Bad row", "x", ""],
        ]
    )
    body = {
        "file": {
            "data": base64.b64encode(data).decode(),
            "encoding": "base64",
            "filename": "p.xlsx",
        }
    }
    session = request_factory(basic_auth=("leo", PASSWORD))
    dry = session.post(f"{REVIEW}/@scr-chronology-import", json=body)
    assert dry.status_code == 200, dry.text
    result = dry.json()
    assert result["dry_run"] is True and result["created"] == []
    assert [row["what_happened"] for row in result["to_create"]] == ["Strategy discussion"]
    assert result["rejected"][0]["row"] == 3
    assert result["rejected"][0]["reasons"][0]["code"] == "bad-date"
    assert entries(review) == []
    real = session.post(f"{REVIEW}/@scr-chronology-import", json={**body, "dry_run": False})
    assert [row["marks"] for row in real.json()["created"]] == [["decision-point"]]
    assert len(entries(review)) == 1
    again = session.post(f"{REVIEW}/@scr-chronology-import", json={**body, "dry_run": False})
    assert again.json()["created"] == [] and len(again.json()["already_imported"]) == 1
    assert len(entries(review)) == 1


def test_rest_import_missing_column_and_refusals(request_factory, review):
    data = base64.b64encode(b"Date,Agency\n2023-01-01,Police\n").decode()
    body = {"file": {"data": data, "filename": "p.csv"}, "dry_run": False}
    response = request_factory(basic_auth=("rita", PASSWORD)).post(
        f"{REVIEW}/@scr-chronology-import", json=body
    )
    assert response.status_code == 400
    assert response.json()["missing_columns"] == ["What happened"]
    assert response.json()["rejected"][0]["reasons"][0]["code"] == "missing-column"
    assert entries(review) == []
    for user in ("chandra", "bola", "edwin"):
        refused = request_factory(basic_auth=(user, PASSWORD)).post(
            f"{REVIEW}/@scr-chronology-import", json=body
        )
        assert refused.status_code in (401, 403), user


@pytest.fixture
def timeline(review):
    add_entry(
        review,
        what_happened="Police visit",
        entry_date=TODAY.replace(day=1) - timedelta(days=40),
        marks=["decision-point"],
    )
    add_entry(
        review,
        what_happened="Month-only school concern",
        agency="Education",
        entry_date=(TODAY.replace(day=1) - timedelta(days=40)).replace(day=1),
        date_precision="month",
        source_record="Register",
    )
    add_entry(
        review,
        what_happened=SECRET,
        agency="Education",
        entry_date=TODAY - timedelta(days=3),
        source_record="Note",
    )
    transaction.commit()
    return review


def test_timeline_order_filters_and_csv(request_factory, timeline):
    session = browser(request_factory, "rita")
    html = session.get(f"{REVIEW}/@@chronology").text
    assert html.index("Month-only school concern") < html.index("Police visit") < html.index(SECRET)
    assert "@media print" in html
    police = session.get(f"{REVIEW}/@@chronology", params={"agency": "Police"}).text
    assert "Police visit" in police and SECRET not in police
    marked = session.get(f"{REVIEW}/@@chronology", params={"mark": "decision-point"}).text
    assert "Police visit" in marked and "Month-only" not in marked
    bad = session.get(f"{REVIEW}/@@chronology", params={"mark": "urgent"})
    assert bad.status_code == 400 and "decision-point" in bad.text
    bad_date = session.get(f"{REVIEW}/@@chronology.csv", params={"start": "yesterday"})
    assert bad_date.status_code == 400 and "YYYY-MM" in bad_date.text
    export = session.get(f"{REVIEW}/@@chronology.csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert [row["what_happened"] for row in rows] == [
        "Month-only school concern",
        "Police visit",
        SECRET,
    ]
    assert rows[0]["precision"] == "month" and rows[1]["marks"] == "Decision point"


@pytest.mark.parametrize("user", ["chandra", "bola", "edwin", "morgan", None])
def test_chronology_hidden_from_others_in_pages_search_and_rest(request_factory, timeline, user):
    entry = next(e for e in entries(timeline) if e.what_happened == SECRET)
    session = request_factory(basic_auth=(user, PASSWORD) if user else None)
    found = session.get(
        "@search", params={"portal_type": "ChronologyEntry", "metadata_fields": "_all"}
    )
    assert found.json().get("items_total", 0) == 0
    assert session.get(f"{REVIEW}/chronology-entries/{entry.getId()}").status_code in (
        401,
        403,
        404,
    )
    listing = session.get(REVIEW)
    assert SECRET not in listing.text
    pages = browser(request_factory, user)
    for path in (REVIEW, f"{REVIEW}/@@information", f"{REVIEW}/folder_contents"):
        assert SECRET not in pages.get(path).text


@pytest.mark.parametrize("user", ["rita", "leo"])
def test_review_team_finds_entries_but_never_their_text_in_search(request_factory, timeline, user):
    session = request_factory(basic_auth=(user, PASSWORD))
    found = session.get(
        "@search", params={"portal_type": "ChronologyEntry", "metadata_fields": "_all"}
    ).json()
    assert found["items_total"] == 3
    assert SECRET not in str(found)
    assert session.get("@search", params={"SearchableText": SECRET}).json()["items_total"] == 0
    entry = next(e for e in entries(timeline) if e.what_happened == SECRET)
    item = session.get(f"{REVIEW}/chronology-entries/{entry.getId()}").json()
    assert item["what_happened"] == SECRET


def test_event_notes_through_rest(request_factory, review):
    event = add_event(review, notes=NOTES)
    transaction.commit()
    for user in ("rita", "leo"):
        data = request_factory(basic_auth=(user, PASSWORD)).get(f"{REVIEW}/{event.getId()}").json()
        assert data["notes"] == NOTES
    for user in ("chandra", "bola"):
        response = request_factory(basic_auth=(user, PASSWORD)).get(f"{REVIEW}/{event.getId()}")
        assert response.status_code == 200
        assert "notes" not in response.json() and NOTES not in response.text
        page = browser(request_factory, user).get(f"{REVIEW}/{event.getId()}")
        assert NOTES not in page.text
    for user in ("edwin", None):
        response = request_factory(basic_auth=(user, PASSWORD) if user else None).get(
            f"{REVIEW}/{event.getId()}"
        )
        assert response.status_code in (401, 403)


def test_overdue_requests_shown_on_the_review(request_factory, review):
    add_request(review, title="Late police records", date_due=TODAY - timedelta(days=2))
    add_request(
        review, title="School records", agency="Education", non_cooperation_reason="Declined"
    )
    transaction.commit()
    html = browser(request_factory, "bola").get(REVIEW).text
    assert "Overdue information requests" in html and "Late police records" in html
    info = browser(request_factory, "bola").get(f"{REVIEW}/@@information").text
    assert "Agency not cooperating" in info and "Multi-agency chronology" not in info


def test_feedback_link_through_http(request_factory, review):
    event = add_event(review)
    transaction.commit()
    team = browser(request_factory, "rita")
    page = team.get(f"{REVIEW}/{event.getId()}/@@feedback")
    made = team.post(
        f"{REVIEW}/{event.getId()}/@@feedback",
        data={
            "_authenticator": authenticator(page.text),
            "count": "1",
            "expires": TODAY.isoformat(),
        },
    )
    link = re.search(r"@@practitioner-feedback\?t=([\w-]+)", made.text).group(1)
    anonymous = browser(request_factory)
    form = anonymous.get("@@practitioner-feedback", params={"t": link})
    assert form.status_code == 200 and "Practitioner learning event" in form.text
    answer = {"t": link, "_authenticator": authenticator(form.text), "purpose_clear": "agree"}
    thanks = anonymous.post(
        "@@practitioner-feedback", data={**answer, "what_helped": "Clear briefing"}
    )
    assert thanks.status_code == 200 and "Thank you" in thanks.text
    used = anonymous.post("@@practitioner-feedback", data=answer)
    assert used.status_code == 410 and "already been used" in used.text
    unknown = anonymous.get("@@practitioner-feedback", params={"t": "made-up"})
    assert unknown.status_code == 404 and "not known" in unknown.text
    summary = team.get(f"{REVIEW}/{event.getId()}/@@feedback").text
    assert "Clear briefing" in summary and "Answered" in summary
    assert browser(request_factory, "bola").get(
        f"{REVIEW}/{event.getId()}/@@feedback", allow_redirects=False
    ).status_code in (302, 401, 403)
