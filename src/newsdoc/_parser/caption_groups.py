"""Captions on web pages: join caption pieces that stand on separate lines.

Pages put a caption's description and its credit on separate lines, the BBC
puts "Image copyright X" above "Image caption ...", and photo sliders write a
lone "Photo:" label above the credit. :func:`group_captions` reads the blocks
of a page as :func:`~newsdoc._parser.captions.match_caption` would (a block is
read only when the page-wide cue scan and the fast reading of
:mod:`.captions` say it may be a caption or a credit) and joins such pieces
into one caption.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser.captions import (
    CaptionResult,
    Opening,
    cue_candidates,
    label_pattern,
    may_be_caption,
    open_caption,
    parse_caption,
)
from newsdoc._parser.credit_names import split_credit
from newsdoc.model import Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

__all__ = ["CaptionGroup", "group_captions", "reread_group"]


@attrs.frozen(kw_only=True)
class CaptionGroup:
    """A caption made of one or more consecutive blocks of a page."""

    first: int
    """Index of the caption's first block."""
    last: int
    """Index of its last block (``first`` when it is one block)."""
    result: CaptionResult
    """The caption read from the blocks' whole range."""
    shaped: bool = False
    """Whether only the page's shape made it a caption (its credit is that shape's)."""


_LONE_LABEL = regex.compile(
    r"\s*(?:©\s*)?(?:"
    + "|".join(label_pattern(w + ":") for words in lex.CREDIT_LABELS.values() for w in words)
    + r")\s*",
    regex.IGNORECASE,
)
_JOINED_CREDIT = re.compile(r"/|[^\S\x1c-\x1f]\|[^\S\x1c-\x1f]|[^\S\x1c-\x1f]for[^\S\x1c-\x1f]")
"""A credit that joins a photographer to an agency ("NAME/AGENCY", "NAME for ORG"); white
space is ``regex``'s (``re``'s but four separators)."""
_LOWER_WORD = regex.compile(r"(?<!\S)\p{Ll}{2,}")
_DESCRIPTION_WORDS = (4, 60)
"""How many words a block may have to be the description a credit line closes."""
_CREDIT_WORDS = 12
"""How many words the block after a lone credit label may have."""
_SIBLING_CREDIT_WORDS = 5
"""How many words a credit line may have that only its place shows to be one."""
_SIBLING_MARGIN = 10
"""How many blocks beyond the first and last such caption the shape is looked for."""
_SIBLINGS = 2
"""How many captions of one shape a page needs before their shape alone counts."""
_BARE_CREDIT = regex.compile(r"[\p{Lu}\p{N}][^\n.!?:;]{0,60}(?<![.!?:;,])")
"""A short line that can be a credit: capitalised, without sentence punctuation."""
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")


def _is_credit_only(result: CaptionResult) -> bool:
    """Whether a block is only what closes a caption: a credit, or a video stamp."""
    closing = result.caption.credit is not None or "stamp" in result.evidence
    return result.caption.text == "" and closing


def _describes(text: str, span: Span) -> bool:
    """Whether a block reads like a caption's description: a short phrase with lower-case words."""
    piece = span.slice(text).strip()
    if piece.startswith("(") and piece.endswith(")"):
        return False
    low, high = _DESCRIPTION_WORDS
    if not low <= len(piece.split(maxsplit=high)) <= high:  # words past high are not split
        return False
    lower = _LOWER_WORD.finditer(piece)
    return next(lower, None) is not None and next(lower, None) is not None


@attrs.frozen
class _Page:
    """The blocks of one page and how each reads alone (local to one call)."""

    text: str
    blocks: Sequence[Span]
    reference_date: dt.date | None
    sure: dict[int, set[str]] = attrs.field(factory=dict)
    """The kinds of cue each block surely shows
    (:func:`~newsdoc._parser.captions.cue_candidates`)."""
    maybe: dict[int, set[str]] | None = None
    """The kinds of cue each block may show (``None``: any block, any kind)."""
    labelled: set[int] = attrs.field(factory=set)
    """The blocks that may be a lone credit label (:func:`_colon_closed_blocks`)."""
    joined: set[int] = attrs.field(factory=set)
    """The blocks that may hold a joined credit (:func:`_blocks_holding` its marks)."""
    readings: dict[int, CaptionResult] = attrs.field(factory=dict)
    """The blocks read so far (each block is read once, when first asked for)."""
    cued: dict[int, bool] = attrs.field(factory=dict)
    """Per block tested so far, whether it may show caption evidence."""
    closings: dict[int, tuple[bool, bool]] = attrs.field(factory=dict)
    """Per block tested so far, whether it may show evidence and have a credit
    (:func:`~newsdoc._parser.captions.open_caption`)."""
    openings: dict[int, Opening] = attrs.field(factory=dict)
    """Per block tested so far and not yet read, its reading up to the first tail step."""
    described: dict[int, bool] = attrs.field(factory=dict)
    """Per block tested so far, whether it reads like a description."""

    def kinds(self, i: int) -> set[str] | None:
        """The kinds of cue block *i* may show (``None``: any)."""
        return None if self.maybe is None else self.maybe.get(i, set())

    def closing(self, i: int) -> tuple[bool, bool]:
        """Whether block *i* may show caption evidence, and may have a credit (read fast)."""
        found = self.closings.get(i)
        if found is None:
            block = self.blocks[i]
            evidence, credit, opening = open_caption(
                self.text, block.start, block.end, kinds=self.kinds(i)
            )
            found = self.closings[i] = (evidence, credit)
            self.openings[i] = opening
        return found

    def read(self, i: int) -> CaptionResult:
        """Block *i* read as a caption."""
        found = self.readings.get(i)
        if found is None:
            block = self.blocks[i]
            found = parse_caption(
                self.text,
                start=block.start,
                end=block.end,
                reference_date=self.reference_date,
                kinds=self.kinds(i),
                opening=self.openings.pop(i, None),
            )
            self.readings[i] = found
        return found

    def evidence(self, i: int) -> CaptionResult | None:
        """Block *i* as a caption when it carries caption evidence, else ``None``."""
        if not 0 <= i < len(self.blocks):
            return None
        cued = self.cued.get(i)
        if cued is None:
            block = self.blocks[i]
            if i in self.sure:
                cued = True
            elif self.maybe is None:
                cued = may_be_caption(self.text, block.start, block.end)
            else:
                kinds = self.maybe.get(i, set())
                cued = bool(kinds) and may_be_caption(
                    self.text, block.start, block.end, kinds=kinds
                )
            self.cued[i] = cued
        if not cued or (i not in self.readings and not self.closing(i)[0]):
            return None
        found = self.read(i)
        return found if found.evidence else None

    def join(self, first: int, last: int) -> CaptionResult:
        """Read blocks *first* to *last* as one caption."""
        kinds = [self.kinds(i) for i in range(first, last + 1)]
        return parse_caption(
            self.text,
            start=self.blocks[first].start,
            end=self.blocks[last].end,
            reference_date=self.reference_date,
            kinds=None if None in kinds else set().union(*kinds),  # type: ignore[arg-type]
        )

    def tight(self, i: int) -> bool:
        """Whether block *i* and the next stand on consecutive lines, with blank lines around."""
        text, blocks = self.text, self.blocks
        if i + 1 >= len(blocks) or _BLANK_LINE.search(text, blocks[i].end, blocks[i + 1].start):
            return False
        before = i == 0 or _BLANK_LINE.search(text, blocks[i - 1].end, blocks[i].start)
        after = i + 2 >= len(blocks) or _BLANK_LINE.search(
            text, blocks[i + 1].end, blocks[i + 2].start
        )
        return bool(before and after)

    def describes(self, i: int) -> bool:
        """Whether block *i* is a description without caption evidence of its own."""
        if i < 0 or self.evidence(i) is not None:
            return False
        found = self.described.get(i)
        if found is None:
            found = self.described[i] = _describes(self.text, self.blocks[i])
        return found


def _lone_label_group(page: _Page, i: int) -> CaptionGroup | None:
    """A lone credit label ("Photo:", "Фото:") and the short block after it as its credit."""
    text, blocks = page.text, page.blocks
    if i not in page.labelled:
        return None
    if _LONE_LABEL.fullmatch(text, blocks[i].start, blocks[i].end) is None:
        return None
    if i + 1 >= len(blocks) or page.evidence(i + 1) is not None:
        return None
    if len(blocks[i + 1].slice(text).split()) > _CREDIT_WORDS:
        return None
    merged = page.join(i, i + 1)
    return CaptionGroup(first=i, last=i + 1, result=merged) if merged.caption.credit else None


def _credit_line_group(page: _Page, i: int) -> CaptionGroup:
    """A credit-only block, joined to the labelled caption after it or the description before it."""
    here = page.read(i)
    nxt = page.evidence(i + 1)
    if nxt is not None and nxt.caption.credit is None and "label" in nxt.evidence:
        return CaptionGroup(first=i, last=i + 1, result=page.join(i, i + 1))
    credit = here.caption.credit.text if here.caption.credit else ""
    if not credit and page.describes(i - 1):
        return CaptionGroup(first=i - 1, last=i, result=page.join(i - 1, i))
    bare_sign = page.blocks[i].slice(page.text).lstrip().startswith("©") and "/" not in credit
    if not bare_sign and page.describes(i - 1):
        merged = page.join(i - 1, i)
        if merged.caption.credit is not None and merged.caption.text:
            return CaptionGroup(first=i - 1, last=i, result=merged)
    return CaptionGroup(first=i, last=i, result=here)


def _may_join(text: str, block: Span) -> bool:
    """Whether *block*, which holds a "/", "|" or "for", holds a :data:`_JOINED_CREDIT` match.

    A "/" is one; a spaced "|" or "for" is looked for from the first of them on.
    """
    start, end = block.start, block.end
    if text.find("/", start, end) >= 0:
        return True
    found = [at for at in (text.find("|", start, end), text.find("for", start, end)) if at >= 0]
    return bool(found) and _JOINED_CREDIT.search(text, max(start, min(found) - 1), end) is not None


_JOIN_MARKS = ("/", "|", "for")
"""What every :data:`_JOINED_CREDIT` match holds."""


def _blocks_holding(text: str, blocks: Sequence[Span], marks: Iterable[str]) -> set[int]:
    """The indices of the blocks that hold one of *marks*, each looked for once over the blocks.

    A block found to hold a mark is skipped by the rest of that mark's search.
    """
    found: set[int] = set()
    if not blocks:
        return found
    starts = [b.start for b in blocks]
    hi = blocks[-1].end
    for mark in marks:
        at = text.find(mark, blocks[0].start, hi)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            inside = i >= 0 and at + len(mark) <= blocks[i].end
            if inside:
                found.add(i)
            at = text.find(mark, blocks[i].end if inside else at + 1, hi)
    return found


def _colon_closed_blocks(text: str, blocks: Sequence[Span]) -> set[int]:
    """The indices of the blocks whose last character but white space is a colon (found page-wide).

    Every lone credit label (:data:`_LONE_LABEL`) closes with its colon.
    """
    found: set[int] = set()
    for i in _blocks_holding(text, blocks, (":",)):
        end = blocks[i].end
        if not text[text.rfind(":", blocks[i].start, end) + 1 : end].strip():
            found.add(i)
    return found


def _weak_credit_group(page: _Page, i: int) -> CaptionGroup | None:
    """A block that is only a weak credit ("NAME for Quanta Magazine") closing a description.

    Such a block is no caption on its own; it joins the description right before it.
    """
    if i not in page.joined or not _may_join(page.text, page.blocks[i]):
        return None  # nor has its credit a "/", " | " or " for "
    if not page.describes(i - 1):
        return None
    if page.evidence(i) is not None or (i not in page.readings and not page.closing(i)[1]):
        return None
    credit = page.read(i).caption.credit
    if (
        not _is_credit_only(page.read(i))
        or credit is None
        or not _JOINED_CREDIT.search(credit.text)
    ):
        return None
    merged = page.join(i - 1, i)
    if merged.caption.credit is None or not merged.caption.text:
        return None
    return CaptionGroup(first=i - 1, last=i, result=merged)


def _group_at(page: _Page, i: int) -> CaptionGroup | None:
    """The caption group that block *i* starts or closes, if any (see :func:`group_captions`)."""
    here = page.evidence(i)
    if here is None:
        return _lone_label_group(page, i) or _weak_credit_group(page, i)
    if not _is_credit_only(here):
        return CaptionGroup(first=i, last=i, result=here)
    return _credit_line_group(page, i)


def _sibling_groups(page: _Page, groups: list[CaptionGroup]) -> list[CaptionGroup]:
    """Captions that only their shape shows, on a page whose captions share that shape.

    Rule: when at least two captions of a page are a description line with
    its credit on the next line, set apart by blank lines, every other such
    pair of lines among them (or up to ten blocks away) whose second line is
    a short capitalised phrase without sentence punctuation ("Berkeley
    Earth") is a caption with that credit too.
    """
    shaped = [g for g in groups if g.last == g.first + 1 and page.tight(g.first)]
    if len(shaped) < _SIBLINGS:
        return []
    taken = {k for g in groups for k in range(g.first, g.last + 1)}
    found: list[CaptionGroup] = []
    low = max(0, shaped[0].first - _SIBLING_MARGIN)
    high = min(len(page.blocks) - 1, shaped[-1].last + _SIBLING_MARGIN)
    for i in range(low, high):
        if i in taken or i + 1 in taken or not page.tight(i) or not page.describes(i):
            continue
        credit_span = page.blocks[i + 1]
        line = credit_span.slice(page.text).strip()
        if len(line.split()) > _SIBLING_CREDIT_WORDS or not _BARE_CREDIT.fullmatch(line):
            continue
        if page.evidence(i + 1) is not None or page.read(i + 1).caption.location:
            continue
        base = page.read(i)
        caption = attrs.evolve(
            base.caption,
            span=Span(start=page.blocks[i].start, end=credit_span.end),
            credit=split_credit(line),
        )
        found.append(
            CaptionGroup(
                first=i, last=i + 1, result=attrs.evolve(base, caption=caption), shaped=True
            )
        )
        taken.update((i, i + 1))
    return found


def group_captions(
    text: str, blocks: Sequence[Span], *, reference_date: dt.date | None = None
) -> tuple[CaptionGroup, ...]:
    """Find the captions among the blocks of a page, joining split ones.

    Rules, for blocks in reading order: a block with caption evidence
    (:func:`~newsdoc._parser.captions.match_caption`) is a caption; a
    credit-only block (``Photo: NAME/AGENCY``, ``NAME/Hindustan Times/Getty
    Images``) closes the short description block right before it, unless a
    labelled caption without a credit follows it (the BBC's "Image copyright
    X" over "Image caption ..."); a weak credit line ("NAME for Quanta
    Magazine") does so too, but is no caption alone; a lone credit label
    ("Photo:", "Фото:") takes the short block after it as its credit; and the
    captions of a page that share one shape make others of that shape captions
    too (:func:`_sibling_groups`).

    Args:
        text: the full text.
        blocks: the spans of the page's blocks, in order.
        reference_date: the article's date, for prefix dates without a year.

    Returns:
        The caption groups, in order; no two share a block.
    """
    sure, maybe = cue_candidates(text, blocks)
    page = _Page(
        text=text,
        blocks=blocks,
        reference_date=reference_date,
        sure=sure,
        maybe=maybe,
        labelled=_colon_closed_blocks(text, blocks),
        joined=_blocks_holding(text, blocks, _JOIN_MARKS),
    )
    groups: list[CaptionGroup] = []
    taken = -1
    for i in range(len(blocks)):
        if i <= taken:
            continue
        group = _group_at(page, i)
        if group is not None and group.first <= taken:
            single = page.evidence(i)
            group = CaptionGroup(first=i, last=i, result=single) if single else None
        if group is not None:
            groups.append(group)
            taken = group.last
    groups.extend(_sibling_groups(page, groups))
    return tuple(sorted(groups, key=lambda g: g.first))


def reread_group(
    text: str, group: CaptionGroup, *, reference_date: dt.date | None
) -> CaptionResult:
    """Read a caption group again with the article's date, keeping what its page showed.

    A caption that only its page's shape made one (:func:`_sibling_groups`)
    keeps the credit that shape gave it. A caption without a prefix date reads
    the same with any reference date: its first reading is kept.

    Args:
        text: the full text.
        group: a group found by :func:`group_captions`.
        reference_date: the article's date, for prefix dates without a year.

    Returns:
        The caption read again over the group's span.
    """
    if not group.shaped and not group.result.dated:
        return group.result
    span = group.result.caption.span
    result = parse_caption(text, start=span.start, end=span.end, reference_date=reference_date)
    credit = group.result.caption.credit
    if result.caption.credit is not None or credit is None:
        return result
    line = text.rfind(credit.text, span.start, span.end)
    if line > span.start:
        result = parse_caption(text, start=span.start, end=line, reference_date=reference_date)
    caption = attrs.evolve(result.caption, credit=credit, span=span)
    return attrs.evolve(result, caption=caption)
