"""Usage restrictions in captions: "EDITORIAL USE ONLY", "MANDATORY CREDIT", "NO SALES".

Agencies write restrictions as blocks of capitals, separated by dashes or
sentence ends and often wrapped in brackets or dashes ("(----EDITORIAL USE
ONLY - MANDATORY CREDIT "X" - NO SALES----)"). A block opens a caption (right
after its prefix) or closes it (before or after the credit). Each recogniser
here returns a :class:`RestrictionBlock` (its items and everything it takes
from the caption) or ``None``; :func:`split_restrictions` cuts a block into
one item per phrase the source separates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser._text import collapse, trim
from newsdoc._parser.credit_names import FOLD_SURPRISES, trie
from newsdoc.model import Span

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "FOLDED_RESTRICTION_CUES",
    "LEADING",
    "RESTRICTION",
    "RESTRICTION_CUES",
    "TRAILING",
    "RestrictionBlock",
    "leading_restrictions",
    "split_restrictions",
    "trailing_restrictions",
    "uppercase_share",
]


@attrs.frozen(kw_only=True)
class RestrictionBlock:
    """Restriction items found at one end of a caption."""

    items: tuple[Span, ...]
    """One span per restriction phrase, as written."""
    outer: Span
    """Everything the block takes from the caption: wrappers, separators, lead-ins."""
    credit: Span | None = None
    """The credit a restriction names, when it names one ("BYLINE MUST READ: NAME")."""


RESTRICTION = regex.compile(
    rf"(?:{'|'.join(lex.NOTICE_LEADS)})|{lex.TERRITORY_CODE}"
    rf"|(?<![\p{{L}}])(?:{'|'.join(lex.RESTRICTION_PHRASES)})(?![\p{{L}}])"
    r"|(?i:editorial\s+use\s+only)"
)
"""A known restriction phrase, an imago territorial code or a notice lead-in."""

RESTRICTION_CUES = (
    "NO",
    "OUT",
    "EDITORIAL",
    "RESTRICTED",
    "MANDATORY",
    "DISTRIBUTED",
    "THIS",
    "BYLINE",
    "ACHTUNG",
    "HANDOUT",
    "ATTENTION",
    "PUBLICATIONx",
)
"""Every rule of this module needs one of these strings, as written: each phrase
of the lexicon holds one ("NOT FOR SALE" holds "NO"), and so do the notice
lead-ins, imago codes, "XX OUT" and BACKGRID's "BYLINE MUST READ". A caption
without any of them (or :data:`FOLDED_RESTRICTION_CUES`) has no restriction."""
FOLDED_RESTRICTION_CUES = r"editorial\s+use\s+only|\*[^\W\d_]"
"""``re`` source, searched in case-folded text: the phrase matched in any case, and
a starred note's opening "*" and letter."""

_CUE = re.compile(trie(RESTRICTION_CUES))
_FOLDED_CUE = re.compile(FOLDED_RESTRICTION_CUES)
_TERRITORY_CODE = regex.compile(lex.TERRITORY_CODE)
_TERRITORY_OUT = regex.compile(
    r"\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s+OUT(?:\s+FOR\s+\d{1,3}\s+DAYS)?"
)
_LEAD = regex.compile(rf"\s*(?:{'|'.join(lex.NOTICE_LEADS)})\s*")
_ITEM_SEP = regex.compile(
    r"\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”"
    r"|\s+[-–—]+\s+|\s*-{2,}\s*|(?<=[.!])\s+(?=\p{Lu})|\s+/\s+"
)
_HANDOUT = regex.compile(r"\s*(?P<r>HANDOUT)\s*[-–—]\s+")
_NOTE = regex.compile(r"(?<!\S)\*\p{L}[^*\n]{3,240}\*\s*$")
_BYLINE_MUST = regex.compile(r"BYLINE\s+MUST\s+READ:\s*(?P<c>[^:*\n]{2,100}?)\s*$")
_MANDATORY = regex.compile(r"(?i:mandatory\s+credit)")
_SEPARATOR_BEFORE = regex.compile(r"[/\-–—(]+\s*$")
_WRAP = "-–—()[]/ \t\n"
_RUN_WINDOW = 1500
"""How far back from the end of a caption a restriction block may start."""
_UPPERCASE = 0.85
"""Share of capitals from which the rest of a caption counts as agency capitals."""


def uppercase_share(piece: str) -> float:
    """Return the share of capitals among the letters of *piece* (0 without letters)."""
    letters = [ch for ch in piece if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def _unwrap(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a range past wrappers: dashes, brackets, slashes and whitespace."""
    while start < end and text[start] in _WRAP:
        start += 1
    while end > start and text[end - 1] in _WRAP:
        end -= 1
    return start, end


def _split_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a piece where a known phrase follows another with only a space or comma between."""
    cuts: list[tuple[int, int]] = []
    pos = start
    previous_end: int | None = None
    for m in RESTRICTION.finditer(text, start, end):
        if previous_end is not None and not text[previous_end : m.start()].strip(" ,\t\n"):
            cuts.append((pos, previous_end))
            pos = m.start()
        previous_end = m.end()
    cuts.append((pos, end))
    return cuts


def split_restrictions(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Split a restriction block into one item per phrase the source separates.

    Rule: items are cut at spaced dashes, ``--``, sentence ends, spaced
    slashes and between two known phrases; ``MANDATORY CREDIT`` keeps the
    quoted credit that follows it; lead-ins ("ATTENTION EDITORS -") and
    wrappers (brackets, dashes) are dropped.

    Args:
        text: the full text.
        start: where the block starts.
        end: where it ends.

    Returns:
        The items' spans, in order.
    """
    lead = _LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _ITEM_SEP.finditer(text, start, end):
        if m.group(0)[:1] not in '"“':
            pieces.append((pos, m.start()))
            pos = m.end()
    pieces.append((pos, end))
    items: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        for cut_start, cut_end in _split_phrases(text, piece_start, piece_end):
            a, b = _unwrap(text, cut_start, cut_end)
            if b <= a:
                continue
            previous = collapse(text[items[-1][0] : items[-1][1]]) if items else ""
            if text[a] in '"“' and _MANDATORY.fullmatch(previous):
                items[-1] = (items[-1][0], b)
            else:
                items.append((a, b))
    return tuple(Span(start=a, end=b) for a, b in items)


# ---------------------------------------------------------------- at the start
def _handout(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: dpa's standalone ``HANDOUT -`` opening a caption."""
    m = _HANDOUT.match(text, start, end)
    if m is None:
        return None
    item = Span(start=m.start("r"), end=m.end("r"))
    return RestrictionBlock(items=(item,), outer=Span(start=start, end=m.end()))


def _bracket_block(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: a bracket opening the caption whose content starts with a restriction.

    "(----EDITORIAL USE ONLY - ... ----)", Getty's "(UK OUT FOR 28 DAYS)".
    """
    s, e = trim(text, start, end)
    if s >= e or text[s] not in "([":
        return None
    close = text.find(")" if text[s] == "(" else "]", s, min(e, s + _RUN_WINDOW))
    if close < 0:
        return None
    inner_s, inner_e = _unwrap(text, s + 1, close)
    if RESTRICTION.match(text, inner_s, inner_e) is None and not _TERRITORY_OUT.fullmatch(
        text, inner_s, inner_e
    ):
        return None
    items = split_restrictions(text, inner_s, inner_e)
    return RestrictionBlock(items=items, outer=Span(start=start, end=close + 1))


LEADING: tuple[Callable[[str, int, int], RestrictionBlock | None], ...] = (
    _handout,
    _bracket_block,
)
"""The rules for a restriction block opening a caption, in order."""
_LEADING_OPENERS = frozenset("H([")
"""What every rule of :data:`LEADING` opens with ("HANDOUT", a bracket)."""


def leading_restrictions(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Return the restriction block opening ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the rest of the caption starts.
        end: where it ends.

    Returns:
        The first match of :data:`LEADING`, or ``None``.
    """
    at, _ = trim(text, start, end)
    if at >= end or text[at] not in _LEADING_OPENERS:
        return None
    for rule in LEADING:
        found = rule(text, start, end)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- at the end
def _starred_note(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: a ``*...*`` usage note closing the caption (BACKGRID's privacy note): one item."""
    note = _NOTE.search(text, max(start, end - 260), end)
    if note is None or note.start() <= start:
        return None
    a, b = trim(text, note.start(), note.end())
    return RestrictionBlock(items=(Span(start=a, end=b),), outer=Span(start=a, end=end))


def _achtung(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: dpa's bracketed ``(ACHTUNG: ...)`` note closing the caption: one item."""
    if text[end - 1] != ")":
        return None
    opening = text.rfind("(ACHTUNG", max(start, end - 600), end)
    if opening < 0 or ")" in text[opening : end - 1]:
        return None
    a, b = trim(text, opening + 1, end - 1)
    return RestrictionBlock(items=(Span(start=a, end=b),), outer=Span(start=opening, end=end))


def _byline_must_read(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: BACKGRID's ``BYLINE MUST READ: NAME / AGENCY``, a restriction naming the credit."""
    m = _BYLINE_MUST.search(text, max(start, end - 200), end)
    if m is None:
        return None
    a, b = trim(text, m.start(), m.end())
    return RestrictionBlock(
        items=(Span(start=a, end=b),),
        outer=Span(start=m.start(), end=end),
        credit=Span(start=m.start("c"), end=m.end("c")),
    )


def _run(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Rule: a block of restriction phrases closing the caption.

    The block starts at the earliest known phrase (or imago code, or notice
    lead-in) from which the rest of the caption is agency capitals (imago
    codes aside), or at a phrase that itself ends the caption ("Editorial use
    only"), or at a dpa ``ACHTUNG:`` note; a separator before it goes with it.
    A bare "HANDOUT" is left to the credit ("HANDOUT / AFP").
    """
    for m in RESTRICTION.finditer(text, max(start, end - _RUN_WINDOW), end):
        if m.group(0) == "HANDOUT":
            continue
        rest = _TERRITORY_CODE.sub("", text[m.start() : end])
        note = m.group(0).startswith("ACHTUNG") and end - m.start() <= 600
        last = not text[m.end() : end].strip(" .\t\n")
        if note or last or uppercase_share(rest) >= _UPPERCASE:
            begin = m.start()
            sep = _SEPARATOR_BEFORE.search(text, max(start, begin - 4), begin)
            cut = sep.start() if sep is not None else begin
            return RestrictionBlock(
                items=split_restrictions(text, begin, end), outer=Span(start=cut, end=end)
            )
    return None


TRAILING: tuple[Callable[[str, int, int], RestrictionBlock | None], ...] = (
    _starred_note,
    _achtung,
    _byline_must_read,
    _run,
)
"""The rules for a restriction block closing a caption, in order."""


def trailing_restrictions(text: str, start: int, end: int) -> RestrictionBlock | None:
    """Return the restriction block closing ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the caption (what is left of it) starts.
        end: where it ends; ``text[end - 1]`` is not whitespace.

    Returns:
        The first match of :data:`TRAILING`, or ``None``.
    """
    if end <= start:
        return None
    window = text[max(start, end - _RUN_WINDOW) : end]  # the widest window of the rules
    if not (
        _CUE.search(window)
        or _FOLDED_CUE.search(window.casefold())
        or FOLD_SURPRISES.search(window)
    ):
        return None
    for rule in TRAILING:
        found = rule(text, start, end)
        if found is not None:
            return found
    return None
