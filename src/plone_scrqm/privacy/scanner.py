"""Scan text meant for publication for details that could identify the family (plain
Python, no Zope).

Two kinds of match:

- **registered identifiers**: names, aliases, addresses, schools, dates of birth and other
  details the review's register holds. Matching ignores case and diacritics ("Zoë" = "Zoe"),
  finds possessives ("Aisha's") and, for a name of two or more words, the initial with the
  surname ("A. Khan", "A Khan") and the surname alone when it is not a common word;
- **identifying patterns**: full dates (day, month and year), UK postcodes, NHS numbers
  (with a valid check digit), UK phone numbers, email addresses and street addresses.

Each match carries its kind, the text found, where (offsets) and some context around it, so
a person can judge it.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from functools import lru_cache

from confusable_homoglyphs import utils

CONTEXT_CHARS = 60

IDENTIFIER = "identifier"
FULL_DATE = "full-date"
POSTCODE = "postcode"
NHS_NUMBER = "nhs-number"
PHONE = "phone"
EMAIL = "email"
STREET_ADDRESS = "street-address"

PATTERN_KINDS = (FULL_DATE, POSTCODE, NHS_NUMBER, PHONE, EMAIL, STREET_ADDRESS)

# Words that are names of things as well as surnames; matched only as part of a full name.
COMMON_WORDS = {
    "baker",
    "bell",
    "black",
    "brown",
    "carter",
    "cook",
    "day",
    "fox",
    "green",
    "hall",
    "hill",
    "king",
    "lane",
    "little",
    "long",
    "mason",
    "may",
    "moon",
    "park",
    "rose",
    "short",
    "stone",
    "white",
    "wood",
    "young",
    "march",
    "june",
    "august",
    "grace",
    "hope",
    "faith",
    "joy",
    "will",
    "mark",
    "bill",
    "pat",
    "sue",
}
COMMON_WORDS |= {
    "holly",
    "ivy",
    "daisy",
    "amber",
    "ruby",
    "poppy",
    "lily",
    "summer",
    "dawn",
    "robin",
    "jack",
    "frank",
    "sky",
}

# Words that make an entry a place or an institution rather than a person: such entries are
# matched whole, never word by word.
PLACE_WORDS = {
    "school",
    "primary",
    "academy",
    "college",
    "nursery",
    "hospital",
    "surgery",
    "practice",
    "church",
    "mosque",
    "temple",
    "centre",
    "center",
    "club",
    "house",
    "farm",
    "estate",
    "street",
    "road",
    "avenue",
    "lane",
    "close",
    "drive",
    "way",
    "park",
    "court",
    "hall",
    "university",
    "unit",
    "ward",
    "clinic",
    "home",
    "flats",
    "tower",
    "syndrome",
    "disease",
}
# The same in Welsh: school, hospital, chapel, church, centre, nursery, street, road, farm…
PLACE_WORDS |= {
    "ysgol",
    "ysbyty",
    "capel",
    "eglwys",
    "canolfan",
    "meithrinfa",
    "feithrinfa",
    "stryd",
    "heol",
    "ffordd",
    "lon",
    "fferm",
    "parc",
    "cwrt",
    "clwb",
    "coleg",
    "prifysgol",
    "meddygfa",
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_PATTERNS = {
    FULL_DATE: re.compile(
        rf"\b(?:{_DAY}\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d"
        rf"|(?:{_MONTHS})\.?\s+{_DAY},?\s+(?:19|20)\d\d"
        r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d\d"
        r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b",
        re.IGNORECASE,
    ),
    POSTCODE: re.compile(
        r"\b(?:GIR\s?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?)\s?\d[ABD-HJLNP-UW-Z]{2})\b",
        re.IGNORECASE,
    ),
    NHS_NUMBER: re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"),
    PHONE: re.compile(
        r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|0)(?:\d\s?){9,10}(?!\w)",
    ),
    EMAIL: re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    STREET_ADDRESS: re.compile(
        r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}"
        r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Court|Gardens|"
        r"Terrace|Grove|Row|Square|Mews|Walk|Hill|Park|Rise|View)\b\.?",
    ),
}


@dataclass(frozen=True)
class Match:
    kind: str
    text: str
    start: int
    end: int
    context: str
    identifier: str | None = None

    @property
    def key(self):
        """Stable key of what was found, for accepting it: kind and normalised text."""
        return f"{self.kind}:{fold(self.text)}"

    def as_dict(self):
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "context": self.context,
            "identifier": self.identifier,
            "key": self.key,
        }


# Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt): invisible
# characters such as the zero-width space, the soft hyphen and joiners, which a writer can put
# inside a name to hide it from a plain search.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_IGNORABLE_RE = re.compile(
    "[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _DEFAULT_IGNORABLE) + "]"
)
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"}
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"}


@cache
def _confusable_prototypes():
    """Each non-ASCII character that Unicode's confusables data (UTS #39, as shipped by the
    ``confusable_homoglyphs`` package) says looks like one ASCII letter or digit, mapped to
    it: Cyrillic "а" to "a", Greek "Ο" to "O", mathematical "𝐁" to "B"."""
    table = {}
    for char, homoglyphs in utils.load("confusables.json").items():
        if len(char) != 1 or char.isascii():
            continue
        ascii_forms = [h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii()]
        letters = [c for c in ascii_forms if c.isalpha()] or [c for c in ascii_forms if c.isalnum()]
        if letters:
            table[char] = letters[0]
    return table


def _prototype(char):
    return _confusable_prototypes().get(char, char)


def _skeleton_of_char(char):
    """What one character of a text counts as when matching names: NFKC, the ASCII letter it
    looks like, without diacritics, casefolded. Empty for an invisible character."""
    if _IGNORABLE_RE.match(char):
        return ""
    char = _APOSTROPHES.get(char, _HYPHENS.get(char, char))
    out = []
    for part in unicodedata.normalize("NFKC", char):
        part = _prototype(part)
        for base in unicodedata.normalize("NFKD", part):
            if unicodedata.combining(base):
                continue
            out.append(_prototype(base).casefold())
    return "".join(out)


@lru_cache(maxsize=65536)
def _skeleton(char):
    return _skeleton_of_char(char)


def fold(text):
    """What a text counts as when matching names: NFKC, invisible characters removed,
    look-alike letters (Cyrillic, Greek, …) read as the ASCII letter, diacritics removed,
    casefolded, a word hyphenated at the end of a line joined again."""
    return _folded_with_map(text)[0]


_LINE_HYPHEN = re.compile(r"-[ \t]*\n\s*")


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _mapped(text, one_char, ascii_run=str):
    """``text`` with each non-ASCII character replaced by ``one_char(char)`` (any length),
    and for each output character its offset in ``text``. Runs of ASCII are copied whole,
    so the cost is a few operations per run rather than per character."""
    out, positions, last = [], [], 0
    for run in _ASCII_RUN.finditer(text):
        for index in range(last, run.start()):
            replacement = one_char(text[index])
            out.append(replacement)
            positions.extend([index] * len(replacement))
        out.append(ascii_run(run.group(0)))
        positions.extend(range(run.start(), run.end()))
        last = run.end()
    for index in range(last, len(text)):
        replacement = one_char(text[index])
        out.append(replacement)
        positions.extend([index] * len(replacement))
    return "".join(out), positions


def _fold_ascii(run):
    """An ASCII run folded: lower() is its casefold; a backtick is an apostrophe."""
    return run.lower().replace("`", "'")


def _folded_with_map(text):
    """The folded text and, for each folded character, its offset in the original."""
    folded, positions = _mapped(text, _skeleton, _fold_ascii)
    if "-" in folded and "\n" in folded:
        # "Brack-\nwater" as "Brackwater": drop the hyphen and the line break.
        kept_out, kept_positions, last = [], [], 0
        for hit in _LINE_HYPHEN.finditer(folded):
            kept_out.append(folded[last : hit.start()])
            kept_positions.extend(positions[last : hit.start()])
            last = hit.end()
        kept_out.append(folded[last:])
        kept_positions.extend(positions[last:])
        folded, positions = "".join(kept_out), kept_positions
    return folded, positions


def _visible_char(char):
    if _IGNORABLE_RE.match(char):
        return ""
    return unicodedata.normalize("NFKC", _APOSTROPHES.get(char, char))


def visible(text):
    """The text with invisible characters removed and compatibility forms (full-width
    digits, ligatures) made plain, with each character's offset in the original: what the
    identifying patterns (dates, postcodes, numbers) are looked for in."""
    return _mapped(text, _visible_char)


def nhs_number_valid(digits):
    """The NHS number's modulus 11 check digit."""
    digits = re.sub(r"\D", "", digits)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def identifier_forms(identifier):
    """The forms a registered identifier may take in a text, folded, longest first, each with
    whether it is a single name that must be written with a capital to count."""
    words = [w for w in re.split(r"\s+", fold(identifier).strip()) if w]
    if not words:
        return []
    forms = {(" ".join(words), False)}
    is_person = (
        2 <= len(words) <= 4
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not PLACE_WORDS & set(words)
    )
    if is_person:
        first, surname = words[0], words[-1]
        forms.add((f"{first[0]}. {surname}", False))
        forms.add((f"{first[0]} {surname}", False))
        forms.add((f"{first[0]}.{surname}", False))
        for single in (first, surname):
            if single not in COMMON_WORDS and len(single) > 2:
                forms.add((single, True))
    return sorted(forms, key=lambda form: len(form[0]), reverse=True)


def _context(text, start, end):
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    snippet = text[left:right].replace("\n", " ")
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


def _form_pattern(form):
    """A folded form as a regular expression: any run of white space (a line break too)
    between words, a hyphen that may have been dropped where a line was broken."""
    out = []
    for char in form:
        if char.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif char == "-":
            out.append(r"-?\s*")
        elif char == ".":
            out.append(r"\.\s*")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _canonical(found):
    return re.sub(r"[\s.\-]+", "", found)


class _Matcher:
    """Every form of every registered identifier in one regular expression, grouped by first
    character, so a text is read once whatever the size of the register."""

    def __init__(self, identifiers):
        self.forms = {}
        for identifier in identifiers:
            for form, needs_capital in identifier_forms(identifier):
                self.forms.setdefault(_canonical(form), (identifier, needs_capital, form))
        by_first = {}
        for _canon, (_identifier, _capital, form) in sorted(
            self.forms.items(), key=lambda item: len(item[1][2]), reverse=True
        ):
            by_first.setdefault(form[0], []).append(_form_pattern(form[1:]))
        if not by_first:
            self.pattern = None
            return
        groups = "|".join(
            f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()
        )
        self.pattern = re.compile(rf"(?<!\w)(?:{groups})(?:'s|s')?(?!\w)")

    def lookup(self, found):
        canonical = _canonical(found)
        if canonical in self.forms:
            return self.forms[canonical]
        for suffix in ("'s", "s'"):
            if canonical.endswith(suffix) and canonical[: -len(suffix)] in self.forms:
                return self.forms[canonical[: -len(suffix)]]
        return None


def scan(text, identifiers=()):
    """All matches in ``text``, in order of position; overlapping matches keep the longest.
    The text is read a fixed number of times (once for the register, once for each pattern):
    the cost grows with the length of the text, not with the register times the text."""
    text = text or ""
    found = []
    matcher = _Matcher(identifiers)
    if matcher.pattern is not None:
        folded, positions = _folded_with_map(text)
        for hit in matcher.pattern.finditer(folded):
            entry = matcher.lookup(hit.group(0))
            if entry is None:
                continue
            identifier, needs_capital, _form = entry
            start = positions[hit.start()]
            end = positions[hit.end() - 1] + 1
            if needs_capital and not text[start].isupper():
                continue
            found.append(
                Match(
                    IDENTIFIER, text[start:end], start, end, _context(text, start, end), identifier
                )
            )
    shown, positions = visible(text)
    for kind, pattern in _PATTERNS.items():
        for hit in pattern.finditer(shown):
            value = hit.group(0).strip()
            if kind == NHS_NUMBER and not nhs_number_valid(value):
                continue
            if kind == PHONE and len(re.sub(r"\D", "", value)) < 10:
                continue
            offset = hit.start() + (len(hit.group(0)) - len(hit.group(0).lstrip()))
            start = positions[offset]
            end = positions[offset + len(value) - 1] + 1
            found.append(Match(kind, text[start:end], start, end, _context(text, start, end)))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue  # inside a longer match already kept
        kept.append(match)
    return kept


def neutralise(text, labelled):
    """``text`` with every registered identifier replaced by its neutral label.

    ``labelled`` is ``[(identifier, label), …]``, e.g. ``("Fenella Brackwater", "Family member
    2")``: what board members read in internal text instead of the name. Only registered
    identifiers are replaced (dates and numbers are ordinary in internal records)."""
    if not text or not labelled:
        return text
    labels = dict(labelled)
    out, last = [], 0
    for match in scan(text, list(labels)):
        if match.kind != IDENTIFIER or match.start < last:
            continue
        out.append(text[last : match.start])
        possessive = "'s" if fold(match.text).endswith("'s") else ""
        out.append(labels[match.identifier] + possessive)
        last = match.end
    out.append(text[last:])
    return "".join(out)
