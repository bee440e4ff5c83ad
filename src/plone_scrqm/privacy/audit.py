"""The audit log of reading and exporting family records: who, when, what.

Entries go to the ``plone_scrqm.audit`` logger, which the instance writes to its own file
(``var/log/audit.log``, see ``scripts/make_instance.py``): no database write on a page view.
Managers read the latest entries at ``{site}/@@scr-audit-log``.
"""

import logging

from plone import api

logger = logging.getLogger("plone_scrqm.audit")


def audit(action, obj, detail=""):
    """Record that the current user did ``action`` (e.g. "read", "export") on ``obj``."""
    user = api.user.get_current()
    logger.info(
        "%s\t%s\t%s\t%s",
        user.getId() if user else "Anonymous",
        action,
        "/".join(obj.getPhysicalPath()),
        detail,
    )


def log_files():
    return [
        handler.baseFilename
        for handler in logger.handlers + logging.getLogger().handlers
        if isinstance(handler, logging.FileHandler) and handler.baseFilename.endswith("audit.log")
    ]


def recent_entries(limit=500):
    """The latest entries of the audit log file, newest first."""
    entries = []
    for path in log_files():
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.readlines()[-limit:]
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 5:
                when, user, action, path, detail = parts[:5]
                entries.append(
                    {"when": when, "user": user, "action": action, "path": path, "detail": detail}
                )
    return list(reversed(entries))
