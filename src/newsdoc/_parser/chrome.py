"""Page chrome by its words: navigation, share bars, sign-in offers, footers.

The phrases come from :mod:`newsdoc._lexicons.chrome`, every language at
once (a page's chrome is recognised whatever the article's language); rows of
links are recognised by their shape alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

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

__all__ = ["chrome_facts", "is_chrome", "is_chrome_heading", "is_menu"]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _literals(words: Iterable[str]) -> re.Pattern[str]:
    """One ``re`` pattern that finds any of the literal phrases *words*.

    The phrases are factored into a prefix tree (``cookie(?:s| policy)``), so
    the engine tries one branch per character rather than every phrase at
    every position; ``re`` runs such literal patterns faster than ``regex``.
    """
    return re.compile(_tree(words))


def _tree(words: Iterable[str]) -> str:
    """The pattern source of the prefix tree of the literal phrases *words*."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    """The pattern source of one node of the prefix tree of :func:`_tree`."""
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def _all(lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    return [w for words in lexicon.values() for w in words]


_CHROME_PREFIX = regex.compile(
    r"^[\W_]{0,4}(?:" + _alternation(w.casefold() for w in _all(CHROME_PREFIXES)) + r")(?!\w)"
)
"""A chrome phrase opening a block."""
_PREFIX_HINT = re.compile(
    r"(?s).{0,4}(?:" + _tree(w.casefold() for w in _all(CHROME_PREFIXES)) + ")"
)
"""A chrome phrase within the first five characters: what :data:`_CHROME_PREFIX` needs
(a quick ``re`` test that spares most blocks the slower exact one)."""
_PREFIXES_BY_START: dict[str, tuple[str, ...]] = {
    start: tuple(sorted({w.casefold() for w in _all(CHROME_PREFIXES) if w.casefold()[:2] == start}))
    for start in {w.casefold()[:2] for w in _all(CHROME_PREFIXES)}
}
"""The chrome phrases by their first two letters (each opens with two letters, see the tests)."""
_CHROME_MARKER = _literals(
    w.casefold() for key, words in CHROME_MARKERS.items() if key for w in words
)
"""A chrome phrase anywhere in a block."""
_ANY_CHROME_MARK = _literals(w.casefold() for words in CHROME_MARKERS.values() for w in words)
"""A chrome phrase, or a language-independent chrome mark (a copyright sign, a bare URL)."""
_HEADINGS = frozenset(_all(CHROME_HEADINGS))
_EDGE_JUNK = " \t\u00a0[](){}<>:;,.!?'\"“”‘’«»#*•|–—-0123456789"
"""Counts and punctuation around a heading ("[ 12 comments ]")."""
_HEADING_WORDS = max(len(h.split()) for h in _HEADINGS)
_HEADING_EDGES = (
    frozenset(h.split()[0] for h in _HEADINGS if h.strip()),
    frozenset(h.split()[-1] for h in _HEADINGS if h.strip()),
)
"""The first and the last words of the headings: a heading block opens or closes with one."""
_EXTRA_WORDS = 2
"""How many more words a heading may have around its phrase ("Top Rated Comments")."""
_MENU_SEPARATOR = regex.compile(r"\s(?:[|/•·»>]|--?)\s|\s?[|•·]\s?")
"""What separates the links of a row."""
_MENU_MARK = re.compile(r"[|/•·»>-]")
"""A row of links shows one of its separators somewhere."""

_SHORT_CHARS = 100
_SHORT_WORDS = 12
_PREFIXED_WORDS = 6
"""A block opening with a one-word chrome prefix ("Popular") is chrome up to this many words."""
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
    if _MENU_MARK.search(text) is None:
        return False
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
    chrome phrase ("Read more", "Sign in", "Leia mais"), or with a chrome word
    ("Share", "Popular") and has at most six words, or is a row of links; or
    a block of up to 300 characters that contains a chrome marker ("All
    rights reserved", "Privacy Policy", "newsletter"); or a short block
    holding a copyright sign or a bare URL.

    Args:
        text: The block's collapsed text.

    Returns:
        Whether the block is chrome.
    """
    if len(text) > _MARKER_CHARS:
        return False
    return _is_chrome(text, text.casefold(), text.split() if len(text) <= _SHORT_CHARS else None)


def _is_chrome(text: str, folded: str, words: list[str] | None) -> bool:
    """:func:`is_chrome` of a block of at most 300 characters, given its folded text.

    *words* are the block's words, ``None`` for a block over 100 characters.
    """
    if words is None or len(words) > _SHORT_WORDS:
        return _CHROME_MARKER.search(folded) is not None
    if _ANY_CHROME_MARK.search(folded):
        return True
    if folded[:1].isalpha():
        # a letter opens the block: a phrase would stand right there
        phrases = _PREFIXES_BY_START.get(folded[:2])
        opens = phrases is not None and folded.startswith(phrases)
    else:
        opens = _PREFIX_HINT.match(folded) is not None
    prefix = _CHROME_PREFIX.match(folded) if opens else None
    if prefix is not None and (len(words) <= _PREFIXED_WORDS or " " in prefix.group().strip()):
        return True
    return _MENU_MARK.search(text) is not None and is_menu(text)


def chrome_facts(text: str, folded: str, words: list[str] | None) -> tuple[bool, bool]:
    """Return :func:`is_chrome` and :func:`is_chrome_heading` of a block at once.

    Args:
        text: The block's collapsed text.
        folded: The same, casefolded.
        words: ``text.split()`` when the block has at most 100 characters, else anything.

    Returns:
        ``(chrome, heading)``.
    """
    size = len(text)
    if size > _MARKER_CHARS:
        return False, False
    chrome = _is_chrome(text, folded, words if size <= _SHORT_CHARS else None)
    return chrome, size <= _HEADING_CHARS and _is_heading(folded)


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
    return len(text) <= _HEADING_CHARS and _is_heading(text.casefold())


def _is_heading(folded: str) -> bool:
    """:func:`is_chrome_heading` of a short block, given its casefolded text."""
    words = folded.strip(_EDGE_JUNK).split()
    firsts, lasts = _HEADING_EDGES
    if not words or (words[0] not in firsts and words[-1] not in lasts):
        return False
    if " ".join(words) in _HEADINGS:
        return True
    for size in range(1, min(_HEADING_WORDS, len(words)) + 1):
        if len(words) > size + _EXTRA_WORDS:
            continue
        if " ".join(words[:size]) in _HEADINGS or " ".join(words[-size:]) in _HEADINGS:
            return True
    return False
