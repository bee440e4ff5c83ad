"""Navigation trees without the nodes a visitor may not open (plain Python).

A published report or response lives inside its review, which the public may not open.
Plone's context navigation builds the tree's upper nodes from the objects themselves, not
from a catalog search, so it would name the review; ``without_hidden`` lifts the children of
such a node into its place and drops the node."""


def without_hidden(items, visible):
    """The tree ``items`` (dicts with ``@id`` and ``items``) without the nodes for which
    ``visible(node)`` is false; their visible descendants take their place, in order."""
    kept = []
    for node in items or []:
        children = without_hidden(node.get("items") or [], visible)
        if visible(node):
            kept.append({**node, "items": children})
        else:
            kept.extend(children)
    return kept
