"""Tests for recognising page chrome by its words and shape."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.chrome import chrome_flags, is_chrome, is_chrome_heading, is_menu


@pytest.mark.parametrize(
    "text",
    [
        "Share this article",
        "Follow us on Twitter",
        "Read more: Council elects new chair",
        "Portuguese / Spanish / English",
        "English | Español | Français",
        "News | Sport | Weather | Culture",
        "© 2021 The Daily Example. All rights reserved.",
        "We use cookies to improve your experience on our site.",
        "Leia mais",
        "Читайте также",
    ],
)
def test_chrome(text: str) -> None:
    assert is_chrome(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The city council approved the new budget on Monday after a debate that ran "
            "late into the night."
        ),
        "Construction is expected to take three years.",
        "The mayor shared the figures with reporters on Monday, saying costs were under control.",
    ],
)
def test_not_chrome(text: str) -> None:
    assert not is_chrome(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comments", True),
        ("[ 12 comments ]", True),
        ("Top Rated Comments", True),
        ("Related stories", True),
        ("You may also like", True),
        ("Kommentare", True),
        ("Comments from the minister angered the opposition on Tuesday.", False),
        ("Council approves budget", False),
    ],
)
def test_chrome_headings(text: str, *, expected: bool) -> None:
    assert is_chrome_heading(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home | News | Sport | Weather", True),
        ("Portuguese / Spanish / English", True),
        ("English | 中文", True),
        ("Prices rose 3% in May / June, the agency said.", False),
        ("Home | News", False),
    ],
)
def test_rows_of_links(text: str, *, expected: bool) -> None:
    assert is_menu(text) is expected


def test_a_headline_opening_with_a_chrome_word_is_no_chrome() -> None:
    assert is_chrome("Popular")
    assert not is_chrome("Popular vote shifts toward the challenger in three states")
    assert is_chrome("Read more: Popular vote shifts toward the challenger in three states")


_PIECES = (
    *("Share", "read more", "Newsletter", "©", "www.", " | ", " - ", "Home", "½ ", "“", "news"),
    *("a", " ", "\n", "cookies", "12", "Português", " / ", "Sign in"),
)
"""Pieces of blocks: chrome phrases and marks, separators, words, line breaks."""


@given(
    st.lists(
        st.lists(
            st.sampled_from(_PIECES),
            max_size=8,
        ).map("".join),
        max_size=6,
    )
)
def test_a_page_of_blocks_is_read_as_each_block_alone(texts: list[str]) -> None:
    folded = [t.casefold() for t in texts]
    alone = [chrome_flags([t], [f])[0] for t, f in zip(texts, folded, strict=True)]
    assert chrome_flags(texts, folded) == alone


@pytest.mark.parametrize(
    "text",
    ["Share", "• Share this", "Advertisement", "[Read more]", "→ Follow us", "½ Share", "•\nShare"],
)
def test_a_chrome_phrase_opens_a_block_after_a_few_marks(text: str) -> None:
    assert is_chrome(text)
