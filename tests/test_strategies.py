from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from hypothesis import given

from newsdoc.strategies import attributions, dates, datetimes, published, spans

if TYPE_CHECKING:
    from newsdoc import Attribution, Span


@given(spans(max_offset=50))
def test_spans_stay_within_max_offset(span: Span) -> None:
    assert 0 <= span.start <= span.end <= 50


@given(attributions())
def test_attributions_keep_sources_and_contents_with_their_spans(attribution: Attribution) -> None:
    assert (attribution.source is None) == (attribution.source_span is None)
    assert (attribution.content is None) == (attribution.content_spans == ())
    if attribution.source is None:
        assert attribution.resolved_source is None


@given(dates())
def test_dates_are_never_datetimes(value: dt.date) -> None:
    assert not isinstance(value, dt.datetime)


@given(datetimes(aware=True))
def test_aware_datetimes_have_an_offset(value: dt.datetime) -> None:
    assert value.utcoffset() is not None


@given(datetimes(aware=False))
def test_naive_datetimes_have_none(value: dt.datetime) -> None:
    assert value.tzinfo is None


@given(published())
def test_published_values_are_what_the_field_takes(value: dt.date | None) -> None:
    assert value is None or isinstance(value, dt.date)
