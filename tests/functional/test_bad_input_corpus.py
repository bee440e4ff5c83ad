"""Hardening, the corpus: every form and query parameter the add-on's pages read, sent with
each of Zope's type-converter suffixes (``:list``, ``:int``, ``:boolean``, ``:record``,
``:date``), and the bad inputs found by trying the site as an attacker would. Each answer
is below 500, the ones known to be bad are 4xx, and the database is left as it was (no
transaction is committed by any of them)."""

import ast
import base64
import re
from datetime import date

import pytest
import transaction
from plone import api

from conftest import PASSWORD
from families import add_family_member
from reviews import add_documents
from reviews import add_entry
from reviews import add_event
from reviews import advance
from workbooks import cell
from workbooks import sheet_xml
from workbooks import workbook

REVIEW = "safeguarding-reviews/child-t"
SUFFIXES = (
    ("list", "x"),
    ("int", ""),
    ("int", "7"),
    ("boolean", "1"),
    ("date", "2020-01-01"),
    ("date", "soon"),
    ("record", "1"),
)
# (path under the review, or from the site with "/", parameters read, method)
PAGES = (
    ("@@chronology", ("agency", "mark", "start", "end"), "GET"),
    ("@@chronology.csv", ("agency", "mark", "start", "end"), "GET"),
    ("@@marker-assessment", ("marker",), "GET"),
    ("@@assessment-compare", ("rounds",), "GET"),
    ("@@assessment-report", ("round",), "GET"),
    ("@@family-letter", ("member", "letter", "lang", "format"), "GET"),
    ("/@@scr-dashboard", ("phase", "review_type", "overdue", "sort_on", "b_start"), "GET"),
    (
        "/@@action-tracker",
        ("agency", "status", "flag", "review", "sort_on", "sort_order", "b_start"),
        "GET",
    ),
    ("/@@action-tracker.csv", ("agency", "status", "flag", "review", "sort_on"), "GET"),
    ("/@@practitioner-feedback", ("t",), "GET"),
    ("/@scr-actions", ("agency", "status", "flag", "review", "sort_on", "sort_order"), "GET"),
    ("/@scr-dashboard", ("phase", "review_type", "overdue", "sort_on"), "GET"),
    ("@scr-assessment", ("round",), "GET"),
    # The services Volto's pages read
    ("@scr-assessment-marker", ("marker",), "GET"),
    ("@scr-assessment-compare", ("rounds",), "GET"),
    ("@scr-assessment-report", ("round", "format"), "GET"),
    ("@scr-chronology", ("agency", "mark", "start", "end"), "GET"),
    ("@scr-family-letter", ("member", "letter", "lang", "format"), "GET"),
    ("@scr-items", ("b_size",), "GET"),
    ("/@scr-published", ("theme", "b_start", "b_size", "language"), "GET"),
    ("@@chronology-import", ("chronology_file", "payload", "filename", "confirm"), "POST"),
    (
        "beginning-2026-03-03/qm-04/@@assess",
        (
            "judgement",
            "assessed_on",
            "commentary",
            "next_steps",
            "next_steps_by",
            "assessor",
            "answer-1",
            "evidence-1",
            "related-1",
        ),
        "POST",
    ),
    (
        "@@record-letter-sent",
        ("member", "letter", "date", "method", "who", "lang", "note"),
        "POST",
    ),
    ("event/@@feedback", ("count", "expires"), "POST"),
)


@pytest.fixture
def site(rest_reviews_folder):
    from plone_scrqm.information.storage import create_links

    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-t", title="Child T"
        )
    advance(review, "running")
    add_entry(review)
    add_documents(review)
    member = add_family_member(review)
    event = add_event(review, id="event")
    token = create_links(event, 1)[0].token
    with api.env.adopt_user(username="rita"):
        api.content.create(
            container=review,
            type="AssessmentRound",
            id="beginning-2026-03-03",
            stage="beginning",
            date=date(2026, 3, 3),
            participants=["Lead reviewer"],
        )
    transaction.commit()
    return {"review": review, "member": member.getId(), "token": token}


def last_transaction(portal):
    transaction.begin()
    return portal._p_jar.db().lastTransaction()


def authenticator(session):
    page = session.get(f"{REVIEW}/@@chronology-import", headers={"Accept": "text/html"})
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page.text).group(1)


def page_url(path, site):
    path = path.replace("MEMBER", site["member"])
    return path[1:] if path.startswith("/") else f"{REVIEW}/{path}"


def test_every_parameter_with_every_converter_suffix(request_factory, functional_portal, site):
    session = request_factory(basic_auth=("rita", PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    token = authenticator(session)
    before = last_transaction(functional_portal)
    tried, server_errors, writes = 0, [], []
    for path, names, method in PAGES:
        url = page_url(path, site)
        for name in names:
            for suffix, value in SUFFIXES:
                key = f"{name}.part:record" if suffix == "record" else f"{name}:{suffix}"
                data = {key: value}
                if method == "POST":
                    response = session.post(url, data={**data, "_authenticator": token})
                else:
                    response = session.get(url, params=data)
                tried += 1
                if response.status_code >= 500:
                    server_errors.append((url, key, value, response.status_code))
                if last_transaction(functional_portal) != before:
                    writes.append((url, key, value, response.status_code))
                    before = last_transaction(functional_portal)
    assert tried > 400
    assert server_errors == [], f"{len(server_errors)} of {tried}: {server_errors[:10]}"
    assert writes == [], f"{len(writes)} of {tried} wrote: {writes[:10]}"


# The server errors found by trying the site: each is now a 4xx.
FOUND = (
    ("@@chronology", {"agency:int": ""}, "GET"),
    ("@@chronology", {"mark:int": ""}, "GET"),
    ("@@chronology", {"agency:int": "3"}, "GET"),
    ("beginning-2026-03-03/qm-04/@@assess", {"assessed_on:list": "2026-01-01"}, "POST"),
    ("beginning-2026-03-03/qm-04/@@assess", {"commentary:list": "a"}, "POST"),
    ("beginning-2026-03-03/qm-04/@@assess", {"related-1:int": "1"}, "POST"),
    ("beginning-2026-03-03/qm-04/@@assess", {"related-1:list": "not-an-item"}, "POST"),
    ("@@record-letter-sent", {"who:list": "Mother", "date": "2026-01-01"}, "POST"),
    ("/@@practitioner-feedback", {"t:list": ""}, "GET"),
    ("/@@practitioner-feedback", {"t:int": ""}, "GET"),
    ("/@@practitioner-feedback", {"t:boolean": "1"}, "GET"),
)


def test_the_server_errors_found_are_4xx(request_factory, functional_portal, site):
    session = request_factory(basic_auth=("rita", PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    token = authenticator(session)
    before = last_transaction(functional_portal)
    for path, data, method in FOUND:
        url = page_url(path, site)
        if method == "POST":
            response = session.post(url, data={**data, "_authenticator": token})
        else:
            response = session.get(url, params=data)
        assert 400 <= response.status_code < 500, (url, data, response.status_code)
        assert response.text.strip(), (url, data)
    assert last_transaction(functional_portal) == before


def test_the_feedback_questionnaire_with_converter_suffixes(request_factory, site):
    anonymous = request_factory(api=False)
    anonymous.headers["Accept"] = "text/html"
    url = f"@@practitioner-feedback?t={site['token']}"
    form = anonymous.get(url)
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', form.text).group(1)
    for key, value in (
        ("t:list", ""),
        ("t:int", ""),
        ("t:boolean", "1"),
        ("t:int", "4"),
    ):
        assert anonymous.get("@@practitioner-feedback", params={key: value}).status_code in (
            400,
            404,
        ), key
    for answer in ({"learning:list": "agree"}, {"learning:int": "1"}, {"what_helped:list": "a"}):
        response = anonymous.post(url, data={**answer, "_authenticator": token})
        assert response.status_code == 400, (answer, response.status_code)
    # The link is still open: nothing was kept
    assert anonymous.get(url).status_code == 200


def _import(session, file):
    return session.post(f"{REVIEW}/@scr-chronology-import", json={"file": file})


def test_the_chronology_import_refuses_what_is_not_a_file(request_factory, site):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    b64 = base64.b64encode
    header = b"Date,Time,Agency,Practitioner role,What happened,Source record\n"
    cases = {
        "file as a string": "police.csv",
        "file as a list": ["a"],
        "filename as a number": {"data": b64(header).decode(), "filename": 12},
        "data as a number": {"data": 12345, "filename": "police.csv"},
        "data as an object": {"data": {"a": 1}, "filename": "police.csv"},
        "binary data": {"data": b64(bytes(range(256)) * 20).decode(), "filename": "p.csv"},
        "binary data named .xlsx": {"data": b64(b"PK\x03\x04" + b"\x00" * 999).decode()},
        "a 4 MB CSV field": {
            "data": b64(header + b'2023-01-01,,Police,PC,"' + b"x" * 4_000_000 + b'",L\n').decode(),
            "filename": "police.csv",
        },
        "more than 5 MB": {"data": b64(b"x" * (6 * 1024 * 1024)).decode()},
        "a sheet that declares A1:XFD400000": {
            "data": b64(
                workbook(
                    sheet_xml(
                        "A1:XFD400000",
                        [(1, cell("A1", "Date")), (400000, cell("XFD400000", "x"))],
                    )
                )
            ).decode(),
            "filename": "police.xlsx",
        },
    }
    for name, file in cases.items():
        response = _import(rita, file)
        assert response.status_code == 400, (name, response.status_code, response.text[:300])
        assert response.json()["error"]["message"], name
    limit = _import(rita, cases["a sheet that declares A1:XFD400000"]).json()["error"]["message"]
    assert "6000" in limit
    not_json = rita.post(
        f"{REVIEW}/@scr-chronology-import",
        data="[1, 2]",
        headers={"Content-Type": "application/json"},
    )
    assert not_json.status_code == 400
    transaction.begin()
    entries = [
        o
        for o in site["review"]["chronology-entries"].objectValues()
        if o.portal_type == "ChronologyEntry"
    ]
    assert len(entries) == 1  # the one of the fixture


def test_rest_content_bad_values_are_400_and_write_nothing(
    request_factory, functional_portal, site
):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    before = last_transaction(functional_portal)
    qm4 = f"{REVIEW}/beginning-2026-03-03/qm-04"
    cases = [
        ("patch", qm4, {"judgement": ["met"]}),
        ("patch", qm4, {"judgement": {"value": "met"}}),
        ("patch", qm4, {"answers": "yes"}),
        ("patch", qm4, {"answers": [["yes"]]}),
        ("patch", qm4, {"marker_number": 5}),
        ("post", REVIEW, {"@type": "ReviewReport", "title": "R", "publication_date": "0001-01-01"}),
        ("post", REVIEW, {"@type": "ReviewReport", "title": "R", "publication_date": "9999-12-31"}),
        (
            "post",
            REVIEW,
            {
                "@type": "ChronologyEntry",
                "entry_date": "not-a-date",
                "agency": "Police",
                "what_happened": "x",
            },
        ),
        (
            "post",
            REVIEW,
            {
                "@type": "ChronologyEntry",
                "entry_date": "9999-12-31",
                "agency": "Police",
                "what_happened": "x",
            },
        ),
        (
            "post",
            REVIEW,
            {
                "@type": "ChronologyEntry",
                "entry_date": "0001-01-01",
                "agency": "Police",
                "what_happened": "x",
            },
        ),
        ("post", "beginning-2026-03-03", {"@type": "MarkerAssessment", "marker_number": 4}),
        ("post", "safeguarding-reviews", {"source": f"{REVIEW}/event"}, "@copy"),
        ("post", f"{REVIEW}/beginning-2026-03-03", {"source": f"{REVIEW}/event"}, "@move"),
    ]
    tried = []
    for method, path, body, *service in cases:
        if not path.startswith("safeguarding-reviews"):
            path = f"{REVIEW}/{path}"
        url = f"{path}/{service[0]}" if service else path
        if service:
            body = {"source": f"{functional_portal.absolute_url()}/{body['source']}"}
        response = getattr(rita, method)(url, json=body)
        tried.append((url, body, response.status_code))
        assert 400 <= response.status_code < 500, (
            url,
            body,
            response.status_code,
            response.text[:400],
        )
    assert last_transaction(functional_portal) == before, tried


def test_rest_validation_errors_name_their_field(request_factory, site):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    response = rita.patch(f"{REVIEW}/beginning-2026-03-03/qm-04", json={"judgement": "excellent"})
    assert response.status_code == 400
    errors = ast.literal_eval(response.json()["message"])
    assert isinstance(errors, list), response.text
    assert {"field", "message", "error"} <= set(errors[0]), errors
    assert errors[0]["field"] == "judgement"


def test_private_items_get_neutral_ids_whatever_the_client_sends(request_factory, site):
    rita = request_factory(basic_auth=("rita", PASSWORD))
    member = {
        "@type": "FamilyMember",
        "full_name": "Zainab Quorleigh",
        "address_as": "Ms Quorleigh",
        "aliases": ["Zee"],
        "child_reference": "Amir",
        "relationship": "mother",
        "preferred_language": "en",
    }
    entry = {
        "@type": "ChronologyEntry",
        "entry_date": "2025-05-05",
        "agency": "Police",
        "what_happened": "Zainab was seen at home.",
    }
    ids = []
    for body in (member, {**member, "id": "zainab-quorleigh"}, entry, {**entry, "id": "zainab"}):
        response = rita.post(REVIEW, json=body)
        assert response.status_code == 201, response.text[:300]
        ids.append(response.json()["@id"].rsplit("/", 1)[1])
    assert re.fullmatch(r"family-member-\d+", ids[0]), ids
    assert re.fullmatch(r"family-member-\d+", ids[1]), ids
    assert re.fullmatch(r"entry-\d+", ids[2]), ids
    assert re.fullmatch(r"entry-\d+", ids[3]), ids
    for found in ids:
        assert "mother" not in found and "police" not in found and "zainab" not in found
