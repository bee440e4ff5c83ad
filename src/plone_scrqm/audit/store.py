"""The audit store: one SQL table that every Zope instance writes to (SQLAlchemy, no Zope).

SQLite (a file on the machine the instances share) for a trial and for tests, PostgreSQL in
production. The table is created when an instance first uses the database. Writing an entry
is one ``INSERT`` that does nothing when an entry with the same ``entry_key`` exists
(``rules.entry_key``), so a retried request records its read once.
"""

import threading
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite

from plone_scrqm.audit import rules

metadata = sa.MetaData()

entries = sa.Table(
    "scrqm_audit_entry",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("entry_key", sa.String(64), nullable=False, unique=True),
    sa.Column("occurred", sa.DateTime, nullable=False, index=True),
    sa.Column("user_id", sa.String(255), nullable=False, index=True),
    sa.Column("action", sa.String(40), nullable=False, index=True),
    sa.Column("path", sa.String(1000), nullable=False, default=""),
    sa.Column("title", sa.String(1000), nullable=False, default=""),
    sa.Column("review_uid", sa.String(64), nullable=False, default="", index=True),
    sa.Column("review_title", sa.String(1000), nullable=False, default=""),
    sa.Column("family_uid", sa.String(64), nullable=False, default="", index=True),
    sa.Column("family_title", sa.String(1000), nullable=False, default=""),
    sa.Column("detail", sa.String(1000), nullable=False, default=""),
    sa.Column("instance", sa.String(255), nullable=False, default=""),
)

COLUMNS = (
    "occurred",
    "user_id",
    "action",
    "path",
    "title",
    "review_uid",
    "review_title",
    "family_uid",
    "family_title",
    "detail",
    "instance",
)

_engines = {}
_lock = threading.Lock()


def _sqlite_connect(dbapi_connection, _record):
    # Write-ahead logging lets one instance read while another writes; a writer waits for
    # the lock rather than failing. The driver's own transaction handling is switched off
    # so that SQLAlchemy's BEGIN and SAVEPOINT work (SQLAlchemy's documented recipe):
    # Zope takes savepoints in the middle of some requests.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection):
    connection.exec_driver_sql("BEGIN")


def engine_for(url):
    """One engine per database URL per process; the table is created on first use."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            if url.startswith("sqlite:"):
                # Named with its driver, SQLite is one zope.sqlalchemy lets take savepoints.
                engine = sa.create_engine(
                    "sqlite+pysqlite:" + url[len("sqlite:") :], connect_args={"timeout": 30}
                )
                sa.event.listen(engine, "connect", _sqlite_connect)
                sa.event.listen(engine, "begin", _sqlite_begin)
            else:
                engine = sa.create_engine(url, pool_pre_ping=True)
            metadata.create_all(engine, checkfirst=True)
            _engines[url] = engine
        return engine


def new_entry(request_key, when, user_id, action, path="", detail="", **context):
    """A row to add: ``context`` may give title, review_uid, review_title, family_uid,
    family_title and instance."""
    row = {
        "entry_key": rules.entry_key(request_key, action, path, detail),
        "occurred": when,
        "user_id": rules.clip(user_id, 255),
        "action": action,
        "path": rules.clip(path),
        "detail": rules.clip(detail),
    }
    for name in ("title", "review_uid", "review_title", "family_uid", "family_title"):
        row[name] = rules.clip(context.get(name, ""))
    row["instance"] = rules.clip(context.get("instance", ""), 255)
    return row


def _dialect(connection):
    """The database's dialect, from a SQLAlchemy session or connection."""
    if hasattr(connection, "get_bind"):
        return connection.get_bind().dialect.name
    return connection.dialect.name


def add(connection, row):
    """Insert ``row`` unless an entry with its key exists (the same request, retried)."""
    dialect = _dialect(connection)
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
        connection.execute(
            insert(entries).values(**row).on_conflict_do_nothing(index_elements=["entry_key"])
        )
        return
    exists = connection.execute(
        sa.select(entries.c.id).where(entries.c.entry_key == row["entry_key"])
    ).first()
    if exists is None:
        connection.execute(entries.insert().values(**row))


def _where(filters):
    clauses = []
    if filters.user:
        clauses.append(entries.c.user_id == filters.user)
    if filters.review:
        clauses.append(entries.c.review_uid == filters.review)
    if filters.family:
        clauses.append(entries.c.family_uid == filters.family)
    if filters.action:
        clauses.append(entries.c.action == filters.action)
    if filters.start:
        clauses.append(entries.c.occurred >= filters.start)
    if filters.end:
        clauses.append(entries.c.occurred < filters.end)
    return clauses


def count(connection, filters):
    query = sa.select(sa.func.count()).select_from(entries).where(*_where(filters))
    return connection.execute(query).scalar_one()


def select(connection, filters, offset=0, limit=None):
    """Entries matching ``filters``, newest first, as dicts."""
    query = (
        sa.select(*(entries.c[name] for name in COLUMNS))
        .where(*_where(filters))
        .order_by(entries.c.occurred.desc(), entries.c.id.desc())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [dict(row._mapping) for row in connection.execute(query)]


def choices(connection):
    """What the filters offer: the people, reviews and family records the trail names."""
    users = connection.execute(
        sa.select(entries.c.user_id).distinct().order_by(entries.c.user_id)
    ).scalars()
    reviews = connection.execute(
        sa.select(entries.c.review_uid, sa.func.max(entries.c.review_title))
        .where(entries.c.review_uid != "")
        .group_by(entries.c.review_uid)
    ).all()
    families = connection.execute(
        sa.select(
            entries.c.family_uid,
            sa.func.max(entries.c.family_title),
            sa.func.max(entries.c.review_title),
        )
        .where(entries.c.family_uid != "")
        .group_by(entries.c.family_uid)
    ).all()
    return {
        "users": list(users),
        "reviews": sorted(((uid, title) for uid, title in reviews), key=lambda r: r[1]),
        "families": sorted(
            ((uid, f"{review} – {title}") for uid, title, review in families),
            key=lambda r: r[1],
        ),
    }


def purge(connection, before: datetime):
    """Remove entries written before ``before``; answer how many."""
    result = connection.execute(entries.delete().where(entries.c.occurred < before))
    return result.rowcount
