"""Tests for searching a page's blocks at once and mapping hits to blocks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.joined import JoinedPage, joined_pieces

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


def test_a_long_page_is_joined_a_piece_at_a_time() -> None:
    texts = ["x" * 5000] * 8 + ["y" * 20000, "z"]
    pieces = list(joined_pieces(texts, range(len(texts))))
    assert [i for _, indices in pieces for i in indices] == list(range(len(texts)))
    assert all(len(page.text) <= (1 << 14) + 1 for page, _ in pieces[:-2])
    assert [list(indices) for _, indices in pieces][-2:] == [[8], [9]]
    assert pieces[0][0].holding(["x"]) == set(range(len(pieces[0][1])))
