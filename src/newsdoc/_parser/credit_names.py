"""Who a picture credit names: agencies, photographers and role words.

The vocabulary comes from :mod:`newsdoc._lexicons.credits`. A credit is cut
into segments at "/", "|", spaced dashes, "via" and "for"
(:func:`segments`); each segment is a role word ("Pool", "Handout"), an
agency or other organisation (:func:`is_agency`), a person (:func:`is_person`)
or something else, and :func:`split_credit` names the photographer and the
agency from that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser._text import collapse, trim
from newsdoc.model import Credit

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "AGENCY_KEYS",
    "FOLD_SURPRISES",
    "FOLD_SURPRISE_LETTERS",
    "NAME_WORD",
    "PARTICLES",
    "ROLE_KEYS",
    "alternation",
    "by_phrases",
    "is_agency",
    "is_known_agency",
    "is_person",
    "is_role",
    "segments",
    "split_credit",
    "trie",
    "union",
]


def alternation(words: tuple[str, ...]) -> str:
    """Return a regex alternation of *words*, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def trie(words: Iterable[str], *, before: str = "") -> str:
    """Return a stdlib-``re`` alternation of *words* factored into a prefix tree.

    ``A(?:FP|P)`` instead of ``AFP|AP``: the engine tries one branch per
    character instead of every word at every position, which makes a search
    for a few hundred words about as cheap as one for a handful. Spaces match
    any run of whitespace; a word that is a prefix of another is still matched.

    Args:
        words: the words.
        before: a character class the character before a word must not
            match ("[A-Z]"), or ``""``. It is checked after the word's first
            character, so the engine still skips fast to where a word may start.

    Returns:
        The pattern source.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    guard = f"(?<!{before}.)" if before else ""
    return _branches(root, guard)


def _branches(node: dict[str, dict[str, Any]], guard: str = "") -> str:
    """The pattern source of one node of :func:`trie` (*guard* after the first character)."""
    alternatives = [
        (r"\s+" if ch == " " else re.escape(ch)) + guard + _branches(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not alternatives:
        return ""
    body = "(?:" + "|".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0]
    if "" not in node:
        return body
    return body + "?" if len(alternatives) == 1 and len(body) == 1 else f"(?:{body})?"


FOLD_SURPRISE_LETTERS = "ßẞİıŉſẚ\u212a" + "".join(map(chr, range(0xFB00, 0xFB07)))
FOLD_SURPRISES = re.compile(f"[{FOLD_SURPRISE_LETTERS}]")
"""Letters that case-fold to ASCII letters ("ſ" to "s", the Kelvin sign to "k",
"ﬁ" to "fi"), or that case-insensitive ``regex`` matching pairs with an ASCII
letter other than their case folding ("İ" with "i", "ı" with "I"). A cue
looked for in case-folded text, or in the few cases an agency is written in,
cannot vouch for a text that holds one of them: such a text is always read."""


def union(table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every word of a per-language table."""
    return tuple(word for words in table.values() for word in words)


def by_phrases() -> str:
    """The regex alternation of every "Photo by"-style phrase of the lexicon."""
    return alternation(union(lex.CREDIT_BY))


AGENCY_KEYS = frozenset(collapse(a).casefold() for a in lex.AGENCIES)
"""Every listed agency, casefolded."""
ROLE_KEYS = frozenset(w.casefold() for w in lex.ROLE_WORDS)
"""Every role word, casefolded."""
PARTICLES = frozenset(w.casefold() for w in lex.NAME_PARTICLES)
"""Lower-case words that may stand inside names ("de", "van", "for", "via")."""
NAME_WORD = regex.compile(r"[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-&]*|\p{Ll}{1,3}\p{Lu}[\p{L}]*")
"""A word that can be part of a name: capitalised, or "iFixit"-like."""

_ORG_KEYS = frozenset(w.casefold() for w in lex.ORGANISATION_WORDS)
_AGENCY_SPELLINGS = frozenset(collapse(a) for a in lex.AGENCIES)
_BY_START = regex.compile(rf"(?:{by_phrases()})(?::)?\s+", regex.IGNORECASE)
_AP_STYLE = regex.compile(
    r"(?P<agency>AP|AP\s+Photo|AP\s+Foto)\s*/\s*(?P<rest>.+)", regex.IGNORECASE
)
_SEGMENT_SEP = regex.compile(
    r"\s*/\s*|\s+\|\s+|\s+[-–—]\s+|\s+(?=via\s)|\s+for\s+|\s*\((?=[^)]+\)\s*$)"
)
_PHOTO_SUFFIX = regex.compile(r"\s+(?:Photo|Foto|Photos|Fotos)$", regex.IGNORECASE)
_HYPHEN_AGENCY = regex.compile(r"(?<=\p{L})-(?=USA\s+TODAY)")
"""USA TODAY Sports' "NAME-USA TODAY Sports": the hyphen joins photographer and agency."""
_VIA_LEAD = regex.compile(r"^via\s+")
_VIA = regex.compile(r"via\s")
_ROLE_SUFFIX = regex.compile(r"\s+(?i:file|pool|handout)$")
_BARE_PHOTO = regex.compile(r"(?:Photo|Foto|PHOTO|FOTO)\s+(?=\p{Lu}\p{L}*\s+\p{Lu})")
"""AFP's French "Photo NAME / AFP": the word "Photo" before a name."""
_PROVIDED = regex.compile(
    r"(?i:(?:photo|foto)\s+(?:provided|cedida)\s+(?:to|by|por)|provided\s+to)\s+"
)


def _core_words(segment: str) -> list[str]:
    """The words of a segment without leading "via"/"for"/"the"/"Photo" or trailing role words."""
    words = collapse(segment).split(" ")
    while len(words) > 1 and words[0].casefold() in {"via", "for", "the", "photo", "foto"}:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in ROLE_KEYS | {"photo", "foto"}:
        words = words[:-1]
    return words


def is_known_agency(segment: str) -> bool:
    """Return whether *segment* names a listed picture agency or publisher.

    Rule: the segment (without a leading "via"/"for" or a trailing "Photo",
    "file" or role word) is in the agency lexicon, or ends with a listed
    agency after at most five other words ("Kent Nishimura via Getty Images",
    "Universal Images Group via Getty Images").
    """
    words = _core_words(segment)
    if not words:
        return False
    if _listed(" ".join(words)):
        return True
    return len(words) <= 7 and any(_listed(" ".join(words[i:])) for i in range(1, len(words)))


def _listed(name: str) -> bool:
    """Whether *name* is a listed agency written as listed, in capitals or in lower case."""
    if name.casefold() not in AGENCY_KEYS:
        return False
    return name in _AGENCY_SPELLINGS or name in {name.upper(), name.lower()}


def is_agency(segment: str) -> bool:
    """Return whether *segment* names an agency, publisher or other organisation.

    Rule: a listed agency (:func:`is_known_agency`), a segment with "via" in
    it, or one whose last word marks an organisation ("Hindustan Times").
    """
    words = _core_words(segment)
    if not words:
        return False
    if is_known_agency(segment) or "via" in (w.casefold() for w in words):
        return True
    return len(words) > 1 and words[-1].casefold() in _ORG_KEYS


def is_role(segment: str) -> bool:
    """Rule: a role word ("Pool", "Handout", "File Photo") or a bare "Photo"."""
    words = collapse(segment).split(" ")
    if len(words) > 1 and words[-1].casefold() in {"photo", "foto", "photos", "fotos"}:
        words = words[:-1]
    return " ".join(words).casefold() in ROLE_KEYS | {"photo", "foto"}


def is_person(segment: str) -> bool:
    """Rule: two to five capitalised words or initials (name particles allowed), no digits."""
    words = collapse(segment).split(" ")
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in segment):
        return False
    if any(w.casefold() in _ORG_KEYS for w in words):
        return False
    return all(NAME_WORD.fullmatch(w) or w.casefold() in PARTICLES for w in words)


def segments(text: str) -> list[tuple[int, int]]:
    """Split a credit into (start, end) segments at "/", "|", spaced dashes, "via", "for"."""
    out: list[tuple[int, int]] = []
    pos = 0
    for sep in _SEGMENT_SEP.finditer(text):
        if sep.start() > pos:
            out.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        out.append((pos, len(text)))
    trimmed = [trim(text, s, e, brackets=True) for s, e in out]
    return [(s, e) for s, e in trimmed if e > s]


def split_credit(text: str) -> Credit:
    """Split a credit line into photographer and agency.

    Rule: "AP Photo/NAME" names AP and NAME; otherwise the credit (after any
    "Photo by") is cut into segments at "/", "|", spaced dashes, "via" and
    "for"; the first person-like segment is the photographer, role words
    ("Pool", "Handout", "File") are nobody, and the agency is the part as
    written after the photographer -- or before it, when the photographer
    comes last or only a "via ..." follows ("Xinhua/NAME via Getty Images") --
    without role words, a leading "via" and a trailing "Photo" or "file".

    Args:
        text: the credit as written, without brackets or labels.

    Returns:
        The :class:`~newsdoc.model.Credit` (its ``text`` is *text* collapsed).
    """
    credit_text = collapse(text)
    body = _BY_START.sub("", credit_text, count=1)
    body = _PROVIDED.sub("", body, count=1)
    body = _BARE_PHOTO.sub("", body, count=1)
    body = _HYPHEN_AGENCY.sub(" - ", body)
    ap = _AP_STYLE.fullmatch(body)
    if ap:
        rest = ap.group("rest").split(",")[0].strip()
        who = rest if is_person(rest) and not is_role(rest) else None
        return Credit(text=credit_text, photographer=who, agency="AP")
    segs = segments(body)
    kinds = [_kind(body[s:e]) for s, e in segs]
    photographer: str | None = None
    agency: str | None = None
    if "person" in kinds:
        i = kinds.index("person")
        photographer = body[segs[i][0] : segs[i][1]]
        after = [j for j in range(i + 1, len(segs)) if kinds[j] != "role"]
        before = [j for j in range(i) if kinds[j] != "role"]
        redistributed = bool(after) and _VIA.match(body, segs[after[0]][0]) is not None
        chosen = before if before and (redistributed or not after) else after
        if chosen:
            agency = body[segs[chosen[0]][0] : segs[chosen[-1]][1]]
    else:
        kept = [j for j in range(len(segs)) if kinds[j] != "role"]
        if kept:
            agency = body[segs[kept[0]][0] : segs[kept[-1]][1]]
    if agency is not None:
        agency = _ROLE_SUFFIX.sub("", _PHOTO_SUFFIX.sub("", _VIA_LEAD.sub("", agency))).strip()
        agency = agency or None
    return Credit(text=credit_text, photographer=photographer, agency=agency)


def _kind(segment: str) -> str:
    """Classify a credit segment: ``role``, ``agency``, ``person`` or ``other``."""
    if is_role(segment):
        return "role"
    if is_agency(segment):
        return "agency"
    if is_person(segment):
        return "person"
    return "other"
