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


def fold(text):
    """Lower case without diacritics, curly apostrophes made straight."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _folded_with_map(text):
    """The folded text and, for each folded character, its offset in the original."""
    out, positions = [], []
    for index, char in enumerate(text.replace("’", "'")):
        decomposed = unicodedata.normalize("NFKD", char)
        for part in decomposed:
            if unicodedata.combining(part):
                continue
            for lower in part.lower():
                out.append(lower)
                positions.append(index)
    return "".join(out), positions


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


def scan(text, identifiers=()):
    """All matches in ``text``, in order of position; overlapping matches keep the longest."""
    text = text or ""
    folded, positions = _folded_with_map(text)
    found = []
    for identifier in identifiers:
        for form, needs_capital in identifier_forms(identifier):
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?:'s|s')?(?!\w)")
            for hit in pattern.finditer(folded):
                start = positions[hit.start()]
                end = positions[hit.end() - 1] + 1
                if needs_capital and not text[start].isupper():
                    continue
                found.append(
                    Match(
                        IDENTIFIER,
                        text[start:end],
                        start,
                        end,
                        _context(text, start, end),
                        identifier,
                    )
                )
    for kind, pattern in _PATTERNS.items():
        for hit in pattern.finditer(text):
            value = hit.group(0).strip()
            if kind == NHS_NUMBER and not nhs_number_valid(value):
                continue
            if kind == PHONE and len(re.sub(r"\D", "", value)) < 10:
                continue
            start = hit.start() + (len(hit.group(0)) - len(hit.group(0).lstrip()))
            end = start + len(value)
            found.append(Match(kind, value, start, end, _context(text, start, end)))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue  # inside a longer match already kept
        kept.append(match)
    return kept
