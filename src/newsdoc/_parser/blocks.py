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

import attrs
import regex

from newsdoc._parser._text import collapse, trim
from newsdoc.model import Span

__all__ = ["TextBlock", "split_blocks", "split_lines", "wrap_width"]

_LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""Every line boundary that :meth:`str.splitlines` knows."""

_FIRST_WORD = regex.compile(r"\s*(\S{1,200})")

_WRAP_MIN = 40
"""Narrowest width at which a text counts as hard-wrapped."""
_WRAP_MAX = 100
"""Widest width at which a text counts as hard-wrapped."""
_WRAP_SHARE = 0.9
"""Share of the long lines that must fit inside the wrap width."""
_CONTINUED_WORDS = 3
"""How many words a block needs before a lowercase next line continues it."""


@attrs.frozen(kw_only=True)
class TextBlock:
    """A run of lines that belong together, before any role is known."""

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


def split_lines(text: str) -> tuple[Span, ...]:
    """Return the span of every line of *text*, line breaks excluded.

    Args:
        text: Any string.

    Returns:
        One span per line, in order; an empty text has one empty line.
    """
    spans: list[Span] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        spans.append(Span(start=start, end=match.start()))
        start = match.end()
    spans.append(Span(start=start, end=len(text)))
    return tuple(spans)


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
    lengths = [len(text[s.start : s.end].rstrip()) for s in lines]
    long_lines = [n for n in lengths if n >= _WRAP_MIN]
    if len(long_lines) < 3:
        return None
    fitting = [n for n in long_lines if n <= _WRAP_MAX]
    if len(fitting) < _WRAP_SHARE * len(long_lines):
        return None
    return max(fitting)


def _is_wrapped(text: str, line: Span, following: Span, width: int) -> bool:
    """Whether *line* was broken by a hard wrap before *following*.

    Rule: the line is long enough that the next line's first word would not
    have fitted after it within the wrap width.
    """
    head = text[line.start : line.end].rstrip()
    if len(head) < width // 2:
        return False
    match = _FIRST_WORD.match(text, following.start, following.end)
    if match is None:
        return False
    return len(head) + 1 + len(match.group(1)) > width


def _continues(text: str, line: Span, following: Span, words: int) -> bool:
    """Whether *following* carries on the sentence that *line* broke off.

    Rule: the block so far holds three words or more, the line ends in a
    lowercase letter or a comma, and the next line opens with a lowercase
    letter ("... Trump regularly" / "incites" / "political violence ...").
    """
    if words < _CONTINUED_WORDS:
        return False
    tail = text[line.start : line.end].rstrip()
    head = text[following.start : following.end].lstrip()
    return bool(tail and head) and (tail[-1].islower() or tail[-1] == ",") and head[0].islower()


def _joins(text: str, lines: tuple[Span, ...], last: int, width: int | None, words: int) -> bool:
    """Whether line ``last + 1`` belongs to the block that line *last* ends."""
    if last + 1 >= len(lines):
        return False
    following = lines[last + 1]
    if text[following.start : following.end].isspace() or following.start == following.end:
        return False
    if width is not None and _is_wrapped(text, lines[last], following, width):
        return True
    return _continues(text, lines[last], following, words)


def split_blocks(text: str) -> tuple[TextBlock, ...]:
    """Split *text* into blocks: non-blank lines, broken lines joined.

    Args:
        text: Any string.

    Returns:
        The blocks in order; together they cover every non-whitespace
        character of *text* exactly once.
    """
    lines = split_lines(text)
    width = wrap_width(text, lines)
    blocks: list[TextBlock] = []
    index = 0
    gap = True
    while index < len(lines):
        line = lines[index]
        start, end = trim(text, line.start, line.end)
        if start == end:
            gap = True
            index += 1
            continue
        last = index
        words = len(text[start:end].split())
        while _joins(text, lines, last, width, words):
            last += 1
            words += len(text[lines[last].start : lines[last].end].split())
        start, end = trim(text, line.start, lines[last].end)
        blocks.append(
            TextBlock(
                span=Span(start=start, end=end),
                text=collapse(text[start:end]),
                first_line=index,
                line_count=last - index + 1,
                gap_before=gap,
            )
        )
        gap = False
        index = last + 1
    return tuple(blocks)
