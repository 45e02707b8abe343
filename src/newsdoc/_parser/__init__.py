"""The tolerant parser: any text in, one :class:`~newsdoc.model.Article` out.

Data flows one way through small stages: the text is split into blocks
(:mod:`.blocks`), each block gets a role (:mod:`.roles`, with bylines read by
:mod:`.byline`), and the field extractors read the blocks of each role.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._parser.attribution import extract_attributions
from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.captions import CaptionResult, match_caption, parse_caption
from newsdoc._parser.datelines import match_dateline
from newsdoc._parser.dates import find_dates, find_published
from newsdoc._parser.language import detect_language
from newsdoc._parser.limits import MAX_CHARS, cut_at_limit
from newsdoc._parser.roles import block_facts, label_blocks
from newsdoc._parser.shape import block_weight
from newsdoc.model import Article, Block, BlockRole, Caption, Diagnostic, Paragraph, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.roles import Layout

__all__ = ["parse"]

_ARTICLE_ROLES = frozenset(
    {BlockRole.HEADLINE, BlockRole.PARAGRAPH, BlockRole.BYLINE, BlockRole.DATE}
)
_HEADER_ROLES = frozenset(
    {BlockRole.HEADLINE, BlockRole.BYLINE, BlockRole.DATE, BlockRole.STANDFIRST}
)
_CAPTION_MARGIN = 15
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

_LETTERS = regex.compile(r"\p{L}")
_DIGIT = regex.compile(r"\d")
_RELATIVE_LINE_CHARS = 40
_RELATIVE_LINE_REST = 12
"""A date without a digit ("yesterday", "Monday") stands on a line this short or not at all."""
_DETECTION_REFERENCE = dt.date(2000, 1, 1)
"""A stand-in reference date that lets relative dates ("2 days ago") be *recognised*
when the caller gave none; the values read against it are never used."""
_DATE_LINE_CHARS = 200
_DATE_LINE_REST = 30
"""How many letters besides its dates a date line may hold ("Published", "Updated")."""


def _is_date_line(text: str, block: TextBlock, reference_date: dt.date | None) -> bool:
    """Whether a block is a date line: dates, and at most a few words besides.

    Rule: a block of at most 200 characters holding a date, where the letters
    outside its dates number at most 30 or two fifths of all its letters; a
    block whose dates are all relative ("2 days ago", "Friday") may hold at
    most 12 letters besides ("Black Friday deals" is no date line).
    """
    if len(block.text) > _DATE_LINE_CHARS:
        return False
    if not _DIGIT.search(block.text) and len(block.text) > _RELATIVE_LINE_CHARS:
        return False
    reference = reference_date or _DETECTION_REFERENCE
    spans = find_dates(text, block.span.start, block.span.end, reference_date=reference)
    if not spans:
        return False
    total = len(_LETTERS.findall(block.text))
    inside = sum(len(_LETTERS.findall(text, m.span.start, m.span.end)) for m in spans)
    rest = total - inside
    if all(m.relative for m in spans):
        return rest <= _RELATIVE_LINE_REST
    return rest <= _DATE_LINE_REST or 5 * rest <= 2 * total


def _dated(
    text: str, blocks: Sequence[TextBlock], reference_date: dt.date | None
) -> tuple[bool, ...]:
    """Per block, whether it is a date line."""
    return tuple(_is_date_line(text, b, reference_date) for b in blocks)


def _authors(layout: Layout) -> tuple[str, ...]:
    """The person names of every byline, each once, in order."""
    seen: dict[str, None] = {}
    for byline in layout.bylines:
        for name in byline.authors:
            seen.setdefault(name, None)
    return tuple(seen)


def _caption_window(layout: Layout) -> range:
    """The blocks where captions are looked for: around the headline and the body."""
    count = len(layout.roles)
    marked = [i for i, r in enumerate(layout.roles) if r in _ARTICLE_ROLES]
    if not marked:
        return range(count)
    return range(max(0, marked[0] - _CAPTION_MARGIN), min(count, marked[-1] + _CAPTION_MARGIN + 1))


def _find_captions(
    text: str, blocks: Sequence[TextBlock], draft: Layout, reference_date: dt.date | None
) -> dict[int, CaptionResult]:
    """Per block index near the article, the caption it holds (when it shows caption evidence).

    Rule: a block with caption evidence (a credit, an agency prefix, usage
    restrictions, a caption label) is a caption, read with the line under it
    when it is a lone label ("Photo:"); two neighbouring blocks make one
    caption when one completes the other (see :func:`_pair_with`).
    """
    window = _caption_window(draft)
    found: dict[int, CaptionResult] = {}
    for i in window:
        block = blocks[i]
        if len(block.text) > _CAPTION_CHARS or i in found:
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


def _captions(
    text: str,
    roles: Sequence[BlockRole],
    found: dict[int, CaptionResult],
    reference_date: dt.date | None,
) -> tuple[tuple[Caption, ...], tuple[Diagnostic, ...]]:
    """Read every caption block again with the article's date, each caption once."""
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


def _regions(text: str, paragraphs: Sequence[Paragraph], captions: Sequence[Caption]) -> list[Span]:
    """The spans attributions are looked for in: body paragraphs and caption descriptions."""
    regions = [p.span for p in paragraphs]
    regions.extend(_description_span(text, c) for c in captions if c.text)
    return sorted(regions)


def _description_span(text: str, caption: Caption) -> Span:
    """Where a caption's description stands inside the caption (the whole caption if unsure)."""
    head, tail = caption.text[:_PROBE], caption.text[-_PROBE:]
    start = text.find(head, caption.span.start, caption.span.end)
    end = text.rfind(tail, caption.span.start, caption.span.end)
    if start < 0 or end < start:
        return caption.span
    return Span(start=start, end=end + len(tail))


def _lone_caption(
    text: str, blocks: Sequence[TextBlock], reference_date: dt.date | None
) -> Article | None:
    """The article of a text that is one caption line, or ``None``.

    Rule: the whole text is a single line that shows caption evidence.
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


def _reference(published: dt.date | dt.datetime | None, given: dt.date | None) -> dt.date | None:
    """The date partial dates are read against: the caller's, else the article's."""
    if given is not None:
        return given
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def parse(
    text: str,
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_chars: int | None = MAX_CHARS,
) -> Article:
    """Parse any text into an :class:`~newsdoc.model.Article`; never raises.

    Args:
        text: The visible text of a news page, wire copy or an export.
        reference_date: The date relative and partial dates are read against.
        language: The text's language (BCP 47), when the caller knows it.
        max_chars: Parse at most this many characters (``None``: no limit).
            The rest of a longer text is kept unparsed as one boilerplate
            block, with an ``input-truncated`` diagnostic (see the security
            notes in the documentation).

    Returns:
        The article, with every block of the input kept in
        :attr:`~newsdoc.model.Article.blocks` and what was guessed in
        :attr:`~newsdoc.model.Article.diagnostics`.
    """
    cut = cut_at_limit(text, max_chars)
    if cut is None:
        return _parse(text, reference_date=reference_date, language=language)
    article = _parse(text[: cut.end], reference_date=reference_date, language=language)
    return attrs.evolve(
        article,
        blocks=(*article.blocks, *((cut.block,) if cut.block else ())),
        diagnostics=(*article.diagnostics, cut.diagnostic),
    )


def _parse(text: str, *, reference_date: dt.date | None, language: str | None) -> Article:
    """Parse a text within the size limit (the stages, in order)."""
    blocks = split_blocks(text)
    lone = _lone_caption(text, blocks, reference_date)
    if lone is not None:
        return lone
    facts = block_facts(
        blocks, caption=(False,) * len(blocks), dated=_dated(text, blocks, reference_date)
    )
    draft = label_blocks(blocks, facts)
    found = _find_captions(text, blocks, draft, reference_date)
    facts = tuple(attrs.evolve(f, caption=True) if i in found else f for i, f in enumerate(facts))
    layout = label_blocks(blocks, facts)
    pairs = tuple(zip(blocks, layout.roles, strict=True))
    paragraphs = tuple(
        Paragraph(text=b.text, span=b.span) for b, r in pairs if r is BlockRole.PARAGRAPH
    )
    headline = blocks[layout.headline] if layout.headline is not None else None
    body = Span(start=paragraphs[0].span.start, end=paragraphs[-1].span.end) if paragraphs else None
    if language is None:
        language = detect_language(text[body.start : body.end] if body else text)
    published = find_published(
        text,
        headline=headline.span if headline else None,
        body=body,
        reference_date=reference_date,
        language=language,
    )
    reference = _reference(published.value, reference_date)
    captions, caption_diagnostics = _captions(text, layout.roles, found, reference)
    dateline = (
        match_dateline(
            text, paragraphs[0].span.start, paragraphs[0].span.end, reference_date=reference
        )
        if paragraphs
        else None
    )
    return Article(
        headline=headline.text if headline else None,
        published=published.value,
        authors=_authors(layout),
        language=language,
        standfirst=next((b.text for b, r in pairs if r is BlockRole.STANDFIRST), None),
        dateline=dateline.dateline if dateline else None,
        paragraphs=paragraphs,
        captions=captions,
        attributions=extract_attributions(
            text, _regions(text, paragraphs, captions), language=language
        ),
        blocks=tuple(Block(role=r, text=b.text, span=b.span) for b, r in pairs),
        diagnostics=(
            *layout.diagnostics,
            *published.diagnostics,
            *caption_diagnostics,
            *(dateline.diagnostics if dateline else ()),
        ),
    )
