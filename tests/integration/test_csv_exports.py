"""Every CSV export goes through the one writer: a cell starting with =, +, -, @, tab or
carriage return is written as text (a leading apostrophe), in each export."""

import csv
import io

import pytest
from plone import api

from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_csv
from plone_scrqm.information.listing import create_entries
from reviews import TODAY
from reviews import add_action
from reviews import add_documents
from reviews import add_entry
from reviews import add_finding
from reviews import advance
from reviews import force_state

FORMULA = '=HYPERLINK("http://evil.example","Click")'


def render(context, name, user="rita", **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    with api.env.adopt_user(username=user):
        return api.content.get_view(name=name, context=context, request=request)()


def cells(text):
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def assert_neutralised(text, *values):
    found = cells(text)
    for value in values:
        assert "'" + value in found, (value, found)
        assert value not in found, value


@pytest.fixture
def review(make_review):
    return advance(make_review(), "running")


def test_chronology_csv_including_imported_rows(review):
    add_entry(review, what_happened=FORMULA, source_record="@SUM(A1:A9)")
    table = read_csv(
        (
            "Date,Agency,What happened,Source record\n"
            f"{TODAY.replace(year=TODAY.year - 1).isoformat()},Police,+1+cmd,-2+3\n"
        ).encode()
    )
    with api.env.adopt_user(username="rita"):
        create_entries(review, preview_import(table, ("Police",), today=TODAY).to_create)
    text = render(review, "chronology.csv")
    assert_neutralised(text, FORMULA, "@SUM(A1:A9)", "+1+cmd", "-2+3")


def test_action_tracker_csv(review, portal):
    finding = add_finding(review)
    add_action(review, [finding], title="=1+1", success_measure="@risk")
    text = render(portal, "action-tracker.csv", user="rita")
    assert_neutralised(text, "=1+1")


def test_assessment_export_csv(review):
    with api.env.adopt_user(username="rita"):
        round_ = api.content.create(
            container=review,
            type="AssessmentRound",
            id="beginning-2026-03-03",
            stage="beginning",
            date=TODAY,
            participants=["Lead reviewer"],
        )
    qm1 = round_["qm-01"]
    qm1.answers = [dict(row, answer="yes", evidence="\t=cmd") for row in qm1.answers]
    text = render(review, "assessment-export.csv")
    assert_neutralised(text, "\t=cmd")


def test_disclosable_material_csv(review):
    with api.env.adopt_user(username="rita"):
        process = api.content.create(
            container=review,
            type="ParallelProcess",
            id="trial",
            title="Crown Court trial",
            kind="prosecution",
            disclosable_material=["=Chronology | -Business unit | Review drive | yes | CPS"],
        )
    text = render(process, "disclosable-material.csv", user="leo")
    assert_neutralised(text, "=Chronology", "-Business unit")


def test_public_listing_csv(review, portal):
    report, response = add_documents(review, publication_date=TODAY)
    report.area = "=2+5"
    # a partnership's own theme whose title a spreadsheet would read as a formula
    api.portal.set_registry_record("plone_scrqm.learning_themes", ["at-neglect | @Neglect"])
    report.learning_themes = ["at-neglect"]
    for doc in (report, response):
        force_state(doc, "scrqm_publication_workflow", "published")
        doc.reindexObject()
    from plone.app.testing import logout

    logout()
    request = portal.REQUEST
    request.form.clear()
    text = api.content.get_view(name="published-reviews.csv", context=portal, request=request)()
    assert_neutralised(text, "=2+5", "@Neglect")
