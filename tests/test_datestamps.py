"""Tests for recognising date lines among a page's blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.datestamps import date_lines


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
