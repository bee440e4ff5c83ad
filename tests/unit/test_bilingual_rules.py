"""Bilingual publication: the conditions on a Welsh partnership's pair of documents."""

from plone_scrqm.publication import bilingual_rules as rules


def test_language_must_be_welsh_or_english():
    assert rules.language_problems(None)
    assert rules.language_problems("fr")
    assert rules.language_problems("cy") == []


def test_counterpart_missing_refuses_unless_a_reason_is_recorded():
    problems = rules.counterpart_problems("cy", None, "")
    assert "the English version of this document" in str(problems[0].mapping["version"])
    assert rules.counterpart_problems("cy", None, "Emergency summary, Welsh to follow") == []
    assert rules.counterpart_problems("en", "cy", None) == []


def test_counterpart_in_the_same_language_refuses():
    assert rules.counterpart_problems("en", "en", None)


def test_counterpart_must_be_as_far_on():
    assert rules.counterpart_ready_problems("cy", "private", None, rules.READY_FOR_APPROVAL)
    assert (
        rules.counterpart_ready_problems("cy", "awaiting_approval", None, rules.READY_FOR_APPROVAL)
        == []
    )
    assert rules.counterpart_ready_problems(
        "cy", "awaiting_approval", None, rules.READY_FOR_PUBLICATION
    )
    assert (
        rules.counterpart_ready_problems("en", "approved", None, rules.READY_FOR_PUBLICATION) == []
    )
    # no counterpart: the linking check says so, this one does not repeat it
    assert rules.counterpart_ready_problems("en", None, None, rules.READY_FOR_PUBLICATION) == []


def test_language_order():
    assert rules.language_order(["en", "cy"], "en", welsh_first=True) == ["en", "cy"]
    assert rules.language_order(["en", "cy"], "fr", welsh_first=True) == ["cy", "en"]
    assert rules.language_order(["en", "cy"], None, welsh_first=False) == ["en", "cy"]
    assert rules.language_order(["cy"], "en", welsh_first=False) == ["cy"]
    assert rules.language_order([], "en") == []
    assert rules.language_order([""], "en") == [""]  # an English partnership's document
