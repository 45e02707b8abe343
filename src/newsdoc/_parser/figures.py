"""Captions among a page's blocks: which blocks hold one, and how blocks pair up.

The caption grammar itself (prefix, restrictions, description, credit) is
:mod:`.captions`; this stage decides *where* captions stand: blocks near the
article that show caption evidence, a lone label line ("Photo:") with the
line under it, a description over its credit line. A text that is one caption
line is an article of that one caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsdoc._lexicons.credits import BARE_CREDIT_LABELS, CAPTION_LABELS
from newsdoc._parser.captions import CaptionResult, match_caption, parse_caption
from newsdoc._parser.shape import block_weight, ends_like_sentence
from newsdoc.model import Article, Block, BlockRole, Caption, Diagnostic, Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.roles import Layout

__all__ = ["description_span", "find_captions", "lone_caption", "read_captions"]

_ARTICLE_ROLES = frozenset(
    {BlockRole.HEADLINE, BlockRole.PARAGRAPH, BlockRole.BYLINE, BlockRole.DATE}
)
_HEADER_ROLES = frozenset(
    {BlockRole.HEADLINE, BlockRole.BYLINE, BlockRole.DATE, BlockRole.STANDFIRST}
)
_CAPTION_MARGIN = 6
"""How many blocks around the headline and the body captions are looked for."""
_CAPTION_CHARS = 3000
"""Longer blocks are never captions."""
_CAPTION_MIN_WEIGHT = 15
"""How long a line must be to be the description over a credit line."""
_LABEL_CHARS = 20
"""How long a lone label line ("Photo:") may be."""
_LABELLED_DESCRIPTION = 300
"""How long a description may be that a blank line parts from its labelled credit."""
_PROBE = 20
"""How many characters of a caption's description locate it."""
_CAPTION_MARKS = regex.compile(r"[()\[\]/:|©]")
"""Marks that credits, labels and prefixes show."""
_LABEL_OPENING = regex.compile(
    "|".join(
        regex.escape(label.casefold().rstrip(":- "))
        for label in sorted(
            {
                *(w for words in CAPTION_LABELS.values() for w in words),
                *BARE_CREDIT_LABELS,
            },
            key=len,
            reverse=True,
        )
    )
)
"""A caption label opening a block ("Image caption", "Media caption"), casefolded."""
_UPPER_RUN = regex.compile(r"\b\p{Lu}{2,40}\W{1,3}\p{Lu}{2,40}\b")
"""Two upper-case words in a row: an agency prefix or a restriction notice."""
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
) -> dict[int, CaptionResult]:
    """Per block index near the article, the caption it holds (when it shows caption evidence).

    Args:
        text: The whole text.
        blocks: Its blocks.
        draft: The roles read without captions, which say where the article stands.
        reference_date: The date partial dates are read against, if known.

    Returns:
        The caption read for each caption block (one result shared by paired blocks).

    Rule: a block with caption evidence (a credit, an agency prefix, usage
    restrictions, a caption label) is a caption, read with the line under it
    when it is a lone label ("Photo:"); two neighbouring blocks make one
    caption when one completes the other (see :func:`_pair_with`).
    """
    window = _caption_window(draft)
    found: dict[int, CaptionResult] = {}
    for i in window:
        block = blocks[i]
        if len(block.text) > _CAPTION_CHARS or i in found or _plain_sentences(block.text):
            continue
        end = block.span.end
        if _is_label_line(block) and i + 1 in window and not blocks[i + 1].gap_before:
            end = blocks[i + 1].span.end
        result = match_caption(text, block.span.start, end, reference_date=reference_date)
        if result is not None:
            found[i] = result
            if end != block.span.end:
                found[i + 1] = result
    for i in sorted(found):
        other = _pair_with(blocks, draft.roles, window, found, i)
        if other is not None:
            first, last = min(i, other), max(i, other)
            found[first] = found[last] = parse_caption(
                text,
                start=blocks[first].span.start,
                end=blocks[last].span.end,
                reference_date=reference_date,
            )
    return found


def _plain_sentences(text: str) -> bool:
    """Whether a block is plain running text that cannot hold caption evidence.

    Rule: it ends like a sentence, holds no bracket, slash, colon, pipe or
    copyright sign and no two words in a row in upper case, and does not open
    with a caption label ("Media caption ..."): every credit, label, agency
    prefix and restriction notice shows one of these (a cheap test that
    spares the caption grammar most body paragraphs).
    """
    return (
        ends_like_sentence(text)
        and _CAPTION_MARKS.search(text) is None
        and _UPPER_RUN.search(text) is None
        and _LABEL_OPENING.match(text.casefold()) is None
    )


def _is_label_line(block: TextBlock) -> bool:
    """Whether a block is a lone label that introduces the next line ("Фото:", "Photo:")."""
    return len(block.text) <= _LABEL_CHARS and block.text.endswith(":")


def _pair_with(
    blocks: Sequence[TextBlock],
    roles: Sequence[BlockRole],
    window: range,
    found: dict[int, CaptionResult],
    index: int,
) -> int | None:
    """The block that completes the caption at *index*, or ``None``.

    Rule: a credit-only caption takes the line right above it as its
    description unless that line is a headline, byline, date line or
    standfirst; across a blank line only when the credit is labelled
    ("Image: ...", the block saying more than the credit) and the line above
    is short and not a body paragraph.
    """
    caption = found[index].caption
    if caption.text or caption.credit is None:
        return None
    above = index - 1
    if above not in window or above in found or roles[above] in _HEADER_ROLES:
        return None
    weight = block_weight(blocks[above].text)
    if weight < _CAPTION_MIN_WEIGHT:
        return None
    if not blocks[index].gap_before:
        return above
    labelled = blocks[index].text != caption.credit.text
    loose = roles[above] is not BlockRole.PARAGRAPH and weight <= _LABELLED_DESCRIPTION
    return above if labelled and loose else None


def read_captions(
    text: str,
    roles: Sequence[BlockRole],
    found: dict[int, CaptionResult],
    reference_date: dt.date | None,
) -> tuple[tuple[Caption, ...], tuple[Diagnostic, ...]]:
    """Read every caption block again with the article's date, each caption once.

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
    seen: set[Span] = set()
    for i, role in enumerate(roles):
        if role is not BlockRole.CAPTION or i not in found:
            continue
        span = found[i].caption.span
        if span in seen:
            continue
        seen.add(span)
        result = parse_caption(text, start=span.start, end=span.end, reference_date=reference_date)
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
