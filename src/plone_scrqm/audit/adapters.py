"""Writing the audit trail from Zope: ``audit()`` for views and services, and the event
subscribers that record sharing changes and the publication steps.

The database is named by the environment variable ``PLONE_SCRQM_AUDIT_DB`` (a SQLAlchemy
URL, set in ``zope.conf``'s ``<environment>``); without it, a SQLite file ``audit.sqlite``
in the instance's ``var`` folder. Each instance names itself with ``PLONE_SCRQM_INSTANCE``
(default: the host name and the instance folder). The SQL session joins Zope's transaction
through zope.sqlalchemy: the entry is committed with the request, or not at all, and
nothing is written to the ZODB.
"""

import logging
import os
import socket
import threading
import uuid
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from pathlib import Path

from Acquisition import aq_inner
from Acquisition import aq_parent
from App.config import getConfiguration
from plone import api
from plone.uuid.interfaces import IUUID
from sqlalchemy import event as sa_event
from sqlalchemy.orm import scoped_session
from sqlalchemy.orm import sessionmaker
from zope.globalrequest import getRequest
from zope.sqlalchemy import mark_changed
from zope.sqlalchemy import register

from plone_scrqm.audit import rules
from plone_scrqm.audit import store
from plone_scrqm.families.content import IFamilyMember
from plone_scrqm.review.content.case_review import ICaseReview

logger = logging.getLogger("plone_scrqm.audit")

DB_ENV = "PLONE_SCRQM_AUDIT_DB"
INSTANCE_ENV = "PLONE_SCRQM_INSTANCE"
REQUEST_KEY = "plone_scrqm.audit.request_key"

_sessions = {}
_lock = threading.Lock()


def _instance_home():
    try:
        return Path(getConfiguration().instancehome)
    except (ImportError, AttributeError, TypeError):
        return Path.cwd()


def database_url():
    url = os.environ.get(DB_ENV, "").strip()
    if url:
        return url
    var = _instance_home() / "var"
    var.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{var / 'audit.sqlite'}"


def instance_name():
    name = os.environ.get(INSTANCE_ENV, "").strip()
    return name or f"{socket.gethostname()}:{_instance_home().name}"


PENDING = "plone_scrqm.audit.pending"


def write_pending(sql):
    """Insert the entries of this transaction. Called when the Zope transaction commits, so
    a shared SQLite file is locked for the commit only, not for the whole request (tests
    call it to see the entries without committing)."""
    for row in sql.info.pop(PENDING, ()):
        store.add(sql, row)


def _forget_pending(sql, transaction):
    """The request's transaction was aborted: nothing of it is recorded. (Rolling back to a
    savepoint keeps the entries: what was read was read.)"""
    if transaction.parent is None:
        sql.info.pop(PENDING, None)


def session():
    """The SQL session of this thread, joined to the current Zope transaction."""
    url = database_url()
    with _lock:
        factory = _sessions.get(url)
        if factory is None:
            maker = sessionmaker(bind=store.engine_for(url))
            sa_event.listen(maker, "before_commit", write_pending)
            sa_event.listen(maker, "after_transaction_end", _forget_pending)
            factory = scoped_session(maker)
            register(factory)
            _sessions[url] = factory
    return factory()


@contextmanager
def reading():
    """A connection of its own for reading the trail: the audit page takes no part in the
    request's transaction (and so never holds the shared database)."""
    with store.engine_for(database_url()).connect() as connection:
        yield connection


def request_key(request):
    """One key per request, kept in the WSGI environment the server handed to Zope: Zope's
    retry of a request after a ConflictError is a new request object built from that same
    environment (``HTTPRequest.retry``), so it keeps the key."""
    environ = getattr(request, "_orig_env", None)
    if environ is None:
        environ = getattr(request, "environ", None)
    if environ is None:
        return uuid.uuid4().hex
    return environ.setdefault(REQUEST_KEY, uuid.uuid4().hex)


def _now():
    return datetime.now(UTC).replace(tzinfo=None)


def _enclosing(obj, interface):
    current = aq_inner(obj)
    while current is not None:
        if interface.providedBy(current):
            return current
        current = aq_parent(current)
    return None


def _context_of(obj):
    context = {"title": "", "review_uid": "", "review_title": "", "family_uid": ""}
    if obj is None:
        return "", context
    context["title"] = str(getattr(obj, "Title", lambda: "")() or "")
    review = _enclosing(obj, ICaseReview)
    if review is not None:
        context["review_uid"] = IUUID(review, "") or ""
        context["review_title"] = str(review.Title() or "")
    family = _enclosing(obj, IFamilyMember)
    if family is not None:
        context["family_uid"] = IUUID(family, "") or ""
        context["family_title"] = str(family.Title() or "")
    return "/".join(obj.getPhysicalPath()), context


def _current_user_id():
    if api.user.is_anonymous():
        return "Anonymous"
    user = api.user.get_current()
    return user.getId() or user.getUserName()


def audit(action, obj, detail=""):
    """Record that the current user did ``action`` (see ``rules.ACTIONS``) on ``obj``.

    If the audit database cannot be written, the request fails: a read that cannot be
    recorded is not shown."""
    path, context = _context_of(obj)
    user_id = _current_user_id()
    row = store.new_entry(
        request_key(getRequest()),
        _now(),
        user_id,
        action,
        path,
        detail,
        instance=instance_name(),
        **context,
    )
    sql = session()
    sql.info.setdefault(PENDING, []).append(row)
    mark_changed(sql)
    logger.info("%s\t%s\t%s\t%s", user_id, action, path, detail)


# Event subscribers


def sharing_changed(review, event):
    """The Sharing tab (or REST ``@sharing``) changed the local roles of a review."""
    roles = sorted(
        f"{principal}: {', '.join(sorted(r for r in granted if r != 'Owner'))}"
        for principal, granted in review.get_local_roles()
        if set(granted) - {"Owner"}
    )
    audit(rules.SHARING_CHANGED, review, "; ".join(roles))


def publication_step(item, event):
    """Approval, publication and withdrawal of the report or the board response."""
    transition = getattr(event, "transition", None)
    action = rules.TRANSITION_ACTIONS.get(getattr(transition, "id", None))
    if action is None:
        return
    comment = ((getattr(event, "kwargs", None) or {}).get("comment") or "").strip()
    audit(action, item, comment)
