"""Label each block with its role: headline, byline, date, body, chrome, ...

Pages are read with signals that hold in every language:

* the page ``<title>`` that html-to-text tools put on the first line, which the
  headline repeats further down (often without the " | Site" suffix);
* the shape of a block: its length (wide CJK characters count double), and
  whether it ends like a sentence;
* the *densest run*: the article body is the stretch of the page where long,
  sentence-like blocks outweigh the short link-like lines of menus, share
  bars and footers (a maximum-sum run of per-block scores), right under the
  headline when the headline is known;
* what ends an article: a section heading ("Comments", "Related"), a date
  line (the next teaser's), lines repeated elsewhere on the page;
* the position of bylines and date lines just under the headline;
* page-chrome phrases from :mod:`newsdoc._lexicons.chrome`, in every language
  at once.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons.chrome import (
    CHROME_HEADINGS,
    CHROME_MARKERS,
    CHROME_PREFIXES,
    LANGUAGE_NAMES,
)
from newsdoc._parser.byline import Byline, match_byline
from newsdoc.model import BlockRole, Diagnostic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock

__all__ = [
    "BlockFacts",
    "Layout",
    "best_run",
    "block_weight",
    "is_chrome",
    "is_chrome_heading",
    "label_blocks",
    "title_matches",
]

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
"""Characters that carry about a word each: count them double."""

_SENTENCE_END = regex.compile(r"[.!?。！？…:;](?:[\"'”’»)\]]{0,3})$")
"""A block that ends like a sentence."""

_WORD = regex.compile(r"\w+")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_TITLE_SEPARATOR = regex.compile(r"\s[|–—:-]{1,2}\s|\s?\|\s?")
"""What separates a page title from the site's name."""
_QUOTE_SIGNATURE = regex.compile(r"[—–(-]")
"""How a quotation's signature or a bracketed note opens."""
_NUMBER = regex.compile(r"[+-]?\d[\d.,:%/-]{0,15}")
_EDGE_JUNK = regex.compile(r"^[\W\d_]{0,10}|[\W\d_]{0,10}$")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _all(lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    return [w for words in lexicon.values() for w in words]


_CHROME_PREFIX = regex.compile(
    r"^[\W_]{0,4}(?:" + _alternation(_all(CHROME_PREFIXES)) + r")(?!\w)", regex.IGNORECASE
)
_CHROME_MARKER = regex.compile(
    _alternation([w for key, words in CHROME_MARKERS.items() if key for w in words]),
    regex.IGNORECASE,
)
_CHROME_MARK_ANYWHERE = regex.compile(_alternation(CHROME_MARKERS[""]), regex.IGNORECASE)
_HEADINGS = frozenset(_all(CHROME_HEADINGS))
_HEADING_EDGE = regex.compile(
    r"^(?:"
    + _alternation(_all(CHROME_HEADINGS))
    + r")(?!\w)|(?<!\w)(?:"
    + _alternation(_all(CHROME_HEADINGS))
    + r")$"
)
_MENU_SEPARATOR = regex.compile(r"\s(?:[|/•·»>]|--?)\s|\s?[|•·]\s?")

_SHORT_CHARS = 100
_SHORT_WORDS = 12
_MARKER_CHARS = 300

_GOOD = 80
"""Weight from which a block counts as a full paragraph."""
_FAIR = 30
"""Weight from which a sentence-like block counts as a short paragraph."""
_UNFINISHED = 4
"""A long block that does not end like a sentence counts a quarter (teasers, links)."""
_SHORT_PENALTY = -25
_CHROME_PENALTY = -40
_DATED_PENALTY = -150
_HEADING_PENALTY = -400
"""A section heading after the article all but closes the body."""
_BODY_BEFORE_CUT = 3
"""How many full paragraphs make a following date line end the body."""
_HEADER_LONGS = 2
"""How many long blocks may stand between a headline and its byline or date."""
_HEADLINE_WINDOW = 60
"""How many blocks above the body the headline is looked for."""
_HEADER_WINDOW = 10
"""How many blocks past the headline bylines, dates and standfirsts may stand."""
_RUN_WINDOW = 25
"""How many blocks under the headline the body may start."""
_MAX_ANCHORS = 8
"""How many title-repeating blocks are tried as the headline."""


@attrs.frozen(kw_only=True)
class BlockFacts:
    """What the role stage knows about one block before labelling it."""

    chrome: bool
    """The block's words make it page chrome."""
    heading: bool
    """The block heads a section that follows an article ("Comments")."""
    caption: bool
    """The block carries caption evidence."""
    dated: bool
    """The block is a short line holding a date."""
    repeated: bool
    """The same text stands elsewhere on the page."""


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


def _all_languages(items: Sequence[str]) -> bool:
    """Whether every item names a language and at least two are bare language names."""
    names = [i.strip().casefold() for i in items]
    named = sum(n in LANGUAGE_NAMES for n in names)
    return named >= 2 and all(any(w in LANGUAGE_NAMES for w in n.split()) for n in names)


def _is_menu(text: str) -> bool:
    """Whether *text* is a row of links: items of at most four words between separators.

    A language switcher ("Portuguese / Spanish / English") is one.
    """
    items = [i for i in _MENU_SEPARATOR.split(text) if i.strip()]
    if len(items) >= 2 and _all_languages(items):
        return True
    if len(items) < 3:
        return False
    return all(len(i.split()) <= 4 for i in items) and not _SENTENCE_END.search(text)


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
    if len(text) > 60:
        return False
    core = _EDGE_JUNK.sub("", text.casefold()).strip()
    if core in _HEADINGS:
        return True
    match = _HEADING_EDGE.search(core)
    return match is not None and len(core.split()) <= len(match.group().split()) + 2


def _is_prose(text: str) -> bool:
    """Whether a short block reads like running text rather than a link.

    Rule: at least three words, and at least half of the words that start
    with a cased letter start lowercase ("Eat every two hours", not "Latest
    Sports News").
    """
    words = text.split()
    if len(words) < 3:
        return False
    cased = [w for w in words if w[:1].isupper() or w[:1].islower()]
    lower = sum(w[:1].islower() for w in cased)
    return lower >= 2 and 2 * lower >= len(cased)


def _is_title_case(text: str) -> bool:
    """Whether a block reads like a link to a story: capitalised words, no closing stop.

    Rule: it does not end like a sentence and most of its cased words are
    capitalised ("Volker Testifies He Was Unaware of Delayed Aid").
    """
    if _SENTENCE_END.search(text):
        return False
    cased = [w for w in text.split() if w[:1].isupper() or w[:1].islower()]
    upper = sum(w[:1].isupper() for w in cased)
    return len(cased) >= 3 and 3 * upper >= 2 * len(cased)


def _is_table_row(text: str) -> bool:
    """Whether a block is a row of figures: four or more words, three of them numbers."""
    words = text.split()
    return len(words) >= 4 and sum(_NUMBER.fullmatch(w) is not None for w in words) >= 3


def _penalty(facts: BlockFacts) -> int | None:
    """The score of a block that its facts alone decide, or ``None``."""
    if facts.caption:
        return 0
    if facts.heading:
        return _HEADING_PENALTY
    if facts.chrome:
        return _CHROME_PENALTY
    if facts.dated:
        return _DATED_PENALTY
    return None


def _score(text: str, facts: BlockFacts) -> int:
    """Score a block for the densest-run search: content positive, chrome negative.

    Rule: captions and blocks without a letter or digit are neutral; section
    headings, chrome and date lines are negative; a full paragraph scores its
    weight (half when repeated on the page); a sentence of fair length half
    its weight; a story link in title case, like any other short line, is
    negative; short prose and table rows are neutral.
    """
    penalty = 0 if not _LETTER.search(text) else _penalty(facts)
    if penalty is not None:
        return penalty
    weight = block_weight(text)
    if weight >= _GOOD and not (_is_title_case(text) and weight < 2 * _GOOD):
        if facts.repeated or not _SENTENCE_END.search(text):
            return weight // _UNFINISHED
        return weight
    if _FAIR <= weight < _GOOD and _SENTENCE_END.search(text):
        return weight // 2
    if _is_prose(text) or _is_table_row(text):
        return 0
    return _SHORT_PENALTY


def best_run(scores: Sequence[int], low: int, window: int) -> tuple[int, int, int] | None:
    """Return the best run of *scores* that starts within ``[low, low + window)``.

    Rule: Kadane's maximum-sum run, restarts allowed only inside the window.

    Args:
        scores: Per-block scores.
        low: The first index a run may start at.
        window: How many indices a run may start at.

    Returns:
        ``(first, last, total)`` of the run, or ``None`` when no run is positive.
    """
    best: tuple[int, int, int] | None = None
    total, start = 0, low
    for index in range(low, len(scores)):
        if total <= 0 and index < low + window:
            total, start = scores[index], index
        else:
            total += scores[index]
        if total > 0 and (best is None or total > best[2]):
            best = (start, index, total)
    return best


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def title_matches(title: str, text: str) -> bool:
    """Whether a block repeats the page title, or the title without its site name.

    Rule: after folding case and punctuation, the block equals the title, or
    the title starts or ends with the block and the block is the longer part
    of the title (the rest being the site's name), holding three words or ten
    characters at least.

    Args:
        title: The page title (the first line of the page).
        text: The block's text.

    Returns:
        Whether the block is the title's headline.
    """
    if len(text) > 2 * len(title) + 10:
        return False
    t, b = _norm(title), _norm(text)
    if not b or len(b) > len(t):
        return False
    if b == t:
        return True
    if len(b) < 10 and len(b.split()) < 3:
        return False
    return (t.startswith(b + " ") or t.endswith(" " + b)) and 2 * len(b) >= len(t)


def _title_core(title: str) -> str:
    """The page title without its trailing site name ("Headline | Site" -> "Headline")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and len(parts[-1]) < max(len(p) for p in parts[:-1]):
        return " ".join(parts[:-1])
    return title


def _overlap(title: str, text: str) -> float:
    """Share of the block's words found in the title's core (a loose headline match)."""
    t, b = set(_norm(_title_core(title)).split()), _norm(text).split()
    if len(b) < 3:
        return 0.0
    return sum(w in t for w in b) / len(b)


def _heading_like(text: str, facts: BlockFacts) -> bool:
    """Whether a block could be a headline: 15-300 wide, not a sentence, chrome or byline."""
    if facts.chrome or facts.caption or facts.dated or not 15 <= block_weight(text) <= 300:
        return False
    if text.endswith(".") or "@" in text:
        return False
    return match_byline(text) is None


def _title(blocks: Sequence[TextBlock]) -> str:
    """The page title: the first block when it stands on the first line."""
    return blocks[0].text if blocks and blocks[0].first_line == 0 else ""


def _anchored_run(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], scores: Sequence[int]
) -> tuple[int, tuple[int, int, int]] | None:
    """Find the headline as the title-repeating block followed by the most body.

    Rule: among the blocks after the first that repeat the page title, the
    headline is the one whose following run (starting within a few blocks of
    it) weighs most.

    Returns:
        ``(headline, (first, last, total))``, or ``None`` when no block repeats the title.
    """
    title = _title(blocks)
    if not title:
        return None
    anchors = [
        i
        for i in range(1, len(blocks))
        if not facts[i].chrome and title_matches(title, blocks[i].text)
    ][:_MAX_ANCHORS]
    best: tuple[int, tuple[int, int, int]] | None = None
    for anchor in anchors:
        run = best_run(scores, anchor + 1, _RUN_WINDOW)
        if run is not None and (best is None or run[2] > best[1][2]):
            best = (anchor, run)
    return best


def _find_headline(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], body_start: int
) -> int | None:
    """Pick the headline among the blocks above the body when no block repeats the title.

    Rule, in order: the nearest block above the body that shares most of its
    words with the title; the nearest heading-like block that a byline or a
    date line follows within three blocks; the nearest heading-like block that
    is not a bare name; the first line.
    """
    title = _title(blocks)
    low = 1 if title else 0
    window = range(body_start - 1, max(low, body_start - _HEADLINE_WINDOW) - 1, -1)
    candidates = [i for i in window if _heading_like(blocks[i].text, facts[i])]
    if title and candidates:
        best = max(candidates, key=lambda i: _overlap(title, blocks[i].text))
        if _overlap(title, blocks[best].text) >= 0.5:
            return best
    unnamed = [i for i in candidates if match_byline(blocks[i].text, bare=True) is None]
    for i in unnamed:
        if any(
            facts[j].dated or _is_byline(blocks[j].text)
            for j in range(i + 1, min(len(blocks), i + 4))
        ):
            return i
    if candidates:
        return (unnamed or candidates)[0]
    if title and not facts[0].chrome and not facts[0].dated:
        return 0
    return None


def _is_byline(text: str) -> bool:
    """Whether a block is a byline, or the lone byline word before one ("By")."""
    return text.casefold() == "by" or match_byline(text) is not None


def _header_end(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], headline: int, first: int
) -> int:
    """Return the index of the first body block after the headline's header.

    Rule: under the headline stand bylines, date lines and at most two long
    blocks (a standfirst, a picture's caption); the body starts at the first
    long block after a byline or date line, or after the headline when there
    is none.
    """
    end = headline + 1
    longs = 0
    for i in range(headline + 1, min(len(blocks), headline + 1 + _HEADER_WINDOW)):
        text = blocks[i].text
        if len(text) <= 200 and (facts[i].dated or _is_byline(text)):
            end = i + 1
        elif block_weight(text) >= _GOOD and not facts[i].chrome and not facts[i].caption:
            longs += 1
            if end > headline + 1 or longs > _HEADER_LONGS:
                break
    return max(end, first)


def _facts(
    blocks: Sequence[TextBlock], caption: Sequence[bool], dated: Sequence[bool]
) -> tuple[BlockFacts, ...]:
    """Gather the per-block facts the labelling reads."""
    counts = Counter(b.text.casefold() for b in blocks)
    return tuple(
        BlockFacts(
            chrome=is_chrome(b.text),
            heading=is_chrome_heading(b.text),
            caption=c,
            dated=d,
            repeated=counts[b.text.casefold()] > 1,
        )
        for b, c, d in zip(blocks, caption, dated, strict=True)
    )


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
    facts = _facts(blocks, caption, dated)
    scores = [_score(b.text, f) for b, f in zip(blocks, facts, strict=True)]
    diagnostics: list[Diagnostic] = []
    anchored = _anchored_run(blocks, facts, scores)
    if anchored is not None:
        headline: int | None = anchored[0]
        first, last, _ = anchored[1]
    else:
        run = best_run(scores, 0, len(scores))
        first, last = (run[0], run[1]) if run else (len(blocks), len(blocks) - 1)
        headline = _find_headline(blocks, facts, first) if blocks else None
    roles = [BlockRole.CAPTION if f.caption else BlockRole.BOILERPLATE for f in facts]
    if first > last:
        diagnostics.append(
            Diagnostic(code="no-body", message="no run of paragraph-like blocks was found")
        )
    if headline is None:
        diagnostics.append(Diagnostic(code="no-headline", message="no headline was found"))
        start = first
    else:
        roles[headline] = BlockRole.HEADLINE
        start = _header_end(blocks, facts, headline, first)
    bylines = _label_header(blocks, facts, roles, headline, start)
    start, last = _body_bounds(blocks, facts, start, last)
    for i in range(start, last + 1):
        if roles[i] is BlockRole.BOILERPLATE and _is_body(blocks[i].text, facts[i]):
            roles[i] = BlockRole.PARAGRAPH
    return Layout(
        roles=tuple(roles), headline=headline, bylines=bylines, diagnostics=tuple(diagnostics)
    )


def _body_bounds(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], start: int, last: int
) -> tuple[int, int]:
    """Return the first and last body blocks, given where the body run stands.

    Rule: a date line inside the run belongs to a header when fewer than
    three full paragraphs precede it (the body starts after it: pages repeat
    the byline and date under a standfirst or picture); after three, it opens
    the next item of a list of teasers or comments, and the body ends before
    it. A quotation's signature ("— Name (@handle) November 1, 2019") and a
    bracketed note are neither.
    """
    paragraphs = 0
    for i in range(start, last + 1):
        text = blocks[i].text
        if facts[i].dated and not _QUOTE_SIGNATURE.match(text):
            if paragraphs >= _BODY_BEFORE_CUT:
                return start, i - 1
            start, paragraphs = i + 1, 0
        elif block_weight(text) >= _GOOD and not facts[i].caption:
            paragraphs += 1
    return start, last


def _is_body(text: str, facts: BlockFacts) -> bool:
    """Whether a block inside the body run is body: not chrome, a date line or a repeat."""
    if facts.chrome or facts.heading or facts.dated:
        return False
    return not (facts.repeated and block_weight(text) < _FAIR)


def _is_standfirst(text: str, index: int, headline: int | None) -> bool:
    """Whether a header block is the standfirst: a sentence within three blocks of the headline."""
    if headline is None or index > headline + 3:
        return False
    return block_weight(text) >= _FAIR and not is_chrome(text) and not _is_title_case(text)


def _next_to_date(facts: Sequence[BlockFacts], index: int) -> bool:
    """Whether the block right above or below is a date line (a bare byline stands there)."""
    return (index > 0 and facts[index - 1].dated) or (
        index + 1 < len(facts) and facts[index + 1].dated
    )


def _label_header(
    blocks: Sequence[TextBlock],
    facts: Sequence[BlockFacts],
    roles: list[BlockRole],
    headline: int | None,
    start: int,
) -> tuple[Byline, ...]:
    """Label bylines, date lines and the standfirst between the headline and the body."""
    low = headline + 1 if headline is not None else max(0, start - _HEADER_WINDOW)
    bylines: list[Byline] = []
    after_by = False
    for i in range(low, min(len(blocks), start)):
        text = blocks[i].text
        bare = after_by or "@" in text or _next_to_date(facts, i)
        byline = None if facts[i].chrome else match_byline(text, bare=bare)
        after_by = text.casefold() == "by"
        if byline is not None or after_by:
            roles[i] = BlockRole.BYLINE
            if byline is not None:
                bylines.append(byline)
        elif facts[i].dated and len(text) <= 200:
            roles[i] = BlockRole.DATE
        elif _is_standfirst(text, i, headline) and roles[i] is BlockRole.BOILERPLATE:
            roles[i] = BlockRole.STANDFIRST
    return tuple(bylines)
