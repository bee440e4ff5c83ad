"""Filters and sorting of the action tracker, shared by the page, the CSV export and the
REST endpoint (plain Python). Bad values are refused with the allowed ones named."""

from plone_scrqm.actions.flags import FLAGS
from plone_scrqm.actions.flags import STATES
from plone_scrqm.common.errors import FilterError

SORT_KEYS = ("due_date", "review", "agency", "status", "title")


def _values(params, name):
    value = params.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(v for v in value if v)
    return (value,)


def parse_filters(params, agencies, reviews):
    """Read ``agency``, ``status``, ``flag``, ``review`` (uids), ``sort_on`` and
    ``sort_order`` from a request's parameters; raise ``FilterError`` on a bad value."""
    filters = {}
    for name, allowed in (
        ("agency", agencies),
        ("status", STATES),
        ("flag", FLAGS),
        ("review", reviews),
    ):
        values = _values(params, name)
        for value in values:
            if value not in allowed:
                raise FilterError(name, value, allowed)
        filters[name] = set(values)
    sort_on = params.get("sort_on") or "due_date"
    if sort_on not in SORT_KEYS:
        raise FilterError("sort_on", sort_on, SORT_KEYS)
    sort_order = params.get("sort_order") or "ascending"
    if sort_order not in ("ascending", "descending"):
        raise FilterError("sort_order", sort_order, ("ascending", "descending"))
    filters["sort_on"] = sort_on
    filters["reverse"] = sort_order == "descending"
    return filters


def select(rows, filters):
    """Keep the rows matching every filter given, sorted; rows are dicts with ``agency``,
    ``status``, ``flags``, ``review_uid`` and the sort keys."""
    kept = [
        row
        for row in rows
        if (not filters["agency"] or row["agency"] in filters["agency"])
        and (not filters["status"] or row["status"] in filters["status"])
        and (not filters["flag"] or filters["flag"] & set(row["flags"]))
        and (not filters["review"] or row["review_uid"] in filters["review"])
    ]
    key = filters["sort_on"]

    def sort_key(row):
        value = row.get(key)
        return (value is None, value if value is not None else "")

    return sorted(kept, key=sort_key, reverse=filters["reverse"])
