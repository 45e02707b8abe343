"""Tests for searching a page's blocks at once and mapping hits to blocks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.joined import JoinedPage

_NEEDLES = ("ab", "b", "ca", "©")


def test_each_block_holding_a_needle_is_found_once() -> None:
    page = JoinedPage(["xab", "none", "ab ab", "©", ""])
    assert page.holding(["ab"]) == {0, 2}
    assert page.holding(["ab", "©"]) == {0, 2, 3}


def test_no_hit_spans_two_blocks() -> None:
    page = JoinedPage(["xa", "bx"])
    assert page.holding(["ab"]) == set()
    assert page.matching(re.compile(r"a.?b")) == set()


def test_a_match_at_the_line_break_belongs_to_the_block_it_opens() -> None:
    page = JoinedPage(["share", "read more", "more"])
    assert page.matching(re.compile(r"\nmore")) == {2}
    assert page.block_at(len("\nshare")) == 1


def test_an_empty_page_holds_nothing() -> None:
    page = JoinedPage([])
    assert page.holding(_NEEDLES) == set()
    assert page.matching(re.compile(r"\n")) == set()


@given(st.lists(st.text(alphabet="abc© ", max_size=12), max_size=8))
def test_the_page_finds_what_each_block_holds(texts: list[str]) -> None:
    expected = {i for i, text in enumerate(texts) if any(n in text for n in _NEEDLES)}
    assert JoinedPage(texts).holding(_NEEDLES) == expected
