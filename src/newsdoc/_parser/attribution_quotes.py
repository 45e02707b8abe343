"""Quotations and sentences inside one region, for the attribution stage.

A *quotation* is text between a pair of quotation marks, in any of the styles
news text uses: straight ``"..."``, doubled apostrophes ``''...''`` (wire and
archive exports), curly ``“...”``, low-high ``„...“``, guillemets ``«...»`` and
``‹...›``, and single quotes ``‘...’`` / ``'...'`` when they cannot be
apostrophes (opened after a space, closed before a non-letter). A quotation
with no closing mark runs to the end of its region: the convention for a quote
that continues in the next paragraph. A paragraph that opens with a dash
(``- ...``, ``— ...``) is Spanish/Portuguese dialogue: the speech runs to the
next spaced dash, after which the narrator's words (``- disse Keno``) follow.

The region is then *masked*: every character inside a quotation becomes
:data:`MASK` except the quotation's closing punctuation, so cue words and
sentence ends inside quotations are invisible to the later, purely textual
rules, while offsets stay those of the full text. Sentences are split on the
masked text: a ``.``, ``!`` or ``?`` (perhaps closing a quotation) followed by
a space and a capital, a digit, a quotation mark or a dash, unless the word
before the period is a known abbreviation or an initial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._parser import _guard

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["MASK", "Quote", "find_quotes", "mask", "split_sentences"]

MASK = "\ue000"
"""Stands for a character inside a quotation in masked text (not a letter, not a space)."""

_OPENING = ("''", '"', "“", "”", "„", "«", "‹", "‘", "'", "‚")
"""The marks that open a quotation."""
_CLOSING = {
    '"': ("''", '"', "”", "“"),
    "''": ("''", '"', "”"),
    "“": ("”", '"', "“"),
    "”": ("”", '"'),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‹": ("›",),
}
"""The marks that close a quotation, by its opening mark (single quotes aside)."""
_MARKS = (*_OPENING, "»", "›")
_SINGLE_CLOSERS = {
    "‘": regex.compile(r"’(?![\p{L}\p{N}])"),
    "'": regex.compile(r"(?<=\S)'(?![\p{L}\p{N}])"),
    "‚": regex.compile(r"[‘’](?![\p{L}\p{N}])"),
}
"""What closes a single quotation: a quote that no letter follows (an apostrophe inside
a word closes nothing)."""
_SINGLE = frozenset({"‘", "'", "‚"})
_MAX_SINGLE = 300
_DIALOGUE_OPEN = regex.compile(r"\s*[-–—―]\s*(?=\S)")
_DIALOGUE_CLOSE = regex.compile(r"\s[-–—―](?:\s|(?=\p{Ll}))")
_TERMINAL = ".!?…,;:’'\"”»›"
_STOP = r"(?:[.!?…][\)\]]?|[.…](?:[\"”’»']|[’'][\"”»]|''))"
_GAP = r"(?P<gap>[ \t\n\r\u00a0]+)(?=[\p{Lu}\p{N}\"“„«‘'¿¡\-–—―(\[])"
_SENTENCE_END = regex.compile(
    _STOP + _GAP + r"|https?://[^\s\"”»]{1,400}(?P<gap>[ \t\n\r\u00a0]+)(?=\p{Lu})"
    r"|(?P<gap>\n[ \t]*\n\s*)"
)
_PLAIN_SENTENCE_END = regex.compile(_STOP + _GAP)
"""The same, for a text with no link and no line break (most text): one scan for the stops."""
_LONG = 10_000
"""A range longer than this is searched with the timeout of :mod:`newsdoc._parser._guard`;
a shorter one is read by these linear patterns in well under a millisecond, and
asking for a timeout costs such a call more than its search. (The sentence split
scans every region once, always with the timeout.)"""
_WORD_BEFORE = regex.compile(r"([\p{L}.]{1,10})\.$")


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: marks at ``[open, start)`` and ``[end, close)``, words in ``[start, end)``."""

    open: int
    """Offset of the opening mark (or dash)."""
    start: int
    """Offset of the first character inside the marks."""
    end: int
    """Offset one past the last character inside the marks."""
    close: int
    """Offset one past the closing mark; :attr:`end` when there is none."""
    closed: bool
    """Whether a closing mark was found inside the region."""
    dialogue: bool = False
    """Whether this is a dash-opened line of dialogue rather than marked quotation."""


def _can_open(text: str, pos: int, mark: str, start: int) -> bool:
    """Rule: an opening mark stands after a space, a bracket or a dash and before a word."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
    if after.isspace():
        return False
    if mark in _SINGLE or mark == "”":
        return not before.isalnum() and (after.isalnum() or after in "¿¡")
    return not before.isalnum()


def _dialogue(text: str, start: int, end: int) -> Quote | None:
    """Rule: a region opening with a dash is dialogue, up to the next spaced dash."""
    m = _DIALOGUE_OPEN.match(text, start, end)
    if m is None or not text[m.start() : m.end()].strip():
        return None
    close = _DIALOGUE_CLOSE.search(text, m.end(), end)
    if close is None:
        return Quote(open=m.start(), start=m.end(), end=end, close=end, closed=False, dialogue=True)
    return Quote(
        open=m.start(), start=m.end(), end=close.start(), close=close.end(), closed=True,
        dialogue=True,
    )  # fmt: skip


def find_quotes(
    text: str, start: int, end: int, *, dialogue: bool = True, base: int = 0
) -> tuple[Quote, ...]:
    """Return the quotations of ``text[start:end]`` in order, without nesting.

    Args:
        text: The full text.
        start: Where the region begins.
        end: Where the region ends.
        dialogue: Whether a leading dash opens a line of dialogue.
        base: Subtracted from every offset of the result (the region's start
            gives offsets into the region).

    Returns:
        The top-level quotations; marks nested inside one are part of its words.
    """
    quotes: list[Quote] = []
    pos = start
    if dialogue:
        first = _dialogue(text, start, end)
        if first is not None:
            quotes.append(_moved(first, -base))
            pos = first.close
    marks = _Marks(text, start, end)
    while pos < end:
        found = marks.next(_OPENING, pos)
        if found is None:
            break
        at, mark = found
        after = at + len(mark)
        if not _can_open(text, at, mark, start):
            pos = after
            continue
        close = _close(text, marks, mark, after, end)
        if close is None:
            if mark in _SINGLE:
                pos = after
                continue
            opened, rest = at - base, end - base
            quotes.append(
                Quote(open=opened, start=after - base, end=rest, close=rest, closed=False)
            )
            break
        quotes.append(
            Quote(
                open=at - base,
                start=after - base,
                end=close[0] - base,
                close=close[1] - base,
                closed=True,
            )
        )
        pos = close[1]
    return tuple(quotes)


def _close(text: str, marks: _Marks, mark: str, pos: int, end: int) -> tuple[int, int] | None:
    """Where the quotation opened by *mark* just before *pos* closes: its closing mark's span.

    A single quote closes within a few hundred characters, before a non-letter.
    """
    if mark in _SINGLE:  # a short range: searched without asking for a timeout
        c = _SINGLE_CLOSERS[mark].search(text, pos, min(end, pos + _MAX_SINGLE))
        return None if c is None else c.span()
    found = marks.next(_CLOSING[mark], pos)
    return None if found is None else (found[0], found[0] + len(found[1]))


class _Marks:
    """The next quotation mark of each kind in a range, found with ``str.find`` as reading moves on.

    A kind is searched for again only once reading has passed where it was
    last found, so the range is read once for each kind of mark, whatever
    the number of quotations; and nothing is held but one offset a kind.
    """

    __slots__ = ("_end", "_found", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        """Find the first mark of each kind in ``text[start:end]``."""
        self._text = text
        self._end = end
        self._found: dict[str, tuple[int, int]] = {}
        """For each mark the range holds: where it was last searched for from, and found (or -1)."""
        for mark in _MARKS:
            at = text.find(mark, start, end)
            if at != -1:
                self._found[mark] = (start, at)

    def next(self, kinds: tuple[str, ...], pos: int) -> tuple[int, str] | None:
        """The first mark of *kinds* at or after *pos*: where, and which.

        Two apostrophes at one place are one mark, as the longer mark.
        """
        best, which = -1, ""
        for mark in kinds:
            known = self._found.get(mark)
            if known is None:
                continue  # not in the range at all
            searched, at = known
            if searched > pos or -1 < at < pos:  # passed: look further
                at = self._text.find(mark, pos, self._end)
                self._found[mark] = (pos, at)
            if at != -1 and (best == -1 or at < best or (at == best and len(mark) > len(which))):
                best, which = at, mark
        return None if best == -1 else (best, which)


def _moved(q: Quote, offset: int) -> Quote:
    """The quotation *q* with every offset moved by *offset*."""
    if not offset:
        return q
    return Quote(
        open=q.open + offset,
        start=q.start + offset,
        end=q.end + offset,
        close=q.close + offset,
        closed=q.closed,
        dialogue=q.dialogue,
    )


def mask(text: str, start: int, end: int, quotes: Iterable[Quote], *, base: int = 0) -> str:
    """Return ``text[start:end]`` with quotation words replaced by :data:`MASK`.

    The quotation's trailing punctuation stays visible, so ``"...,"`` still
    shows its comma and ``"... ."`` still ends a sentence. *base* is added to
    the quotations' offsets (their region's start, for region offsets).
    """
    pieces: list[str] = []
    pos = start
    for q in quotes:
        first, keep = q.start + base, q.end + base
        while keep > first and (text[keep - 1] in _TERMINAL or text[keep - 1].isspace()):
            keep -= 1
        if keep > first:
            pieces.extend((text[pos:first], MASK * (keep - first)))
            pos = keep
    pieces.append(text[pos:end])
    return "".join(pieces)


def _is_abbreviation(masked: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Rule: a period after a known abbreviation or a single capital initial ends nothing."""
    m = _WORD_BEFORE.search(masked, max(0, dot - 11), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    if all(len(part) == 1 and part.isupper() for part in word.split(".")):
        return True
    return word.casefold().strip(".") in abbreviations


def split_sentences(
    masked: str, offset: int, abbreviations: frozenset[str]
) -> tuple[tuple[int, int], ...]:
    """Return the ``(start, end)`` of each sentence of a masked region (full-text offsets).

    Args:
        masked: The region's masked text (see :func:`mask`).
        offset: Where the region begins in the full text.
        abbreviations: Lower-case words that a period follows mid-sentence.

    Returns:
        The sentences in order; together they cover the region.
    """
    out: list[tuple[int, int]] = []
    begin = 0
    plain = "\n" not in masked and "http" not in masked
    pattern = _PLAIN_SENTENCE_END if plain else _SENTENCE_END
    for m in pattern.finditer(masked, timeout=_guard.REGEX_TIMEOUT):  # one guarded scan a region
        stop = m.start("gap")
        dot = stop - 1
        while dot > begin and masked[dot] in "\"”’»')]":
            dot -= 1
        if (
            masked[dot] == "."
            and "\n" not in m.group("gap")
            and _is_abbreviation(masked, dot, abbreviations)
        ):
            continue
        if stop > begin:
            out.append((offset + begin, offset + stop))
        begin = m.end()
    if begin < len(masked):
        out.append((offset + begin, offset + len(masked)))
    return tuple(out)
