"""Tests for matching the page title with the headline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.titles import Title, fold, title_core


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Council approves budget | The Daily Example", "Council approves budget", True),
        ("Council approves budget - The Daily Example", "council approves budget", True),
        ("Council approves budget", "Council approves budget", True),
        ("Council approves budget | The Daily Example", "The Daily Example", False),
        ("Council approves budget | The Daily Example", "Budget", False),
        (
            "Dare to Play 3 / October pack – Vortex Entertainment",
            "Dare to Play 3 / October pack",
            True,
        ),
        ("", "Council approves budget", False),
    ],
)
def test_title_matches(title: str, text: str, *, expected: bool) -> None:
    assert Title(title).matches(text) is expected


def test_title_core_drops_the_site_name() -> None:
    assert title_core("Council approves budget | The Daily Example") == "Council approves budget"
    assert title_core("Council approves budget") == "Council approves budget"
    assert Title("The Daily Example").core_size == 3
    assert Title("Council approves budget | The Daily Example").core_size == 3


def test_title_overlap_counts_the_blocks_words_found_in_the_title() -> None:
    title = "Council approves budget for bridge | The Daily Example"
    assert Title(title).overlap("Council approves new budget") == 0.75
    assert Title(title).overlap("The Daily Example") == 0.0
    assert Title(title).overlap("Budget") == 0.0


def test_a_short_block_sharing_two_title_words_is_no_match() -> None:
    title = "Business Focus: What It Takes to Build a Business Online | Example"
    assert Title(title).overlap("Online Business Workshop") == 0.0


def test_the_first_and_longest_part_of_a_title_of_parts_matches() -> None:
    title = Title("Standings NASCAR | Racing | F1 | Indy | MotoGP")
    assert title.matches("Standings NASCAR")
    assert not title.matches("Racing")


def test_a_long_title_is_folded_like_a_short_one() -> None:
    words = "Ünïcode “quoted” Straße Minister said, "
    text = words * 400
    title = Title(text)
    assert title.folded == " ".join(text.casefold().translate({ord(c): " " for c in ",“”"}).split())
    assert title.core_size == 5 * 400
    assert title.edges == ("ünïcode", "said")
    assert fold(text) == text.casefold()
    assert title.matches("Intro\n" + text) is False
    assert Title(text + " | Site").core_words == frozenset(title.folded.split())


def test_a_long_title_of_many_parts_keeps_its_first_part_when_longest() -> None:
    head = "Standings of the whole racing season so far"
    title = Title(head + " | F1" * 3000)
    assert title.longest == head.casefold()
    assert title.matches(head)


@given(
    st.text(alphabet="aBß |-:", max_size=30),
    st.text(alphabet="aBß |-:", max_size=40),
)
def test_no_block_outside_the_title_sizes_matches(title: str, text: str) -> None:
    page_title = Title(title)
    shortest, longest = page_title.sizes
    too_short = len(text.casefold()) < page_title.shortest_folded
    if too_short or not shortest <= len(text) <= longest:
        assert not page_title.matches(text)


def test_the_title_sizes_hold_its_repeats() -> None:
    title = Title("Council approves budget for new bridge | The Daily Example")
    for text in (
        "Council approves budget for new bridge",
        "COUNCIL APPROVES BUDGET FOR NEW BRIDGE.",
    ):
        assert title.matches(text)
        assert title.sizes[0] <= len(text) <= title.sizes[1]
