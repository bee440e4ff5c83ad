"""Values made ready for a JSON answer (plain Python): dates as ISO strings, in nested
dicts, lists and tuples too."""

from datetime import date


def json_compatible(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: json_compatible(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_compatible(item) for item in value]
    return value
