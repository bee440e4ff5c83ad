"""The SVG charts read without colour: labels and values are text, bars differ by pattern."""

from xml.etree import ElementTree

from plone_scrqm.common.chart import bar_chart


def test_bar_chart_has_text_labels_values_and_patterns():
    svg = bar_chart(
        "Clock slippage",
        [
            ("Child A", 12, "12 working days left", "solid"),
            ("Child B", -4, "4 working days overdue", "hatch"),
            ("Child <C>", 3, "paused", "dots"),
        ],
        "chart",
    )
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own output
    texts = [node.text for node in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts[0] == "Clock slippage"
    assert "Child <C>" in texts and "4 working days overdue" in texts
    assert root.get("role") == "img"
    fills = [node.get("fill") for node in root.iter("{http://www.w3.org/2000/svg}rect")]
    assert "url(#scrqm-hatch)" in fills and "url(#scrqm-dots)" in fills


def test_empty_chart_is_valid():
    root = ElementTree.fromstring(bar_chart("Reviews by phase", [], "empty"))  # noqa: S314
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Reviews by phase"
