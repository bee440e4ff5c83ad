"""Where practitioners' feedback is kept: on each event, links (token: expiry, used) and
answers apart from them; on the site, which event each token belongs to, so a link works
for someone without a Plone account (who cannot open the event itself)."""

from datetime import timedelta

from BTrees.OOBTree import OOBTree
from persistent.list import PersistentList
from plone import api
from zope.annotation.interfaces import IAnnotations

from plone_scrqm.clocks import today as current_day
from plone_scrqm.information.feedback import DEFAULT_VALID_DAYS
from plone_scrqm.information.feedback import OPEN
from plone_scrqm.information.feedback import UNKNOWN
from plone_scrqm.information.feedback import FeedbackLink
from plone_scrqm.information.feedback import new_token

LINKS_KEY = "plone_scrqm.feedback_links"
ANSWERS_KEY = "plone_scrqm.feedback_answers"
SITE_KEY = "plone_scrqm.feedback_tokens"


def _annotation(obj, key, factory):
    annotations = IAnnotations(obj)
    if key not in annotations:
        annotations[key] = factory()
    return annotations[key]


def event_links(event):
    """``{token: FeedbackLink}`` of an event (a copy: change them through this module)."""
    stored = IAnnotations(event).get(LINKS_KEY) or {}
    return {
        token: FeedbackLink(token, value["expires"], value["used"])
        for token, value in stored.items()
    }


def event_answers(event):
    return list(IAnnotations(event).get(ANSWERS_KEY) or ())


def create_links(event, count, expires=None, today=None):
    """``count`` new links for the event, each accepting one answer until ``expires``."""
    today = today or current_day()
    expires = expires or today + timedelta(days=DEFAULT_VALID_DAYS)
    links = _annotation(event, LINKS_KEY, OOBTree)
    tokens = _annotation(api.portal.get(), SITE_KEY, OOBTree)
    created = []
    for _i in range(count):
        token = new_token()
        links[token] = {"expires": expires, "used": False}
        tokens[token] = event.UID()
        created.append(FeedbackLink(token, expires))
    return created


def event_for_token(token):
    """The event a link belongs to (found without the visitor's permissions), or None."""
    if not token:
        return None
    uid = (IAnnotations(api.portal.get()).get(SITE_KEY) or {}).get(token)
    if uid is None:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


def token_state(token, today=None):
    event = event_for_token(token)
    if event is None:
        return None, UNKNOWN
    link = event_links(event).get(token)
    return event, (UNKNOWN if link is None else link.state(today or current_day()))


def record_answer(token, answer, today=None):
    """Keep one answer through an open link and close the link; returns the link's state
    before (``OPEN`` when the answer was kept)."""
    event, state = token_state(token, today)
    if state != OPEN:
        return state
    links = IAnnotations(event)[LINKS_KEY]
    links[token] = {**links[token], "used": True}
    _annotation(event, ANSWERS_KEY, PersistentList).append(dict(answer))
    return OPEN
