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
from conftest import PEOPLE
from plone_scrqm.clocks import today
from reviews import add_action
from reviews import add_documents
from reviews import add_finding
from reviews import advance
from reviews import to_awaiting_approval
from wales import add_bilingual_documents
from wales import add_welsh_folder
from wales import advance_welsh

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
    "decision_meeting_rationale",
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
REVIEW_LIST_FIELDS = (
    "agencies_asked",
    "lead_reviewers",
    # the decision-making meeting (behaviour plone_scrqm.decision_meeting)
    "decision_meeting_agencies",
    "decision_meeting_views",
    "decision_meeting_earlier_learning",
)
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
        records, canaries = _family_records_with_canaries(review)
        seeded["family"] += canaries
        finding = add_finding(
            review,
            explanation=_canary("Finding", "explanation"),
            evidence=_canary("Finding", "evidence"),
            family_accounts=[records["FamilyAccount"].UID()],
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
    seeded["incident_paths"] = _incident_with_canaries(rest_reviews_folder, seeded)
    seeded["incident_paths"] += _papers_with_canaries(reviews[0], seeded)
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
    seeded["published_urls"] += _published_welsh_review(seeded)
    transaction.commit()
    return seeded


# Serious incidents: fields the review team alone reads (family details) and fields the
# chair and board members read too (never the public).
INCIDENT_FAMILY = {
    "SeriousIncident": (
        "notifiable_reason",
        "notification_reference",
        "notification_sent_to",
        "immediate_actions",
    ),
    "RapidReview": ("learning", "panel_response_text"),
    "StatutoryLetter": ("summary",),
}
INCIDENT_FAMILY_LISTS = {
    "SeriousIncident": ("agencies",),
    "RapidReview": ("agency_contributions", "agencies_present", "agency_views"),
}
INCIDENT_BOARD = {
    "SeriousIncident": ("decided_by", "decision_rationale"),
    "RapidReview": ("rationale",),
    "StatutoryLetter": ("reference",),
}


def _incident_with_canaries(folder, seeded):
    """An incident, its rapid review and a letter with a canary in every text field."""
    with api.env.adopt_user(username="rita"):
        incident = api.content.create(
            container=folder,
            type="SeriousIncident",
            id="child-s",
            title="Child S",
            aware_date=today(),
            child_outcome="died",
            notifiable="yes",
        )
        rapid = api.content.create(
            container=incident, type="RapidReview", id="rapid-review", title="Rapid review"
        )
        letter = api.content.create(
            container=incident,
            type="StatutoryLetter",
            id="notification",
            title="Notification",
            letter_type="notification",
            direction="sent",
            correspondent="ofsted",
            letter_date=today(),
        )
    for obj in (incident, rapid, letter):
        kind = obj.portal_type
        for field in INCIDENT_FAMILY.get(kind, ()):
            value = _canary(kind, field)
            setattr(obj, field, value)
            seeded["family"].append(value)
        for field in INCIDENT_FAMILY_LISTS.get(kind, ()):
            value = _canary(kind, field)
            setattr(obj, field, [value])
            seeded["family"].append(value)
        for field in INCIDENT_BOARD.get(kind, ()):
            value = _canary(kind, field)
            setattr(obj, field, value)
            seeded["private"].append(value)
        obj.reindexObject()
    site = api.portal.get().absolute_url()
    return [obj.absolute_url().replace(site + "/", "") for obj in (incident, rapid, letter)] + [
        "safeguarding-reviews/child-s/@scr-chain"
    ]


def _papers_with_canaries(review, seeded):
    """The review's working papers: a paper with a canary title and notes."""
    with api.env.adopt_user(username="rita"):
        papers = api.content.create(
            container=review, type="PapersFolder", id="papers", title="Papers"
        )
        paper = api.content.create(
            container=papers,
            type="WorkingPaper",
            id="interview-notes",
            title=_canary("WorkingPaper", "title"),
            kind="interview-notes",
            notes=_canary("WorkingPaper", "notes"),
        )
    seeded["private"].append(paper.title)
    seeded["family"].append(paper.notes)
    site = api.portal.get().absolute_url()
    return [obj.absolute_url().replace(site + "/", "") for obj in (papers, paper)]


# The SUSR record is the review team's and the board's, never the public's
SUSR_PRIVATE_FIELDS = (
    "susr_government_reference",
    "susr_review_chair",
    "susr_home_office_reference",
    "susr_repository_reference",
)
SUSR_PRIVATE_LISTS = ("susr_crg_agencies", "susr_reviewers", "susr_panel")


def _published_welsh_review(seeded):
    """A Welsh partnership's review with canaries in its SUSR record, its report and
    response published in Welsh and English; returns the four published addresses."""
    folder = add_welsh_folder(api.portal.get(), PEOPLE)
    with api.env.adopt_roles(["Manager"]):
        review = api.content.create(
            container=folder, type="CaseReview", id="child-w", title="Child W"
        )
    advance_welsh(review, "reporting")
    for field in SUSR_PRIVATE_FIELDS:
        setattr(review, field, _canary("CaseReview", field))
        seeded["private"].append(getattr(review, field))
    for field in SUSR_PRIVATE_LISTS:
        value = _canary("CaseReview", field)
        setattr(review, field, [value])
        seeded["private"].append(value)
    review.susr_family_no_meeting_reason = _canary("CaseReview", "susr_family_no_meeting_reason")
    seeded["family"].append(review.susr_family_no_meeting_reason)
    review.reindexObject()
    docs = add_bilingual_documents(review, publication_date=today())
    docs[("report", "cy")].family_support = _canary("ReviewReport", "family_support")
    seeded["private"].append(docs[("report", "cy")].family_support)
    docs[("report", "en")].single_language_reason = _canary("ReviewReport", "single_language")
    seeded["private"].append(docs[("report", "en")].single_language_reason)
    to_awaiting_approval(*docs.values())
    with api.env.adopt_roles(["Manager"]):
        for doc in docs.values():
            api.content.transition(obj=doc, transition="approve")
        for doc in docs.values():
            if api.content.get_state(obj=doc) != "published":
                api.content.transition(obj=doc, transition="publish")
    for doc in docs.values():
        assert api.content.get_state(obj=doc) == "published"
        doc.reindexObject()
    return [doc.absolute_url() for doc in docs.values()]


def _family_member_with_canaries(review):
    """A family member with a canary in every free-text field of its record."""
    from families import add_family_member
    from plone_scrqm.families.content import IFamilyMember

    member = add_family_member(review)
    return _fill_with_canaries(member, IFamilyMember, "FamilyMember")


def _fill_with_canaries(obj, schema_interface, type_name):
    """A canary in every free-text field of ``obj``'s schema."""
    from zope import schema

    canaries = []
    for name in schema_interface.names():
        field = schema_interface[name]
        if type(field) in (schema.TextLine, schema.Text) and name != "title":
            value = _canary(type_name, name)
            setattr(obj, name, value)
            canaries.append(value)
        elif isinstance(field, schema.List) and isinstance(field.value_type, schema.TextLine):
            value = _canary(type_name, name)
            setattr(obj, name, [value])
            canaries.append(value)
    obj.reindexObject()
    return canaries


def _family_records_with_canaries(review):
    """A contact, a question and an account of the family, a canary in every free-text
    field (and a line of enquiry chosen from the canaries of the terms of reference)."""
    from families import add_contact
    from families import add_question
    from plone_scrqm.families.content import IFamilyAccount
    from plone_scrqm.families.content import IFamilyContact
    from plone_scrqm.families.content import IFamilyQuestion

    members = [obj for obj in review.objectValues() if obj.portal_type == "FamilyMember"]
    records = {
        "FamilyContact": add_contact(review, members, informed=True, letter="inform"),
        "FamilyQuestion": add_question(review, members, kind="focus"),
    }
    with api.env.adopt_user(username="rita"):
        records["FamilyAccount"] = api.content.create(
            container=review,
            type="FamilyAccount",
            title="family-account",
            account_date=today(),
            members=[members[0].UID()],
            review_people="x",
            account="x",
        )
    canaries = []
    for type_name, interface in (
        ("FamilyContact", IFamilyContact),
        ("FamilyQuestion", IFamilyQuestion),
        ("FamilyAccount", IFamilyAccount),
    ):
        canaries += _fill_with_canaries(records[type_name], interface, type_name)
    records["FamilyQuestion"].lines_of_enquiry = [review.terms_of_reference]
    return records, canaries


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
    assert len(canaries) > 70
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
    # the published report and response, and the Welsh review's four versions
    assert everything.json()["items_total"] >= 6
    published = rest.get("@scr-published").json()
    welsh = [item for item in published["items"] if item["pseudonym"] == "Child W"]
    assert [len(item["versions"]) for item in welsh] == [2]
    for path in (
        "",
        "safeguarding-reviews",
        "welsh-reviews",
        "@scr-published",
        "@scr-published?language=cy",
        "@scr-published?language=en",
        "@scr-markers",
        "@scr-actions",
    ):
        fetched.append((f"++api++/{path}", rest.get(path).text))
    # a review's services for Volto's pages: refused, nothing in the answer
    for review in ("child-p", "child-q"):
        for service in VOLTO_REVIEW_SERVICES + VOLTO_TEAM_SERVICES:
            answer = rest.get(f"safeguarding-reviews/{review}/{service}")
            assert answer.status_code == 401, (review, service, answer.status_code)
            assert "Child P" not in answer.text and "Child Q" not in answer.text
            fetched.append((f"++api++/{review}/{service}", answer.text))
    # serious incidents, their rapid reviews and letters: never public
    for path in seeded["incident_paths"]:
        answer = rest.get(path)
        assert answer.status_code in (401, 403, 404), (path, answer.status_code)
        fetched.append((f"++api++/{path}", answer.text))
        html = page.get(path, allow_redirects=False)
        assert html.status_code in (302, 401, 403, 404), (path, html.status_code)
        fetched.append((path, html.text))
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
        "@@published-reviews?language=cy",
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
        assert not {"Child P", "Child W"} & {item["title"] for item in crumbs}
        html = response.text
        nav = html[html.find('id="portal-breadcrumbs"') :][:2000]
        assert "Child P" not in nav and "Child W" not in nav
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
        for service in VOLTO_REVIEW_SERVICES:
            answer = rest.get(f"safeguarding-reviews/{review}/{service}")
            assert answer.status_code == 200, (review, service, answer.status_code)
            fetched.append((f"{review} {service}", answer.text))
        # the family's pages are for the review team
        for service in VOLTO_TEAM_SERVICES:
            answer = rest.get(f"safeguarding-reviews/{review}/{service}")
            assert answer.status_code in (401, 403), (review, service, answer.status_code)
            fetched.append((f"{review} {service}", answer.text))
    for path in seeded["incident_paths"]:
        answer = rest.get(path)
        # the incident is theirs to read (what the board needs); the papers are not
        assert answer.status_code == (401 if "/papers" in path else 200), path
        fetched.append((path, answer.text))
    for canary in family:
        found = rest.get("@search", params={"SearchableText": canary, "metadata_fields": "_all"})
        assert found.json()["items_total"] == 0
        fetched.append((canary, found.text.replace(canary, "")))
    incident_pages = [url for url, _text in fetched if "child-s" in url]
    assert len(incident_pages) >= 4  # the incident, its rapid review, its letter, the chain
    leaks = {where: _leaks(text, family) for where, text in fetched if _leaks(text, family)}
    assert leaks == {}
    # they read what the board needs of the incident: the decision and its rationale
    assert (
        "CANARY-SeriousIncident-decision_rationale" in rest.get("safeguarding-reviews/child-s").text
    )
    # but they do read the review record (QM3 transparency)
    assert "CANARY-CaseReview-decision_rationale" in rest.get("safeguarding-reviews/child-p").text


# The services a review's Volto pages read: those whoever may view the review reads (the
# board too), and those for the review team only.
VOLTO_REVIEW_SERVICES = (
    "@scr-information",
    "@scr-history",
    "@scr-items",
    "@scr-assessment",
    "@scr-assessment-overview",
    "@scr-assessment-compare",
    "@scr-assessment-marker?marker=1",
)
VOLTO_TEAM_SERVICES = ("@scr-chronology", "@scr-family")

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
