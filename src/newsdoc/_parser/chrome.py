"""Page chrome by its words: navigation, share bars, sign-in offers, footers.

The phrases come from :mod:`newsdoc._lexicons.chrome`, every language at
once (a page's chrome is recognised whatever the article's language); rows of
links are recognised by their shape alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsdoc._lexicons.chrome import (
    CHROME_HEADINGS,
    CHROME_MARKERS,
    CHROME_PREFIXES,
    LANGUAGE_NAMES,
)
from newsdoc._parser.shape import ends_like_sentence

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["is_chrome", "is_chrome_heading", "is_menu"]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _all(lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    return [w for words in lexicon.values() for w in words]


_CHROME_PREFIX = regex.compile(
    r"^[\W_]{0,4}(?:" + _alternation(_all(CHROME_PREFIXES)) + r")(?!\w)", regex.IGNORECASE
)
"""A chrome phrase opening a block."""
_CHROME_MARKER = regex.compile(
    _alternation(w for key, words in CHROME_MARKERS.items() if key for w in words),
    regex.IGNORECASE,
)
"""A chrome phrase anywhere in a block."""
_CHROME_MARK_ANYWHERE = regex.compile(_alternation(CHROME_MARKERS[""]), regex.IGNORECASE)
"""A language-independent chrome mark: a copyright sign, a bare URL."""
_HEADINGS = frozenset(_all(CHROME_HEADINGS))
_HEADING_EDGE = regex.compile(
    r"^(?:"
    + _alternation(_all(CHROME_HEADINGS))
    + r")(?!\w)|(?<!\w)(?:"
    + _alternation(_all(CHROME_HEADINGS))
    + r")$"
)
"""A section heading opening or closing a block."""
_EDGE_JUNK = regex.compile(r"^[\W\d_]{0,10}|[\W\d_]{0,10}$")
"""Counts and punctuation around a heading ("[ 12 comments ]")."""
_MENU_SEPARATOR = regex.compile(r"\s(?:[|/•·»>]|--?)\s|\s?[|•·]\s?")
"""What separates the links of a row."""

_SHORT_CHARS = 100
_SHORT_WORDS = 12
_MARKER_CHARS = 300
_HEADING_CHARS = 60
_MENU_ITEM_WORDS = 4


def _all_languages(items: Sequence[str]) -> bool:
    """Whether every item names a language and at least two are bare language names."""
    names = [i.strip().casefold() for i in items]
    named = sum(n in LANGUAGE_NAMES for n in names)
    return named >= 2 and all(any(w in LANGUAGE_NAMES for w in n.split()) for n in names)


def is_menu(text: str) -> bool:
    """Whether *text* is a row of links.

    Rule: three items or more of at most four words between separators ("|",
    "/", "•", "·", "»", ">"), not ending like a sentence; or two items or more
    that name languages (a language switcher: "Portuguese / Spanish / English").

    Args:
        text: The block's collapsed text.

    Returns:
        Whether the block is a row of links.
    """
    items = [i for i in _MENU_SEPARATOR.split(text) if i.strip()]
    if len(items) >= 2 and _all_languages(items):
        return True
    if len(items) < 3:
        return False
    short = all(len(i.split()) <= _MENU_ITEM_WORDS for i in items)
    return short and not ends_like_sentence(text)


def is_chrome(text: str) -> bool:
    """Whether a block is page chrome by its words alone.

    Rule: a short block (at most 12 words, 100 characters) that opens with a
    chrome phrase ("Share", "Read more", "Sign in", "Leia mais") or is a row of
    links; or a block of up to 300 characters that contains a chrome marker
    ("All rights reserved", "Privacy Policy", "newsletter"); or a short block
    holding a copyright sign or a bare URL.

    Args:
        text: The block's collapsed text.

    Returns:
        Whether the block is chrome.
    """
    short = len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS
    if short and (_CHROME_PREFIX.search(text) or _CHROME_MARK_ANYWHERE.search(text)):
        return True
    if short and is_menu(text):
        return True
    return len(text) <= _MARKER_CHARS and _CHROME_MARKER.search(text) is not None


def is_chrome_heading(text: str) -> bool:
    """Whether a block heads a section that follows an article.

    Rule: stripped of counts and punctuation at its ends, the block is a
    section heading ("Comments", "Related stories"), or opens or closes with
    one and has at most two more words ("Top Rated Comments", "[ 12 comments ]").

    Args:
        text: The block's collapsed text.

    Returns:
        Whether the block is such a heading.
    """
    if len(text) > _HEADING_CHARS:
        return False
    core = _EDGE_JUNK.sub("", text.casefold()).strip()
    if core in _HEADINGS:
        return True
    match = _HEADING_EDGE.search(core)
    return match is not None and len(core.split()) <= len(match.group().split()) + 2
