"""Picture credits: find the credit that ends (or opens) a caption and split it.

A credit is recognised by one of these rules, tried in order on the end of a
caption (:data:`TAIL_RECOGNISERS`):

1. a bracketed credit, ``(Photo by NAME/Getty Images)``, ``(AP Photo/NAME)``,
   ``(Image: Getty)``, ``(AA Photo)``, ``( NAME - Anadolu Agency )``, possibly
   after a short name (``NAME (REUTERS)``);
2. a label ending in a colon, ``Photo: NAME/AFP``, ``Foto: ...``, ``Credit: ...``,
   and the New York Times' glued ``Credit...NAME``;
3. a copyright sign, ``© NAME/AFP``;
4. a "by" phrase, ``Photo by NAME/UPI``;
5. a chain of names and agencies joined by ``/``, ``|`` or a spaced dash,
   ``REUTERS/NAME``, ``EPA-EFE/NAME``, ``NAME / Anadolu Agency``, ``NAME | EFE``.

The credit's text is as written, without enclosing brackets, leading labels,
a leading ``©`` or the separator before it; "Photo by" stays.
:func:`~newsdoc._parser.credit_names.split_credit` then names the
photographer and the agency.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser._text import collapse, cut_at_spaces, trim
from newsdoc._parser.credit_names import (
    AGENCY_KEYS,
    FOLD_SURPRISES,
    NAME_WORD,
    PARTICLES,
    ROLE_KEYS,
    alternation,
    by_phrases,
    is_agency,
    is_known_agency,
    is_person,
    is_role,
    segments,
    split_credit,
    trie,
    union,
)
from newsdoc.model import Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from newsdoc.model import Credit

__all__ = [
    "BRACKET_CREDIT_CUES",
    "CREDIT_CUES",
    "FOLDED_CREDIT_CUES",
    "FOLDED_CREDIT_GATES",
    "FOLDED_CREDIT_LABELS",
    "GLUED_AGENCY_CUES",
    "TAIL_RECOGNISERS",
    "CreditMatch",
    "bracketed",
    "bracketed_then_remark",
    "chain",
    "copyright_sign",
    "find_credit",
    "find_leading_credit",
    "labelled",
    "may_fold_to_credit_cue",
    "may_name_small_agency",
    "names_small_agency_near",
    "photo_by",
    "small_agency_spots",
]

_TAIL = 260
"""How far back from the end of a caption a credit may start."""


@attrs.frozen(kw_only=True)
class CreditMatch:
    """A credit found in a caption."""

    raw: str
    """The credit as written (the text at :attr:`span`)."""
    span: Span
    """Where the credit text stands (no brackets, label or separator)."""
    outer: Span
    """Everything the credit takes from the caption: brackets, label, separator."""
    strong: bool
    """Whether the credit alone shows that its block is a caption."""

    @property
    def credit(self) -> Credit:
        """The credit, photographer and agency split out (split when asked for)."""
        return split_credit(self.raw)


_LABELS = alternation(union(lex.CREDIT_LABELS))
_BY = by_phrases()

_BARE = alternation(lex.BARE_CREDIT_LABELS)
_LABEL_UNIT = rf"(?i:{_LABELS})\s*(?::|\.\.\.|…)\s*"

_LABEL = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}])|(?<=[\p{{Ll}}\p{{N}}.,;:!?)\]”\"]))"
    rf"(?:(?:Credit)?(?:{_LABEL_UNIT})+|(?i:{_BARE})\s+)"
    r"|(?<=[\p{Ll}\p{N}.,;!?)\]”\"])Credit(?=\p{Lu})"
)
"""A credit label ("Photo:", "Foto:", "Credit...", "Credit: Photo:", "Image
copyright"), or the NYT's "Credit" glued to the credit ("...2017CreditJane Doe")."""

_LABEL_START = regex.compile(rf"\s*(?:(?:{_LABEL_UNIT})+|(?i:{_BARE})\s+)")
_BY_PHRASE = regex.compile(rf"(?<![\p{{L}}])(?:{_BY})(?::)?\s+(?=\S)")
_BY_START = regex.compile(rf"(?:{_BY})(?::)?\s+", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?…:;|/—–\-)\]”\"'’»]$")
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}?\.")
_GLUE = regex.compile(r"\p{Ll}{3,}(?=\p{Lu})|[.,;:!?)\]”\"](?=\p{Lu})")
_TRAILING_DOT = regex.compile(r"[\s.]+$")
_WORD = regex.compile(r"[^\s/|]+|/|\|")
_SIGN = regex.compile(r"©\s*")
_SENTENCE_THEN_LOWER = regex.compile(r"[.!?]\s+\p{Ll}")
_SENTENCE_THEN_WORD = regex.compile(r"[.!?]\s+\S")
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}")
"""A sentence end followed by an ordinary sentence: the text after a label is no credit."""
_TWO_LETTERS = regex.compile(r"\p{L}{2}")
_PLURAL_LABEL = regex.compile(r"(?i:photos|pictures|images|fotos|videos)\b")
_JOIN = regex.compile(r"\s*/\s*|\s+\|\s+|\s+[-–—]\s+")
"""What joins the parts of a credit: "/", "|" or a spaced dash."""
_BYLINE_LEAD = regex.compile(r"(?i:by|por|von|par)\s")
_NON_SPACE = regex.compile(r"\S+")
_SEPARATOR_BEFORE = regex.compile(r"[|/—–\-·•]\s*$")
_SIGN_BEFORE = regex.compile(r"©\s*$")


# ---------------------------------------------------------------- cues
def _agency_spellings() -> set[str]:
    """Every spelling of a listed agency that counts: as listed, in capitals, in lower case."""
    spellings = set()
    for agency in lex.AGENCIES:
        name = collapse(agency)
        spellings.update({name, name.upper(), name.lower()})
    return spellings


_UPPER_OR_DIGIT = "[A-ZÀ-ÖØ-Þ0-9]"
_LETTER = r"[^\W\d_]"
_SMALL_LETTER = "[a-zß-öø-ÿ]"


def _spellings_by_case() -> tuple[list[str], list[str]]:
    """The agency spellings that start with a capital, and the others."""
    spellings = sorted(_agency_spellings())
    return [s for s in spellings if s[:1].isupper()], [s for s in spellings if not s[:1].isupper()]


_CAPITAL_SPELLINGS, _OTHER_SPELLINGS = _spellings_by_case()

CREDIT_CUES = trie(_CAPITAL_SPELLINGS, before=_UPPER_OR_DIGIT)
"""``re`` source: a listed agency written with a capital first, as
:func:`is_known_agency` accepts it (:func:`may_name_small_agency` looks for
the others).

A credit segment starts after a separator, a bracket, whitespace or
punctuation, or is glued to the description after small letters
("...BédarEFE/NAME"), never after a capital or a digit."""

_SMALL_RUN = re.compile(rf"(?<!{_LETTER}){_SMALL_LETTER}+")
"""A run of small letters that does not follow a letter."""


def _key_run(spelling: str) -> str:
    """The longest run of small letters of *spelling* that does not follow a letter."""
    runs: list[str] = _SMALL_RUN.findall(spelling)
    return max(runs, key=len)


_SMALL_KEYS = frozenset(_key_run(s) for s in _OTHER_SPELLINGS)
_SMALL_SPELLINGS = re.compile(f"(?:{trie(_OTHER_SPELLINGS, before=_LETTER)})(?!{_SMALL_LETTER})")


_ASCII_SMALL = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))
"""A byte table that keeps the letters a-z and blanks every other byte."""


def _ascii_fragment(key: str) -> bytes | None:
    """The longest run of the letters a-z in *key*, as bytes (``None`` if it has none)."""
    fragments = re.findall("[a-z]+", key)
    return max(fragments, key=len).encode() if fragments else None


_SMALL_FRAGMENTS = frozenset(_ascii_fragment(k) for k in _SMALL_KEYS)
"""The a-z part of each agency's key run (``None`` among them if a key has no such part)."""


def _small_fragments_in(piece: bytes) -> set[bytes | None]:
    """The listed a-z fragments among the words of *piece* (a-z and blanks only)."""
    found: set[bytes | None] = set()
    for part in cut_at_spaces(piece):
        found.update(_SMALL_FRAGMENTS.intersection(part.split()))
    return found


def may_name_small_agency(piece: str) -> bool:
    """Return whether *piece* may hold a listed agency written in small letters.

    Rule: such a spelling follows no letter and ends before anything but a
    small letter (see :data:`GLUED_AGENCY_CUES` for that case), so each of
    its runs of small letters stands as a whole run in *piece*, and the
    longest stretch of the letters a-z of its longest run stands in the
    UTF-8 bytes of *piece* between bytes that are not a-z (every other
    letter is one or more such bytes). Those stretches are looked up first,
    as words of the bytes with every other byte blanked; the spelling itself
    only then.

    Args:
        piece: the text of one block.

    Returns:
        Whether a listed agency in small letters stands in *piece*.
    """
    if None not in _SMALL_FRAGMENTS:
        data = piece.encode("utf-8", "surrogatepass").translate(_ASCII_SMALL)
        if not _small_fragments_in(data):
            return False
    return _SMALL_SPELLINGS.search(piece) is not None


def small_agency_spots(text: str, blocks: Sequence[Span]) -> list[int] | None:
    """Where a listed agency written in small letters may stand in *blocks* of *text*.

    Rule: as in :func:`may_name_small_agency`, the a-z stretch of a key run
    of the spelling stands as a word between bytes that are not a-z; here the
    text is taken one byte per character (any other character is one blank),
    so the words found keep their offsets. Every listed spelling in small
    letters holds one of the offsets returned. The blocks are read as one
    range (they stand on lines of their own: a line break, a blank, stands
    between any two), whose words are listed a slice at a time.

    Args:
        text: the full text.
        blocks: the spans of the blocks, in order, not overlapping.

    Returns:
        The offsets where such a stretch starts, or ``None`` when any place may hold one.
    """
    if None in _SMALL_FRAGMENTS:
        return None
    if not blocks:
        return []
    lo = blocks[0].start
    data = text[lo : blocks[-1].end].encode("latin-1", "replace").translate(_ASCII_SMALL)
    padded = b" " + data + b" "
    spots: list[int] = []
    for fragment in _small_fragments_in(data):
        needle = b" " + fragment + b" "  # type: ignore[operator]  # None is not among them
        at = padded.find(needle)
        while at >= 0:
            spots.append(lo + at)
            at = padded.find(needle, at + 1)
    return spots


_SPELLING_REACH = max(len(s) for s in _OTHER_SPELLINGS)
_SPELLING_BACK = regex.compile(rf"(?r)(?:[^\s\x1c-\x1f][\s\x1c-\x1f]*){{0,{_SPELLING_REACH}}}")
_SPELLING_AHEAD = regex.compile(rf"(?:[^\s\x1c-\x1f][\s\x1c-\x1f]*){{0,{_SPELLING_REACH}}}")
"""As many characters as a spelling may reach before or after a place (white space aside)."""


def names_small_agency_near(text: str, spot: int, start: int, end: int) -> bool:
    """Return whether a small-letter agency may stand around *spot* in ``text[start:end]``.

    Rule: a spelling that holds *spot* (a place :func:`small_agency_spots`
    gives) has at most as many characters before and after it as the
    longest spelling, white space aside; it is looked for there alone.

    Args:
        text: the full text.
        spot: a place in the block.
        start: where the block starts.
        end: where it ends.

    Returns:
        ``False`` when no listed spelling in small letters holds *spot*.
    """
    back = _SPELLING_BACK.match(text, start, spot)
    ahead = _SPELLING_AHEAD.match(text, spot, end)
    low = back.start() if back is not None else start
    high = ahead.end() if ahead is not None else end
    return _SMALL_SPELLINGS.search(text, low, high) is not None


GLUED_AGENCY_CUES = re.compile(f"(?:{trie(_OTHER_SPELLINGS, before=_LETTER)}){_SMALL_LETTER}")
"""A listed agency in small letters glued to a following small letter ("apple"):
a credit only if the caption's end is cut right after it (by page furniture)."""


def _phrases(phrases: Iterable[str]) -> str:
    """The ``re`` source of *phrases*, case-folded, without a closing colon."""
    return trie({p.rstrip(": ").casefold() for p in phrases})


FOLDED_CREDIT_LABELS = _phrases(union(lex.CREDIT_LABELS))
"""``re`` source: a credit label, case-folded, without its colon."""
FOLDED_CREDIT_CUES = (
    rf"©|credit|(?:{FOLDED_CREDIT_LABELS})\s*(?::|\.\.\.|…)"
    rf"|{_phrases((*lex.BARE_CREDIT_LABELS, *union(lex.CREDIT_BY), *lex.BRACKET_CREDIT_LEADS))}"
)
"""``re`` source, searched in case-folded text: "©", "credit", a credit label
with its colon, a bare label, a "by" phrase or a bracket lead (labels may be
glued to the text before them)."""

_LABEL_CUE = re.compile(FOLDED_CREDIT_CUES)
FOLDED_CREDIT_GATES = (
    *("©", "credit", ":", "…", "..."),
    *("oto", "image", "picture", "courtes", "cortes", "bild", "provided"),
)
"""What every match of :data:`FOLDED_CREDIT_CUES` holds: "©", "credit", a
label's colon or ellipsis, or a word of every bare label, "by" phrase and
bracket lead ("photo", "foto", "image", "picture", "courtesy", "cortesía",
"bild", "provided")."""


def may_fold_to_credit_cue(folded: str) -> bool:
    """Return whether case-folded text may hold a :data:`FOLDED_CREDIT_CUES` match (a fast test).

    Args:
        folded: a case-folded piece of text.

    Returns:
        ``False`` when no match can stand in *folded*.
    """
    return any(gate in folded for gate in FOLDED_CREDIT_GATES)


BRACKET_CREDIT_CUES = re.compile(
    trie({*(w.casefold() for w in lex.ORGANISATION_WORDS), "photo", "foto"}, before=r"\S")
    + "|"
    + trie(["via"], before=_LETTER)
)
"""Searched in case-folded text: what a bracketed credit needs besides a listed
agency -- an organisation word after another word or "via" (see
:func:`~newsdoc._parser.credit_names.is_agency`), or an agency's "X Photo"."""


# ---------------------------------------------------------------- recognisers


def _make(
    text: str, start: int, end: int, outer: tuple[int, int], *, strong: bool
) -> CreditMatch | None:
    """Build a match for the credit at ``[start, end)`` (trimmed, without a final period)."""
    start, end = trim(text, start, end)
    end = (
        start + len(_TRAILING_DOT.sub("", text[start:end]))
        if not _INITIAL_END.search(text[start:end])
        else end
    )
    start, end = trim(text, start, end, brackets=False)
    if end <= start:
        return None
    raw = text[start:end]
    if not any(ch.isalnum() for ch in raw):
        return None
    return CreditMatch(
        raw=raw,
        span=Span(start=start, end=end),
        outer=Span(start=min(outer[0], start), end=max(outer[1], end)),
        strong=strong,
    )


_INITIAL_END = regex.compile(r"(?<![\p{L}])\p{Lu}\.$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp)\.$")
_INITIAL_REACH = 7
"""How many characters at the end of a text :data:`_INITIAL_END` reads (its
longest match, "Corp.", and the character before it)."""


def _ends_with_initial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an initial or an abbreviation ("J.", "Inc.")."""
    return _INITIAL_END.search(text[max(start, end - _INITIAL_REACH) : end]) is not None


def _bracket_open(text: str, start: int, close: int) -> int | None:
    """Return the index of the bracket opening the one at *close* (bounded scan)."""
    pair = {")": "(", "]": "["}[text[close]]
    depth = 0
    for i in range(close, max(start, close - _TAIL) - 1, -1):
        ch = text[i]
        if ch == text[close]:
            depth += 1
        elif ch == pair:
            depth -= 1
            if depth == 0:
                return i
    return None


def _closing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return ``(opening, end)`` of a bracket closing the range (a final "." allowed)."""
    s, e = trim(text, start, end)
    if e > s and text[e - 1] == ".":
        s, e = trim(text, s, e - 1)
    if e <= s or text[e - 1] not in ")]":
        return None
    opening = _bracket_open(text, s, e - 1)
    return None if opening is None else (opening, e)


def _bracketed(text: str, start: int, end: int) -> CreditMatch | None:  # noqa: PLR0911 (one exit per rule)
    """Rule 1: a bracket closing the caption whose content is a credit.

    "(Photo by NAME/Getty Images)", "(AP Photo/NAME)", "(Image: Getty)",
    "(AA Photo)", "(AFP)"; a short name right after a sentence end joins it:
    "NAME (REUTERS)".
    """
    bracket = _closing_bracket(text, start, end)
    if bracket is None:
        return None
    opening, e = bracket
    inner_s, inner_e = trim(text, opening + 1, e - 1)
    inner = text[inner_s:inner_e]
    label = _LABEL_START.match(inner) or _COPYRIGHT_START.match(inner)
    if label:
        inner_s += label.end()
        sign = _SIGN.match(text, inner_s, inner_e)
        if sign is not None:
            inner_s = sign.end()
        return _make(text, inner_s, inner_e, (opening, e), strong=True)
    agency_photo = _AGENCY_PHOTO.fullmatch(inner) is not None and not is_role(inner)
    if _BY_START.match(inner) or _BRACKET_LEAD.match(inner) or agency_photo:
        return _make(text, inner_s, inner_e, (opening, e), strong=True)
    if not _credit_shaped(inner):
        return None
    segs = [inner[a:b] for a, b in segments(inner)]
    if len(segs) == 1 and is_agency(segs[0]) and not _has_slash(inner):
        named = _name_before(text, start, opening)
        if named is not None:
            return _make(text, named, e, (named, e), strong=True)
    strength = _bracket_strength(inner, segs, boundary=_boundary_before(text, start, opening))
    if strength is None:
        return None
    return _make(text, inner_s, inner_e, (opening, e), strong=strength)


def _bracket_strength(inner: str, segs: list[str], *, boundary: bool) -> bool | None:
    """Whether bracketed text is a credit: strong, weak, or ``None`` (not one).

    Rule: strong with a listed agency, or with "/" between a person and an
    organisation; weak with any organisation, or a lone person's name after a
    sentence end ("... (Jane Roe)").
    """
    if any(is_known_agency(g) for g in segs) or (
        _has_slash(inner) and any(is_agency(g) for g in segs) and any(is_person(g) for g in segs)
    ):
        return True
    if any(is_agency(g) for g in segs) or (is_person(inner) and boundary):
        return False
    return None


_BRACKET_LEAD = regex.compile(
    "(?:" + "|".join(regex.escape(w) for w in lex.BRACKET_CREDIT_LEADS) + r")\s*\S",
    regex.IGNORECASE,
)
_FOR_ORGANISATION = regex.compile(r"\S+(?:\s+\S+){0,3}\s+for\s+\S+(?:\s+\S+){0,4}")
"""A photographer working for a publication: "NAME for Quanta Magazine"."""
_AGENCY_PHOTO = regex.compile(r"\p{Lu}[\p{L}]{1,15}\s+(?:Photo|Foto|PHOTO|FOTO)")
"""Turkish and other agencies' "(DHA Photo)", "(Sabah Photo)", "(AFP Photo)"."""
_COPYRIGHT_START = regex.compile(r"©\s*(?:(?:" + _LABELS + r")\s*:\s*)?", regex.IGNORECASE)


def _has_slash(inner: str) -> bool:
    return "/" in inner


def _credit_shaped(inner: str) -> bool:
    """Rule: no digits-only parts, no sentence inside, at most 12 words."""
    words = inner.split()
    if not words or len(words) > 12:
        return False
    if _SENTENCE_THEN_LOWER.search(inner):
        return False
    return bool(_TWO_LETTERS.search(inner))


def _name_before(text: str, start: int, opening: int) -> int | None:
    """Return where a 2-4 word name right before *opening* starts, after a sentence end."""
    m = regex.search(
        r"(?:[\p{Lu}][\p{L}'’.\-]*\s+){1,3}[\p{Lu}][\p{L}'’.\-]*\s*$",
        text[max(start, opening - 80) : opening],
    )
    if m is None:
        return None
    begin = max(start, opening - 80) + m.start()
    if not is_person(text[begin:opening]) or not _boundary_before(text, start, begin):
        return None
    return begin


def _boundary_before(text: str, start: int, pos: int) -> bool:
    """Whether *pos* starts the range or follows a sentence end or separator."""
    if pos <= start or (text[start].isspace() and not text[start:pos].strip()):
        return True
    head = text[max(start, pos - 3) : pos].rstrip()
    return bool(_SENTENCE_END.search(head)) and not _INITIAL_END.search(
        text[max(start, pos - 6) : pos].rstrip()
    )


def _labelled(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 2: the last credit label ("Photo:", "Credit...", "Foto:") and what follows it."""
    lo = max(start, end - _TAIL)
    window = text[lo:end]
    if FOLD_SURPRISES.search(window) is None:
        folded = window.casefold()
        if not may_fold_to_credit_cue(folded) or _LABEL_CUE.search(folded) is None:
            return None
    last = None
    for m in _LABEL.finditer(text, lo, end):
        if m.group(0)[:1].isupper():
            last = m
    if last is None:
        return None
    rest_s, rest_e = trim(text, last.end(), end)
    sign = _SIGN.match(text, rest_s, rest_e)
    if sign is not None:
        rest_s = sign.end()
    rest = text[rest_s:rest_e]
    if rest_e <= rest_s or len(rest.split()) > 16 or _NOTICE.search(rest):
        return None
    if _SENTENCE_INSIDE.search(text, rest_s, rest_e):
        return None
    if not _balanced(text[rest_s:rest_e]):
        return None
    begin = _with_mark_before(text, start, _with_separator_before(text, start, last.start()))
    plural = _PLURAL_LABEL.match(last.group(0)) is not None
    strong = not plural or "/" in rest or any(is_known_agency(g) for g in _segment_texts(rest))
    return _make(text, rest_s, rest_e, (begin, end), strong=strong)


def _with_separator_before(text: str, start: int, begin: int) -> int:
    """Move *begin* back over a separator right before it ("| ", "/ ", "— ")."""
    sep = _SEPARATOR_BEFORE.search(text, max(start, begin - 3), begin)
    return sep.start() if sep is not None else begin


def _with_mark_before(text: str, start: int, begin: int) -> int:
    """Move *begin* back over a "©" right before it ("© Photograph: ...")."""
    sign = _SIGN_BEFORE.search(text, max(start, begin - 3), begin)
    return sign.start() if sign is not None else begin


def _segment_texts(credit: str) -> list[str]:
    return [credit[a:b] for a, b in segments(credit)]


def _balanced(piece: str) -> bool:
    """Whether every closing bracket in *piece* is opened inside it."""
    depth = 0
    for ch in piece:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return True


def _bracketed_then_remark(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 1b: a strong bracketed credit followed by a short remark of the site's.

    "... (Photo by NAME/Getty Images) Jane Doe on left." -- the remark (at
    most eight words) is dropped with the credit so the description stays one
    contiguous span.
    """
    s, e = trim(text, start, end)
    close = max(text.rfind(")", s, e), text.rfind("]", s, e))
    if close < 0 or len(text[close + 1 : e].split()) > 8 or not text[close + 1 : e].strip():
        return None
    if _SENTENCE_THEN_WORD.search(text[close + 1 : e].rstrip(".!? ")):
        return None
    found = _bracketed(text, s, close + 1)
    if found is None or not found.strong:
        return None
    return attrs.evolve(found, outer=Span(start=found.outer.start, end=e))


def _copyright(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 3: the last "©" near the end and the credit after it ("© NAME/AFP")."""
    lo = max(start, end - _TAIL)
    pos = text.rfind("©", lo, end)
    if pos < 0:
        return None
    rest = _COPYRIGHT_START.match(text, pos, end)
    rest_s = rest.end() if rest else pos + 1
    rest_s, rest_e = trim(text, rest_s, end)
    if rest_e <= rest_s or len(text[rest_s:rest_e].split()) > 10:
        return None
    if _NOTICE.search(text, rest_s, rest_e):
        return None
    return _make(text, rest_s, rest_e, (pos, end), strong=True)


_NOTICE = regex.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?i:rights\s+reserved|copyright|terms\s+of|privacy)"
    r"|\b(?:LLC|Inc|Ltd|GmbH|Pty|Corp)\b"
)
"""A site's copyright notice ("© 2019 Hearst", "All rights reserved"), not a picture credit."""


def _photo_by(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 4: the last "Photo by"/"Photograph by" phrase and what follows it."""
    lo = max(start, end - _TAIL)
    last = None
    for m in _BY_PHRASE.finditer(text, lo, end):
        last = m
    if last is None:
        return None
    rest = text[last.end() : end]
    if len(rest.split()) > 20 or _SENTENCE_INSIDE.search(rest):
        return None
    if not _balanced(rest):
        return None
    begin = _with_separator_before(text, start, last.start())
    return _make(text, last.start(), end, (begin, end), strong=True)


def _chain_tokens(text: str, start: int, lo: int, end: int) -> Iterator[tuple[int, int]]:
    """The words and separators of ``text[lo:end]``, last first, but a word the window cuts.

    The window starts *lo* after the caption's *start*; a word it cuts is no
    credit word. The tokens are found from the end, as they are needed.
    """
    for m in _WORD_BACKWARDS.finditer(text, lo, end):
        a = m.start()
        if a == lo and lo > start and _WORD_CHAR.match(text, lo - 1, lo + 1):
            return
        yield a, m.end()


_WORD_BACKWARDS = regex.compile(r"(?r)[^\s/|]+|/|\|")
"""The tokens of :data:`_WORD`, found from the end (the same tokens: the classes do not overlap)."""
_WORD_CHAR = regex.compile(r"[^\s/|]{2}")


def _token_kind(word: str) -> str:  # noqa: PLR0911 (one exit per word class)
    """What a word of a credit chain is: a separator, a dash, a connector, a name or a stop.

    Rule: a particle connects; a role word, a listed agency, an initial or a
    capitalised word is a name; a word closed by "," or ";", an abbreviation
    and any other word stop the chain (an ASCII word in small letters is
    neither an initial nor a name word: no pattern is tried on it).
    """
    if word in {"/", "|"}:
        return "sep"
    if word in {"-", "–", "—"}:
        return "dash"
    bare = word.rstrip(",;")
    if bare != word:
        return "stop"
    folded = word.casefold()
    if folded in PARTICLES:
        return "conn"
    if folded in ROLE_KEYS or folded in AGENCY_KEYS:
        return "name"
    if word.isascii() and word.islower():
        return "stop"
    if _INITIAL.fullmatch(word):
        return "name"
    if word.endswith(".") and len(word) > 3:
        return "stop"
    if NAME_WORD.fullmatch(word):
        return "name"
    return "stop"


def _chain(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 5: names and agencies joined by "/", "|" or spaced dashes end the caption.

    "REUTERS/NAME", "EFE/EPA/NAME", "NAME / Anadolu Agency", "NAME | Bloomberg |
    Getty Images", a bare agency after a sentence end ("... Getty"). The chain
    is the run of name words, particles and separators that ends the caption;
    a word glued to the description ("...BédarEmergencias Andalucía/EFE")
    starts it. See :func:`_judge_chain` for where it starts otherwise.
    """
    s, e = trim(text, start, end)
    if e > s and text[e - 1] == "." and not _ends_with_initial(text, s, e):
        e -= 1
    lo = max(s, e - _TAIL)
    begin: int | None = None
    glued = False
    after: int | None = None  # where the last token read that is no stop word starts
    for a, b in _chain_tokens(text, s, lo, e):
        word = text[a:b]
        kind = _token_kind(word)
        glue = (
            None
            if word[1:].islower() or _INITIAL.fullmatch(word) or _starts_line(text, s, a)
            else _last_glue(word)
        )
        if glue is not None and glue < len(word):
            begin, glued = a + glue, True
            break
        if kind == "stop":
            break
        after = a
    if begin is None:
        if after is None:
            return None
        begin = after
    left = _LEFT_EDGE.match(text, begin, e)
    if left is not None:
        begin = left.end()
    if begin >= e:
        return None
    boundary = glued or _boundary_before(text, s, begin)
    return _judge_chain(text, s, begin, e, boundary=boundary)


_LEFT_EDGE = regex.compile(
    r"(?:(?:[/|\-–—]|(?:"
    + "|".join(regex.escape(c) for c in sorted(PARTICLES, key=len, reverse=True))
    + r")(?=\s))\s*){1,20}"
)
"""Separators and particles that cannot open a credit chain."""


def _starts_line(text: str, start: int, pos: int) -> bool:
    """Whether *pos* opens the range, a line, or a sentence (then a word is no glued credit)."""
    before = text[max(start, pos - 3) : pos]
    return pos <= start or "\n" in before or _boundary_before(text, start, pos)


def _last_glue(word: str) -> int | None:
    """Offset in *word* where a credit glued to the description starts ("BédarEmergencias")."""
    if word[1:].islower():  # no capital after the first letter: nothing is glued
        return None
    found = None
    for m in _GLUE.finditer(word):
        found = m.end()
    return found


def _judge_chain(
    text: str, start: int, begin: int, end: int, *, boundary: bool
) -> CreditMatch | None:
    """Decide whether the chain ``[begin, end)`` is a credit, and where it starts."""
    body = text[begin:end]
    seps = list(_JOIN.finditer(body))
    segs = segments(body)
    if not segs:
        return None
    if not boundary and seps:
        first_sep = seps[0]
        spaced = first_sep.group(0).strip() != first_sep.group(0)
        lead = body[: first_sep.start()]
        if spaced or "|" in first_sep.group(0):
            begin += first_sep.end()
            boundary = True
        else:
            begin += _same_case_tail(lead)
        body = text[begin:end]
        segs = segments(body)
        if not segs:
            return None
    texts = [body[a:b] for a, b in segs]
    strength = _chain_strength(
        body, texts, boundary=boundary, at_start=not text[start:begin].strip()
    )
    if strength is None:
        return None
    strong = strength
    outer_begin = _with_separator_before(text, start, begin)
    return _make(text, begin, end, (outer_begin, end), strong=strong)


def _chain_strength(  # noqa: PLR0911 (one exit per rule)
    body: str, texts: list[str], *, boundary: bool, at_start: bool
) -> bool | None:
    """Whether a chain is a credit: ``True`` (strong), ``False`` (weak) or ``None`` (not one).

    Rule: names joined by "/" are a credit after a sentence end (strong with a
    listed agency or a person in them); names joined by "|" or a spaced dash
    are one when a segment is an agency (strong when it is a listed one); a
    lone listed agency is a credit after a sentence end (strong when the
    sentence is on the same line); "NAME for ORGANISATION" and a capitalised
    name after a sentence end are weak; a line opening with "By" is a byline.
    """
    if _BYLINE_LEAD.match(body):
        return None
    joined = len(texts) > 1 and bool(_JOIN.search(body))
    if not joined:
        if is_known_agency(body) and boundary:
            return not at_start
        if boundary and not at_start and body.isupper() and is_person(body):
            return False
        if boundary and _FOR_ORGANISATION.fullmatch(body) and is_agency(texts[-1]):
            return False
        return None
    if any(len(t.split()) > 5 for t in texts):
        return None
    if any(is_known_agency(t) for t in texts):
        return True
    organisation = any(is_agency(t) for t in texts)
    person = any(is_person(t) for t in texts)
    if "/" in body and (organisation or person or any(is_role(t) for t in texts)):
        return False if boundary or organisation else None
    if organisation and boundary:
        return False
    return None


def _same_case_tail(lead: str) -> int:
    """Offset in *lead* where its last one to three words of one letter case begin."""
    words = list(_NON_SPACE.finditer(lead))
    if not words:
        return len(lead)
    upper = words[-1].group(0).isupper()
    keep = 0
    for w in reversed(words):
        token = w.group(0)
        if keep >= 3 or token.isupper() != upper or _token_kind(token) != "name":
            break
        keep += 1
    if keep == 0:
        return len(lead)
    return words[len(words) - keep].start()


bracketed = _bracketed
labelled = _labelled
copyright_sign = _copyright
photo_by = _photo_by
chain = _chain
bracketed_then_remark = _bracketed_then_remark

TAIL_RECOGNISERS: tuple[Callable[[str, int, int], CreditMatch | None], ...] = (
    _bracketed,
    _labelled,
    _copyright,
    _photo_by,
    _chain,
    _bracketed_then_remark,
)
"""The credit rules tried on the end of a caption, in order."""


def find_credit(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    rules: Sequence[Callable[[str, int, int], CreditMatch | None]] = TAIL_RECOGNISERS,
) -> CreditMatch | None:
    """Return the credit that ends ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the caption starts.
        end: where it ends (default: the end of *text*).
        rules: the rules to try, in order (default: all of :data:`TAIL_RECOGNISERS`;
            a caller that knows some cannot hold may leave them out).

    Returns:
        The first match of *rules*, or ``None``.
    """
    stop = len(text) if end is None else end
    for recognise in rules:
        found = recognise(text, start, stop)
        if found is not None:
            return found
    return None


_LEADING = regex.compile(
    rf"\s*(?:©\s*(?:(?:{_LABELS})\s*:\s*)?|(?:{_LABELS})\s*(?::|\.\.\.|…)\s*|(?:{_BARE})\s+)",
    regex.IGNORECASE,
)


def find_leading_credit(text: str, start: int = 0, end: int | None = None) -> CreditMatch | None:
    """Return a credit that opens ``text[start:end]`` ("© NAME Description...").

    Rule: a "©" or a credit label, then either the rest of its line (when
    another line follows) or a run of two to four capitalised words, without
    the last one when a lower-case word follows (that word opens the description).

    Args:
        text: the full text.
        start: where the caption starts.
        end: where it ends (default: the end of *text*).

    Returns:
        The credit and its spans, or ``None``.
    """
    stop = len(text) if end is None else end
    lead = _LEADING.match(text, start, stop)
    if lead is None or lead.end() == lead.start():
        return None
    line_end = text.find("\n", lead.end(), stop)
    line = text[lead.end() : stop if line_end < 0 else line_end][:60]
    if _NOTICE.search(line) or any(ch.isdigit() for ch in line):
        return None
    newline = text.find("\n", lead.end(), stop)
    if newline >= 0 and text[newline:stop].strip():
        return _make(text, lead.end(), newline, (lead.start(), newline), strong=True)
    words = list(_NON_SPACE.finditer(text, lead.end(), min(stop, lead.end() + 120)))
    run = 0
    for w in words:
        if NAME_WORD.fullmatch(w.group(0)) and run < 5:
            run += 1
        else:
            break
    if run == 0:
        return None
    if run < len(words) and run >= 2:
        run -= 1
    cut = words[run - 1].end()
    return _make(text, lead.end(), cut, (lead.start(), cut), strong=True)
