"""Dated progress updates on an improvement action (who, what, RAG status), kept on the
action in the order they were recorded."""

from persistent.list import PersistentList
from persistent.mapping import PersistentMapping

from plone_scrqm.learning import rules

ATTRIBUTE = "scrqm_progress_updates"


def updates_of(action):
    return list(getattr(action, ATTRIBUTE, None) or ())


def add_update(action, when, who, what, rag, today):
    """Record an update; raises ``rules.ProgressError`` (nothing written) if it is refused."""
    problems = rules.check_progress(when, what, rag, today)
    if problems:
        raise rules.ProgressError(" ".join(problems))
    updates = getattr(action, ATTRIBUTE, None)
    if updates is None:
        updates = PersistentList()
        setattr(action, ATTRIBUTE, updates)
    updates.append(PersistentMapping({"date": when, "who": who, "what": what.strip(), "rag": rag}))
    action.reindexObject()
    return updates[-1]
