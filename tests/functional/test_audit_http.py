"""The audit trail through HTTP: reads by the review team are recorded without a write to
the ZODB, an Audit reader (with no other role) reads the page and the export, bad filters
get a 400, the clean-up runs by POST only."""

import csv
import io

import pytest
import transaction
from plone import api

from audit_trail import add_entries
from audit_trail import empty_trail
from conftest import PASSWORD
from families import add_family_member
from reviews import advance

MEMBER_PATH = "safeguarding-reviews/child-a/family-member"


@pytest.fixture(autouse=True)
def _empty_trail():
    empty_trail()


@pytest.fixture
def family(rest_reviews_folder):
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=rest_reviews_folder, type="CaseReview", id="child-a", title="Child A"
        )
        api.user.create(email="ig@example.org", username="ignes", password=PASSWORD)
        api.user.grant_roles(username="ignes", roles=["Audit reader"])
    advance(review, "running")
    member = add_family_member(review)
    transaction.commit()
    return member


def page_session(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def test_reads_are_recorded_without_writing_to_the_zodb(request_factory, functional_portal, family):
    db = functional_portal._p_jar.db()
    team = page_session(request_factory, "rita")
    # The first request after the test's set-up commits work Plone left queued (indexing);
    # it is not a read of a family record.
    assert team.get("").status_code == 200
    before = db.lastTransaction()
    for _n in range(3):
        assert team.get(MEMBER_PATH).status_code == 200
    assert request_factory(basic_auth=("leo", PASSWORD)).get(MEMBER_PATH).status_code == 200
    assert db.lastTransaction() == before  # no ZODB transaction for a read
    auditor = page_session(request_factory, "ignes")
    export = auditor.get("@@scr-audit-log.csv", params={"family": family.UID()})
    assert export.status_code == 200
    assert export.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert [(r["user"], r["detail"]) for r in rows] == [("leo", "family record (REST)")] + [
        ("rita", "family record")
    ] * 3
    assert {r["family_record"] for r in rows} == {"Family member 1 (mother)"}
    page = auditor.get("@@scr-audit-log", params={"user": "rita"})
    assert page.status_code == 200
    # each of rita's reads links to "everything about this family record"
    assert page.text.count(f"family={family.UID()}") == 3


@pytest.mark.parametrize(
    "params",
    [{"action": "rm"}, {"start": "yesterday"}, {"start": "2026-02-01", "end": "2026-01-01"}],
)
def test_bad_filters_are_400(request_factory, family, params):
    auditor = page_session(request_factory, "ignes")
    for path in ("@@scr-audit-log", "@@scr-audit-log.csv"):
        answer = auditor.get(path, params=params)
        assert answer.status_code == 400, (path, params)
        assert next(iter(params.values())) in answer.text or "end" in params


def test_clean_up_is_post_only_and_for_managers(request_factory, family):
    manager = request_factory(role="Manager", api=False)
    assert manager.get("@@scr-audit-cleanup").status_code == 405
    answer = manager.post("@@scr-audit-cleanup")
    assert answer.status_code == 200
    assert answer.json()["removed"] == 0
    assert answer.json()["retention_days"] == 2190
    auditor = page_session(request_factory, "ignes")
    assert auditor.post("@@scr-audit-cleanup", allow_redirects=False).status_code in (302, 401, 403)
    assert auditor.get("@@scrqm-audit-settings", allow_redirects=False).status_code in (
        302,
        401,
        403,
    )


def words(html):
    return " ".join(html.split())


def test_page_filters_and_pages(request_factory, family):
    review = family.aq_parent
    team = page_session(request_factory, "rita")
    for _n in range(3):
        assert team.get(MEMBER_PATH).status_code == 200
    lead = page_session(request_factory, "leo")
    assert lead.get("safeguarding-reviews/child-a/@@chronology").status_code == 200
    add_entries(55, detail="family list", review_uid=review.UID(), review_title="Child A")
    auditor = page_session(request_factory, "ignes")
    everything = auditor.get("@@scr-audit-log")
    assert everything.status_code == 200
    assert "59 entries." in words(everything.text)
    assert "pagination" in everything.text  # 50 a page
    second_page = words(auditor.get("@@scr-audit-log", params={"b_start": 50}).text)
    assert second_page.count("<td>family list</td>") == 9
    record = words(auditor.get("@@scr-audit-log", params={"family": family.UID()}).text)
    assert "3 entries." in record
    assert record.count("Everything about Family member 1 (mother)") == 3
    leo = words(auditor.get("@@scr-audit-log", params={"user": "leo", "action": "read"}).text)
    assert "1 entries." in leo and "<td>chronology</td>" in leo
    period = words(
        auditor.get("@@scr-audit-log", params={"review": review.UID(), "end": "2000-01-01"}).text
    )
    assert "No entry matches." in period


def test_export_has_every_matching_entry_and_is_itself_recorded(request_factory, family):
    add_entries(120, user="rita", detail="family record", family_uid=family.UID())
    add_entries(5, user="leo", detail="family list")
    auditor = page_session(request_factory, "ignes")
    rows = list(
        csv.DictReader(
            io.StringIO(auditor.get("@@scr-audit-log.csv", params={"user": "rita"}).text)
        )
    )
    assert len(rows) == 120  # no paging in the export
    assert {r["family_uid"] for r in rows} == {family.UID()}
    exports = list(
        csv.DictReader(
            io.StringIO(auditor.get("@@scr-audit-log.csv", params={"action": "export"}).text)
        )
    )
    assert [(r["user"], r["detail"]) for r in exports] == [("ignes", "audit log CSV user=rita")]
