"""The marker catalogue as shipped in ``data/quality_markers.json`` (plain Python, no Zope).

The data file is generated from the SCIE/NSPCC source text by ``scripts/extract_markers.py``;
this module reads it, checks that it is whole, and turns its sections into the text stored
in the ``QualityMarker`` content type.
"""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

MARKER_COUNT = 18

# id, title, first and last marker number; the order is the order of the three clusters.
CLUSTERS = (
    ("setting-up", "Setting up the review", 1, 5),
    ("running", "Running the review", 6, 13),
    ("outputs", "Outputs and outcomes from the review", 14, 18),
)
CLUSTER_IDS = tuple(cluster_id for cluster_id, *_ in CLUSTERS)

# The prose sections a marker has besides its statement and questions, in display order.
SECTIONS = (
    "rationale",
    "knowledge_base",
    "equality_diversity",
    "statutory_guidance",
    "common_obstacles",
)


class CatalogueError(ValueError):
    """The shipped marker data is not whole or not consistent."""


@dataclass(frozen=True)
class MarkerRecord:
    number: int
    title: str
    cluster: str
    statement: str
    questions: tuple[str, ...]
    rationale: tuple[str, ...]
    knowledge_base: tuple[str, ...]
    equality_diversity: tuple[str, ...]
    statutory_guidance: tuple[str, ...]
    common_obstacles: tuple[str, ...]

    @property
    def id(self):
        return marker_id(self.number)

    def section_text(self, section):
        """The stored text of a prose section: see ``blocks_to_text``."""
        return blocks_to_text(getattr(self, section), bulleted=section != "rationale")


def marker_id(number):
    """The content id of marker ``number`` in the catalogue folder: ``qm-01`` … ``qm-18``."""
    return f"qm-{int(number):02d}"


def cluster_of(number):
    for cluster_id, _title, first, last in CLUSTERS:
        if first <= number <= last:
            return cluster_id
    raise CatalogueError(f"marker number {number} is in no cluster")


def blocks_to_text(blocks, bulleted=False):
    """Join a section's blocks into the plain text kept in a marker's field.

    Blocks are separated by a blank line. A block that is a list item starts with ``- ``;
    with ``bulleted`` every block is a list item (the knowledge base, guidance and obstacles
    are lists in the source). Lines inside a block are kept as they are.
    """
    out = []
    for block in blocks:
        block = block.strip()
        if bulleted and not block.startswith("- "):
            block = "- " + block
        out.append(block)
    return "\n\n".join(out)


def text_blocks(text):
    """Parse stored section text into display blocks: ``("p", text)`` for a paragraph,
    ``("ul", [item, ...])`` for a run of ``- `` list items. The inverse, for display, of
    ``blocks_to_text``; also reads text a site administrator has edited by hand."""
    blocks = []
    paragraph = []

    def flush_paragraph():
        if paragraph:
            blocks.append(("p", " ".join(paragraph)))
            paragraph.clear()

    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            continue
        if line.startswith(("- ", "* ", "• ")):
            flush_paragraph()
            item = line[2:].strip()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(item)
            else:
                blocks.append(("ul", [item]))
        else:
            paragraph.append(line)
    flush_paragraph()
    return blocks


def _record(raw):
    number = int(raw["number"])
    questions = tuple(q.strip() for q in raw["questions"])
    if not questions or any(not q for q in questions):
        raise CatalogueError(f"marker {number} has no questions or an empty one")
    if raw["cluster"] != cluster_of(number):
        raise CatalogueError(f"marker {number} is in cluster {raw['cluster']!r}")
    return MarkerRecord(
        number=number,
        title=raw["title"].strip(),
        cluster=raw["cluster"],
        statement=raw["statement"].strip(),
        questions=questions,
        **{section: tuple(raw.get(section) or ()) for section in SECTIONS},
    )


def parse_catalogue(data):
    """Check and convert the decoded JSON data into ``MarkerRecord`` objects, in order."""
    records = tuple(_record(raw) for raw in data["markers"])
    numbers = [record.number for record in records]
    if numbers != list(range(1, MARKER_COUNT + 1)):
        raise CatalogueError(f"expected markers 1 to {MARKER_COUNT} in order, got {numbers}")
    return records


@cache
def shipped_catalogue():
    """The 18 markers of the data file shipped in the package (read once per process)."""
    source = resources.files("plone_scrqm.data").joinpath("quality_markers.json")
    return parse_catalogue(json.loads(source.read_text(encoding="utf-8")))
