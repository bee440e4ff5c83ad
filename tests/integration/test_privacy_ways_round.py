"""Each way round the privacy gate and the approval, tried as an attacker would: each test
here let a name through, or a document out of its review, before the gate read every
document and every place in it."""

import io
from datetime import timedelta

import pytest
from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import Forbidden
from zope.event import notify
from zope.i18n import translate
from zope.lifecycleevent import ObjectModifiedEvent

from documents import word_file_with_footer
from plone_scrqm.privacy import gate
from plone_scrqm.publication.checks import approval_problems
from reviews import TODAY
from reviews import add_documents
from reviews import advance
from reviews import force_state
from reviews import to_awaiting_approval

REFUSED = (WorkflowException, InvalidParameterError)
NAME = "Fenella Brackwater"


@pytest.fixture
def review(make_review):
    review = advance(make_review(), "reporting")
    review.privacy_register = [NAME]
    add_documents(review, publication_date=TODAY + timedelta(days=7))
    return review


def _html(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


def _found(review):
    return {(m["document"], m["field"], m["text"]) for m in gate.check(review)["matches"]}


def _save(obj):
    notify(ObjectModifiedEvent(obj))


def test_every_report_is_read_not_only_the_newest(review):
    review["report"].text = _html(f"<p>{NAME} lived at 14 Wellington Road.</p>")
    to_awaiting_approval(review["report"], review["response"])
    with api.env.adopt_roles(["Manager"]):
        api.content.create(container=review, type="ReviewReport", id="second", title="Clean")
    assert ("report", "text", NAME) in _found(review)
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=review["report"], transition="approve")


def test_a_withdrawn_or_draft_document_is_read_too(review):
    with api.env.adopt_roles(["Manager"]):
        old = api.content.create(
            container=review, type="BoardResponse", id="old-response", title="Old"
        )
    old.priorities = f"Speak to {NAME}."
    force_state(old, "scrqm_publication_workflow", "withdrawn")
    assert ("response", "priorities", NAME) in _found(review)


@pytest.mark.parametrize(
    "html",
    [
        f'<p>Clean.</p><img src="a.png" alt="{NAME} at home">',
        f'<p>Clean.</p><img src="a.png" title="Photo: {NAME}">',
        f'<p>Read <a href="/x" title="{NAME}\'s statement">this</a>.</p>',
        '<p>Read <a href="https://example.org/fenella-brackwater">this</a>.</p>',
        "<p>Mrs Brack\u200bwa\u00adter moved.</p>",
        "<p>Mrs Br\u0430ckwater moved.</p>",
        "<p>Mrs Brack-\nwater moved.</p>",
    ],
)
def test_rich_text_attributes_and_hidden_names(review, html):
    review["report"].text = _html(html)
    assert [f for f in _found(review) if f[1] == "text"], html


def test_attached_file_name_is_read(review):
    review["report"].report_file = NamedBlobFile(data=b"Clean.", filename="brackwater-notes.txt")
    _save(review["report"])
    assert ("report", "report_file:filename", "Brackwater") in _found(review)


def test_id_and_description_are_read(review):
    with api.env.adopt_roles(["Manager"]):
        named = api.content.create(
            container=review, type="ReviewReport", id="fenella-brackwater", title="Report"
        )
    named.description = f"About {NAME}."
    fields = {f[1] for f in _found(review)}
    assert {"id", "description"} <= fields


def test_word_footer_and_pdf_metadata_are_read(review):
    from pypdf import PdfWriter

    review["report"].report_file = NamedBlobFile(
        data=word_file_with_footer(f"Prepared for {NAME}"), filename="report.docx"
    )
    _save(review["report"])
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.add_metadata({"/Author": NAME})
    out = io.BytesIO()
    writer.write(out)
    review["response"].response_file = NamedBlobFile(data=out.getvalue(), filename="r.pdf")
    _save(review["response"])
    found = _found(review)
    assert ("report", "report_file", NAME) in found
    assert ("response", "response_file", NAME) in found


@pytest.mark.parametrize("filename", ["report.doc", "report.pages", "scan.png"])
def test_a_file_the_scanner_cannot_read_blocks(review, filename):
    review["report"].report_file = NamedBlobFile(data=b"\xd0\xcf\x11\xe0", filename=filename)
    _save(review["report"])
    assert gate.is_blocking(gate.check(review))


def test_acceptance_is_keyed_to_the_document_and_the_place(review):
    padding = " The review looked at how agencies shared what they knew." * 3
    accepted_text = f"{NAME} agreed to be named.{padding}"
    review["report"].summary = accepted_text
    (match,) = gate.check(review)["matches"]
    with api.env.adopt_user(username="chandra"):
        gate.accept(review, match["key"], "She asked to be named in the report.")
    assert not gate.is_blocking(gate.check(review))
    # The same name in another place of the same document: not accepted.
    review["report"].summary = f"{accepted_text} Later, {NAME} moved away."
    (open_match,) = gate.unresolved(gate.check(review))
    assert "moved away" in open_match["context"]
    # The same sentence in another document (another UID): not accepted either.
    review["report"].summary = accepted_text
    assert not gate.is_blocking(gate.check(review))
    review["response"].priorities = accepted_text
    (open_match,) = gate.unresolved(gate.check(review))
    assert open_match["document"] == "response"


def test_the_register_entry_is_shown_only_to_the_review_team(review):
    review["report"].summary = "Brackwater was seen."
    with api.env.adopt_user(username="chandra"):
        shown = gate.check(review, show_register=gate.may_view_register(review))
    assert shown["matches"][0]["identifier"] is None
    with api.env.adopt_user(username="rita"):
        shown = gate.check(review, show_register=gate.may_view_register(review))
    assert shown["matches"][0]["identifier"] == NAME


def test_approval_is_refused_before_the_board_has_the_report(review):
    report, response = review["report"], review["response"]
    to_awaiting_approval(report, response, to_board=False)
    problems = [translate(p) for p in approval_problems(report, today=TODAY)]
    assert any("'Board response' phase" in p and "'Reporting'" in p for p in problems)
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="approve")


def test_approval_is_refused_while_the_review_is_referred(make_review):
    review = make_review()
    report, response = add_documents(review, publication_date=TODAY + timedelta(days=7))
    for doc in (report, response):
        force_state(doc, "scrqm_publication_workflow", "awaiting_approval")
    problems = [translate(p) for p in approval_problems(report, today=TODAY)]
    assert any("'Referred'" in p for p in problems)
    with api.env.adopt_user(username="chandra"), pytest.raises(REFUSED):
        api.content.transition(obj=report, transition="approve")


@pytest.fixture
def approved(review):
    to_awaiting_approval(review["report"], review["response"])
    with api.env.adopt_user(username="chandra"):
        api.content.transition(obj=review["report"], transition="approve")
        api.content.transition(obj=review["response"], transition="approve")
    return review


@pytest.fixture
def other(make_review):
    return advance(make_review(), "reporting")


def _stays(review, other):
    assert "report" in review.objectIds()
    assert not [o for o in other.objectValues() if o.portal_type == "ReviewReport"]


def test_move_of_an_approved_report_is_refused(approved, other):
    with api.env.adopt_roles(["Manager"]), pytest.raises(Forbidden, match="stays in the review"):
        api.content.move(source=approved["report"], target=other)
    _stays(approved, other)


def test_copy_of_an_approved_report_is_refused(approved, other):
    with api.env.adopt_roles(["Manager"]), pytest.raises(Forbidden, match="cannot be copied"):
        api.content.copy(source=approved["report"], target=other)
    _stays(approved, other)


def test_rename_of_an_approved_report_is_refused(approved):
    with api.env.adopt_roles(["Manager"]), pytest.raises(Forbidden):
        api.content.rename(obj=approved["report"], new_id="renamed")
    with api.env.adopt_roles(["Manager"]), pytest.raises(Forbidden):
        approved.manage_renameObjects(["report"], ["renamed"])
    assert "report" in approved.objectIds()


def test_classic_cut_and_paste_is_refused(approved, other):
    """What the classic cut and paste (object_cut, object_paste, folder contents) call."""
    with api.env.adopt_roles(["Manager"]):
        clipboard = approved.manage_cutObjects(["report"])
        with pytest.raises(Forbidden, match="stays in the review"):
            other.manage_pasteObjects(clipboard)
        clipboard = approved.manage_copyObjects(["response"])
        with pytest.raises(Forbidden, match="cannot be copied"):
            other.manage_pasteObjects(clipboard)
    _stays(approved, other)


def test_a_draft_may_still_be_renamed_and_a_whole_review_moved(review, other, make_review):
    with api.env.adopt_roles(["Manager"]):
        api.content.rename(obj=review["report"], new_id="report-child-d")
    assert "report-child-d" in review.objectIds()


def test_review_history_shows_board_members_only_what_they_may_open(review):
    review["report"].title = "Draft report naming the school"
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(
            obj=review["report"], transition="submit_for_qa", comment="Internal: check page 4."
        )
    with api.env.adopt_user(username="bola"):
        assert not api.user.has_permission("View", obj=review["report"])
        html = review.restrictedTraverse("@@review-history")()
    assert "Draft report naming the school" not in html
    assert "Internal: check page 4." not in html
    with api.env.adopt_user(username="rita"):
        html = review.restrictedTraverse("@@review-history")()
    assert "Internal: check page 4." in html


def test_published_history_is_not_public(approved):
    report = approved["report"]
    workflow_tool = api.portal.get_tool("portal_workflow")
    report.publication_date = approved["response"].publication_date = TODAY
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=report, transition="publish", comment="Internal note.")
    with api.env.adopt_roles(["Anonymous"]):
        assert api.user.has_permission("View", obj=report)
        with pytest.raises(WorkflowException):
            workflow_tool.getInfoFor(report, "review_history")


def test_a_name_in_the_id_sends_the_document_back_to_draft(review):
    with api.env.adopt_roles(["Manager"]):
        api.content.rename(obj=review["report"], new_id="report-on-fenella-brackwater")
    report = review["report-on-fenella-brackwater"]
    to_awaiting_approval(report, review["response"], to_board=False)
    assert api.content.get_state(obj=report) == "draft"
    assert api.content.get_state(obj=review["response"]) == "awaiting_approval"
    workflow_tool = api.portal.get_tool("portal_workflow")
    history = workflow_tool.getHistoryOf("scrqm_publication_workflow", report)
    assert "registered detail" in history[-1]["comments"]
    # Renamed in draft, it goes for approval and stays there.
    with api.env.adopt_roles(["Manager"]):
        api.content.rename(obj=report, new_id="report")
    to_awaiting_approval(review["report"], to_board=False)
    assert api.content.get_state(obj=review["report"]) == "awaiting_approval"


def test_a_name_added_to_the_register_later_sends_the_document_back(make_review):
    review = advance(make_review(), "reporting")
    add_documents(review, publication_date=TODAY + timedelta(days=7))
    with api.env.adopt_roles(["Manager"]):
        api.content.rename(obj=review["report"], new_id="aisha-begum-report")
    report = review["aisha-begum-report"]
    to_awaiting_approval(report, review["response"], to_board=False)
    assert api.content.get_state(obj=report) == "awaiting_approval"
    review.privacy_register = ["Aisha Begum"]
    _save(review)
    assert api.content.get_state(obj=report) == "draft"
    assert api.content.get_state(obj=review["response"]) == "awaiting_approval"
