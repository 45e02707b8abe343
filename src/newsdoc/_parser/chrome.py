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
from newsdoc._parser.joined import JoinedPage, joined_pieces
from newsdoc._parser.shape import ends_like_sentence

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["chrome_flags", "chrome_heading", "is_chrome", "is_chrome_heading", "is_menu"]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
_PREFIX_HINT = re.compile(r"\n" + _tree(w.casefold() for w in _all(CHROME_PREFIXES)))
"""A chrome phrase right after the line break before a block of a joined page (see
:func:`chrome_flags`): of the blocks opening with a letter or a digit, those
:data:`_CHROME_PREFIX` may match (a quick ``re`` scan that spares most blocks the
slower exact test)."""
_MARKER_PHRASES = tuple(
    sorted({w.casefold() for key, ws in CHROME_MARKERS.items() if key for w in ws})
)
"""The chrome phrases of every language that make a block chrome wherever they stand."""
_MARKS = tuple(sorted({w.casefold() for w in CHROME_MARKERS.get("", ())}))
"""The language-independent chrome marks: a copyright sign, a bare URL."""
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
    return chrome_flags([text], [text.casefold()])[0]


def chrome_flags(texts: Sequence[str], folded: Sequence[str]) -> list[bool]:
    """Return :func:`is_chrome` of every block of a page.

    Each sign of chrome is looked for once over the page (its folded blocks
    of up to 300 characters, joined: :func:`~newsdoc._parser.joined.joined_pieces`);
    only the blocks that show a sign are read further.

    Args:
        texts: The blocks' collapsed texts.
        folded: The same, casefolded.

    Returns:
        Per block, whether it is chrome.
    """
    flags = [False] * len(texts)
    scanned = [i for i, text in enumerate(texts) if len(text) <= _MARKER_CHARS]
    for page, indices in joined_pieces(folded, scanned):
        for k in _chrome_blocks(page, [texts[i] for i in indices], [folded[i] for i in indices]):
            flags[indices[k]] = True
    return flags


def _chrome_blocks(page: JoinedPage, texts: list[str], folded: list[str]) -> set[int]:
    """The chrome blocks among *texts* of at most 300 characters, joined into *page*."""
    chrome = page.holding(_MARKER_PHRASES)
    signed = page.holding(_MARKS)
    # a block opening with a letter or a digit has a chrome phrase right there, if anywhere
    # (neither is a "[\W_]" of _CHROME_PREFIX; marks, symbols and numbers such as "½" are)
    opened = page.matching(_PREFIX_HINT)
    heads = [f[:1] for f in folded]
    opened.update(k for k, head in enumerate(heads) if not (head.isalpha() or head.isdecimal()))
    separated = page.matching(_MENU_MARK)
    # the other signs make chrome only of a short block
    for k in (signed | opened | separated) - chrome:
        words = texts[k].split() if len(texts[k]) <= _SHORT_CHARS else None
        if words is None or len(words) > _SHORT_WORDS:
            continue
        if (
            k in signed
            or (k in opened and _opens_with_prefix(folded[k], words))
            or (k in separated and is_menu(texts[k]))
        ):
            chrome.add(k)
    return chrome


def _opens_with_prefix(folded: str, words: list[str]) -> bool:
    """Whether a short block opens with a chrome phrase that makes it chrome.

    Rule: a phrase of two words or more, or a one-word phrase ("Share") in a
    block of at most six words.
    """
    prefix = _CHROME_PREFIX.match(folded)
    return prefix is not None and (len(words) <= _PREFIXED_WORDS or " " in prefix.group().strip())


def chrome_heading(text: str, folded: str) -> bool:
    """:func:`is_chrome_heading` of a block, given its casefolded text.

    Args:
        text: The block's collapsed text.
        folded: The same, casefolded.

    Returns:
        Whether the block heads a section that follows an article.
    """
    return len(text) <= _HEADING_CHARS and _is_heading(folded)


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
    return chrome_heading(text, text.casefold())


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
