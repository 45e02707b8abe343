"""Tests for the shape of blocks: weight, prose, title case, rows of figures."""

from __future__ import annotations

import pytest
import regex

from newsdoc._parser.shape import (
    block_weight,
    ends_like_sentence,
    has_content,
    is_prose,
    is_table_row,
    is_title_case,
    prose_heads,
    title_case_heads,
    word_heads,
)


def test_wide_characters_weigh_double() -> None:
    assert block_weight("abc") == 3
    assert block_weight("日本語") == 6


def test_every_wide_character_weighs_double_and_punctuation_single() -> None:
    wide = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = wide.findall(everything)
    assert len(found) > 100_000
    assert all(block_weight(f"a{c}’") == 4 for c in found)
    assert block_weight("“Quoted” — and … more • ’") == len("“Quoted” — and … more • ’")


def test_a_final_newline_or_closers_after_the_stop_still_end_a_sentence() -> None:
    assert ends_like_sentence("It rained.\n")
    assert ends_like_sentence('He left.")')
    assert not ends_like_sentence('He left."))))')
    assert not ends_like_sentence("It rained.\r")
    assert not ends_like_sentence("")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was close.", True),
        ('"We will win," she said.”', True),
        ("He asked: (why?)", True),
        ("選挙は来月行われる。", True),
        ("Latest Sports News", False),
        ("Read more", False),
    ],
)
def test_ends_like_sentence(text: str, *, expected: bool) -> None:
    assert ends_like_sentence(text) is expected


def test_has_content() -> None:
    assert has_content("a")
    assert has_content("7")
    assert not has_content("\u200b • —")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eat every two hours before your workout", True),
        ("Latest Sports News Today", False),
        ("Home", False),
    ],
)
def test_is_prose(text: str, *, expected: bool) -> None:
    assert is_prose(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volker Testifies He Was Unaware of Delayed Military Aid", True),
        ("Volker testified he was unaware of the delayed aid", False),
        ("Volker Testifies He Was Unaware.", False),
    ],
)
def test_is_title_case(text: str, *, expected: bool) -> None:
    assert is_title_case(text) is expected


def test_is_table_row() -> None:
    assert is_table_row("1 Kyle Busch 5040 5 1 17 27")
    assert not is_table_row("In 2019 the team won 5 races")


def test_word_heads_are_the_first_character_of_each_word() -> None:
    assert word_heads(["Latest", "Sports", "news"]) == "LSn"
    assert word_heads([]) == ""


@pytest.mark.parametrize(
    ("heads", "prose", "title_case"),
    [("Etth", True, False), ("LSNT", False, True), ("L", False, False), ("", False, False)],
)
def test_word_heads_tell_prose_from_title_case(
    heads: str, *, prose: bool, title_case: bool
) -> None:
    assert prose_heads(heads) is prose
    assert title_case_heads(heads) is title_case
