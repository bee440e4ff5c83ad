"""1019 → 1020: a review's clocks read its statutory correspondence log; the board's
minimum time with a report gets its control panel.

- Every review's log gets the letters the dates already stored on its record stand for
  (the advance copy, the notice of the decision not to publish, the notices of each delay
  to the Panel and to the Department for Education or Welsh Government, and, for a review
  not started from an incident, the notification and the rapid review sent to the Panel),
  unless the log already holds them: running the step again adds nothing. The reviews are
  found by catalog query; their letters too.
- A review gets the decision-making meeting record (behaviour
  ``plone_scrqm.decision_meeting``), for reviews referred without an incident (QM2).
- The setting ``plone_scrqm.board_minimum_days`` is limited to 0..90 days (its value kept)
  and is shown in Site Setup ("Board's time with a report").
"""

import logging

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from plone.registry import Record
from plone.registry import field
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.i18n import translate

from plone_scrqm.incidents import rules
from plone_scrqm.incidents.checks import BOARD_MINIMUM_RECORD
from plone_scrqm.incidents.controlpanel import BOARD_MINIMUM_MAX
from plone_scrqm.interfaces import IFromSeriousIncident
from plone_scrqm.review.clocks import review_letters
from plone_scrqm.wales.nation import nation_of

logger = logging.getLogger("plone_scrqm")
PROFILE = "profile-plone_scrqm:default"
MEETING_BEHAVIOUR = "plone_scrqm.decision_meeting"


def add_meeting_behaviour():
    fti = getUtility(IDexterityFTI, name="CaseReview")
    behaviours = list(fti.behaviors)
    if MEETING_BEHAVIOUR not in behaviours:
        fti.manage_changeProperties(behaviors=tuple(behaviours + [MEETING_BEHAVIOUR]))


def _title(letter, language):
    titles = dict(rules.LETTER_TYPES)
    title = translate(titles[letter.letter_type], domain="plone_scrqm", target_language=language)
    if letter.delayed_clock:
        clock = translate(
            dict(rules.DELAYED_CLOCKS)[letter.delayed_clock],
            domain="plone_scrqm",
            target_language=language,
        )
        title = f"{title}: {clock}"
    return title[:80]


def record_letters(review, language="en"):
    """Add to the review's log the letters its stored dates stand for; returns how many."""
    from_incident = IFromSeriousIncident.providedBy(review) or bool(
        getattr(review, "incident_uid", None)
    )
    wanted = rules.letters_from_record(review, nation_of(review), from_incident=from_incident)
    existing = [rules.letter_fact(letter) for letter in review_letters(review)]
    missing = rules.letters_missing(wanted, existing)
    for letter in missing:
        api.content.create(
            container=review,
            type="StatutoryLetter",
            title=_title(letter, language),
            letter_type=letter.letter_type,
            direction=letter.direction,
            correspondent=letter.correspondent,
            letter_date=letter.letter_date,
            delayed_clock=letter.delayed_clock,
            reference="",
            safe_id=True,
        )
    return len(missing)


def board_minimum_setting():
    registry = getUtility(IRegistry)
    value = registry.get(BOARD_MINIMUM_RECORD, 0) or 0
    registry.records[BOARD_MINIMUM_RECORD] = Record(
        field.Int(
            title="Days the board should have the report before agreeing the response",
            min=0,
            max=BOARD_MINIMUM_MAX,
        ),
        value=min(max(int(value), 0), BOARD_MINIMUM_MAX),
    )


def upgrade(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "controlpanel")
    add_meeting_behaviour()
    board_minimum_setting()
    language = api.portal.get_default_language() or "en"
    catalog = api.portal.get_tool("portal_catalog")
    added = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        added += record_letters(brain._unrestrictedGetObject(), language)
    logger.info("Recorded %s letters from the dates stored on reviews", added)
