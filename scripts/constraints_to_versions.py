"""Write buildout's ``[versions]`` file from pip's ``constraints.txt``.

Usage::

    python3 scripts/constraints_to_versions.py constraints.txt versions.cfg
    python3 scripts/constraints_to_versions.py --check constraints.txt versions.cfg

``constraints.txt`` is a ``pip freeze`` of a known-good environment: ``name==version`` lines,
comment lines starting with ``#`` and blank lines.  Every pin becomes ``name = version`` in
``[versions]``; after them come the pins that only buildout needs (its own tools and what they
pull in), kept by hand in ``BUILDOUT_PINS`` at the end of this file.  A line that is not a plain
``name==version`` pin (``-e``, ``-r``, ``name @ url``, ``>=``, environment markers, ...) stops
the script with a message naming the line.

``--check`` writes nothing: it exits 1 if ``versions.cfg`` differs from what would be written.
Standard library only, so it runs with any Python 3.11+ before anything is installed.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

# name==version, optionally followed by whitespace and a '#' comment (pip allows that).
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)"
    r"\s*==\s*"
    r"(?P<version>[A-Za-z0-9!+._-]+)"
    r"\s*(?:\s#.*)?$"
)


class ConstraintsError(Exception):
    """A line of constraints.txt that cannot become a buildout pin."""


def normalize(name: str) -> str:
    """The PEP 503 form of a project name, for comparing names only."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_constraints(path: Path) -> list[tuple[str, str]]:
    """The ``(name, version)`` pins of a pip constraints file, in file order."""
    pins: list[tuple[str, str]] = []
    seen: dict[str, tuple[str, int]] = {}
    text = path.read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        if match is None:
            raise ConstraintsError(
                f"{path}:{number}: cannot turn {line!r} into a buildout pin; expected "
                "'name==version' (no -e/-r/-c options, URLs, ranges, wildcards or markers). "
                "Fix the line or pin that package by hand in BUILDOUT_PINS."
            )
        name, version = match["name"], match["version"]
        key = normalize(name)
        if key in seen:
            old_version, old_number = seen[key]
            if old_version != version:
                raise ConstraintsError(
                    f"{path}:{number}: {name}=={version} contradicts "
                    f"{name}=={old_version} on line {old_number}"
                )
            continue
        seen[key] = (version, number)
        pins.append((name, version))
    if not pins:
        raise ConstraintsError(f"{path}: no 'name==version' lines found")
    return pins


def render(constraints: Path, pins: list[tuple[str, str]], extra: dict[str, str]) -> str:
    """The text of versions.cfg (no dates or absolute paths, so ``--check`` is stable)."""
    pinned = {normalize(name): version for name, version in pins}
    lines = [
        f"# GENERATED from {constraints.name} by scripts/constraints_to_versions.py:",
        "# do not edit by hand.  Change constraints.txt (or BUILDOUT_PINS in the script), then",
        "# regenerate with:",
        "#     python3 scripts/constraints_to_versions.py constraints.txt versions.cfg",
        "# (or `make buildout-versions`); `--check` tells whether this file is up to date.",
        "",
        "[versions]",
        f"# From {constraints.name} (pip freeze of a known-good environment)",
    ]
    lines += [f"{name} = {version}" for name, version in pins]
    own = [
        (name, version)
        for name, version in sorted(extra.items(), key=lambda item: normalize(item[0]))
        if normalize(name) not in pinned
    ]
    if own:
        lines += [
            "",
            "# Only for buildout (hand-kept in BUILDOUT_PINS, scripts/constraints_to_versions.py)",
        ]
        lines += [f"{name} = {version}" for name, version in own]
    return "\n".join(lines) + "\n"


def overridden(constraints: Path, pins: list[tuple[str, str]], extra: dict[str, str]) -> list[str]:
    """Notes on hand-kept pins that constraints.txt also pins, at another version."""
    pinned = {normalize(name): (name, version) for name, version in pins}
    notes = []
    for name, version in extra.items():
        other = pinned.get(normalize(name))
        if other is not None and other[1] != version:
            notes.append(
                f"note: {constraints.name} pins {other[0]}=={other[1]}; BUILDOUT_PINS says "
                f"{version}. Using {other[1]}: drop or update the entry in BUILDOUT_PINS."
            )
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write buildout's [versions] file from pip's constraints.txt."
    )
    parser.add_argument("constraints", type=Path, help="pip constraints file (pip freeze)")
    parser.add_argument("versions", type=Path, help="buildout versions file to write")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the versions file is missing or out of date",
    )
    args = parser.parse_args(argv)

    try:
        pins = read_constraints(args.constraints)
    except OSError as error:
        print(f"error: cannot read {args.constraints}: {error.strerror}", file=sys.stderr)
        return 2
    except ConstraintsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for note in overridden(args.constraints, pins, BUILDOUT_PINS):
        print(note, file=sys.stderr)
    text = render(args.constraints, pins, BUILDOUT_PINS)

    if args.check:
        try:
            current = args.versions.read_text(encoding="utf-8")
        except FileNotFoundError:
            print(f"{args.versions} is missing: run `make buildout-versions`", file=sys.stderr)
            return 1
        if current == text:
            print(f"{args.versions} is up to date with {args.constraints}")
            return 0
        sys.stderr.writelines(
            difflib.unified_diff(
                current.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"{args.versions} (now)",
                tofile=f"{args.versions} (from {args.constraints})",
            )
        )
        print(f"{args.versions} is out of date: run `make buildout-versions`", file=sys.stderr)
        return 1

    args.versions.write_text(text, encoding="utf-8")
    pinned = {normalize(name) for name, _version in pins}
    own = sum(1 for name in BUILDOUT_PINS if normalize(name) not in pinned)
    print(f"wrote {args.versions}: {len(pins)} pins from {args.constraints} + {own} for buildout")
    return 0


# Pins that buildout needs and a pip freeze of the add-on's environment lacks: buildout itself,
# its recipes and what they pull in.  Keep the versions on PyPI, installable on Python 3.11 with
# setuptools 84; found with `pip install --dry-run --report - -c constraints.txt zc.buildout
# zc.recipe.egg plone.recipe.zope2instance` (the names missing from constraints.txt).
# pip, setuptools and wheel (which buildout also uses) are in constraints.txt already.
BUILDOUT_PINS: dict[str, str] = {
    "zc.buildout": "6.0.1",
    "zc.recipe.egg": "6.0.0",
    "plone.recipe.zope2instance": "9.1.0",
    "platformdirs": "4.14.8",  # required by zc.buildout
    "python-dotenv": "1.2.4",  # required by plone.recipe.zope2instance
    "ZEO": "6.2",  # required by plone.recipe.zope2instance
    "zdaemon": "5.2.1",  # required by ZEO
}


if __name__ == "__main__":
    sys.exit(main())
