"""Captions among a page's blocks: where they stand relative to the article.

The caption grammar (prefix, restrictions, description, credit) is
:mod:`.captions` and the joining of caption pieces on separate lines is
:mod:`.caption_groups`; this stage decides where captions are looked for (the
blocks near the article, as a first reading of the roles places it), keeps
header lines out of them, reads them again with the article's date, and
locates their descriptions for the attribution stage. A text that is one
caption line is an article of that one caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsdoc._parser.caption_groups import CaptionGroup, group_captions, reread_group
from newsdoc._parser.captions import match_caption
from newsdoc.model import Article, Block, BlockRole, Caption, Diagnostic, Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.roles import Layout

__all__ = ["description_span", "find_captions", "lone_caption", "read_captions"]

_ARTICLE_ROLES = (BlockRole.HEADLINE, BlockRole.PARAGRAPH, BlockRole.BYLINE, BlockRole.DATE)
_HEADER_ROLES = (BlockRole.HEADLINE, BlockRole.BYLINE, BlockRole.DATE, BlockRole.STANDFIRST)
"""(Tuples: a role is found among them by identity, without hashing the enum.)"""
_CAPTION_MARGIN = 6
"""How many blocks around the headline and the body captions are looked for."""
_PROBE = 20
"""How many characters of a caption's description locate it."""


def _caption_window(layout: Layout) -> range:
    """The blocks where captions are looked for: around the headline and the body."""
    count = len(layout.roles)
    marked = [i for i, r in enumerate(layout.roles) if r in _ARTICLE_ROLES]
    if not marked:
        return range(count)
    return range(max(0, marked[0] - _CAPTION_MARGIN), min(count, marked[-1] + _CAPTION_MARGIN + 1))


def find_captions(
    text: str, blocks: Sequence[TextBlock], draft: Layout, reference_date: dt.date | None
) -> dict[int, CaptionGroup]:
    """Per block index near the article, the caption group it belongs to.

    Args:
        text: The whole text.
        blocks: Its blocks.
        draft: The roles read without captions, which say where the article stands.
        reference_date: The date partial dates are read against, if known.

    Returns:
        The caption group of each caption block (one group shared by joined blocks).

    Rule: the captions are the groups :func:`~newsdoc._parser.caption_groups.group_captions`
    finds among the blocks near the article (a block with caption evidence; a
    description line over its credit line; a lone label over its credit); a
    joined group that would take in the headline, a byline, a date line or
    the standfirst keeps only its caption block, and the headline is never a
    caption.
    """
    window = _caption_window(draft)
    spans = [blocks[i].span for i in window]
    found: dict[int, CaptionGroup] = {}
    for group in group_captions(text, spans, reference_date=reference_date):
        first, last = window.start + group.first, window.start + group.last
        moved = attrs.evolve(group, first=first, last=last)
        shifted: CaptionGroup | None = moved
        if first != last and any(draft.roles[i] in _HEADER_ROLES for i in range(first, last + 1)):
            shifted = _without_header(text, blocks, draft.roles, moved, reference_date)
        if shifted is None or draft.roles[shifted.first] is BlockRole.HEADLINE:
            continue
        for i in range(shifted.first, shifted.last + 1):
            found[i] = shifted
    return found


def _without_header(
    text: str,
    blocks: Sequence[TextBlock],
    roles: Sequence[BlockRole],
    group: CaptionGroup,
    reference_date: dt.date | None,
) -> CaptionGroup | None:
    """The one block of a joined caption that is not a header line, if it is a caption alone."""
    for i in range(group.first, group.last + 1):
        if roles[i] not in _HEADER_ROLES:
            span = blocks[i].span
            result = match_caption(text, span.start, span.end, reference_date=reference_date)
            if result is not None:
                return CaptionGroup(first=i, last=i, result=result)
    return None


def read_captions(
    text: str,
    roles: Sequence[BlockRole],
    found: dict[int, CaptionGroup],
    reference_date: dt.date | None,
) -> tuple[tuple[Caption, ...], tuple[Diagnostic, ...]]:
    """Read every caption group again with the article's date, each caption once.

    Args:
        text: The whole text.
        roles: The blocks' final roles.
        found: The captions :func:`find_captions` found.
        reference_date: The article's date.

    Returns:
        The captions in reading order, and what was guessed while reading them.
    """
    captions: list[Caption] = []
    diagnostics: list[Diagnostic] = []
    seen: set[int] = set()
    for i, role in enumerate(roles):
        if role is not BlockRole.CAPTION or i not in found or found[i].first in seen:
            continue
        seen.add(found[i].first)
        result = reread_group(text, found[i], reference_date=reference_date)
        captions.append(result.caption)
        diagnostics.extend(result.diagnostics)
    return tuple(captions), tuple(diagnostics)


def description_span(text: str, caption: Caption) -> Span:
    """Where a caption's description stands inside the caption (the whole caption if unsure).

    Args:
        text: The whole text.
        caption: A caption read from it.

    Returns:
        The description's span.
    """
    head, tail = caption.text[:_PROBE], caption.text[-_PROBE:]
    start = text.find(head, caption.span.start, caption.span.end)
    end = text.rfind(tail, caption.span.start, caption.span.end)
    if start < 0 or end < start:
        return caption.span
    return Span(start=start, end=end + len(tail))


def lone_caption(
    text: str, blocks: Sequence[TextBlock], reference_date: dt.date | None
) -> Article | None:
    """The article of a text that is one caption line, or ``None``.

    Rule: the whole text is a single line that shows caption evidence.

    Args:
        text: The whole text.
        blocks: Its blocks.
        reference_date: The date partial dates are read against, if known.

    Returns:
        An article whose one caption is the text, or ``None``.
    """
    if len(blocks) != 1 or blocks[0].line_count != 1:
        return None
    block = blocks[0]
    result = match_caption(text, block.span.start, block.span.end, reference_date=reference_date)
    if result is None:
        return None
    return Article(
        captions=(result.caption,),
        blocks=(Block(role=BlockRole.CAPTION, text=block.text, span=block.span),),
        diagnostics=result.diagnostics,
    )
