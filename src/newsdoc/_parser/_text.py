"""Text helpers shared by every parser stage: trimming, whitespace collapsing, case folding.

Fields hold the source's own characters, trimmed of surrounding whitespace and
brackets, with runs of whitespace inside collapsed to one space. These helpers
do exactly that, and keep spans pointing at the trimmed text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, AnyStr

import regex

from newsdoc.model import Span

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "FOLD_SLICE",
    "WHITESPACE",
    "WORD_SLICE",
    "casefold",
    "collapse",
    "cut_at_spaces",
    "trim",
    "trim_span",
]

WHITESPACE = regex.compile(r"\s+")
"""One run of whitespace (Unicode-aware: NBSP, U+2028 and friends included)."""

WORD_SLICE = 1 << 11
"""How many characters are cut into words at once where a long text is listed
word by word (a list of words takes a few bytes a character: slices keep it
small beside the text)."""

FOLD_SLICE = 1 << 11
"""How many characters of a long text that is not ASCII are case-folded at once
(:meth:`str.casefold` works in a buffer of twelve bytes a character for such a
text: one character may fold to three)."""

_BRACKETS = "()[]{}"
_UNCOLLAPSED = regex.compile(r"[^\S ]|  ")
"""Whitespace that :func:`collapse` would change: any but a space, or two spaces."""


def collapse(text: str) -> str:
    """Return *text* stripped, with each run of whitespace replaced by one space.

    Text whose whitespace is all single spaces is only stripped (no
    substitution: ``sub`` lists every piece of a long text first).
    """
    if _UNCOLLAPSED.search(text) is None:
        return text.strip()
    return WHITESPACE.sub(" ", text).strip()


def trim(text: str, start: int, end: int, *, brackets: bool = False) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding whitespace (and brackets, if asked).

    Returns the new ``(start, end)``; an all-whitespace range collapses to
    ``(start, start)``.
    """
    junk = _BRACKETS if brackets else ""
    while start < end and (text[start].isspace() or text[start] in junk):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in junk):
        end -= 1
    return start, end


def trim_span(text: str, start: int, end: int, *, brackets: bool = False) -> Span:
    """Like :func:`trim`, as a :class:`~newsdoc.model.Span`."""
    s, e = trim(text, start, end, brackets=brackets)
    return Span(start=s, end=e)


def cut_at_spaces(text: AnyStr, size: int = WORD_SLICE) -> Iterator[AnyStr]:
    """Yield *text* in consecutive pieces of about *size* characters, each cut at a space.

    No word is cut (a piece ends where a space starts, or at the end), so the
    words of the pieces are the words of *text*.
    """
    space = " " if isinstance(text, str) else b" "
    pos = 0
    while pos < len(text):
        cut = text.find(space, pos + size)
        cut = len(text) if cut == -1 else cut
        yield text[pos:cut]
        pos = cut


def casefold(text: str, start: int = 0, end: int | None = None) -> str:
    """Return ``text[start:end].casefold()``, a slice at a time when it is long.

    Case folding maps each character on its own (unlike :meth:`str.lower`,
    it has no context rule), so the folded slices joined are the folded
    range; folded at once, a range that is not ASCII would take a buffer of
    twelve bytes a character (see :data:`FOLD_SLICE`). An ASCII text folds
    in place of its copy.

    Args:
        text: Any string.
        start: Where the range starts.
        end: Where it ends (default: the end of *text*).

    Returns:
        The range, case-folded.
    """
    start, end, _ = slice(start, end).indices(len(text))
    if end - start <= FOLD_SLICE or text.isascii():
        return text[start:end].casefold()
    return "".join(
        [text[i : min(i + FOLD_SLICE, end)].casefold() for i in range(start, end, FOLD_SLICE)]
    )
