"""Sending the action notices through Plone's MailHost, once each.

``send_notices`` is run daily from cron (``make send-notices`` → ``@@scr-action-notices``):
due-soon and overdue notices to each action's lead, and on the first run of each month a
digest to the review managers. Every notice sent is remembered in the site's annotations,
so running it again sends nothing twice.
"""

import logging

from Acquisition import aq_chain
from Acquisition import aq_inner
from BTrees.OOBTree import OOBTree
from DateTime import DateTime
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate

from plone_scrqm import _
from plone_scrqm import roles
from plone_scrqm.actions.flags import FLAG_TITLES
from plone_scrqm.actions.listing import action_rows
from plone_scrqm.actions.notices import digest_notice
from plone_scrqm.actions.notices import lead_notices
from plone_scrqm.clocks import today as current_day
from plone_scrqm.common.dates import format_date

logger = logging.getLogger("plone_scrqm.notices")
SENT_KEY = "plone_scrqm.notices_sent"


def sent_log(portal):
    annotations = IAnnotations(portal)
    if SENT_KEY not in annotations:
        annotations[SENT_KEY] = OOBTree()
    return annotations[SENT_KEY]


def _email_of(userid):
    user = api.user.get(userid=userid) if userid else None
    return (user.getProperty("email") or None) if user else None


def _principal_emails(principal_id):
    group = api.group.get(groupname=principal_id)
    if group is not None:
        return {
            email
            for user in api.user.get_users(group=group)
            if (email := user.getProperty("email"))
        }
    email = _email_of(principal_id)
    return {email} if email else set()


def review_manager_emails(portal):
    """Everyone with the Review Manager role anywhere in the site (site-wide or on a
    folder), groups expanded."""
    principals = set()
    role_manager = portal.acl_users.portal_role_manager
    principals.update(
        pid for pid, _title in role_manager.listAssignedPrincipals(roles.REVIEW_MANAGER)
    )
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="CaseReview"):
        for obj in aq_chain(aq_inner(brain._unrestrictedGetObject())):
            for principal, local_roles in obj.get_local_roles():
                if roles.REVIEW_MANAGER in local_roles:
                    principals.add(principal)
            if IPloneSiteRoot.providedBy(obj):
                break
    emails = set()
    for principal in principals:
        emails |= _principal_emails(principal)
    return emails


def _lead_message(row, kind, request):
    flag = translate(FLAG_TITLES[kind], context=request)
    subject = translate(
        _("${flag}: improvement action '${title}'", mapping={"flag": flag, "title": row["title"]}),
        context=request,
    )
    mapping = {
        "title": row["title"],
        "review": row["review"],
        "agency": row["agency"],
        "due": format_date(row["due_date"]),
        "status": row["status_title"],
        "url": row["url"],
    }
    # One message per paragraph: gettext catalogues keep no line breaks inside a message.
    paragraphs = (
        _(
            "The improvement action '${title}' (review ${review}, ${agency}) is due on ${due}.",
            mapping=mapping,
        ),
        _("Status: ${status}.", mapping=mapping),
        _(
            "Please update it, with the evidence of what has changed for children: ${url}",
            mapping=mapping,
        ),
    )
    body = "\n\n".join(translate(p, context=request) for p in paragraphs) + "\n"
    return subject, body


def _digest_message(rows, period, request):
    lines = []
    for row in rows:
        if row["flags"]:
            lines.append(
                f"- {row['review']}: {row['title']} ({row['agency']}) — "
                f"{', '.join(row['flag_titles'])} — {row['url']}"
            )
    subject = translate(
        _("Improvement actions: monthly digest for ${period}", mapping={"period": period}),
        context=request,
    )
    intro = translate(
        _(
            "${count} improvement actions need attention (overdue, due soon, completed "
            "without evidence of impact, follow-up due or without an owner):",
            mapping={"count": len(lines)},
        ),
        context=request,
    )
    none = translate(_("No improvement action needs attention this month."), context=request)
    body = intro + "\n\n" + "\n".join(lines) + "\n" if lines else none + "\n"
    return subject, body


def send_notices(today=None, request=None):
    """Send what is due; returns ``{"sent": [keys], "skipped": [keys without recipients]}``."""
    today = today or current_day()
    portal = api.portal.get()
    log = sent_log(portal)
    rows = action_rows(today=today, request=request, unrestricted=True)
    for row in rows:
        email = _email_of(row["lead_user"])
        row["lead_emails"] = [email] if email else []
    by_uid = {row["uid"]: row for row in rows}
    sent = []
    for notice in lead_notices(rows, log):
        subject, body = _lead_message(by_uid[notice.action_uid], notice.kind, request)
        for recipient in notice.recipients:
            api.portal.send_email(recipient=recipient, subject=subject, body=body)
        log[notice.key] = DateTime()
        sent.append(notice.key)
    digest = digest_notice(today, review_manager_emails(portal), log)
    if digest is not None:
        subject, body = _digest_message(rows, digest.period, request)
        for recipient in digest.recipients:
            api.portal.send_email(recipient=recipient, subject=subject, body=body)
        log[digest.key] = DateTime()
        sent.append(digest.key)
    logger.info("Action notices sent: %d", len(sent))
    return {"sent": sent}
