"""The demonstration site of ``make start``: site ``Plone`` with the add-on installed,
demo accounts and clearly fictional sample reviews: one on time, one waiting for a criminal
trial, one overdue with its delay explained and notified, one published late, one awaiting a
decision and one not proceeding.

The content is data (``data/*.json``); this module reads it and creates it through Plone.
Dates in the data are relative to the day the site is made: a value ``"@today-150"`` is the
date 150 days before, ``"@today"`` the day itself, and in text ``{today-118}`` is that date
written ``YYYY-MM-DD`` (``{month:today-420}``: ``YYYY-MM``) and ``{fictional}`` the notice
that the content is fictional.

Every step checks what exists first, so running it again keeps the data (and adds a sample
review that a newer version brings). Nothing here is used when the add-on is installed into
a council's own site, and the add-on never imports this package.
"""

import json
import logging
import re
from datetime import timedelta
from functools import cache
from pathlib import Path

import transaction
from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

from plone_scrqm.clocks import today as current_day
from plone_scrqm.families.rules import OLD_CHANNEL_METHODS
from plone_scrqm.incidents.demo import ensure_demo_incidents
from plone_scrqm.information.chronology import preview_import
from plone_scrqm.information.chronology import read_csv
from plone_scrqm.information.listing import create_entries
from plone_scrqm.information.listing import partnership_agencies
from plone_scrqm.information.storage import create_links
from plone_scrqm.information.storage import record_answer
from plone_scrqm.learning.demo import ensure_demo_learning
from plone_scrqm.wales.demo import WELSH_FOLDER_ID
from plone_scrqm.wales.demo import ensure_welsh_demo
from plone_scrqm.wales.demo import mark_english

logger = logging.getLogger("plone_scrqm.demo")

DATA = Path(__file__).parent / "data"
SITE_ID = "Plone"
DEMO_FOLDER_ID = "safeguarding-reviews"
FICTIONAL = "Fictional example for demonstration only: no real child, family or agency."
DEMO_PASSWORD = "safeguarding-demo"  # noqa: S105 - local demo accounts, documented

_DATE = re.compile(r"^@today([+-]\d+)?$")
_IN_TEXT = re.compile(r"\{(month:)?today([+-]\d+)?\}")


@cache
def data(name):
    """The raw content of ``data/<name>.json``."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def resolve(value, today):
    """The data's relative dates and placeholders made real for ``today``."""
    if isinstance(value, dict):
        return {key: resolve(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, today) for item in value]
    if not isinstance(value, str):
        return value
    found = _DATE.match(value)
    if found:
        return today + timedelta(days=int(found.group(1) or 0))

    def in_text(match):
        day = today + timedelta(days=int(match.group(2) or 0))
        return day.strftime("%Y-%m") if match.group(1) else day.isoformat()

    return _IN_TEXT.sub(in_text, value).replace("{fictional}", FICTIONAL)


def demo_people():
    """user id: (full name, review role on the demo folder)."""
    return {user_id: tuple(value) for user_id, value in data("reviews")["people"].items()}


def sample_reviews(today):
    """The sample reviews' fields (Child E, the published one, is added on its own)."""
    return resolve(data("reviews")["reviews"], today)


def sample_processes(today):
    return resolve(data("reviews")["processes"], today)


def ensure_admin(app, user_id, password):
    """Create the Zope administrator on first run; on later runs set the password given
    (ADMIN_PASSWORD), so changing it takes effect."""
    users = app.acl_users
    if users.getUserById(user_id) is None:
        users._doAddUser(user_id, password, ["Manager"], [])
        logger.info("Created the Zope administrator %r", user_id)
    else:
        # The root user folder is a PluggableAuthService with a ZODB user manager.
        users.users.updateUserPassword(user_id, password)
    return users.getUserById(user_id).__of__(users)


def ensure_site(app):
    site = app.get(SITE_ID)
    if site is not None:
        setSite(site)
        return site, False
    site = addPloneSite(
        app,
        SITE_ID,
        title="Safeguarding partnership (demo)",
        extension_ids=(
            "plone.app.contenttypes:default",
            "plonetheme.barceloneta:default",
            "plone_scrqm:default",
        ),
        setup_content=False,
        default_language="en-gb",
        portal_timezone="Europe/London",
    )
    setSite(site)
    return site, True


def ensure_addon(site):
    installer = api.portal.get_tool("portal_setup")
    if not installer.getLastVersionForProfile("plone_scrqm:default") or (
        installer.getLastVersionForProfile("plone_scrqm:default") == "unknown"
    ):
        installer.runAllImportStepsFromProfile("profile-plone_scrqm:default")


def _has_child_of_type(review, portal_type):
    catalog = api.portal.get_tool("portal_catalog")
    path = {"query": "/".join(review.getPhysicalPath()), "depth": 1}
    return bool(catalog.unrestrictedSearchResults(portal_type=portal_type, path=path))


def assess(assessment, judgement, answer, evidence, next_step, assessed_on):
    """Answer a marker assessment: the first question with ``answer``, the others with what
    follows from it."""
    settings = data("assessments")
    follow_on = settings["follow_on_answer"]
    assessment.answers = [
        dict(
            row,
            answer=answer if row["number"] == 1 else follow_on[answer],
            evidence=evidence if row["number"] == 1 else "",
        )
        for row in assessment.answers
    ]
    assessment.judgement = judgement
    assessment.commentary = FICTIONAL
    assessment.next_steps = next_step or None
    assessment.next_steps_by = settings["next_steps_by"] if next_step else None
    assessment.assessor = settings["assessor"]
    assessment.assessed_on = assessed_on
    assessment.reindexObject()


def ensure_demo_assessments(folder, today=None):
    """Child A's complete beginning round and a progress round on three markers."""
    review = folder.get("child-a")
    if review is None or _has_child_of_type(review, "AssessmentRound"):
        return False
    today = today or current_day()
    settings = data("assessments")
    with api.env.adopt_roles(["Manager"]):
        for stage in ("beginning", "progress"):
            spec = settings[stage]
            held = today - timedelta(days=spec["days_ago"])
            round_ = api.content.create(
                container=review,
                type="AssessmentRound",
                id=f"{stage}-{held.isoformat()}",
                stage=stage,
                date=held,
                markers=list(spec["markers"]),
                participants=list(settings["participants"]),
            )
            for number, values in spec["assessments"].items():
                assess(round_[f"qm-{int(number):02d}"], *values, assessed_on=held)
    return True


def ensure_demo_content(site, password, today=None):
    """Create the demo folder, accounts and sample reviews, or add what a newer version
    brings; returns ``(folder, whether anything was added)``."""
    today = today or current_day()
    folder = site.get(DEMO_FOLDER_ID)
    created = folder is None
    with api.env.adopt_roles(["Manager"]):
        if created:
            folder = api.content.create(
                container=site,
                type="Folder",
                id=DEMO_FOLDER_ID,
                title=data("reviews")["folder"]["title"],
                description=FICTIONAL,
            )
            folder.setLayout("scr-reviews")
            for user_id, (fullname, role) in demo_people().items():
                if api.user.get(userid=user_id) is None:
                    api.user.create(
                        email=f"{user_id}@example.org",
                        username=user_id,
                        password=password,
                        properties={"fullname": fullname},
                    )
                api.user.grant_roles(username=user_id, obj=folder, roles=[role, "Reader"])
        added = _add_sample_reviews(folder, today)
    ensure_demo_assessments(folder, today)
    ensure_demo_information(folder, today)
    ensure_demo_families(folder, today)
    ensure_demo_learning(folder, today)
    added = ensure_demo_incidents(folder, today) or added
    # A second partnership, in Wales, on the same site (plone_scrqm.wales.demo)
    welsh_created = WELSH_FOLDER_ID not in site
    with api.env.adopt_roles(["Manager"]):
        mark_english(folder)
    ensure_welsh_demo(site, {user: role for user, (_name, role) in demo_people().items()}, today)
    return folder, created or added or welsh_created


def _add_sample_reviews(folder, today):
    """Add the sample reviews the folder does not have yet; true when any was added."""
    added = False
    processes = sample_processes(today)
    phases = data("reviews")["phases"]
    for review in sample_reviews(today):
        if review["id"] == "child-f" and "child-e" not in folder:
            _add_published_review(folder, today)
            added = True
        if review["id"] in folder:
            continue
        obj = api.content.create(container=folder, type="CaseReview", **review)
        for process in processes.get(review["id"], ()):
            api.content.create(container=obj, type="ParallelProcess", **process)
        _move_through(obj, phases[review["id"]])
        added = True
    return added


def ensure_demo_families(folder, today=None):
    """Fictional family members in Child A, once; the partnership details if unset."""
    today = today or current_day()
    families = data("families")
    for name, value in families["partnership"].items():
        record = f"plone_scrqm.partnership.{name}"
        if not api.portal.get_registry_record(record, default=None):
            api.portal.set_registry_record(record, value)
    review = folder.get("child-a")
    if review is None or _has_child_of_type(review, "FamilyMember"):
        return
    with api.env.adopt_roles(["Manager"]):
        for member in resolve(families["family"], today):
            fields = {k: v for k, v in member.items() if k != "contact"}
            record = api.content.create(
                container=review, type="FamilyMember", title="Family member", **fields
            )
            for contact in member["contact"]:
                api.content.create(
                    container=review,
                    type="FamilyContact",
                    title="family-contact",
                    contact_date=today - timedelta(days=contact["days_ago"]),
                    method=OLD_CHANNEL_METHODS[contact["channel"]],
                    review_people=families["recorded_by"],
                    members=[record.UID()],
                    informed=True,
                    letter="inform" if contact["channel"] == "letter" else None,
                    said=contact["offered"],
                    interpreter=contact["interpreter"],
                )


def _move_through(obj, transitions, comment="Demo data."):
    for transition in transitions:
        api.content.transition(obj=obj, transition=transition, comment=comment)


def _rich(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


def _add_published_review(folder, today):
    """Child E: a review whose report and board response have been published."""
    spec = data("published")
    base = next(
        review
        for review in sample_reviews(today + timedelta(days=spec["review"]["dates_shifted_by"]))
        if review["id"] == spec["review"]["based_on"]
    )
    review = api.content.create(
        container=folder,
        type="CaseReview",
        **{**base, **resolve(spec["review"]["fields"], today)},
    )
    _move_through(review, spec["review"]["phases"])
    report = resolve(spec["report"], today)
    report["text"] = _rich(report["text"])
    report = api.content.create(container=review, type="ReviewReport", **report)
    response = resolve(spec["response"], today)
    response["text"] = _rich(response["text"])
    response = api.content.create(container=review, type="BoardResponse", **response)
    for step in ("submit_for_qa", "submit_for_approval"):
        for document in (report, response):
            _move_through(document, (step,))
    # The chair approves once the board has the report.
    _move_through(review, ("submit_to_board",))
    for step in ("approve", "publish"):
        for document in (report, response):
            _move_through(document, (step,))
    _move_through(review, spec["review"]["after_publication"])
    _add_findings_and_actions(review, today)


def _add_findings_and_actions(review, today):
    """Findings of Child E and actions in every flag state of the tracker."""
    spec = resolve(data("published"), today)
    findings = {
        finding["id"]: api.content.create(container=review, type="Finding", **finding)
        for finding in spec["findings"]
    }
    for action in spec["actions"]:
        fields = {k: v for k, v in action.items() if k not in ("finding", "transitions")}
        obj = api.content.create(
            container=review,
            type="ImprovementAction",
            findings=[findings[action["finding"]].UID()],
            success_measure=spec["success_measure"],
            **fields,
        )
        _move_through(obj, action["transitions"])


def ensure_demo_information(folder, today=None):
    """Child A: information requests (one overdue, one from an agency not cooperating), a
    chronology from three agencies with marks, and a practitioner event with feedback."""
    spec = data("information")
    review = folder.get(spec["review"])
    if review is None or "request-police" in review:
        return False
    today = today or current_day()
    spec = resolve(spec, today)
    with api.env.adopt_roles(["Manager"]):
        for request in spec["requests"]:
            api.content.create(
                container=review,
                type="InformationRequest",
                **{**spec["request_common"], **request},
            )
        table = read_csv("\n".join(spec["chronology_csv"]) + "\n")
        preview = preview_import(table, partnership_agencies(), today=today)
        create_entries(review, preview.to_create)
        event = api.content.create(container=review, type="PractitionerEvent", **spec["event"])
        links = create_links(
            event,
            spec["feedback_links"]["count"],
            expires=spec["feedback_links"]["expires"],
            today=today,
        )
        for link, answer in zip(links, spec["feedback_answers"], strict=False):
            record_answer(link.token, answer, today=today)
    return True


SITE_LANGUAGES = ("en", "cy")


def offer_languages(site, languages=SITE_LANGUAGES):
    """The site's interface in English and Welsh: each person chooses with the language
    selector at the top of the page (a cookie), else the browser's language is used. A
    council does the same in Site Setup → Language (docs/welsh.md)."""
    registry = api.portal.get_tool("portal_registry")
    available = list(registry["plone.available_languages"] or ())
    added = [code for code in languages if code not in available]
    if added:
        registry["plone.available_languages"] = available + added
    registry["plone.use_cookie_negotiation"] = True
    registry["plone.use_request_negotiation"] = True
    return added


def ensure_volto(site):
    """A site served by Volto needs plone.volto (blocks, the Volto settings); installed once."""
    installer = api.portal.get_tool("portal_setup")
    if installer.getLastVersionForProfile("plone.volto:default") in (None, "unknown"):
        installer.runAllImportStepsFromProfile("profile-plone.volto:default")


def prepare_demo_site(
    app,
    admin_user="admin",
    admin_password="admin",  # noqa: S107 - the documented local-trial default
    demo_password=None,
    volto=False,
):
    """Create (or keep) everything ``make start`` serves (with ``volto``, what
    ``make start-volto`` serves: the same site with plone.volto); commits the transaction."""
    app = makerequest(app)
    setRequest(app.REQUEST)
    admin = ensure_admin(app, admin_user, admin_password)
    newSecurityManager(None, admin)
    site, created = ensure_site(app)
    ensure_addon(site)
    offer_languages(site)
    _folder, demo_created = ensure_demo_content(site, demo_password or DEMO_PASSWORD)
    if volto:
        # After the demo content: plone.volto no longer offers Folder at the site's root.
        ensure_volto(site)
    transaction.commit()
    return {"site_created": created, "demo_created": demo_created}
