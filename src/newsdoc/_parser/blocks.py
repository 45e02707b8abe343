r"""Split text into lines and top-level blocks, each with its span.

A *line* ends at any Unicode line boundary (``\n``, ``\r\n``, ``\r``, form
feed, U+2028, ...). A *block* is one non-blank line, or several consecutive
lines that a hard wrap broke apart: wire copy and e-mail text wrap paragraphs
at a fixed width, and such a paragraph is one block. Text from web pages puts
one element per line and is not unwrapped, so a menu stays one block per item;
only a sentence broken off mid-way (the next line going on in lowercase, as
around inline links) is joined again. Blocks never overlap and together hold
every non-whitespace character of the text, in order.
"""

from __future__ import annotations

from itertools import accumulate
from typing import NamedTuple

from newsdoc._parser._text import collapse
from newsdoc.model import Span, valid_span

__all__ = ["TextBlock", "split_blocks", "split_lines", "wrap_width"]

_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Every line boundary that :meth:`str.splitlines` knows (and ``\\r\\n``)."""
_FIRST_WORD_CHARS = 200
"""How far into the next line its first word is looked for."""

_WRAP_MIN = 40
"""Narrowest width at which a text counts as hard-wrapped."""
_WRAP_MAX = 100
"""Widest width at which a text counts as hard-wrapped."""
_WRAP_SHARE = 0.9
"""Share of the long lines that must fit inside the wrap width."""
_CONTINUED_WORDS = 3
"""How many words a block needs before a lowercase next line continues it."""


class TextBlock(NamedTuple):
    """A run of lines that belong together, before any role is known.

    A named tuple: blocks are made by the thousand, and a tuple is built
    fastest; it is immutable like every other value of the parser.
    """

    span: Span
    """Where the block stands, trimmed of surrounding whitespace."""
    text: str
    """The block's text with whitespace collapsed (hard wraps unwrapped)."""
    first_line: int
    """Index of the block's first line among all lines of the text."""
    line_count: int
    """How many lines the block spans."""
    gap_before: bool
    """Whether a blank line (or the start of the text) stands right before it."""


def _lines(text: str) -> tuple[list[str], list[int]]:
    """Every line of *text* without its line break, and the offset where each starts."""
    contents = text.splitlines()
    starts = [0, *accumulate(map(len, text.splitlines(keepends=True)))]
    starts.pop()
    if not contents or text[-1] in _BREAKS:
        starts.append(len(text))
        contents.append("")
    return contents, starts


def split_lines(text: str) -> tuple[Span, ...]:
    """Return the span of every line of *text*, line breaks excluded.

    Args:
        text: Any string.

    Returns:
        One span per line, in order; an empty text has one empty line.
    """
    contents, starts = _lines(text)
    return tuple(Span(start=s, end=s + len(c)) for c, s in zip(contents, starts, strict=True))


def wrap_width(text: str, lines: tuple[Span, ...]) -> int | None:
    """Return the width at which *text* was hard-wrapped, or ``None``.

    Rule: a text is hard-wrapped when it has at least three lines of 40 or more
    characters and nine in ten of them are at most 100 characters long; the
    wrap width is then the longest such line.

    Args:
        text: The whole text.
        lines: Its lines, as :func:`split_lines` returns them.

    Returns:
        The wrap width, or ``None`` when the text is not hard-wrapped.
    """
    return _wrap_width([text[s.start : s.end] for s in lines])


def _wrap_width(contents: list[str]) -> int | None:
    lengths = [len(c.rstrip()) for c in contents]
    long_lines = [n for n in lengths if n >= _WRAP_MIN]
    if len(long_lines) < 3:
        return None
    fitting = [n for n in long_lines if n <= _WRAP_MAX]
    if len(fitting) < _WRAP_SHARE * len(long_lines):
        return None
    return max(fitting)


def _is_wrapped(line: str, following: str, width: int) -> bool:
    """Whether *line* was broken by a hard wrap before *following*.

    Rule: the line is long enough that the next line's first word would not
    have fitted after it within the wrap width.
    """
    head = line.rstrip()
    if len(head) < width // 2:
        return False
    words = following[:_FIRST_WORD_CHARS].split(maxsplit=1)
    return bool(words) and len(head) + 1 + len(words[0]) > width


def _continues(line: str, following: str, lines: list[str]) -> bool:
    """Whether *following* carries on the sentence that *line* broke off.

    Rule: the block so far holds three words or more, the line ends in a
    lowercase letter or a comma, and the next line opens with a lowercase
    letter ("... Trump regularly" / "incites" / "political violence ...").
    """
    tail = line.rstrip()
    head = following.lstrip()
    if not (tail and head and (tail[-1].islower() or tail[-1] == ",") and head[0].islower()):
        return False
    words = 0
    for piece in lines:
        # at most three words of each line are split off: a long line is not copied word by word
        words += min(_CONTINUED_WORDS, len(piece.split(maxsplit=_CONTINUED_WORDS)))
        if words >= _CONTINUED_WORDS:
            return True
    return False


def _joins(contents: list[str], first: int, last: int, width: int | None) -> bool:
    """Whether line ``last + 1`` belongs to the block of lines *first* to *last*."""
    if last + 1 >= len(contents):
        return False
    following = contents[last + 1]
    if not following or following.isspace():
        return False
    if width is not None and _is_wrapped(contents[last], following, width):
        return True
    # every line of a block holds a word, so its first three lines tell whether it has three
    opening = contents[first : min(last + 1, first + _CONTINUED_WORDS)]
    return _continues(contents[last], following, opening)


def _collapsed(piece: str) -> str:
    """The block's text collapsed; a line without tabs, breaks or double spaces is its own.

    Every whitespace character but the space is unprintable, so a printable
    piece without two spaces in a row (and trimmed, as blocks are) has
    nothing to collapse.
    """
    if piece.isprintable() and "  " not in piece:
        return piece
    return collapse(piece)


def split_blocks(text: str) -> tuple[TextBlock, ...]:
    """Split *text* into blocks: non-blank lines, broken lines joined.

    Args:
        text: Any string.

    Returns:
        The blocks in order; together they cover every non-whitespace
        character of *text* exactly once.
    """
    contents, starts = _lines(text)
    width = _wrap_width(contents)
    stripped = list(map(str.strip, contents))
    blocks: list[TextBlock] = []
    shared: dict[str, str] = {}  # equal block texts (a page's repeated links) share one string
    count = len(contents)
    index = 0
    gap = True
    while index < count:
        piece = stripped[index]
        if not piece:
            gap = True
            index += 1
            continue
        last = index
        # without a wrap width only a next line opening in lowercase may join (see _continues)
        while (
            last + 1 < count
            and (width is not None or stripped[last + 1][:1].islower())
            and _joins(contents, index, last, width)
        ):
            last += 1
        start = starts[index] + contents[index].find(piece[0])
        if last == index:
            end = start + len(piece)
        else:
            end = starts[last] + len(contents[last].rstrip())
            piece = text[start:end]
        if not piece.isprintable() or "  " in piece:
            piece = collapse(piece)
        blocks.append(
            TextBlock(
                valid_span(start, end),
                shared.setdefault(piece, piece),
                index,
                last - index + 1,
                gap,
            )
        )
        gap = False
        index = last + 1
    return tuple(blocks)
