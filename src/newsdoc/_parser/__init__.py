"""The tolerant parser: any text in, one :class:`~newsdoc.model.Article` out.

Data flows one way through small stages: the text is split into blocks
(:mod:`.blocks`), each block gets a role (:mod:`.roles`, with bylines read by
:mod:`.byline`), and the field extractors read the blocks of each role.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import regex

from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.dates import find_dates, find_published
from newsdoc._parser.language import detect_language
from newsdoc._parser.roles import label_blocks
from newsdoc.model import Article, Block, BlockRole, Paragraph, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.roles import Layout

__all__ = ["parse"]

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


def parse(
    text: str,
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Article:
    """Parse any text into an :class:`~newsdoc.model.Article`; never raises.

    Args:
        text: The visible text of a news page, wire copy or an export.
        reference_date: The date relative and partial dates are read against.
        language: The text's language (BCP 47), when the caller knows it.

    Returns:
        The article, with every block of the input kept in
        :attr:`~newsdoc.model.Article.blocks` and what was guessed in
        :attr:`~newsdoc.model.Article.diagnostics`.
    """
    blocks = split_blocks(text)
    layout = label_blocks(
        blocks,
        caption=(False,) * len(blocks),
        dated=_dated(text, blocks, reference_date),
    )
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
    return Article(
        headline=headline.text if headline else None,
        published=published.value,
        authors=_authors(layout),
        language=language,
        standfirst=next((b.text for b, r in pairs if r is BlockRole.STANDFIRST), None),
        paragraphs=paragraphs,
        blocks=tuple(Block(role=r, text=b.text, span=b.span) for b, r in pairs),
        diagnostics=(*layout.diagnostics, *published.diagnostics),
    )
