"""Date lines: blocks that carry a date and little else ("Nov. 19, 2019 8:03 am ET").

Not to be confused with wire *datelines* ("WASHINGTON (Reuters) -", see
:mod:`.datelines`): a date line is the line of a page that stamps the article
(or a teaser, or a comment) with its date. Dates are found by
:func:`newsdoc._parser.dates.find_dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import regex

from newsdoc._parser.dates import find_dates

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock

__all__ = ["date_lines", "is_date_line"]

_LETTERS = regex.compile(r"\p{L}")
_DIGIT = regex.compile(r"\d")
_DATE_LINE_CHARS = 200
_DATE_LINE_REST = 30
"""How many letters besides its dates a date line may hold ("Published", "Updated")."""
_RELATIVE_LINE_CHARS = 40
"""A date without a digit ("yesterday", "Monday") stands on a line this short or not at all."""
_RELATIVE_LINE_REST = 12
"""How many letters besides its relative dates a date line may hold."""
_DETECTION_REFERENCE = dt.date(2000, 1, 1)
"""A stand-in reference date that lets relative dates ("2 days ago") be *recognised*
when the caller gave none; the values read against it are never used."""


def is_date_line(text: str, block: TextBlock, reference_date: dt.date | None) -> bool:
    """Whether a block is a date line: dates, and at most a few words besides.

    Args:
        text: The whole text.
        block: The block.
        reference_date: The date relative dates are read against, if known.

    Returns:
        Whether the block is a date line.

    Rule: a block of at most 200 characters holding a date, where the letters
    outside its dates number at most 30 or two fifths of all its letters; a
    block whose dates are all relative ("2 days ago", "Friday") may hold at
    most 12 letters besides ("Black Friday deals" is no date line).
    """
    if len(block.text) > _DATE_LINE_CHARS:
        return False
    if not _DIGIT.search(block.text) and len(block.text) > _RELATIVE_LINE_CHARS:
        return False
    reference = reference_date or _DETECTION_REFERENCE
    spans = find_dates(text, block.span.start, block.span.end, reference_date=reference)
    if not spans:
        return False
    total = len(_LETTERS.findall(block.text))
    inside = sum(len(_LETTERS.findall(text, m.span.start, m.span.end)) for m in spans)
    rest = total - inside
    if all(m.relative for m in spans):
        return rest <= _RELATIVE_LINE_REST
    return rest <= _DATE_LINE_REST or 5 * rest <= 2 * total


def date_lines(
    text: str, blocks: Sequence[TextBlock], reference_date: dt.date | None
) -> tuple[bool, ...]:
    """Per block, whether it is a date line (see :func:`is_date_line`).

    Args:
        text: The whole text.
        blocks: Its blocks.
        reference_date: The date relative dates are read against, if known.

    Returns:
        One flag per block.
    """
    return tuple(is_date_line(text, b, reference_date) for b in blocks)
