"""Hardening: nothing private reaches an anonymous visitor, and board members never see
family details.

A site is seeded with a unique canary string in every private field of every type; one
review's report and response are published. Then, as Anonymous, every page linked from the
site root is crawled, @@search and @search are asked for each canary, the REST API is read
(content, @search with metadata_fields=_all), and the sitemap, RSS and every published item
are fetched. No canary may appear anywhere. Board Members get the same check for the fields
that hold family details.
"""

import gzip
import re
from urllib.parse import urljoin
from urllib.parse import urlparse

import pytest
import transaction
from plone import api
from plone.app.textfield.value import RichTextValue

from conftest import PASSWORD
from plone_scrqm.clocks import today
from reviews import add_action
from reviews import add_documents
from reviews import add_finding
from reviews import advance
from reviews import to_awaiting_approval

MAX_PAGES = 250
CANARY = re.compile(r"CANARY-[A-Za-z]+-[a-z_]+-\d+")


def _canary(type_name, field, counter=[0]):  # noqa: B006 - a running number for the test
    counter[0] += 1
    return f"CANARY-{type_name}-{field}-{counter[0]}"


# Fields that stay private even when the review's documents are published.
REVIEW_TEXT_FIELDS = (
    "referring_agency",
    "referral_rationale",
    "referral_other_reason",
    "referral_delay_explanation",
    "decided_by",
    "decision_rationale",
    "neighbouring_areas_note",
    "independent_challenge_note",
    "board_rationale_communicated",
    "purpose_statement",
    "purpose_communicated_to",
    "complicating_factors",
    "terms_of_reference",
    "period_under_review",
    "methodology",
    "proportionality_rationale",
    "conducted_by",
    "quality_assured_by",
    "signed_off_by",
    "impasse_arrangements",
    "admin_support",
)
REVIEW_LIST_FIELDS = ("agencies_asked", "lead_reviewers")
FAMILY_FIELDS = ("privacy_register",)


@pytest.fixture
def seeded(rest_reviews_folder):
    """Two reviews full of canaries; the first has its report and response published."""
    seeded = {"private": [], "family": []}
    with api.env.adopt_roles(["Manager"]):
        reviews = [
            api.content.create(
                container=rest_reviews_folder,
                type="CaseReview",
                id=f"child-{n}",
                title=f"Child {n}",
            )
            for n in ("p", "q")
        ]
    for review in reviews:
        advance(review, "reporting")
        for field in REVIEW_TEXT_FIELDS:
            value = _canary("CaseReview", field)
            setattr(review, field, value)
            seeded["private"].append(value)
        for field in REVIEW_LIST_FIELDS:
            value = _canary("CaseReview", field)
            setattr(review, field, [value])
            seeded["private"].append(value)
        value = _canary("CaseReview", "privacy_register")
        review.privacy_register = [value]
        seeded["family"].append(value)
        seeded["family"] += _family_member_with_canaries(review)
        finding = add_finding(
            review,
            explanation=_canary("Finding", "explanation"),
            evidence=_canary("Finding", "evidence"),
        )
        seeded["private"] += [finding.explanation, finding.evidence]
        action = add_action(
            review,
            [finding],
            action_detail=_canary("ImprovementAction", "action_detail"),
            success_measure=_canary("ImprovementAction", "success_measure"),
            evidence_of_impact=_canary("ImprovementAction", "evidence_of_impact"),
            unintended_consequences=_canary("ImprovementAction", "unintended_consequences"),
            lead_role=_canary("ImprovementAction", "lead_role"),
        )
        seeded["private"] += [
            action.action_detail,
            action.success_measure,
            action.evidence_of_impact,
            action.unintended_consequences,
            action.lead_role,
        ]
        review.reindexObject()
    published, unpublished = reviews
    for review, publish in ((published, True), (unpublished, False)):
        report, response = add_documents(review, publication_date=today())
        report.family_support = _canary("ReviewReport", "family_support")
        seeded["private"].append(report.family_support)
        if publish:
            report.text = RichTextValue(
                "<p>Learning about neglect.</p>", "text/html", "text/x-html-safe"
            )
        else:
            for doc, kind in ((report, "ReviewReport"), (response, "BoardResponse")):
                doc.text = RichTextValue(
                    f"<p>{_canary(kind, 'text')}</p>", "text/html", "text/x-html-safe"
                )
                seeded["private"].append(doc.text.raw[3:-4])
                doc.title = _canary(kind, "title")
                seeded["private"].append(doc.title)
            report.summary = _canary("ReviewReport", "summary")
            seeded["private"].append(report.summary)
        to_awaiting_approval(report, response)
        with api.env.adopt_user(username="chandra"):
            if publish:
                for doc in (report, response):
                    comment = _canary("workflow", f"approve-{doc.getId()}")
                    api.content.transition(obj=doc, transition="approve", comment=comment)
                    seeded["private"].append(comment)
        if publish:
            with api.env.adopt_roles(["Manager"]):
                for doc in (report, response):
                    api.content.transition(obj=doc, transition="publish")
            seeded["published_urls"] = [report.absolute_url(), response.absolute_url()]
        for doc in (report, response):
            doc.reindexObject()
    transaction.commit()
    return seeded


def _family_member_with_canaries(review):
    """A family member with a canary in every free-text field of its record."""
    from zope import schema

    from families import add_family_member
    from plone_scrqm.families.content import IFamilyMember

    member = add_family_member(review)
    canaries = []
    for name in IFamilyMember.names():
        field = IFamilyMember[name]
        if type(field) in (schema.TextLine, schema.Text) and name != "title":
            value = _canary("FamilyMember", name)
            setattr(member, name, value)
            canaries.append(value)
        elif isinstance(field, schema.List) and isinstance(field.value_type, schema.TextLine):
            value = _canary("FamilyMember", name)
            setattr(member, name, [value])
            canaries.append(value)
    member.reindexObject()
    return canaries


def _crawl(session, start, limit=MAX_PAGES):
    host = urlparse(start).netloc
    seen, queue, pages = set(), [start], []
    while queue and len(seen) < limit:
        url = queue.pop(0).split("#")[0]
        if url in seen or urlparse(url).netloc != host:
            continue
        if any(part in url for part in ("logout", "login", "mail_password", "@@register")):
            continue
        seen.add(url)
        response = session.get(url, allow_redirects=True)
        pages.append((url, response.status_code, response.text))
        if "html" in response.headers.get("Content-Type", ""):
            for href in re.findall(r'href="([^"]+)"', response.text):
                link = urljoin(url, href.replace("&amp;", "&"))
                if link not in seen:
                    queue.append(link)
    return pages


def _leaks(text, canaries):
    return [c for c in canaries if c in text]


def test_anonymous_sees_no_canary(request_factory, functional_portal, seeded):
    canaries = seeded["private"] + seeded["family"]
    assert len(canaries) > 60
    site = functional_portal.absolute_url()
    page = request_factory(api=False)
    page.headers["Accept"] = "text/html"
    rest = request_factory()
    fetched = []
    # every page linked from the site root (and from those pages)
    fetched += [(url, text) for url, _status, text in _crawl(page, site + "/")]
    # search, the page and the API, for every canary: nothing found (the page and the
    # API's @id repeat the query itself, so that one string is taken out before checking)
    for canary in canaries:
        html = page.get("@@search", params={"SearchableText": canary}).text
        assert "search-results-count" not in html or ">0<" in html.replace(" ", "")
        fetched.append((f"@@search {canary}", html.replace(canary, "")))
        found = rest.get("@search", params={"SearchableText": canary, "metadata_fields": "_all"})
        assert found.json()["items_total"] == 0, canary
        fetched.append((f"@search {canary}", found.text.replace(canary, "")))
    # the API's whole catalog with every metadata column
    everything = rest.get("@search", params={"metadata_fields": "_all", "b_size": 1000})
    fetched.append(("@search _all", everything.text))
    assert everything.json()["items_total"] >= 2  # the published report and response
    for path in ("", "safeguarding-reviews", "@scr-published", "@scr-markers", "@scr-actions"):
        fetched.append((f"++api++/{path}", rest.get(path).text))
    # sitemap, syndication, the public listing and the published documents
    sitemap = page.get("sitemap.xml.gz")
    fetched.append(
        (
            "sitemap",
            gzip.decompress(sitemap.content).decode()
            if sitemap.status_code == 200
            else sitemap.text,
        )
    )
    for path in (
        "RSS",
        "rss.xml",
        "atom.xml",
        "search_rss",
        "@@published-reviews",
        "@@published-reviews.csv",
        "@@scr-audit-log",
        "@@scr-audit-log.csv",
    ):
        fetched.append((path, page.get(path).text))
    for url in seeded["published_urls"]:
        response = page.get(url)
        assert response.status_code == 200
        fetched.append((url, response.text))
        fetched.append((url + " (api)", rest.get(url.replace(site, site + "/++api++")).text))
        # the history of a published document: no user ids, no internal comments
        history = []
        for endpoint in ("@workflow", "@history"):
            history.append((f"{url} {endpoint}", rest.get(f"{url}/{endpoint}").text))
        for view in ("@@contenthistory", "@@contenthistorypopup", "@@historyview"):
            history.append((f"{url} {view}", page.get(f"{url}/{view}").text))
        assert not [where for where, text in history if "chandra" in text]
        fetched += history
        # breadcrumbs show no title of the review, which Anonymous may not open
        crumbs = rest.get(f"{url}/@breadcrumbs").json()["items"]
        assert "Child P" not in [item["title"] for item in crumbs]
        html = response.text
        nav = html[html.find('id="portal-breadcrumbs"') :][:2000]
        assert "Child P" not in nav
    # Pages for the partnership's people: Plone's login, never a 200 with an empty page
    for path in ("@@action-tracker", "@@action-tracker.csv", "@@scr-dashboard"):
        response = page.get(path, allow_redirects=False)
        assert response.status_code in (302, 401, 403), (path, response.status_code)
        if response.status_code == 302:
            assert "login" in response.headers["Location"], response.headers["Location"]
        fetched.append((path, response.text))
    leaks = {where: _leaks(text, canaries) for where, text in fetched if _leaks(text, canaries)}
    assert leaks == {}
    print(f"anonymous crawl: {len(canaries)} canaries, {len(fetched)} responses, 0 leaks")


def test_board_members_see_no_family_detail(request_factory, functional_portal, seeded):
    family = seeded["family"]
    page = request_factory(basic_auth=("bola", PASSWORD), api=False)
    page.headers["Accept"] = "text/html"
    rest = request_factory(basic_auth=("bola", PASSWORD))
    fetched = [
        (url, text)
        for url, _status, text in _crawl(
            page, functional_portal.absolute_url() + "/safeguarding-reviews"
        )
    ]
    for review in ("child-p", "child-q"):
        fetched.append((review, rest.get(f"safeguarding-reviews/{review}").text))
        fetched.append(
            (review + " privacy", rest.get(f"safeguarding-reviews/{review}/@scr-privacy").text)
        )
    for canary in family:
        found = rest.get("@search", params={"SearchableText": canary, "metadata_fields": "_all"})
        assert found.json()["items_total"] == 0
        fetched.append((canary, found.text.replace(canary, "")))
    leaks = {where: _leaks(text, family) for where, text in fetched if _leaks(text, family)}
    assert leaks == {}
    # but they do read the review record (QM3 transparency)
    assert "CANARY-CaseReview-decision_rationale" in rest.get("safeguarding-reviews/child-p").text


AUDIT_PAGES = ("@@scr-audit-log", "@@scr-audit-log.csv", "@@scrqm-audit-settings")


def test_audit_trail_closed_to_anonymous_board_and_review_team(
    request_factory, functional_portal, seeded
):
    """The audit trail names who read which family record: only Managers (and the Audit
    reader role) read it; Anonymous, Board Members, the review team and the chair do not,
    through the page, the export, the settings or the clean-up."""
    from audit_trail import empty_trail

    empty_trail()
    team = request_factory(basic_auth=("rita", PASSWORD), api=False)
    for review in ("child-p", "child-q"):
        assert team.get(f"safeguarding-reviews/{review}/@@family").status_code == 200
    manager = request_factory(role="Manager", api=False)
    trail = manager.get("@@scr-audit-log.csv")
    assert trail.status_code == 200
    assert trail.text.count("family list") == 2
    refused = 0
    for who in (None, "bola", "rita", "leo", "chandra", "samira", "edwin", "morgan"):
        session = request_factory(basic_auth=(who, PASSWORD) if who else None, api=False)
        session.headers["Accept"] = "text/html"
        answers = [session.get(path, allow_redirects=False) for path in AUDIT_PAGES]
        answers.append(session.post("@@scr-audit-cleanup", allow_redirects=False))
        for answer in answers:
            assert answer.status_code in (302, 401, 403), (who, answer.url, answer.status_code)
            assert "family list" not in answer.text
            refused += 1
    assert manager.get("@@scr-audit-log.csv").text.count("family list") == 2  # nothing purged
    print(f"audit pages: {refused} requests by 8 people refused")
