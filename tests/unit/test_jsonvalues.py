"""Values for a JSON answer: dates become ISO strings, however deeply they are nested."""

import json
from datetime import date

from plone_scrqm.common.jsonvalues import json_compatible


def test_dates_in_nested_values_become_iso_strings():
    value = {"due": date(2026, 3, 2), "clocks": [{"started": date(2026, 1, 5)}], "n": (1, "a")}
    assert json_compatible(value) == {
        "due": "2026-03-02",
        "clocks": [{"started": "2026-01-05"}],
        "n": [1, "a"],
    }
    json.dumps(json_compatible(value))


def test_other_values_are_left_alone():
    assert json_compatible(None) is None
    assert json_compatible("2026-03-02") == "2026-03-02"
    assert json_compatible(3) == 3
