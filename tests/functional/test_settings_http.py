"""Over HTTP: the add-on's control panels are for Managers and Site Administrators
("plone_scrqm: Manage settings"). A Site Administrator finds each in Site Setup, opens it and
saves it; an Editor, a Review Manager and a visitor are refused. The audit trail's panel
stays with Managers ("plone_scrqm: Manage audit log")."""

import lxml.html
import pytest
from plone import api

from conftest import PASSWORD

# Each panel: its view, the configlet's id, one field to change, the new value and the
# registry record that must hold it afterwards.
PANELS = {
    "timescales": (
        "scrqm-timescales",
        "scrqm-timescales",
        "form.widgets.notification_working_days",
        "6",
        "plone_scrqm.timescales.notification_working_days",
        6,
    ),
    "learning themes": (
        "scrqm-learning-themes",
        "plone_scrqm-learning-themes",
        "form.widgets.learning_themes",
        "neglect | Neglect\ncounty-lines | County lines\nbullying | Bullying",
        "plone_scrqm.learning_themes",
        ["neglect | Neglect", "county-lines | County lines", "bullying | Bullying"],
    ),
    "board time": (
        "scrqm-board-time",
        "plone_scrqm-board-time",
        "form.widgets.board_minimum_days",
        "21",
        "plone_scrqm.board_minimum_days",
        21,
    ),
    "partnership": (
        "scrqm-partnership-settings",
        "plone_scrqm-partnership",
        "form.widgets.contact_name",
        "Family liaison officer",
        "plone_scrqm.partnership.contact_name",
        "Family liaison officer",
    ),
}


def page_session(request_factory, user):
    session = request_factory(basic_auth=(user, PASSWORD), api=False)
    session.headers["Accept"] = "text/html"
    return session


def edit_form(html):
    """The panel's edit form (the one with the Save button) as lxml reads it."""
    document = lxml.html.fromstring(html)
    return next(form for form in document.forms if form.xpath(".//*[@name='form.buttons.save']"))


@pytest.mark.parametrize("panel", PANELS)
def test_a_site_administrator_finds_opens_and_saves_each_panel(
    request_factory, rest_reviews_folder, panel
):
    view, configlet, field, value, record, stored = PANELS[panel]
    samira = page_session(request_factory, "samira")
    overview = samira.get("@@overview-controlpanel")
    assert overview.status_code == 200
    assert f"@@{view}" in overview.text
    page = samira.get(f"@@{view}")
    assert page.status_code == 200
    form = edit_form(page.text)
    values = [(name, v) for name, v in form.form_values() if name != field]
    values += [(field, value), ("form.buttons.save", "Save")]
    saved = samira.post(f"@@{view}", data=values)
    assert saved.status_code == 200
    assert "Changes saved" in saved.text
    assert "There were some errors" not in saved.text
    import transaction

    transaction.begin()
    assert api.portal.get_registry_record(record) == stored
    actions = {
        action.getId(): action
        for action in api.portal.get_tool("portal_controlpanel").listActions()
    }
    assert actions[configlet].permissions == ("plone_scrqm: Manage settings",)


@pytest.mark.parametrize("user", ["edwin", "rita", "morgan", None])
@pytest.mark.parametrize("panel", PANELS)
def test_others_cannot_open_or_save_a_panel(request_factory, rest_reviews_folder, panel, user):
    view, _configlet, field, value, record, _stored = PANELS[panel]
    import transaction

    transaction.begin()
    before = api.portal.get_registry_record(record)
    if user is None:
        session = request_factory(api=False)
        session.headers["Accept"] = "text/html"
    else:
        session = page_session(request_factory, user)
    overview = session.get("@@overview-controlpanel")
    assert f"@@{view}" not in overview.text
    page = session.get(f"@@{view}", allow_redirects=False)
    assert page.status_code in (302, 401, 403)
    assert field not in page.text
    refused = session.post(
        f"@@{view}", data={field: value, "form.buttons.save": "Save"}, allow_redirects=False
    )
    assert refused.status_code in (302, 401, 403)
    transaction.begin()
    assert api.portal.get_registry_record(record) == before


def test_the_audit_panel_stays_with_managers(request_factory, rest_reviews_folder):
    samira = page_session(request_factory, "samira")
    assert "@@scrqm-audit-settings" not in samira.get("@@overview-controlpanel").text
    assert samira.get("@@scrqm-audit-settings", allow_redirects=False).status_code in (
        302,
        401,
        403,
    )
