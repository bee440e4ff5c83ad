"""The privacy gate: the register, the check of the report and response, approval held
back, resolved by editing or by the chair's recorded acceptance, and the audit entry."""

import logging
from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import Unauthorized
from zope.event import notify
from zope.interface import implementer
from zope.lifecycleevent import ObjectModifiedEvent

from plone_scrqm.interfaces import IIdentifierSource
from plone_scrqm.privacy import gate
from plone_scrqm.publication.checks import approval_problems
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import to_awaiting_approval

REFUSED = (WorkflowException, InvalidParameterError)


@pytest.fixture
def review(make_review):
    review = advance(make_review(), "reporting")
    review.privacy_register = ["Aisha Begum", "Northfield Primary School"]
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    report.text = RichTextValue(
        "<p>Child D's mother, Aisha Begum, moved in 2019. The school raised concerns.</p>",
        "text/html",
        "text/x-html-safe",
    )
    response.priorities = "Earlier help for children like those at Northfield Primary School."
    to_awaiting_approval(report, response)
    return review


def test_check_finds_matches_in_report_and_response(review):
    result = gate.check(review)
    found = {(m["document"], m["field"], m["text"]) for m in result["matches"]}
    assert found == {
        ("report", "text", "Aisha Begum"),
        ("response", "priorities", "Northfield Primary School"),
    }
    assert gate.is_blocking(result)


def test_approval_refused_while_matches_are_unresolved(review):
    problems = [str(p) for p in approval_problems(review["report"], today=TODAY)]
    assert any("privacy check" in p for p in problems)
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=review["report"], transition="approve")


def test_resolved_by_editing_and_by_acceptance(review):
    review["report"].text = RichTextValue(
        "<p>Child D's mother moved in 2019.</p>", "text/html", "text/x-html-safe"
    )
    result = gate.check(review)
    assert [m["text"] for m in result["matches"]] == ["Northfield Primary School"]
    key = result["matches"][0]["key"]
    with api.env.adopt_user(username="chandra"):
        with pytest.raises(gate.AcceptanceError):
            gate.accept(review, key, "  ")
        gate.accept(review, key, "The school agreed to be named; the family consented.")
    result = gate.check(review)
    assert not gate.is_blocking(result)
    accepted = result["matches"][0]["accepted"]
    assert accepted["by"] == "chandra"
    assert accepted["reason"].startswith("The school agreed")
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review["report"], transition="approve")
        api.content.transition(obj=review["response"], transition="approve")
    assert api.content.get_state(review["report"]) == "approved"


def test_publication_refused_when_a_new_match_appears(review):
    review["report"].text = RichTextValue("<p>Clean.</p>", "text/html", "text/x-html-safe")
    review["response"].priorities = "Earlier help."
    review["report"].publication_date = review["response"].publication_date = TODAY
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review["report"], transition="approve")
        api.content.transition(obj=review["response"], transition="approve")
    # Someone with rights edits the approved text: the publication waits again.
    review["response"].actions = "Ask Aisha Begum about her experience."
    from plone_scrqm.publication.clock import publish_due

    result = publish_due()
    assert result["published"] == []
    assert any(
        "privacy check" in reason for reasons in result["waiting"].values() for reason in reasons
    )


def test_attached_word_file_is_scanned(review):
    import io
    import zipfile

    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Interview with Aisha Begum.</w:t></w:r></w:p></w:body>"
        "</w:document>"
    )
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("word/document.xml", body)
    review["report"].report_file = NamedBlobFile(data=data.getvalue(), filename="report.docx")
    # Until the document is saved, the file has not been read: it holds publication back.
    unread = gate.check(review)["unreadable"]
    assert [u["field"] for u in unread] == ["report_file"]
    assert "has not read this file yet" in unread[0]["error"]
    notify(ObjectModifiedEvent(review["report"]))
    result = gate.check(review)
    found = [(m["field"], m["text"]) for m in result["matches"]]
    assert ("report_file", "Aisha Begum") in found
    assert result["unreadable"] == []


def test_unreadable_attachment_blocks_until_the_chair_accepts_it(review):
    review["report"].text = None
    review["response"].priorities = ""
    review["report"].report_file = NamedBlobFile(data=b"%PDF-1.4 broken", filename="report.pdf")
    notify(ObjectModifiedEvent(review["report"]))
    result = gate.check(review)
    (problem,) = result["unreadable"]
    assert "not a readable PDF" in problem["error"]
    assert gate.is_blocking(result)
    problems = [str(p) for p in approval_problems(review["report"], today=TODAY)]
    assert any("convert it to PDF or Word with text" in p for p in problems)
    with api.env.adopt_user(username="chandra"):
        gate.accept(review, problem["key"], "Checked by hand: a scanned appendix, no names.")
    assert not gate.is_blocking(gate.check(review))


def test_family_records_feed_the_register(review):
    @implementer(IIdentifierSource)
    class Source:
        def __init__(self, context):
            self.context = context

        def identifiers(self):
            return ["Kofi Mensah"]

    from zope.component import getGlobalSiteManager

    from plone_scrqm.publication.content import IBoardResponse

    sm = getGlobalSiteManager()
    sm.registerAdapter(Source, (IBoardResponse,), IIdentifierSource)
    try:
        assert "Kofi Mensah" in gate.identifiers_for(review)
    finally:
        sm.unregisterAdapter(Source, (IBoardResponse,), IIdentifierSource)


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("rita", True), ("leo", True), ("chandra", True), ("bola", False), ("edwin", False)],
)
def test_who_may_see_the_privacy_check(review, user, allowed):
    with api.env.adopt_user(username=user):
        view = review.restrictedTraverse("@@privacy-check") if allowed or user != "edwin" else None
        if view is None:
            assert not api.user.has_permission("View", obj=review)
            return
        if allowed:
            assert "Aisha Begum" in view()
        else:
            with pytest.raises(Unauthorized):
                view()


def test_register_is_private(review):
    with api.env.adopt_user(username="bola"):
        assert not api.user.has_permission("plone_scrqm: View family details", obj=review)
    search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    assert len(search(SearchableText="Northfield")) == 0


def test_reading_the_check_is_audited(review, caplog):
    caplog.set_level(logging.INFO, logger="plone_scrqm.audit")
    with api.env.adopt_user(username="rita"):
        review.restrictedTraverse("@@privacy-check")()
    entry = [r for r in caplog.records if r.name == "plone_scrqm.audit"][-1]
    assert entry.getMessage().split("\t")[:2] == ["rita", "read"]
    assert entry.getMessage().endswith("privacy check")


def test_reading_and_exporting_family_records_is_audited(make_review, caplog):
    caplog.set_level(logging.INFO, logger="plone_scrqm.audit")
    review = advance(make_review(), "running")
    from families import add_family_member

    member = add_family_member(review, full_name="Parent Example (fictional)")
    with api.env.adopt_user(username="rita"):
        member.restrictedTraverse("@@view")()
    messages = [r.getMessage() for r in caplog.records if r.name == "plone_scrqm.audit"]
    assert any(m.startswith("rita\tread\t") and m.endswith("family record") for m in messages)
    # the family record's names feed the privacy register
    assert "Parent Example (fictional)" in gate.identifiers_for(review)


def test_attached_file_is_read_once(review, monkeypatch):
    from plone_scrqm.privacy import extract
    from plone_scrqm.privacy import filetext

    calls = []

    def counting(*args):
        calls.append(args[0])
        return extract.file_to_text(*args)

    monkeypatch.setattr(filetext, "file_to_text", counting)
    review["report"].report_file = NamedBlobFile(data=b"Aisha Begum", filename="notes.txt")
    notify(ObjectModifiedEvent(review["report"]))
    first = gate.check(review)
    second = gate.check(review)
    approval_problems(review["report"], today=TODAY)
    assert calls == ["notes.txt"]
    assert [m["text"] for m in first["matches"] if m["field"] == "report_file"] == ["Aisha Begum"]
    assert first["matches"] == second["matches"]
    # a new upload is read again
    review["report"].report_file = NamedBlobFile(data=b"Nothing here", filename="notes2.txt")
    notify(ObjectModifiedEvent(review["report"]))
    assert not [m for m in gate.check(review)["matches"] if m["field"] == "report_file"]
    assert calls == ["notes.txt", "notes2.txt"]
