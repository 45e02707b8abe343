"""Label each block with its role: headline, byline, date, body, chrome, ...

Pages are read with signals that hold in every language:

* the page ``<title>`` that html-to-text tools put on the first line, which the
  headline repeats further down (often without the " | Site" suffix);
* the shape of a block: its length (wide CJK characters count double), and
  whether it ends like a sentence;
* the *densest run*: the article body is the stretch of the page where long,
  sentence-like blocks outweigh the short link-like lines of menus, share
  bars and footers (the maximum-sum run of per-block scores);
* the position of bylines and date lines just under the headline;
* page-chrome phrases from :mod:`newsdoc._lexicons.chrome`, in every language
  at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons.chrome import CHROME_MARKERS, CHROME_PREFIXES, LANGUAGE_NAMES
from newsdoc._parser.byline import Byline, match_byline
from newsdoc.model import BlockRole, Diagnostic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock

__all__ = ["Layout", "block_weight", "is_chrome", "label_blocks", "title_matches"]

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
"""Characters that carry about a word each: count them double."""

_SENTENCE_END = regex.compile(r"[.!?。！？…:;](?:[\"'”’»)\]]{0,3})$")
"""A block that ends like a sentence."""

_WORD = regex.compile(r"\w+")


def _prefix_pattern(words: Sequence[str]) -> regex.Pattern[str]:
    alternatives = sorted(set(words), key=len, reverse=True)
    return regex.compile(
        r"^[\W_]{0,4}(?:" + "|".join(regex.escape(w) for w in alternatives) + r")(?!\w)",
        regex.IGNORECASE,
    )


_CHROME_PREFIX = _prefix_pattern([w for words in CHROME_PREFIXES.values() for w in words])
_CHROME_MARKER = regex.compile(
    "|".join(
        regex.escape(w)
        for key, words in CHROME_MARKERS.items()
        if key
        for w in sorted(words, key=len, reverse=True)
    ),
    regex.IGNORECASE,
)
_CHROME_MARK_ANYWHERE = regex.compile(
    "|".join(regex.escape(w) for w in CHROME_MARKERS[""]), regex.IGNORECASE
)
_MENU_SEPARATOR = regex.compile(r"\s(?:[|/•·»>]|--?)\s|\s?[|•·]\s?")

_SHORT_CHARS = 100
_SHORT_WORDS = 12
_MARKER_CHARS = 300

_GOOD = 80
"""Weight from which a block counts as a full paragraph."""
_FAIR = 30
"""Weight from which a sentence-like block counts as a short paragraph."""
_SHORT_PENALTY = -25
_CHROME_PENALTY = -40
_HEADLINE_WINDOW = 60
"""How many blocks above the body the headline is looked for."""
_HEADER_WINDOW = 8
"""How many blocks past the headline bylines, dates and standfirsts may stand."""


@attrs.frozen(kw_only=True)
class Layout:
    """The roles of a page's blocks and what was read on the way."""

    roles: tuple[BlockRole, ...]
    """One role per block."""
    headline: int | None
    """Index of the headline block."""
    bylines: tuple[Byline, ...]
    """The bylines read, in order."""
    diagnostics: tuple[Diagnostic, ...]
    """What was guessed."""


def block_weight(text: str) -> int:
    """Return the length of *text* with wide (CJK) characters counted double."""
    return len(text) + len(_WIDE.findall(text))


def _is_menu(text: str) -> bool:
    """Whether *text* is a row of links: items of at most four words between separators.

    A language switcher ("Portuguese / Spanish / English") is one.
    """
    items = [i for i in _MENU_SEPARATOR.split(text) if i.strip()]
    if len(items) < 3 and not (len(items) == 2 and _all_languages(items)):
        return False
    if _all_languages(items):
        return True
    return all(len(i.split()) <= 4 for i in items) and not _SENTENCE_END.search(text)


def _all_languages(items: Sequence[str]) -> bool:
    names = [i.strip().casefold() for i in items]
    named = sum(n in LANGUAGE_NAMES for n in names)
    return named >= 2 and all(any(w in LANGUAGE_NAMES for w in n.split()) for n in names)


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
    if short and _is_menu(text):
        return True
    return len(text) <= _MARKER_CHARS and _CHROME_MARKER.search(text) is not None


def _score(text: str, *, chrome: bool, caption: bool) -> int:
    """Score a block for the densest-run search: content positive, chrome negative."""
    if caption:
        return 0
    if chrome:
        return _CHROME_PENALTY
    weight = block_weight(text)
    if weight >= _GOOD:
        return weight
    if weight >= _FAIR and _SENTENCE_END.search(text):
        return weight // 2
    return _SHORT_PENALTY


def densest_run(scores: Sequence[int]) -> tuple[int, int] | None:
    """Return the ``(first, last)`` indices of the maximum-sum run of *scores*.

    Rule: Kadane's algorithm; ``None`` when no score is positive.
    """
    best, best_range = 0, None
    total, start = 0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = score, index
        else:
            total += score
        if total > best:
            best, best_range = total, (start, index)
    return best_range


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def title_matches(title: str, text: str) -> bool:
    """Whether a block repeats the page title, or the title without its site name.

    Rule: after folding case and punctuation, the block equals the title, or
    the title starts or ends with the block, the block holding at least three
    words (or ten characters) and a third of the title.

    Args:
        title: The page title (the first line of the page).
        text: The block's text.

    Returns:
        Whether the block is the title's headline.
    """
    t, b = _norm(title), _norm(text)
    if not b or len(b) > len(t):
        return False
    if b == t:
        return True
    if len(b) < max(10, len(t) // 3) and len(b.split()) < 3:
        return False
    return (t.startswith(b + " ") or t.endswith(" " + b)) and 3 * len(b) >= len(t)


def _overlap(title: str, text: str) -> float:
    """Share of the block's words found in the title (a loose headline match)."""
    t, b = set(_norm(title).split()), _norm(text).split()
    if len(b) < 3:
        return 0.0
    return sum(w in t for w in b) / len(b)


def _heading_like(block: TextBlock, *, chrome: bool, caption: bool, dated: bool) -> bool:
    """Whether a block could be a headline: 15-300 wide, not a sentence, not chrome."""
    weight = block_weight(block.text)
    if chrome or caption or dated or not 15 <= weight <= 300:
        return False
    return not block.text.endswith(".") and match_byline(block.text) is None


def _find_headline(
    blocks: Sequence[TextBlock],
    chrome: Sequence[bool],
    caption: Sequence[bool],
    dated: Sequence[bool],
    body_start: int,
) -> int | None:
    """Pick the headline block among the blocks above the body.

    Rule, in order: the nearest block above the body that repeats the page
    title; the nearest that shares most of its words with the title; the
    nearest heading-like block.
    """
    has_title = bool(blocks) and blocks[0].first_line == 0
    title = blocks[0].text if has_title else ""
    low = 1 if has_title else 0
    top = min(body_start + 1, len(blocks) - 1)
    window = range(top, max(low, body_start - _HEADLINE_WINDOW) - 1, -1)
    candidates = [
        i for i in window if not chrome[i] and not caption[i] and len(blocks[i].text) <= 400
    ]
    if title:
        for i in candidates:
            if title_matches(title, blocks[i].text):
                return i
        for i in candidates:
            if _overlap(title, blocks[i].text) >= 0.6 and _heading_like(
                blocks[i], chrome=False, caption=False, dated=dated[i]
            ):
                return i
    for i in candidates:
        if i < body_start and _heading_like(blocks[i], chrome=False, caption=False, dated=dated[i]):
            return i
    if has_title and not chrome[0] and not dated[0]:
        return 0
    return None


def _header_end(
    blocks: Sequence[TextBlock], dated: Sequence[bool], headline: int, body_start: int, last: int
) -> int:
    """Return the index of the first body block after the headline's header.

    Rule: bylines and date lines stand within a few blocks under the headline;
    the body starts after the last of them (what lies between is standfirst).
    """
    start = max(body_start, headline + 1)
    end = start
    for i in range(headline + 1, min(last + 1, start + _HEADER_WINDOW)):
        text = blocks[i].text
        if len(text) <= 200 and (dated[i] or _is_byline(text)):
            end = i + 1
    return end


def _is_byline(text: str) -> bool:
    """Whether a block is a byline, or the lone byline word before one ("By")."""
    return text.casefold() == "by" or match_byline(text) is not None


def label_blocks(
    blocks: Sequence[TextBlock],
    *,
    caption: Sequence[bool],
    dated: Sequence[bool],
) -> Layout:
    """Label every block with its role.

    Args:
        blocks: The page's blocks, as :func:`newsdoc._parser.blocks.split_blocks` gives them.
        caption: Per block, whether it carries caption evidence.
        dated: Per block, whether it is a short line holding a date.

    Returns:
        The :class:`Layout`: one role per block, the headline, the bylines, diagnostics.
    """
    chrome = [is_chrome(b.text) for b in blocks]
    scores = [
        _score(b.text, chrome=c, caption=p)
        for b, c, p in zip(blocks, chrome, caption, strict=True)
    ]
    region = densest_run(scores)
    diagnostics: list[Diagnostic] = []
    roles = [BlockRole.CAPTION if p else BlockRole.BOILERPLATE for p in caption]
    if region is None:
        diagnostics.append(
            Diagnostic(code="no-body", message="no run of paragraph-like blocks was found")
        )
        first, last = len(blocks), len(blocks) - 1
    else:
        first, last = region
    headline = None
    if blocks:
        headline = _find_headline(blocks, chrome, caption, dated, min(first, len(blocks) - 1))
    if headline is None:
        diagnostics.append(Diagnostic(code="no-headline", message="no headline was found"))
        start = first
    else:
        roles[headline] = BlockRole.HEADLINE
        start = _header_end(blocks, dated, headline, first, last)
    bylines = _label_header(blocks, roles, dated, headline, start)
    for i in range(start, last + 1):
        if roles[i] is BlockRole.BOILERPLATE and not chrome[i]:
            roles[i] = BlockRole.PARAGRAPH
    return Layout(
        roles=tuple(roles), headline=headline, bylines=bylines, diagnostics=tuple(diagnostics)
    )


def _is_standfirst(text: str, index: int, headline: int | None) -> bool:
    """Whether a header block is the standfirst: a sentence within three blocks of the headline."""
    if headline is None or index > headline + 3:
        return False
    return block_weight(text) >= _FAIR and not is_chrome(text)


def _label_header(
    blocks: Sequence[TextBlock],
    roles: list[BlockRole],
    dated: Sequence[bool],
    headline: int | None,
    start: int,
) -> tuple[Byline, ...]:
    """Label bylines, date lines and the standfirst between the headline and the body."""
    low = headline + 1 if headline is not None else max(0, start - _HEADER_WINDOW)
    bylines: list[Byline] = []
    after_by = False
    for i in range(low, min(len(blocks), start)):
        text = blocks[i].text
        byline = match_byline(text, bare=after_by)
        after_by = text.casefold() == "by"
        if byline is not None or after_by:
            roles[i] = BlockRole.BYLINE
            if byline is not None:
                bylines.append(byline)
        elif dated[i] and len(text) <= 200:
            roles[i] = BlockRole.DATE
        elif _is_standfirst(text, i, headline) and roles[i] is BlockRole.BOILERPLATE:
            roles[i] = BlockRole.STANDFIRST
    return tuple(bylines)
