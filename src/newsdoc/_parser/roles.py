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
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING, NamedTuple

import attrs
import regex

from newsdoc._parser.byline import Byline, match_byline
from newsdoc._parser.chrome import chrome_flags, chrome_heading
from newsdoc._parser.shape import (
    block_weight,
    ends_like_sentence,
    has_content,
    is_title_case,
    prose_heads,
    table_row_words,
    title_case_heads,
    word_heads,
)
from newsdoc._parser.titles import Title, fold
from newsdoc.model import BlockRole, Diagnostic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock

__all__ = ["BlockFacts", "BylineCache", "Layout", "best_run", "block_facts", "label_blocks"]

_SENTENCE_BREAK = regex.compile(r"(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})")
"""Where one sentence ends and the next begins (not after "U.S.")."""
_QUOTE_SIGNATURE = regex.compile(r"[—–-]\s{0,3}\D.{0,80}?\(@|\(")
"""How a quotation's signature or a bracketed note opens."""
_GOOD = 80
"""Weight from which a block counts as a full paragraph."""
_FAIR = 30
"""Weight from which a sentence-like block counts as a short paragraph."""
_UNFINISHED = 4
"""A long block that does not end like a sentence counts a quarter (teasers, links)."""
_SHORT_PENALTY = -25
"""What a short link-like line (a menu item) weighs against the body."""
_CHROME_PENALTY = -40
"""What a line of page chrome weighs against the body."""
_DATED_PENALTY = -150
"""What a date line weighs against the body (it heads the next teaser or comment)."""
_HEADING_PENALTY = -400
"""A section heading after the article all but closes the body."""
_BODY_BEFORE_CUT = 3
"""How many full paragraphs make a following date line end the body."""
_HEADER_LONGS = 2
"""How many long blocks may stand between a headline and its byline or date."""
_PLAIN_HEADLINE = 150
"""How long a one-sentence first line may be to be a plain text's headline."""
_PLAIN_HEADER = 6
"""A body that starts this close to the first line makes that line the headline."""
_OVERLAP = 0.5
"""The share of its words a block must have in the title to be the headline by overlap."""
_TITLE_WORDS = 4
"""A page title of fewer words is a site's name, not a headline to compare with."""
_DATE_LINE_CHARS = 200
"""The longest block that may be a date line under the headline."""
_HEADLINE_WINDOW = 60
"""How many blocks above the body the headline is looked for."""
_HEADER_WINDOW = 10
"""How many blocks past the headline bylines, dates and standfirsts may stand."""
_RUN_WINDOW = 25
"""How many blocks under the headline the body may start."""
_FOLD_AT_ONCE = 2048
"""Blocks up to this long are casefolded at once (longer ones a piece at a time: :func:`fold`)."""
_MAX_ANCHORS = 8
"""How many title-repeating blocks are tried as the headline."""


class BlockFacts(NamedTuple):
    """What the role stage knows about one block before labelling it.

    A named tuple: every block of a page has one, and a tuple is built fastest.
    """

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
    weight: int
    """The block's length, wide characters counted double (:func:`block_weight`)."""
    title: bool = False
    """The block repeats the page title (see :meth:`Title.matches`)."""
    score: int = 0
    """What the block weighs in the densest-run search when it is no caption."""


class BylineCache:
    """The bylines read in a page's blocks: each block text is read once.

    The labelling asks whether a block is a byline from several places, and a
    page is labelled twice (see :func:`label_blocks`); one cache serves one page.
    """

    __slots__ = ("_read",)

    def __init__(self) -> None:
        """Start with nothing read."""
        self._read: dict[tuple[str, bool], Byline | None] = {}

    def __call__(self, text: str, *, bare: bool = False) -> Byline | None:
        """Return :func:`~newsdoc._parser.byline.match_byline` of *text*, read once.

        Args:
            text: The block's collapsed text.
            bare: Accept a block of names without a byline word.

        Returns:
            The byline, or ``None``.
        """
        key = (text, bare)
        if key in self._read:
            return self._read[key]
        found = self._read[key] = match_byline(text, bare=bare)
        return found


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


def _heading_like(text: str, facts: BlockFacts, read: BylineCache) -> bool:
    """Whether a block could be a headline: 15-300 wide, not a sentence, chrome or byline."""
    if facts.chrome or facts.caption or facts.dated or not 15 <= facts.weight <= 300:
        return False
    if text.endswith(".") or "@" in text:
        return False
    return read(text) is None


def _plain_headline(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], read: BylineCache
) -> bool:
    """Whether the first line of a plain text is its headline.

    Rule: it is heading-like, or it is a short line of one or two sentences
    (a closing stop is allowed: some sources end headlines with one) set
    apart by a blank line.
    """
    first = blocks[0].text
    if _heading_like(first, facts[0], read):
        return True
    if facts[0].chrome or facts[0].caption or facts[0].dated or len(blocks) < 2:
        return False
    short = facts[0].weight <= _PLAIN_HEADLINE and len(_SENTENCE_BREAK.findall(first)) <= 1
    return short and blocks[1].gap_before and read(first) is None


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
    if not _title(blocks):
        return None
    anchors = [i for i, f in enumerate(facts) if f.title and not f.chrome][:_MAX_ANCHORS]
    best: tuple[int, tuple[int, int, int]] | None = None
    for anchor in anchors:
        run = best_run(scores, anchor + 1, _RUN_WINDOW)
        if run is not None and (best is None or run[2] > best[1][2]):
            best = (anchor, run)
    return best


def _find_headline(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], body_start: int, read: BylineCache
) -> int | None:
    """Pick the headline among the blocks above the body when no block repeats the title.

    Rule, in order: the first line when the body follows it within a few
    blocks (plain text, not a web page, opens with its headline); the
    nearest block above the body that shares most of its
    words with the title (unless the title is too short to be more than the
    site's name); the nearest heading-like block that a byline
    follows within three blocks; the same with a date line; the nearest
    heading-like block that is not a bare name; the first line, unless the
    body starts there.
    """
    title = _title(blocks)
    if title and body_start <= _PLAIN_HEADER and _plain_headline(blocks, facts, read):
        return 0
    low = 1 if title else 0
    window = range(body_start - 1, max(low, body_start - _HEADLINE_WINDOW) - 1, -1)
    candidates = [i for i in window if _heading_like(blocks[i].text, facts[i], read)]
    page_title = Title(title) if candidates else None
    if page_title is not None and page_title.core_size >= _TITLE_WORDS:
        overlaps = {i: page_title.overlap(blocks[i].text) for i in candidates}
        best = max(candidates, key=overlaps.__getitem__)
        if overlaps[best] >= _OVERLAP:
            return best
    # whether a candidate is a bare name is read only for those it decides
    for follows in (_is_byline_block, _is_date_block):
        for i in candidates:
            if any(
                follows(blocks[j], facts[j], read) for j in range(i + 1, min(len(blocks), i + 4))
            ) and _unnamed(blocks[i], read):
                return i
    if candidates:
        return next((i for i in candidates if _unnamed(blocks[i], read)), candidates[0])
    if title and body_start > 0 and not facts[0].chrome and not facts[0].dated:
        return 0
    return None


def _unnamed(block: TextBlock, read: BylineCache) -> bool:
    """Whether a block is no bare name (a byline without its byline word)."""
    return read(block.text, bare=True) is None


def _is_byline_block(block: TextBlock, facts: BlockFacts, read: BylineCache) -> bool:
    """Whether a block is a byline with its byline word ("By Jane Doe")."""
    del facts
    return read(block.text) is not None


def _is_date_block(block: TextBlock, facts: BlockFacts, read: BylineCache) -> bool:
    """Whether a block is a date line."""
    del block, read
    return facts.dated


def _is_byline(text: str, read: BylineCache) -> bool:
    """Whether a block is a byline, or the lone byline word before one ("By")."""
    return _is_by(text) or read(text) is not None


def _is_by(text: str) -> bool:
    """Whether a block is the lone byline word "By" (in any case)."""
    return len(text) <= 2 and text.casefold() == "by"  # folding never shortens a text


def _header_end(
    blocks: Sequence[TextBlock],
    facts: Sequence[BlockFacts],
    headline: int,
    first: int,
    read: BylineCache,
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
        if len(text) <= 200 and (facts[i].dated or _is_byline(text, read)):
            end = i + 1
        elif facts[i].weight >= _GOOD and not facts[i].chrome and not facts[i].caption:
            longs += 1
            if end > headline + 1 or longs > _HEADER_LONGS:
                break
    return max(end, first)


def block_facts(
    blocks: Sequence[TextBlock], *, caption: Sequence[bool], dated: Sequence[bool]
) -> tuple[BlockFacts, ...]:
    """Gather the per-block facts the labelling reads.

    A quotation's signature ("— Name (@handle) November 1, 2019") and a
    bracketed note are not date lines, whatever dates they hold.

    Args:
        blocks: The page's blocks.
        caption: Per block, whether it carries caption evidence.
        dated: Per block, whether it is a date line.

    Returns:
        One :class:`BlockFacts` per block.
    """
    texts = [b.text for b in blocks]
    if len(caption) != len(texts) or len(dated) != len(texts):
        msg = "one caption flag and one date flag per block"
        raise ValueError(msg)
    # what a block's text alone tells is worked out once per distinct text of the page:
    # its facts as a block that is no caption or date line, and whether it has content
    # (a text is repeated when it stands twice, or another text folds to the same)
    counts = Counter(texts)
    distinct = list(counts)
    long_blocks = max(map(len, distinct), default=0) > _FOLD_AT_ONCE
    folded = list(map(fold if long_blocks else str.casefold, distinct))
    alike = {key for key, n in Counter(folded).items() if n > 1}
    chrome = chrome_flags(distinct, folded)
    title = Title(_title(blocks) if len(blocks) > 1 else "")  # no other block may repeat it
    known = {
        text: _text_facts(
            text, key, title, chrome=is_chrome, repeated=counts[text] > 1 or key in alike
        )
        for text, key, is_chrome in zip(distinct, folded, chrome, strict=True)
    }
    facts = [known[text][0] for text in texts]
    if facts and facts[0].title:
        facts[0] = facts[0]._replace(title=False)  # the title does not repeat itself
    for i in compress(range(len(texts)), map(or_, caption, dated)):
        plain, content = known[texts[i]]
        is_dated = dated[i] and not _QUOTE_SIGNATURE.match(texts[i])
        dated_score = is_dated and content and not (plain.heading or plain.chrome)
        facts[i] = facts[i]._replace(
            caption=caption[i],
            dated=is_dated,
            score=_DATED_PENALTY if dated_score else plain.score,
        )
    return tuple(facts)


def _text_facts(
    text: str, folded: str, title: Title, *, chrome: bool, repeated: bool
) -> tuple[BlockFacts, bool]:
    """What a block's text tells: its facts as no caption nor date line, and if it has content.

    Rule for the score, the block's weight in the densest-run search
    (content positive, chrome negative): blocks without a letter or digit
    are neutral (captions too); section headings, chrome and date lines are
    negative; a full paragraph scores its weight (a quarter when repeated on
    the page or not ending like a sentence); a sentence of fair length half
    its weight; a story link in title case, like any other short line, is
    negative; short prose and table rows are neutral.

    *chrome* says whether the block is chrome (see :func:`~newsdoc._parser.chrome.chrome_flags`).
    """
    # one function, few calls: it runs for every distinct block of every page
    words = text.split() if len(text) <= 2 * _GOOD else None
    heading = chrome_heading(text, folded)
    weight = len(text) if text.isascii() else block_weight(text)
    content = has_content(text)
    if not content:
        score = 0
    elif heading or chrome:
        score = _HEADING_PENALTY if heading else _CHROME_PENALTY
    else:
        # a block shorter than twice a full paragraph has its words (see above)
        score = _plain_score(text, words or [], weight, repeated=repeated)
    sizes = title.sizes
    facts = BlockFacts._make(
        (
            chrome,
            heading,
            False,  # no caption
            False,  # no date line
            repeated,
            weight,
            sizes[0] <= len(text) <= sizes[1]
            and len(folded) >= title.shortest_folded
            and title.matches_folded(text, folded),
            score,
        )
    )
    return facts, content


def _plain_score(text: str, words: list[str], weight: int, *, repeated: bool) -> int:
    """The score of a block with content, neither chrome nor a heading (see :func:`_text_facts`)."""
    ends = ends_like_sentence(text)
    full = weight if ends and not repeated else weight // _UNFINISHED
    if weight >= 2 * _GOOD:
        return full
    # fewer than three words are neither title case, prose nor a table row
    heads = word_heads(words) if len(words) >= 3 else ""
    if weight >= _GOOD and (ends or not title_case_heads(heads)):
        return full
    if weight >= _FAIR and ends:
        return weight // 2
    return 0 if heads and (prose_heads(heads) or table_row_words(words, heads)) else _SHORT_PENALTY


def _locate(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], read: BylineCache
) -> tuple[int | None, int, int, list[Diagnostic]]:
    """Find the headline and the body run: ``(headline, first, last, diagnostics)``.

    Rule: the headline that repeats the page title, with the run under it;
    failing that, the page's densest run, and the headline above it.
    """
    scores = [0 if f.caption else f.score for f in facts]
    anchored = _anchored_run(blocks, facts, scores)
    if anchored is not None:
        return anchored[0], anchored[1][0], anchored[1][1], []
    run = best_run(scores, 0, len(scores))
    first, last = (run[0], run[1]) if run else (len(blocks), len(blocks) - 1)
    first, last = _body_bounds(blocks, facts, first, last, read)
    headline = _find_headline(blocks, facts, first, read) if blocks else None
    diagnostics = []
    if headline is not None and headline > 0:
        diagnostics.append(
            Diagnostic(
                code="headline-guessed",
                message="no line repeats the page title; the headline was chosen by its place",
                span=blocks[headline].span,
            )
        )
    return headline, first, last, diagnostics


def label_blocks(
    blocks: Sequence[TextBlock], facts: Sequence[BlockFacts], *, cache: BylineCache | None = None
) -> Layout:
    """Label every block with its role.

    Args:
        blocks: The page's blocks, as :func:`newsdoc._parser.blocks.split_blocks` gives them.
        facts: What is known of each block, as :func:`block_facts` gives it.
        cache: The bylines already read in these blocks, when the page is labelled again.

    Returns:
        The :class:`Layout`: one role per block, the headline, the bylines, diagnostics.
    """
    read = BylineCache() if cache is None else cache
    headline, first, last, diagnostics = _locate(blocks, facts, read)
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
        start = _header_end(blocks, facts, headline, first, read)
    bylines, byline_diagnostics = _label_header(blocks, facts, roles, headline, start, read=read)
    diagnostics.extend(byline_diagnostics)
    start, last = _body_bounds(blocks, facts, start, last, read)
    _label_body(blocks, facts, roles, range(start, last + 1))
    return Layout(
        roles=tuple(roles), headline=headline, bylines=bylines, diagnostics=tuple(diagnostics)
    )


def _body_bounds(
    blocks: Sequence[TextBlock],
    facts: Sequence[BlockFacts],
    start: int,
    last: int,
    read: BylineCache,
) -> tuple[int, int]:
    """Return the first and last body blocks, given where the body run stands.

    Rule: a date line (or a byline) inside the run belongs to a header when fewer than
    three full paragraphs precede it (the body starts after it: pages repeat
    the byline and date under a standfirst or picture); after three, it opens
    the next item of a list of teasers or comments, and the body ends before
    it.
    """
    paragraphs = 0
    for i in range(start, last + 1):
        text = blocks[i].text
        if facts[i].dated:
            if paragraphs >= _BODY_BEFORE_CUT:
                return start, i - 1
            start, paragraphs = i + 1, 0
        elif paragraphs < _BODY_BEFORE_CUT and len(text) <= 100 and read(text):
            start, paragraphs = i + 1, 0
        elif facts[i].weight >= _GOOD and not facts[i].caption:
            paragraphs += 1
    return start, last


def _label_body(
    blocks: Sequence[TextBlock],
    facts: Sequence[BlockFacts],
    roles: list[BlockRole],
    body: range,
) -> None:
    """Label the body blocks of the run as paragraphs.

    Rule: a block of the run is body unless it is chrome, a date line or a
    short repeat; under a section heading inside the run ("Related
    articles"), the links that follow are not body either, up to the next
    block that ends like a sentence.
    """
    in_box = False
    for i in body:
        text = blocks[i].text
        if facts[i].heading:
            in_box = True
        elif in_box and ends_like_sentence(text):
            in_box = False
        if not in_box and roles[i] is BlockRole.BOILERPLATE and _is_body(facts[i]):
            roles[i] = BlockRole.PARAGRAPH


def _is_body(facts: BlockFacts) -> bool:
    """Whether a block inside the body run is body: not chrome, a date line or a repeat."""
    if facts.chrome or facts.heading or facts.dated:
        return False
    return not (facts.repeated and facts.weight < _FAIR)


def _is_standfirst(text: str, facts: BlockFacts, index: int, headline: int | None) -> bool:
    """Whether a header block is the standfirst: a sentence within three blocks of the headline."""
    if headline is None or index > headline + 3:
        return False
    return facts.weight >= _FAIR and not facts.chrome and not is_title_case(text)


def _next_to_date(facts: Sequence[BlockFacts], index: int) -> bool:
    """Whether the block right above or below is a date line (a bare byline stands there)."""
    return (index > 0 and facts[index - 1].dated) or (
        index + 1 < len(facts) and facts[index + 1].dated
    )


def _label_header(  # noqa: PLR0913 -- the page, what is known of it, and where the header stands
    blocks: Sequence[TextBlock],
    facts: Sequence[BlockFacts],
    roles: list[BlockRole],
    headline: int | None,
    start: int,
    *,
    read: BylineCache,
) -> tuple[tuple[Byline, ...], list[Diagnostic]]:
    """Label bylines, date lines and the standfirst between the headline and the body.

    Rule: a byline opens with a byline word, or is a bare name where bylines
    stand (right under the headline, after a lone "By", next to a date line,
    with a handle); the standfirst stands under the headline before any
    byline or date line. Captions keep their role.

    Returns:
        The bylines read, and a diagnostic for each byline read from bare names.
    """
    low = headline + 1 if headline is not None else max(0, start - _HEADER_WINDOW)
    bylines: list[Byline] = []
    diagnostics: list[Diagnostic] = []
    after_by = False
    standfirst_open = True
    for i in range(low, min(len(blocks), start)):
        text = blocks[i].text
        if facts[i].caption:
            continue
        bare = after_by or i == low or "@" in text or _next_to_date(facts, i)
        byline = None if facts[i].chrome else read(text, bare=bare and headline is not None)
        if byline is not None and read(text) is None:
            diagnostics.append(_bare_byline(blocks[i]))
        after_by = _is_by(text)
        if byline is not None or after_by:
            roles[i] = BlockRole.BYLINE
            standfirst_open = False
            bylines.extend(() if byline is None else (byline,))
        elif facts[i].dated and len(text) <= _DATE_LINE_CHARS:
            roles[i] = BlockRole.DATE
            standfirst_open = False
        elif standfirst_open and _is_standfirst(text, facts[i], i, headline):
            roles[i] = BlockRole.STANDFIRST
    return tuple(bylines), diagnostics


def _bare_byline(block: TextBlock) -> Diagnostic:
    """Say that a byline was read from names without a byline word."""
    return Diagnostic(
        code="byline-guessed",
        message="authors read from a line of names without a byline word",
        span=block.span,
    )
