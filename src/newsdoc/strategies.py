"""Hypothesis strategies for every public type of newsdoc.

For property tests of code that consumes or produces newsdoc values::

    from hypothesis import given
    from newsdoc import from_json, to_json
    from newsdoc.strategies import articles

    @given(articles())
    def test_round_trip(article):
        assert from_json(to_json(article)) == article

The values are valid (spans ordered, enums real, an attribution's source and
its span given together) but not tied to any text: spans point anywhere in
``[0, max_offset]``. Sizes are kept small so that tests stay fast.

This module needs Hypothesis (``pip install newsdoc[hypothesis]``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from typing import Final, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = "newsdoc.strategies needs Hypothesis: pip install 'newsdoc[hypothesis]'"
    raise ImportError(msg) from exc

from newsdoc._decode import DecodedText
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockRole,
    Caption,
    Credit,
    Dateline,
    Diagnostic,
    Paragraph,
    Span,
)

__all__ = [
    "MAX_OFFSET",
    "articles",
    "attribution_kinds",
    "attributions",
    "block_roles",
    "blocks",
    "captions",
    "credits",
    "datelines",
    "dates",
    "datetimes",
    "decoded_texts",
    "diagnostics",
    "paragraphs",
    "published",
    "spans",
    "texts",
    "timezones",
]

MAX_OFFSET: Final = 10_000
"""The default largest offset a generated span reaches."""

_T = TypeVar("_T")
_MIN_DATE: Final = dt.date(1800, 1, 1)
_MAX_DATE: Final = dt.date(2200, 12, 31)


def texts(*, max_size: int = 20) -> st.SearchStrategy[str]:
    """Strings of any characters (surrogates aside), as a field might hold.

    Args:
        max_size: The longest string generated.

    Returns:
        A strategy for :class:`str`.
    """
    return st.text(max_size=max_size)


def _names() -> st.SearchStrategy[str | None]:
    return st.none() | texts(max_size=12)


def spans(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Span]:
    """Valid spans: ``0 <= start <= end <= max_offset``.

    Args:
        max_offset: The largest offset generated.

    Returns:
        A strategy for :class:`~newsdoc.Span`.
    """
    offsets = st.integers(min_value=0, max_value=max_offset)
    return st.tuples(offsets, offsets).map(
        lambda pair: Span(start=min(pair), end=max(pair)),
    )


def dates() -> st.SearchStrategy[dt.date]:
    """Dates between the years 1800 and 2200.

    Returns:
        A strategy for :class:`datetime.date` (never a datetime).
    """
    return st.dates(min_value=_MIN_DATE, max_value=_MAX_DATE)


def timezones() -> st.SearchStrategy[dt.timezone]:
    """Fixed UTC offsets in whole minutes, within a day, UTC included.

    Returns:
        A strategy for :class:`datetime.timezone`.
    """
    minutes = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1)
    return st.just(dt.UTC) | minutes.map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


def datetimes(*, aware: bool | None = None) -> st.SearchStrategy[dt.datetime]:
    """Datetimes between the years 1800 and 2200, naive or aware.

    Args:
        aware: ``True`` for aware datetimes only (a fixed offset from
            :func:`timezones`), ``False`` for naive ones only, ``None`` for both.

    Returns:
        A strategy for :class:`datetime.datetime`.
    """
    low = dt.datetime.combine(_MIN_DATE, dt.time())
    high = dt.datetime.combine(_MAX_DATE, dt.time())
    naive = st.datetimes(min_value=low, max_value=high)
    # fold means nothing with fixed offsets and is not written: keep it 0
    fixed = st.datetimes(min_value=low, max_value=high, timezones=timezones()).map(
        lambda value: value.replace(fold=0),
    )
    if aware is None:
        return naive | fixed
    return fixed if aware else naive


def published() -> st.SearchStrategy[dt.date | dt.datetime | None]:
    """Values of :attr:`Article.published <newsdoc.Article.published>`.

    Returns:
        A strategy for ``None``, dates and (naive or aware) datetimes.
    """
    return st.none() | dates() | datetimes()


def block_roles() -> st.SearchStrategy[BlockRole]:
    """Any :class:`~newsdoc.BlockRole`.

    Returns:
        A strategy for block roles.
    """
    return st.sampled_from(BlockRole)


def attribution_kinds() -> st.SearchStrategy[AttributionKind]:
    """Any :class:`~newsdoc.AttributionKind`.

    Returns:
        A strategy for attribution kinds.
    """
    return st.sampled_from(AttributionKind)


def blocks(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Block]:
    """Blocks of any role.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Block`.
    """
    return st.builds(Block, role=block_roles(), text=texts(), span=spans(max_offset=max_offset))


def paragraphs(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Paragraph]:
    """Paragraphs.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Paragraph`.
    """
    return st.builds(Paragraph, text=texts(), span=spans(max_offset=max_offset))


def credits() -> st.SearchStrategy[Credit]:  # noqa: A001 -- named after its type like the others
    """Picture credits, with or without photographer and agency.

    Returns:
        A strategy for :class:`~newsdoc.Credit`.
    """
    return st.builds(Credit, text=texts(), photographer=_names(), agency=_names())


def captions(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Caption]:
    """Captions, with or without location, date, restrictions and credit.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Caption`.
    """
    return st.builds(
        Caption,
        text=texts(),
        span=spans(max_offset=max_offset),
        location=_names(),
        date=st.none() | dates(),
        restrictions=st.lists(texts(max_size=12), max_size=3).map(tuple),
        credit=st.none() | credits(),
    )


def datelines(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Dateline]:
    """Wire datelines, with or without location, agency and date.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Dateline`.
    """
    return st.builds(
        Dateline,
        text=texts(),
        span=spans(max_offset=max_offset),
        location=_names(),
        agency=_names(),
        date=st.none() | dates(),
    )


@st.composite
def _attribution(draw: st.DrawFn, max_offset: int) -> Attribution:
    span = spans(max_offset=max_offset)
    source = draw(_names())
    content = draw(st.none() | texts())
    content_spans: list[Span] = []
    if content is not None:
        content_spans = draw(st.lists(span, min_size=1, max_size=3))
    return Attribution(
        cue=draw(texts(max_size=12)),
        cue_span=draw(span),
        kind=draw(attribution_kinds()),
        source=source,
        source_span=None if source is None else draw(span),
        content=content,
        content_spans=tuple(content_spans),
        resolved_source=None if source is None else draw(_names()),
    )


def attributions(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Attribution]:
    """Attributions of every kind.

    A source comes with its span and content with at least one span, as the
    parser makes them; ``resolved_source`` only with a source.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Attribution`.
    """
    return _attribution(max_offset)


def diagnostics(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[Diagnostic]:
    """Diagnostics, with or without a span.

    Args:
        max_offset: The largest offset of their spans.

    Returns:
        A strategy for :class:`~newsdoc.Diagnostic`.
    """
    codes = st.from_regex(r"[a-z]{1,8}(-[a-z]{1,8}){0,2}", fullmatch=True)
    return st.builds(
        Diagnostic,
        code=codes,
        message=texts(),
        span=st.none() | spans(max_offset=max_offset),
    )


def decoded_texts(*, max_offset: int = MAX_OFFSET) -> st.SearchStrategy[DecodedText]:
    """Results of :func:`~newsdoc.decode_bytes`, with the encodings it reports.

    Args:
        max_offset: The largest offset of their diagnostics' spans.

    Returns:
        A strategy for :class:`~newsdoc.DecodedText`.
    """
    encodings = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1252", "utf-8+cp1252"])
    return st.builds(
        DecodedText,
        text=texts(),
        encoding=encodings,
        diagnostics=st.lists(diagnostics(max_offset=max_offset), max_size=2).map(tuple),
    )


def articles(*, max_offset: int = MAX_OFFSET, max_items: int = 3) -> st.SearchStrategy[Article]:
    """Articles with every field exercised.

    Args:
        max_offset: The largest offset of their spans.
        max_items: The most items in each sequence field.

    Returns:
        A strategy for :class:`~newsdoc.Article`.
    """

    def some(elements: st.SearchStrategy[_T]) -> st.SearchStrategy[tuple[_T, ...]]:
        return st.lists(elements, max_size=max_items).map(tuple)

    return st.builds(
        Article,
        headline=st.none() | texts(),
        published=published(),
        authors=some(texts(max_size=12)),
        language=st.none() | st.sampled_from(["en", "es", "pt", "pt-BR"]) | texts(max_size=8),
        standfirst=st.none() | texts(),
        dateline=st.none() | datelines(max_offset=max_offset),
        paragraphs=some(paragraphs(max_offset=max_offset)),
        captions=some(captions(max_offset=max_offset)),
        attributions=some(attributions(max_offset=max_offset)),
        blocks=some(blocks(max_offset=max_offset)),
        diagnostics=some(diagnostics(max_offset=max_offset)),
    )
