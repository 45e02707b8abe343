"""Tests for splitting text into lines and blocks."""

from __future__ import annotations

import itertools

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser._text import collapse
from newsdoc._parser.blocks import split_blocks, split_lines, wrap_width
from newsdoc.model import Span

WRAPPED = (
    "WASHINGTON -- The committee voted on Tuesday to send the bill to the\n"
    "full chamber, where leaders expect a close vote before the end of the\n"
    "month, two aides familiar with the schedule said.\n"
    "\n"
    "The measure would fund road repairs in every state for five years and\n"
    "set aside money for bridges that inspectors rated as poor in the last\n"
    "survey.\n"
)


def test_split_lines_knows_every_line_break() -> None:
    text = "a\r\nb\rc\u2028d\ne"
    assert [text[s.start : s.end] for s in split_lines(text)] == ["a", "b", "c", "d", "e"]


def test_empty_text_has_one_empty_line_and_no_block() -> None:
    assert len(split_lines("")) == 1
    assert split_blocks("") == ()


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    blocks = split_blocks(WRAPPED)
    assert [b.line_count for b in blocks] == [3, 3]
    assert blocks[0].text.startswith("WASHINGTON -- The committee voted")
    assert blocks[0].text.endswith("familiar with the schedule said.")
    assert "\n" not in blocks[0].text


def test_wrap_width_is_the_longest_wrapped_line() -> None:
    longest = max(len(line) for line in WRAPPED.split("\n"))
    assert wrap_width(WRAPPED, split_lines(WRAPPED)) == longest


def test_web_text_keeps_one_block_per_line() -> None:
    long_line = "A sentence of a paragraph that runs on and on. " * 6
    text = f"Home\nNews\nSport\n\n{long_line}\n{long_line}\nShare\n"
    assert [b.line_count for b in split_blocks(text)] == [1, 1, 1, 1, 1, 1]


def test_short_lines_of_a_wrapped_text_are_not_joined() -> None:
    text = WRAPPED + "\nBy Jane Doe\nEdited by John Roe\n"
    blocks = split_blocks(text)
    assert [b.text for b in blocks[-2:]] == ["By Jane Doe", "Edited by John Roe"]


def test_gap_before_marks_blank_lines() -> None:
    blocks = split_blocks("one\ntwo\n\nthree")
    assert [b.gap_before for b in blocks] == [True, False, True]


@given(st.text(alphabet=st.sampled_from("ab .\n\r\t\u2028\x0c\u00a0\u200b"), max_size=300))
def test_blocks_cover_every_visible_character_once_in_order(text: str) -> None:
    blocks = split_blocks(text)
    covered = 0
    end = 0
    for block in blocks:
        assert block.span.start >= end
        assert block.span.start < block.span.end
        assert block.text == collapse(text[block.span.start : block.span.end])
        assert not text[block.span.start].isspace()
        assert not text[block.span.end - 1].isspace()
        covered += sum(not c.isspace() for c in text[block.span.start : block.span.end])
        end = block.span.end
    assert covered == sum(not c.isspace() for c in text)


@given(st.text(max_size=200))
def test_any_text_splits_into_ordered_blocks(text: str) -> None:
    blocks = split_blocks(text)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(blocks))
    assert sum(not c.isspace() for b in blocks for c in text[b.span.start : b.span.end]) == sum(
        not c.isspace() for c in text
    )


def test_block_spans_are_model_spans() -> None:
    text = "  Home\n\nThe council met on Monday.\n  And voted.  \n"
    for block in split_blocks(text):
        span = Span(start=block.span.start, end=block.span.end)
        assert block.span == span
        assert hash(block.span) == hash(span)
        assert attrs.asdict(block.span) == attrs.asdict(span)
        assert repr(block.span) == repr(span)
    assert [text[b.span.start : b.span.end] for b in split_blocks(text)] == [
        "Home",
        "The council met on Monday.",
        "And voted.",
    ]
