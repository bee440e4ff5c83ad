"""The audit trail's shared SQL store in functional tests: emptied before a test that
counts entries, and filled with many entries at once (committed, as instances would)."""

import uuid
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from plone_scrqm.audit import adapters
from plone_scrqm.audit import store


def empty_trail():
    with store.engine_for(adapters.database_url()).begin() as connection:
        connection.execute(store.entries.delete())


def add_entries(count, user="rita", action="read", path="/plone/x", detail="", **context):
    """``count`` entries, one per (made-up) request, the newest a minute ago."""
    now = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
    with store.engine_for(adapters.database_url()).begin() as connection:
        for n in range(count):
            row = store.new_entry(
                uuid.uuid4().hex, now - timedelta(seconds=n), user, action, path, detail, **context
            )
            store.add(connection, row)
