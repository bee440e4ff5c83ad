"""The shipped marker data: whole, faithful to the SCIE/NSPCC text, and readable."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from plone_scrqm.markers.catalogue import CLUSTERS
from plone_scrqm.markers.catalogue import CatalogueError
from plone_scrqm.markers.catalogue import blocks_to_text
from plone_scrqm.markers.catalogue import marker_id
from plone_scrqm.markers.catalogue import parse_catalogue
from plone_scrqm.markers.catalogue import shipped_catalogue
from plone_scrqm.markers.catalogue import text_blocks

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "plone_scrqm" / "data" / "quality_markers.json"
SEED = ROOT.parent / "shared" / "seed" / "scr-quality-markers-2016.md"

# Question counts per marker as numbered in the source (107 in all).
QUESTION_COUNTS = [3, 9, 2, 4, 3, 4, 5, 7, 8, 7, 8, 9, 11, 7, 5, 7, 4, 4]

TITLES = [
    "Referral",
    "Decision-making",
    "Advising board members",
    "Informing the family",
    "Clarity of purpose",
    "Commissioning",
    "Governance",
    "SCR management",
    "Parallel processes",
    "Assembling information",
    "Practitioner involvement",
    "Family involvement",
    "Analysis",
    "The report",
    "Improvement action",
    "Board written response",
    "Publication",
    "Implementation and evaluation",
]

# First and last question of each marker, word for word.
FIRST_AND_LAST = {
    1: (
        "Is the rationale for the referral clear, and supported by adequate information?",
        "Are there explanations for any delays in the referral?",
    ),
    2: (
        "Is sufficient information gathered, both about agency contact with the child or young "
        "person and a range of contextual information, to inform the decision-making?",
        "Do LSCB member agencies have the opportunity to provide input to the chair's decision?",
    ),
    9: (
        "Is there consideration of any parallel processes in the terms of reference/scoping "
        "document?",
        "Does the final report acknowledge any interaction with other reviews and any impact on "
        "the SCR?",
    ),
    13: (
        "Is the approach to analysis contained in the QM understood by those who commission and "
        "undertake the review?",
        "Does the lead reviewer(s) access supervision or peer challenge to support the quality of "
        "analysis undertaken?",
    ),
    14: (
        "Does the structure of the report make it straightforward to identify relevant analysis "
        "and findings, so as to assist other local areas to identify learning that is pertinent "
        "to them and to assist the collation of learning at a national level?",
        "Is the tone and choice of words appropriate to the review?",
    ),
    18: (
        "Does the LSCB have systems in place for reviewing whether action has been taken in "
        "response to SCR findings/recommendations?",
        "Is there going to be follow-up monitoring over time to check that change is maintained "
        "and if there are any unintended consequences?",
    ),
}

STATEMENTS = {
    1: "the case is referred for Serious Case Review (SCR) consideration with an appropriate "
    "rationale and in a timely manner",
    14: "the report clearly identifies the analysis and findings of the Serious Case Review (SCR) "
    "that are key to making improvements, while keeping details of the family to a minimum. "
    "Findings reflect the explanations for professional practice that the analysis has evidenced",
    17: "decisions about whether, when and how to publish the Serious Case Review (SCR) report and "
    "response are made with sensitive consideration of the impact",
}


@pytest.fixture(scope="module")
def markers():
    return shipped_catalogue()


def test_eighteen_markers_in_order(markers):
    assert [m.number for m in markers] == list(range(1, 19))
    assert [m.id for m in markers] == [f"qm-{n:02d}" for n in range(1, 19)]
    assert [m.title for m in markers] == TITLES


def test_question_counts(markers):
    assert [len(m.questions) for m in markers] == QUESTION_COUNTS
    assert sum(len(m.questions) for m in markers) == 107


@pytest.mark.parametrize("number", sorted(FIRST_AND_LAST))
def test_first_and_last_questions_verbatim(markers, number):
    first, last = FIRST_AND_LAST[number]
    marker = markers[number - 1]
    assert marker.questions[0] == first
    assert marker.questions[-1] == last


@pytest.mark.parametrize("number", sorted(STATEMENTS))
def test_statement_as_on_the_markers_own_page(markers, number):
    assert markers[number - 1].statement == STATEMENTS[number]


def test_clusters(markers):
    assert [(c[0], c[2], c[3]) for c in CLUSTERS] == [
        ("setting-up", 1, 5),
        ("running", 6, 13),
        ("outputs", 14, 18),
    ]
    assert [m.cluster for m in markers] == ["setting-up"] * 5 + ["running"] * 8 + ["outputs"] * 5


def test_every_marker_has_rationale_and_guidance(markers):
    for marker in markers:
        assert marker.rationale, marker.number
        assert marker.knowledge_base, marker.number
        assert marker.statutory_guidance, marker.number
        assert marker.common_obstacles, marker.number
    # Only the family markers and the report have equality and diversity points.
    with_equality = [m.number for m in markers if m.equality_diversity]
    assert with_equality == [4, 12, 14]


def test_no_question_keeps_its_number_or_bullet(markers):
    for marker in markers:
        for question in marker.questions:
            assert question[0].isupper(), question
            assert not question.startswith(("-", "•", "·")), question


def test_gap_in_numbers_is_refused():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    del data["markers"][7]
    with pytest.raises(CatalogueError, match="expected markers 1 to 18"):
        parse_catalogue(data)


def test_wrong_cluster_is_refused():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["markers"][0]["cluster"] = "outputs"
    with pytest.raises(CatalogueError, match="marker 1 is in cluster"):
        parse_catalogue(data)


def test_marker_id():
    assert marker_id(1) == "qm-01"
    assert marker_id("18") == "qm-18"


def test_text_blocks_round_trip(markers):
    commissioning = markers[5]
    blocks = text_blocks(commissioning.section_text("rationale"))
    kinds = [kind for kind, _ in blocks]
    assert kinds == ["p", "ul", "p", "ul", "p", "ul", "p"]
    assert blocks[1][1][0] == "the breadth and depth of the investigation"
    assert len(blocks[5][1]) == 7


def test_list_sections_become_list_items(markers):
    text = markers[0].section_text("common_obstacles")
    blocks = text_blocks(text)
    assert blocks == [("ul", list(markers[0].common_obstacles))]


def test_blocks_to_text_marks_items():
    assert blocks_to_text(["one", "- two"], bulleted=True) == "- one\n\n- two"
    assert blocks_to_text(["para", "- item"]) == "para\n\n- item"


def test_text_blocks_of_hand_edited_text():
    text = "First line\ncontinues here.\n\n* a star item\n- a dash item\n\nLast."
    assert text_blocks(text) == [
        ("p", "First line continues here."),
        ("ul", ["a star item", "a dash item"]),
        ("p", "Last."),
    ]
    assert text_blocks(None) == []


@pytest.mark.skipif(
    not SEED.exists(), reason="the SCIE/NSPCC source text is not beside the project"
)
def test_data_file_is_what_the_extractor_makes_from_the_source():
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "extract_markers.py"),
            "--seed",
            str(SEED),
            "--output",
            str(DATA),
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
