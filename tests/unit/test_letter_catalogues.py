"""The gettext catalogues of the letters, and the Welsh interface: every message translated,
the same variables as the English, and each language's status in its header."""

import re
from pathlib import Path

import pytest

from plone_scrqm.letters.languages import LANGUAGES

pytestmark = pytest.mark.unit

LOCALES = Path(__file__).resolve().parents[2] / "locales"
VARIABLE = re.compile(r"\$\{(\w+)\}")


def read_po(path):
    """``({msgid: msgstr}, {msgid: default}, header)`` of a simple .po or .pot file."""
    text = path.read_text(encoding="utf-8")
    entries, defaults, header = {}, {}, ""

    def unquote(lines):
        return "".join(
            bytes(line[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
            for line in lines
        )

    for block in text.split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line]
        default = next((line for line in lines if line.startswith('#. Default: "')), None)
        try:
            start = next(i for i, line in enumerate(lines) if line.startswith("msgid "))
            middle = next(i for i, line in enumerate(lines) if line.startswith("msgstr "))
        except StopIteration:
            continue
        msgid = unquote([lines[start][6:], *lines[start + 1 : middle]])
        msgstr = unquote([lines[middle][7:], *lines[middle + 1 :]])
        if msgid == "":
            header = msgstr
            continue
        entries[msgid] = msgstr
        if default:
            defaults[msgid] = unquote([default[len("#. Default: ") :]])
    return entries, defaults, header


def test_every_letter_language_has_a_complete_catalogue():
    _pot, defaults, _header = read_po(LOCALES / "plone_scrqm_letters.pot")
    assert len(defaults) == 28
    for language in LANGUAGES:
        path = LOCALES / language.catalogue / "LC_MESSAGES" / "plone_scrqm_letters.po"
        entries, _defaults, header = read_po(path)
        assert set(entries) == set(defaults), language.code
        assert "X-Translation-Status: " in header, language.code
        for msgid, msgstr in entries.items():
            assert msgstr.strip(), (language.code, msgid)
            used, expected = set(VARIABLE.findall(msgstr)), set(VARIABLE.findall(defaults[msgid]))
            assert used <= expected, (language.code, msgid, used)
            if language.code != "en-easyread":  # easy read may leave a detail out
                assert used == expected, (language.code, msgid, used)
        if language.code not in ("en", "en-easyread"):
            assert "qualified translator" in header, language.code


def test_english_catalogue_is_the_source_text():
    entries, _defaults, _header = read_po(LOCALES / "en" / "LC_MESSAGES" / "plone_scrqm_letters.po")
    _pot, defaults, _header = read_po(LOCALES / "plone_scrqm_letters.pot")
    assert entries == defaults


def test_welsh_interface_is_complete():
    pot, _defaults, _header = read_po(LOCALES / "plone_scrqm.pot")
    entries, _defaults, header = read_po(LOCALES / "cy" / "LC_MESSAGES" / "plone_scrqm.po")
    assert set(entries) == set(pot)
    untranslated = [msgid for msgid, msgstr in entries.items() if not msgstr.strip()]
    assert untranslated == []
    assert "X-Translation-Status: " in header
