"""Tests for matching the page title with the headline."""

from __future__ import annotations

import pytest

from newsdoc._parser.titles import title_core, title_matches, title_overlap, title_words


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Council approves budget | The Daily Example", "Council approves budget", True),
        ("Council approves budget - The Daily Example", "council approves budget", True),
        ("Council approves budget", "Council approves budget", True),
        ("Council approves budget | The Daily Example", "The Daily Example", False),
        ("Council approves budget | The Daily Example", "Budget", False),
    ],
)
def test_title_matches(title: str, text: str, *, expected: bool) -> None:
    assert title_matches(title, text) is expected


def test_title_core_drops_the_site_name() -> None:
    assert title_core("Council approves budget | The Daily Example") == "Council approves budget"
    assert title_core("Council approves budget") == "Council approves budget"
    assert title_words("The Daily Example") == 3


def test_title_overlap_counts_the_blocks_words_found_in_the_title() -> None:
    title = "Council approves budget for bridge | The Daily Example"
    assert title_overlap(title, "Council approves new budget") == 0.75
    assert title_overlap(title, "The Daily Example") == 0.0
    assert title_overlap(title, "Budget") == 0.0
