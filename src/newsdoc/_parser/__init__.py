"""The tolerant parser: any text in, one :class:`~newsdoc.model.Article` out.

Data flows one way through small stages: the text is split into blocks
(:mod:`.blocks`), each block gets a role (:mod:`.roles`, with bylines read by
:mod:`.byline`), and the field extractors read the blocks of each role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.roles import label_blocks
from newsdoc.model import Article, Block, BlockRole, Paragraph

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.roles import Layout

__all__ = ["parse"]

_DATE_HINT = regex.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d\d\b"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s\d{1,2}\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b",
    regex.IGNORECASE,
)
_LETTERS = regex.compile(r"\p{L}")
_DATE_LINE_CHARS = 200
_DATE_LINE_REST = 20
"""How many letters besides its dates a date line may hold ("Published", "Updated")."""


def _date_spans(text: str, block: TextBlock) -> list[tuple[int, int]]:
    """Where dates stand in a block."""
    return [m.span() for m in _DATE_HINT.finditer(text, block.span.start, block.span.end)]


def _is_date_line(text: str, block: TextBlock) -> bool:
    """Whether a block is a date line: dates, and at most a few words besides.

    Rule: a block of at most 200 characters holding a date, where the letters
    outside its dates number at most 20 or two fifths of all its letters.
    """
    if len(block.text) > _DATE_LINE_CHARS:
        return False
    spans = _date_spans(text, block)
    if not spans:
        return False
    total = len(_LETTERS.findall(block.text))
    inside = sum(len(_LETTERS.findall(text, a, b)) for a, b in spans)
    rest = total - inside
    return rest <= _DATE_LINE_REST or 5 * rest <= 2 * total


def _dated(text: str, blocks: Sequence[TextBlock]) -> tuple[bool, ...]:
    """Per block, whether it is a date line."""
    return tuple(_is_date_line(text, b) for b in blocks)


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
    del reference_date
    blocks = split_blocks(text)
    layout = label_blocks(blocks, caption=(False,) * len(blocks), dated=_dated(text, blocks))
    roles = layout.roles
    headline = blocks[layout.headline].text if layout.headline is not None else None
    pairs = tuple(zip(blocks, roles, strict=True))
    standfirst = next((b.text for b, r in pairs if r is BlockRole.STANDFIRST), None)
    return Article(
        headline=headline,
        authors=_authors(layout),
        language=language,
        standfirst=standfirst,
        paragraphs=tuple(
            Paragraph(text=b.text, span=b.span) for b, r in pairs if r is BlockRole.PARAGRAPH
        ),
        blocks=tuple(Block(role=r, text=b.text, span=b.span) for b, r in pairs),
        diagnostics=layout.diagnostics,
    )
