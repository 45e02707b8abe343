"""Date lines: blocks that carry a date and little else ("Nov. 19, 2019 8:03 am ET").

Not to be confused with wire *datelines* ("WASHINGTON (Reuters) -", see
:mod:`.datelines`): a date line is the line of a page that stamps the article
(or a teaser, or a comment) with its date. Dates are found by
:func:`newsdoc._parser.dates.find_dates`, in the short blocks with a figure
where a date may start.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import regex

from newsdoc._parser.date_relative import may_hold_any, relative_keys
from newsdoc._parser.date_scan import scan_dates
from newsdoc._parser.dates import find_dates_at, find_relative_dates

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.date_scan import DateStarts
    from newsdoc._parser.dates import DateMatch

__all__ = ["date_lines"]

_LETTERS = regex.compile(r"\p{L}+")
_PARTIAL_LINE_CHARS = 60
"""How long a line may be that is read for dates without a year or relative dates."""
_DATE_LINE_CHARS = 200
_MAX_DATES = 8
"""More dates than this on one short line are not looked at (the verdict is the same)."""
_DATE_LINE_REST = 30
"""How many letters besides its dates a date line may hold ("Published", "Updated")."""
_RELATIVE_LINE_REST = 12
"""How many letters besides its relative dates a date line may hold."""
_DETECTION_REFERENCE = dt.date(2000, 1, 1)
"""A stand-in reference date that lets relative dates ("2 days ago") be *recognised*
when the caller gave none; the values read against it are never used."""


def _letters(text: str, start: int, end: int) -> int:
    """How many letters ``text[start:end]`` holds (counted a run of letters at a time)."""
    return sum(map(len, _LETTERS.findall(text, start, end)))


def _covers(text: str, block: TextBlock, matches: Sequence[DateMatch]) -> bool:
    """Whether the dates in a block leave at most a few words besides (see :func:`date_lines`)."""
    total = _letters(block.text, 0, len(block.text))
    inside = 0
    for m in matches:
        inside += _letters(
            text, max(m.span.start, block.span.start), min(m.span.end, block.span.end)
        )
    rest = total - inside
    if all(m.relative for m in matches):
        return rest <= _RELATIVE_LINE_REST
    return rest <= _DATE_LINE_REST or 5 * rest <= 2 * total


def date_lines(
    text: str,
    blocks: Sequence[TextBlock],
    reference_date: dt.date | None,
    dates: DateStarts | None = None,
) -> tuple[bool, ...]:
    """Per block, whether it is a date line: dates, and at most a few words besides.

    Rule: a block of at most 200 characters holding a date, where the letters
    outside its dates number at most 30 or two fifths of all its letters; a
    block whose dates are all relative ("2 days ago", "Friday") may hold at
    most 12 letters besides ("Black Friday deals" is no date line). Only the
    short blocks are read for dates, and without a reference date only those
    with a figure (every absolute date has one); dates without a year and
    relative ones are found when a reference date is given, else on short
    lines with a figure only (see :func:`_may_be_partial`).

    Args:
        text: The whole text.
        blocks: Its blocks, in order (as :func:`~newsdoc._parser.blocks.split_blocks`
            makes them).
        reference_date: The date relative dates are read against, if known.
        dates: The text's :func:`~newsdoc._parser.date_scan.scan_dates`, when
            already made (else the text is scanned here).

    Returns:
        One flag per block.
    """
    if dates is None:
        dates = scan_dates(text)
    if reference_date is None:  # every date line then has a figure
        read: Iterable[int] = dates.figured([b.span for b in blocks])
    else:
        read = range(len(blocks))
    flags = [False] * len(blocks)
    relative_only: list[int] = []  # no date with figures: only relative dates to look for
    for index in read:
        block = blocks[index]
        if len(block.text) > _DATE_LINE_CHARS:
            continue
        bounds = block.span.start, block.span.end
        starts = dates.within(*bounds)
        if not starts:
            if reference_date is not None or _may_be_partial(block.text):
                relative_only.append(index)
            continue
        inside = find_dates_at(text, bounds, starts, reference_date=reference_date)
        if not inside and reference_date is None and _may_be_partial(block.text):
            inside = find_dates_at(text, bounds, starts, reference_date=_DETECTION_REFERENCE)
        flags[index] = bool(inside) and _covers(text, block, inside[:_MAX_DATES])
    for index in _relative_lines(text, blocks, relative_only, reference_date):
        flags[index] = True
    return tuple(flags)


def _relative_lines(
    text: str, blocks: Sequence[TextBlock], indices: Sequence[int], reference_date: dt.date | None
) -> Iterator[int]:
    """Which of the blocks at *indices* (no date written with figures) are relative date lines.

    Their words are read together first for the key words of relative dates
    ("ago", "yesterday", "Friday"); a block holding none of those found, not
    even as a part of a word, holds no relative date and is not read alone.
    """
    spans = ((blocks[i].span.start, blocks[i].span.end) for i in indices)
    keys = relative_keys(text, spans) if indices else frozenset()
    if not keys:
        return
    reference = _DETECTION_REFERENCE if reference_date is None else reference_date
    for index in indices:
        span = blocks[index].span
        if not may_hold_any(text[span.start : span.end], keys):
            continue
        inside = find_relative_dates(text, span.start, span.end, reference_date=reference)
        if inside and _covers(text, blocks[index], inside[:_MAX_DATES]):
            yield index


def _may_be_partial(text: str) -> bool:
    """Whether a short line with a figure may hold a yearless or relative date ("Nov 19").

    Such dates are only found against a reference date; without one, each
    short line with a figure and no absolute date is read again against a
    stand-in.
    """
    return len(text) <= _PARTIAL_LINE_CHARS
