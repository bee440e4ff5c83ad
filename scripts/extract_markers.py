#!/usr/bin/env python3
"""Extract the SCIE/NSPCC "SCR Quality Markers" (2016) into structured JSON.

Standalone (Python 3.11, standard library only).  Reads the Markdown
conversion of the PDF and writes ``src/plone_scrqm/data/quality_markers.json``.

Usage::

    python3 scripts/extract_markers.py --seed PATH [--output PATH] [--check]

``--output`` defaults to ``src/plone_scrqm/data/quality_markers.json``
relative to the repository root (the parent of this script's directory), so
the script can be run from any working directory.  ``--check`` writes
nothing; it exits 1 with a diff summary if the output file is missing or
differs from what would be written, and 0 if it is up to date.

Output shape: ``{"source", "clusters": [...], "markers": [...]}``; each
marker has ``number``, ``id`` (``qm-NN``), ``title``, ``cluster``,
``statement``, ``rationale``, ``questions``, ``knowledge_base``,
``equality_diversity``, ``statutory_guidance`` and ``common_obstacles``.

Text normalisation (never changes words)
----------------------------------------
* Markdown bold markers (``**``) are removed, runs of whitespace are
  collapsed to one space and items are stripped.  Leading bullet characters
  (``-``, ``·``, ``•``, also stacked such as ``- ·``) are removed.
* ``statement`` is the text after "Quality statement:" on the marker's own
  page, as is (lower-case first letter kept, no full stop added).
* ``title`` is the marker heading's title normalised to sentence case:
  after the first word, a capitalised word that is not an acronym gets a
  lower-case first letter ("Practitioner Involvement" ->
  "Practitioner involvement"); "SCR management" and "Decision-making" are
  unchanged.  Only QM11 is affected.

Structure rules (the source is an irregular PDF conversion)
-----------------------------------------------------------
* Headings are recognised whatever their level or bolding, with an optional
  trailing colon.  Parsing stops at the "Bibliography" heading.
* ``rationale`` keeps blocks in order: a paragraph is a plain string, a
  bullet item is a string prefixed with ``"- "``.  A paragraph that starts
  with a stray leading space and a lower-case letter right after a bullet
  list is a bullet whose glyph was lost in the conversion and is emitted as
  a bullet (QM6: "features of the local context ...").
* ``questions`` are the numbered items (bulleted or not, e.g. QM13 q1)
  under "How might you know ...", possibly split by blank lines (QM9,
  QM14).  Numbering must run 1..n without gaps, else the script fails.
* A missing "Knowledge base" heading (QM13, QM14, QM15, QM17): the first
  un-numbered block after the questions starts the knowledge base.
* In the sections other than the rationale, items are plain strings:
  - an indented sub-bullet is joined to its parent item with ``"\\n- "``
    (QM14 statutory guidance);
  - a paragraph ending in ":" is joined with the bullet list that directly
    follows it, again with ``"\\n- "`` (QM4 knowledge base, QM13 statutory
    guidance);
  - an un-bulleted paragraph that follows a bullet item continues that item
    and is joined to it with ``"\\n\\n"`` (QM13 knowledge base, "Outcome
    bias is an element of this ...").
* A missing "Tackling some common obstacles" heading (all markers except
  QM4 and QM17): the statutory guidance is the first block after its
  heading (a colon-introduced list counts as part of that block, QM13);
  every later block, however many blank lines split it (QM10, QM12), is a
  common obstacle.
* Clusters are fixed (1-5, 6-13, 14-18) and cross-checked against the
  "Overview" section of the seed.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

SOURCE = (
    "Serious Case Review Quality Markers: supporting dialogue about the "
    "principles of good practice and how to achieve them. SCIE and NSPCC, "
    "March 2016."
)

CLUSTERS = [
    {"id": "setting-up", "title": "Setting up the review", "markers": [1, 2, 3, 4, 5]},
    {"id": "running", "title": "Running the review", "markers": [6, 7, 8, 9, 10, 11, 12, 13]},
    {
        "id": "outputs",
        "title": "Outputs and outcomes from the review",
        "markers": [14, 15, 16, 17, 18],
    },
]

# Guard for this fixed edition of the source text.
EXPECTED_QUESTION_COUNTS = {
    1: 3,
    2: 9,
    3: 2,
    4: 4,
    5: 3,
    6: 4,
    7: 5,
    8: 7,
    9: 8,
    10: 7,
    11: 8,
    12: 9,
    13: 11,
    14: 7,
    15: 5,
    16: 7,
    17: 4,
    18: 4,
}

SECTION_KEYS = (
    "rationale",
    "questions",
    "knowledge_base",
    "equality_diversity",
    "statutory_guidance",
    "common_obstacles",
)

DEFAULT_OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "plone_scrqm" / "data" / "quality_markers.json"
)

HEADING_RE = re.compile(r"^(#+)\s*(.*?)\s*$")
MARKER_RE = re.compile(r"^Quality Marker\s+(\d+)\s*:\s*(.+)$")
STATEMENT_RE = re.compile(r"^Quality statement\s*:\s*(.*)$")
BULLET_RE = re.compile(r"^(\s*)((?:[-•·]\s+)+)(.*)$")
NUMBERED_RE = re.compile(r"^(\d+)\.\s+(.*)$")


class SeedError(ValueError):
    """The seed text does not have the expected structure."""


def clean(text: str) -> str:
    """Remove bold markers and normalise whitespace; never change words."""
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


def heading_text(text: str) -> str:
    return clean(text).rstrip(":").strip()


def sentence_case(title: str) -> str:
    words = title.split(" ")
    out = words[:1]
    for word in words[1:]:
        if len(word) > 1 and word[0].isupper() and word[1:] == word[1:].lower():
            word = word[0].lower() + word[1:]
        out.append(word)
    return " ".join(out)


def section_for_heading(text: str) -> str | None:
    low = heading_text(text).lower()
    if low == "rationale":
        return "rationale"
    if low.startswith("how might you know"):
        return "questions"
    if low == "knowledge base":
        return "knowledge_base"
    if low in ("equality and diversity", "equality & diversity"):
        return "equality_diversity"
    if low.startswith("link to statutory guidance"):
        return "statutory_guidance"
    if low.startswith("tackling some common obstacles"):
        return "common_obstacles"
    return None


def classify(line: str) -> dict:
    """Classify one non-blank body line."""
    m = BULLET_RE.match(line)
    if m:
        indent, _, rest = m.groups()
        rest = clean(rest)
        n = NUMBERED_RE.match(rest)
        if n:
            return {"kind": "numbered", "number": int(n.group(1)), "text": clean(n.group(2))}
        return {"kind": "bullet", "indent": len(indent.expandtabs()), "text": rest}
    n = NUMBERED_RE.match(line.strip())
    if n:
        return {"kind": "numbered", "number": int(n.group(1)), "text": clean(n.group(2))}
    return {
        "kind": "para",
        "lead_space": line[:1].isspace(),
        "text": clean(line),
    }


def split_blocks(lines: list[str]) -> list[list[dict]]:
    """Group classified lines into blank-line separated blocks."""
    blocks: list[list[dict]] = []
    current: list[dict] = []
    for line in lines:
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(classify(line))
    if current:
        blocks.append(current)
    return blocks


def split_markers(text: str) -> tuple[list[str], list[tuple[int, str, list[str]]]]:
    """Return (preamble lines, [(number, raw title, body lines), ...])."""
    preamble: list[str] = []
    markers: list[tuple[int, str, list[str]]] = []
    stopped = False
    for line in text.splitlines():
        h = HEADING_RE.match(line)
        if h:
            title = heading_text(h.group(2))
            if title.lower() == "bibliography":
                stopped = True
                break
            m = MARKER_RE.match(title)
            if m:
                markers.append((int(m.group(1)), m.group(2).strip(), []))
                continue
        if markers:
            markers[-1][2].append(line)
        else:
            preamble.append(line)
    if not stopped:
        raise SeedError("no 'Bibliography' heading found: cannot tell where the markers end")
    return preamble, markers


def collect_sections(
    number: int, body: list[str], notes: list[str]
) -> tuple[str, dict[str, list[list[dict]]]]:
    """Split one marker's body into its statement and raw blocks per section."""
    statement = None
    raw: dict[str, list[str]] = {}
    order: list[str] = []
    current = None
    for line in body:
        h = HEADING_RE.match(line)
        if h:
            key = section_for_heading(h.group(2))
            if key is None:
                raise SeedError(f"QM{number}: unexpected heading {line!r}")
            if key in raw:
                raise SeedError(f"QM{number}: heading for {key} appears twice")
            raw[key] = []
            order.append(key)
            current = key
            continue
        if current is None:
            if not line.strip():
                continue
            m = STATEMENT_RE.match(clean(line))
            if m and statement is None:
                statement = m.group(1).strip()
                continue
            raise SeedError(f"QM{number}: unexpected text before first heading: {line!r}")
        raw[current].append(line)
    if not statement:
        raise SeedError(f"QM{number}: no 'Quality statement:' line")
    return statement, {key: split_blocks(raw[key]) for key in order}


def flatten(blocks: list[list[dict]]) -> list[dict]:
    items = []
    for b_index, block in enumerate(blocks):
        for i, item in enumerate(block):
            items.append(dict(item, new_block=(i == 0), block=b_index))
    return items


def build_items(number: int, key: str, blocks: list[list[dict]], notes: list[str]) -> list[str]:
    """Turn blocks of a non-rationale section into a list of strings."""
    out: list[str] = []
    prev_kind = None
    colon_list_block = None  # block index of a list joined to a "...:" paragraph
    for item in flatten(blocks):
        kind = item["kind"]
        if kind == "numbered":
            raise SeedError(f"QM{number}: numbered item in {key}: {item['text']!r}")
        text = item["text"]
        if kind == "bullet" and item["indent"] >= 2:
            if not out:
                raise SeedError(f"QM{number}: {key} starts with a sub-bullet")
            out[-1] += "\n- " + text
            notes.append(f"QM{number} {key}: sub-bullet joined to its parent: {text[:50]!r}")
            continue
        if kind == "bullet" and out and out[-1].endswith(":") and prev_kind == "para":
            colon_list_block = item["block"]
        if kind == "bullet" and colon_list_block == item["block"]:
            out[-1] += "\n- " + text
            notes.append(f"QM{number} {key}: bullet joined to its ':' paragraph: {text[:50]!r}")
            continue
        if kind == "para" and prev_kind == "bullet" and not item["lead_space"]:
            out[-1] += "\n\n" + text
            notes.append(f"QM{number} {key}: paragraph joined to preceding bullet: {text[:50]!r}")
            prev_kind = "bullet"
            continue
        out.append(text)
        prev_kind = kind
    return out


def build_rationale(number: int, blocks: list[list[dict]], notes: list[str]) -> list[str]:
    out: list[str] = []
    prev_kind = None
    for item in flatten(blocks):
        kind = item["kind"]
        if kind == "numbered":
            raise SeedError(f"QM{number}: numbered item in rationale: {item['text']!r}")
        text = item["text"]
        if kind == "para" and item["lead_space"] and prev_kind == "bullet" and text[:1].islower():
            kind = "bullet"
            notes.append(
                f"QM{number} rationale: lost-bullet paragraph made a bullet: {text[:50]!r}"
            )
        if kind == "bullet" and item.get("indent", 0) >= 2:
            raise SeedError(f"QM{number}: nested bullet in rationale: {text!r}")
        out.append("- " + text if kind == "bullet" else text)
        prev_kind = kind
    return out


def split_questions(
    number: int, blocks: list[list[dict]], notes: list[str]
) -> tuple[list[str], list[list[dict]]]:
    """Return (questions, leftover blocks that follow the questions)."""
    questions: list[str] = []
    for b_index, block in enumerate(blocks):
        if block[0]["kind"] != "numbered":
            rest = blocks[b_index:]
            break
        for item in block:
            if item["kind"] != "numbered":
                raise SeedError(
                    f"QM{number}: un-numbered line inside the questions: {item['text']!r}"
                )
            expected = len(questions) + 1
            if item["number"] != expected:
                raise SeedError(
                    f"QM{number}: question numbering broken: expected {expected}, got {item['number']}"
                )
            questions.append(item["text"])
        if b_index > 0:
            notes.append(
                f"QM{number} questions: list continues after a blank line at q{block[0]['number']}"
            )
    else:
        rest = []
    if not questions:
        raise SeedError(f"QM{number}: no questions found")
    return questions, rest


def split_statutory(
    number: int, blocks: list[list[dict]], notes: list[str]
) -> tuple[list[list[dict]], list[list[dict]]]:
    """Split a statutory-guidance section whose obstacles heading is missing."""
    if not blocks:
        raise SeedError(f"QM{number}: empty statutory guidance section")
    taken = 1
    last = blocks[0][-1]
    if last["kind"] == "para" and last["text"].endswith(":") and len(blocks) > 1:
        taken = 2
        notes.append(f"QM{number} statutory_guidance: ':' paragraph keeps the following list")
    return blocks[:taken], blocks[taken:]


def parse_marker(number: int, raw_title: str, body: list[str], notes: list[str]) -> dict:
    statement, sections = collect_sections(number, body, notes)
    if "rationale" not in sections or "questions" not in sections:
        raise SeedError(f"QM{number}: rationale or questions heading missing")
    if "statutory_guidance" not in sections:
        raise SeedError(f"QM{number}: statutory guidance heading missing")

    questions, after_questions = split_questions(number, sections["questions"], notes)
    if after_questions:
        if "knowledge_base" in sections:
            raise SeedError(
                f"QM{number}: text after the questions and a knowledge base heading too"
            )
        sections["knowledge_base"] = after_questions
        notes.append(
            f"QM{number}: no knowledge base heading; {len(after_questions)} block(s) after the questions used"
        )

    stat_blocks = sections["statutory_guidance"]
    obstacle_blocks = sections.get("common_obstacles")
    stat_blocks, extra = split_statutory(number, stat_blocks, notes)
    if extra:
        if obstacle_blocks is not None:
            raise SeedError(
                f"QM{number}: unclaimed blocks after statutory guidance and an obstacles heading"
            )
        obstacle_blocks = extra
        notes.append(
            f"QM{number}: no obstacles heading; {len(extra)} block(s) after statutory guidance used"
        )
    elif obstacle_blocks is None:
        raise SeedError(f"QM{number}: no common obstacles found")

    marker = {
        "number": number,
        "id": f"qm-{number:02d}",
        "title": sentence_case(clean(raw_title)),
        "cluster": None,
        "statement": statement,
        "rationale": build_rationale(number, sections["rationale"], notes),
        "questions": questions,
        "knowledge_base": build_items(
            number, "knowledge_base", sections.get("knowledge_base", []), notes
        ),
        "equality_diversity": build_items(
            number, "equality_diversity", sections.get("equality_diversity", []), notes
        ),
        "statutory_guidance": build_items(number, "statutory_guidance", stat_blocks, notes),
        "common_obstacles": build_items(number, "common_obstacles", obstacle_blocks, notes),
    }
    for key in ("rationale", "knowledge_base", "statutory_guidance", "common_obstacles"):
        if not marker[key]:
            raise SeedError(f"QM{number}: empty {key}")
    return marker


def norm_title(title: str) -> str:
    return re.sub(r"[\s-]+", " ", title).strip().lower()


def check_overview(preamble: list[str], markers: list[dict]) -> None:
    """Cross-check the fixed clusters against the seed's Overview section."""
    by_title = {norm_title(m["title"]): m["number"] for m in markers}
    cluster_by_title = {norm_title(c["title"]): c for c in CLUSTERS}
    found: dict[str, list[int]] = {}
    in_overview = False
    current = None
    for line in preamble:
        h = HEADING_RE.match(line)
        if h:
            title = heading_text(h.group(2))
            if title.lower() == "overview":
                in_overview = True
                continue
            if in_overview:
                cluster = cluster_by_title.get(norm_title(title))
                if cluster is None:
                    raise SeedError(f"Overview: unknown cluster heading {title!r}")
                current = cluster["id"]
                found[current] = []
            continue
        if not in_overview or current is None or "\t" not in line:
            continue
        first = line.split("\t", 1)[0].strip()
        if not first:
            continue
        qm = re.match(r"^QM\s*(\d+)$", first)
        if qm:
            found[current].append(int(qm.group(1)))
        elif norm_title(first) in by_title:
            found[current].append(by_title[norm_title(first)])
        else:
            raise SeedError(f"Overview: cannot match {first!r} to a marker")
    expected = {c["id"]: c["markers"] for c in CLUSTERS}
    if found != expected:
        raise SeedError(f"Overview clusters {found} differ from the fixed clusters {expected}")


def parse_seed(text: str, notes: list[str] | None = None) -> dict:
    """Parse the seed Markdown into the quality-markers data structure.

    ``notes`` (optional) collects a line for every structural judgement the
    parser applied, for review with ``--verbose``.
    """
    if notes is None:
        notes = []
    if "Serious Case Review Quality Markers" not in text or "March 2016" not in text:
        raise SeedError("this does not look like the 2016 SCR Quality Markers text")
    preamble, raw_markers = split_markers(text)
    numbers = [n for n, _, _ in raw_markers]
    if numbers != list(range(1, 19)):
        raise SeedError(f"expected Quality Markers 1..18 in order, found {numbers}")

    markers = [parse_marker(n, title, body, notes) for n, title, body in raw_markers]

    cluster_of = {n: c["id"] for c in CLUSTERS for n in c["markers"]}
    for marker in markers:
        marker["cluster"] = cluster_of[marker["number"]]
        got = len(marker["questions"])
        want = EXPECTED_QUESTION_COUNTS[marker["number"]]
        if got != want:
            raise SeedError(f"QM{marker['number']}: {got} questions, expected {want}")
    check_overview(preamble, markers)

    return {
        "source": SOURCE,
        "clusters": [dict(c, markers=list(c["markers"])) for c in CLUSTERS],
        "markers": markers,
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary(data: dict) -> str:
    lines = []
    for m in data["markers"]:
        counts = ", ".join(f"{k}={len(m[k])}" for k in SECTION_KEYS)
        lines.append(f"QM{m['number']:>2} {m['title']}: {counts}")
    lines.append(f"total questions: {sum(len(m['questions']) for m in data['markers'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", required=True, type=Path, help="the seed Markdown file")
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="JSON file to write (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the output file is not up to date",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="print per-marker counts and the structural judgements applied",
    )
    args = parser.parse_args(argv)

    notes: list[str] = []
    try:
        data = parse_seed(args.seed.read_text(encoding="utf-8"), notes)
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    new = render(data)
    if args.verbose:
        print(summary(data))
        print("\n".join(notes))

    if args.check:
        if not args.output.exists():
            print(f"{args.output}: missing (would write {len(new.splitlines())} lines)")
            return 1
        old = args.output.read_text(encoding="utf-8")
        if old == new:
            print(f"{args.output}: up to date")
            return 0
        diff = list(
            difflib.unified_diff(
                old.splitlines(),
                new.splitlines(),
                fromfile=f"{args.output} (on disk)",
                tofile=f"{args.output} (from seed)",
                lineterm="",
            )
        )
        added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
        removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
        print(f"{args.output}: out of date (+{added} -{removed} lines)")
        print("\n".join(diff[:60]))
        if len(diff) > 60:
            print(f"... ({len(diff) - 60} more diff lines)")
        return 1

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(new, encoding="utf-8")
    print(
        f"wrote {args.output}: {len(data['markers'])} markers, "
        f"{sum(len(m['questions']) for m in data['markers'])} questions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
