"""Captions on web pages: join caption pieces that stand on separate lines.

Pages put a caption's description and its credit on separate lines, the BBC
puts "Image copyright X" above "Image caption ...", and photo sliders write a
lone "Photo:" label above the credit. :func:`group_captions` reads the blocks
of a page with :func:`~newsdoc._parser.captions.match_caption` and joins such
pieces into one caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser.captions import CaptionResult, label_pattern, parse_caption

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsdoc.model import Span

__all__ = ["CaptionGroup", "group_captions"]


@attrs.frozen(kw_only=True)
class CaptionGroup:
    """A caption made of one or more consecutive blocks of a page."""

    first: int
    """Index of the caption's first block."""
    last: int
    """Index of its last block (``first`` when it is one block)."""
    result: CaptionResult
    """The caption read from the blocks' whole range."""


_LONE_LABEL = regex.compile(
    r"\s*(?:©\s*)?(?:"
    + "|".join(label_pattern(w + ":") for words in lex.CREDIT_LABELS.values() for w in words)
    + r")\s*",
    regex.IGNORECASE,
)
_JOINED_CREDIT = regex.compile(r"/|\s\|\s|\sfor\s")
"""A credit that joins a photographer to an agency ("NAME/AGENCY", "NAME for ORG")."""
_LOWER_WORD = regex.compile(r"(?<!\S)\p{Ll}{2,}")
_DESCRIPTION_WORDS = (4, 60)
"""How many words a block may have to be the description a credit line closes."""
_CREDIT_WORDS = 12
"""How many words the block after a lone credit label may have."""


def _is_credit_only(result: CaptionResult) -> bool:
    return result.caption.text == "" and result.caption.credit is not None


def _describes(text: str, span: Span) -> bool:
    """Whether a block reads like a caption's description: a short phrase with lower-case words."""
    piece = span.slice(text).strip()
    if piece.startswith("(") and piece.endswith(")"):
        return False
    low, high = _DESCRIPTION_WORDS
    return low <= len(piece.split()) <= high and len(_LOWER_WORD.findall(piece)) >= 2


@attrs.frozen
class _Page:
    """The blocks of one page and how each reads alone (local to one call)."""

    text: str
    blocks: Sequence[Span]
    read: Sequence[CaptionResult]
    """Each block read as a caption."""
    reference_date: dt.date | None

    def evidence(self, i: int) -> CaptionResult | None:
        """Block *i* as a caption when it carries caption evidence, else ``None``."""
        return self.read[i] if 0 <= i < len(self.read) and self.read[i].evidence else None

    def join(self, first: int, last: int) -> CaptionResult:
        """Read blocks *first* to *last* as one caption."""
        return parse_caption(
            self.text,
            start=self.blocks[first].start,
            end=self.blocks[last].end,
            reference_date=self.reference_date,
        )

    def describes(self, i: int) -> bool:
        """Whether block *i* is a description without caption evidence of its own."""
        return i >= 0 and self.evidence(i) is None and _describes(self.text, self.blocks[i])


def _lone_label_group(page: _Page, i: int) -> CaptionGroup | None:
    """A lone credit label ("Photo:", "Фото:") and the short block after it as its credit."""
    text, blocks = page.text, page.blocks
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
    here = page.read[i]
    nxt = page.evidence(i + 1)
    if nxt is not None and nxt.caption.credit is None and "label" in nxt.evidence:
        return CaptionGroup(first=i, last=i + 1, result=page.join(i, i + 1))
    credit = here.caption.credit.text if here.caption.credit else ""
    bare_sign = page.blocks[i].slice(page.text).lstrip().startswith("©") and "/" not in credit
    if not bare_sign and page.describes(i - 1):
        merged = page.join(i - 1, i)
        if merged.caption.credit is not None and merged.caption.text:
            return CaptionGroup(first=i - 1, last=i, result=merged)
    return CaptionGroup(first=i, last=i, result=here)


def _weak_credit_group(page: _Page, i: int) -> CaptionGroup | None:
    """A block that is only a weak credit ("NAME for Quanta Magazine") closing a description.

    Such a block is no caption on its own; it joins the description right before it.
    """
    credit = page.read[i].caption.credit
    if page.evidence(i) is not None or not _is_credit_only(page.read[i]) or credit is None:
        return None
    if not _JOINED_CREDIT.search(credit.text) or not page.describes(i - 1):
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
    ("Photo:", "Фото:") takes the short block after it as its credit.

    Args:
        text: the full text.
        blocks: the spans of the page's blocks, in order.
        reference_date: the article's date, for prefix dates without a year.

    Returns:
        The caption groups, in order; no two share a block.
    """
    read = [
        parse_caption(text, start=b.start, end=b.end, reference_date=reference_date) for b in blocks
    ]
    page = _Page(text=text, blocks=blocks, read=read, reference_date=reference_date)
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
    return tuple(groups)
