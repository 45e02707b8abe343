"""The tolerant parser: any text in, one :class:`~newsdoc.model.Article` out.

Data flows one way through small stages: the text is split into blocks
(:mod:`.blocks`); date lines (:mod:`.datestamps`) and page chrome
(:mod:`.chrome`) are marked; each block gets a role (:mod:`.roles`, bylines
read by :mod:`.byline`), once more when the captions near the article are
known (:mod:`.figures`); then the field extractors read the blocks of each
role: the publication date and language (:mod:`.dates`, :mod:`.language`),
captions (:mod:`.captions`), the wire dateline (:mod:`.datelines`) and the
attributions (:mod:`.attribution`). An extractor whose patterns time out
is left empty, with a diagnostic (:mod:`._guard`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from newsdoc._parser import _guard
from newsdoc._parser._guard import guarded
from newsdoc._parser.attribution import extract_attributions
from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.captions import parse_caption as read_caption
from newsdoc._parser.date_scan import DateStarts, scan_dates
from newsdoc._parser.datelines import match_dateline
from newsdoc._parser.dates import PublishedResult, find_published
from newsdoc._parser.datestamps import date_lines
from newsdoc._parser.figures import description_span, find_captions, lone_caption, read_captions
from newsdoc._parser.language import detect_language
from newsdoc._parser.limits import MAX_CHARS, cut_at_limit
from newsdoc._parser.roles import BylineCache, block_facts, label_blocks
from newsdoc.model import Article, Block, BlockRole, Paragraph, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsdoc._parser.blocks import TextBlock
    from newsdoc._parser.caption_groups import CaptionGroup
    from newsdoc._parser.datelines import DatelineResult
    from newsdoc._parser.roles import Layout
    from newsdoc.model import Attribution, Caption, Diagnostic

__all__ = ["parse", "parse_caption"]


def _authors(layout: Layout) -> tuple[str, ...]:
    """The person names of every byline, each once, in order."""
    seen: dict[str, None] = {}
    for byline in layout.bylines:
        for name in byline.authors:
            seen.setdefault(name, None)
    return tuple(seen)


def _regions(text: str, paragraphs: Sequence[Paragraph], captions: Sequence[Caption]) -> list[Span]:
    """The spans attributions are looked for in: body paragraphs and caption descriptions."""
    regions = [p.span for p in paragraphs]
    regions.extend(description_span(text, c) for c in captions if c.text)
    return sorted(regions)


def _reference(published: dt.date | dt.datetime | None, given: dt.date | None) -> dt.date | None:
    """The date partial dates are read against: the caller's, else the article's."""
    if given is not None:
        return given
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _layout(
    text: str, blocks: Sequence[TextBlock], reference_date: dt.date | None, dates: DateStarts
) -> tuple[Layout, dict[int, CaptionGroup], tuple[Diagnostic, ...]]:
    """Label the blocks twice: without captions, then with the captions found near the article.

    A page without captions (or whose caption search timed out) keeps its
    first labelling (its facts are unchanged); the second labelling reads no
    byline again (one :class:`~newsdoc._parser.roles.BylineCache` serves both).
    """
    dated = date_lines(text, blocks, reference_date, dates)
    facts = block_facts(blocks, caption=(False,) * len(blocks), dated=dated)
    cache = BylineCache()
    draft = label_blocks(blocks, facts, cache=cache)
    none: dict[int, CaptionGroup] = {}
    found, timeouts = guarded(
        lambda: find_captions(text, blocks, draft, reference_date), none, name="the captions"
    )
    if not found:
        return draft, found, timeouts
    with_captions = list(facts)
    for i in found:
        with_captions[i] = facts[i]._replace(caption=True)
    return label_blocks(blocks, with_captions, cache=cache), found, timeouts


def _dateline(
    text: str, paragraphs: Sequence[Paragraph], reference_date: dt.date | None
) -> DatelineResult | None:
    """The wire dateline opening the first paragraph, if any."""
    if not paragraphs:
        return None
    span = paragraphs[0].span
    return match_dateline(text, span.start, span.end, reference_date=reference_date)


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
    lone, lone_timeouts = guarded(
        lambda: lone_caption(text, blocks, reference_date), None, name="a lone caption"
    )
    if lone is not None:
        return lone
    dates, date_timeouts = guarded(
        lambda: scan_dates(text, timeout=_guard.REGEX_TIMEOUT),
        DateStarts.none(text),
        name="the dates",
    )
    layout, found, caption_timeouts = _layout(text, blocks, reference_date, dates)
    pairs = tuple(zip(blocks, layout.roles, strict=True))
    paragraphs = tuple(
        Paragraph(text=b.text, span=b.span) for b, r in pairs if r is BlockRole.PARAGRAPH
    )
    headline = blocks[layout.headline] if layout.headline is not None else None
    body = Span(start=paragraphs[0].span.start, end=paragraphs[-1].span.end) if paragraphs else None
    language_timeouts: tuple[Diagnostic, ...] = ()
    if language is None:
        read = body if body is not None else Span(start=0, end=len(text))
        language, language_timeouts = guarded(
            lambda: detect_language(text, read.start, read.end),
            None,
            name="the language",
            span=body,
        )
    found_language = language
    published, published_timeouts = guarded(
        lambda: find_published(
            text,
            headline=headline.span if headline else None,
            body=body,
            reference_date=reference_date,
            language=found_language,
            dates=dates,
        ),
        PublishedResult(),
        name="the publication date",
    )
    reference = _reference(published.value, reference_date)
    no_captions: tuple[tuple[Caption, ...], tuple[Diagnostic, ...]] = ((), ())
    (captions, caption_diagnostics), read_timeouts = guarded(
        lambda: read_captions(text, layout.roles, found, reference),
        no_captions,
        name="the captions",
    )
    dateline, dateline_timeouts = guarded(
        lambda: _dateline(text, paragraphs, reference), None, name="the dateline"
    )
    no_attributions: tuple[Attribution, ...] = ()
    attributions, attribution_timeouts = guarded(
        lambda: extract_attributions(
            text,
            _regions(text, paragraphs, captions),
            language=found_language,
            headline=headline.span if headline else None,
        ),
        no_attributions,
        name="the attributions",
        span=body,
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
        attributions=attributions,
        blocks=tuple(Block(role=r, text=b.text, span=b.span) for b, r in pairs),
        diagnostics=(
            *layout.diagnostics,
            *published.diagnostics,
            *caption_diagnostics,
            *(dateline.diagnostics if dateline else ()),
            *lone_timeouts,
            *date_timeouts,
            *caption_timeouts,
            *language_timeouts,
            *published_timeouts,
            *read_timeouts,
            *dateline_timeouts,
            *attribution_timeouts,
        ),
    )


def parse_caption(text: str, *, reference_date: dt.date | None = None) -> Caption:
    """Read one photo caption into a :class:`~newsdoc.model.Caption`; never raises.

    The caption grammar is ``LOCATION - DATE: (RESTRICTIONS) description
    (CREDIT)``, with the prefixes, restriction notices and credit conventions
    of the major agencies. A prefix date without a year takes it from a date
    in the caption on the same day, else from *reference_date*, else from a
    year written in the caption.

    >>> import newsdoc
    >>> cap = newsdoc.parse_caption("A man walks. (AP Photo/Jane Roe)")
    >>> cap.text, cap.credit.agency, cap.credit.photographer
    ('A man walks.', 'AP', 'Jane Roe')

    Args:
        text: the caption string.
        reference_date: the date of the article the caption belongs to.

    Returns:
        The caption; its span covers the whole of *text* (trimmed).

    .. versionadded:: 0.1.0
    """
    return read_caption(text, reference_date=reference_date).caption
