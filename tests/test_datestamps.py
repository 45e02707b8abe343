"""Tests for recognising date lines among a page's blocks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser import datestamps
from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.dates import find_dates
from newsdoc._parser.datestamps import date_lines

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 20, 2019", True),
        ("Published Nov. 19, 2019 8:03 am ET", True),
        ("Updated 0339 GMT (1139 HKT) November 19, 2019", True),
        ("By Jane Doe - 2019-04-10", True),
        ("2 days ago", True),
        ("Black Friday deals at Amazon", False),
        ("The council approved the budget on November 20, 2019, after a long debate.", False),
        ("Home", False),
    ],
)
def test_date_lines(line: str, *, expected: bool) -> None:
    assert date_lines(line, split_blocks(line), None) == (expected,)


def test_relative_dates_are_read_against_the_reference_given() -> None:
    assert date_lines("yesterday", split_blocks("yesterday"), dt.date(2021, 3, 12)) == (True,)


def test_date_lines_flags_every_block() -> None:
    text = "Council approves budget\nMarch 12, 2021\nThe vote was close."
    assert date_lines(text, split_blocks(text), None) == (False, True, False)


def _one_by_one(text: str, blocks: Sequence[TextBlock], reference: dt.date | None) -> list[bool]:
    """The rule of :func:`date_lines` applied block by block with :func:`find_dates`."""
    flags = []
    for block in blocks:
        start, end = block.span.start, block.span.end
        if len(block.text) > 200 or (reference is None and not regex.search(r"\d", block.text)):
            flags.append(False)
            continue
        inside = find_dates(text, start, end, reference_date=reference)
        if not inside and reference is None and len(block.text) <= 60:
            inside = find_dates(text, start, end, reference_date=dt.date(2000, 1, 1))
        flags.append(bool(inside) and datestamps._covers(text, block, inside[:8]))  # noqa: SLF001
    return flags


_LINES = st.lists(
    st.lists(
        st.sampled_from(
            [
                "May",
                "Nov.",
                "19,",
                "2019",
                "8:03",
                "am",
                "ET",
                "2",
                "days",
                "ago",
                "Tuesday",
                "Published",
                "the",
                "vote",
                "was",
                "close",
                "2019-04-10",
                "12/05/21",
                "-",
                "|",
            ]
        ),
        min_size=1,
        max_size=12,
    ).map(" ".join),
    max_size=12,
)


@given(_LINES, st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
def test_date_lines_follow_the_rule_block_by_block(
    lines: list[str], reference: dt.date | None
) -> None:
    text = "\n".join(lines)
    blocks = split_blocks(text)
    assert list(date_lines(text, blocks, reference)) == _one_by_one(text, blocks, reference)
