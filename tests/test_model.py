from __future__ import annotations

import copy
import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockRole,
    Caption,
    Credit,
    Dateline,
    DecodedText,
    Diagnostic,
    Paragraph,
    Span,
    strategies,
)
from newsdoc.model import valid_span
from newsdoc.strategies import (
    articles,
    attributions,
    blocks,
    captions,
    datelines,
    decoded_texts,
    diagnostics,
    paragraphs,
    spans,
)

# One strategy per record type of the model.
VALUES: dict[type, st.SearchStrategy[Any]] = {
    Article: articles(),
    Attribution: attributions(),
    Block: blocks(),
    Caption: captions(),
    Credit: strategies.credits(),
    Dateline: datelines(),
    DecodedText: decoded_texts(),
    Diagnostic: diagnostics(),
    Paragraph: paragraphs(),
    Span: spans(),
}
any_value = st.one_of(*VALUES.values())


def test_every_public_record_has_a_strategy() -> None:
    records = {obj for obj in vars(newsdoc).values() if attrs.has(obj)}
    assert records == set(VALUES)


@given(any_value)
def test_values_are_immutable(value: attrs.AttrsInstance) -> None:
    field = attrs.fields(type(value))[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field.name, getattr(value, field.name))


@given(any_value)
def test_values_are_slotted(value: object) -> None:
    assert not hasattr(value, "__dict__")


@given(any_value)
def test_equal_values_hash_equal(value: object) -> None:
    copy = attrs.evolve(value)  # type: ignore[misc]
    assert copy == value
    assert hash(copy) == hash(value)
    assert len({value, copy}) == 1


@given(any_value, st.integers(min_value=0, max_value=pickle.HIGHEST_PROTOCOL))
def test_values_survive_pickling(value: object, protocol: int) -> None:
    assert pickle.loads(pickle.dumps(value, protocol=protocol)) == value  # noqa: S301 -- our own data


@given(any_value)
def test_copies_are_equal_values_of_the_same_class(value: object) -> None:
    for copied in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):  # noqa: S301 -- our own data
        assert copied == value
        assert type(copied) is type(value)


class SubSpan(Span):
    """A caller's own kind of span."""


def test_subclasses_and_odd_field_values_survive_pickling() -> None:
    with attrs.validators.disabled():
        odd = Block(role=BlockRole.CAPTION, text="x", span=None)  # type: ignore[arg-type]
    for value in (
        SubSpan(start=1, end=2),
        Paragraph(text="x", span=SubSpan(start=1, end=2)),
        odd,
        Article(blocks=(odd,)),
    ):
        loaded = pickle.loads(pickle.dumps(value))  # noqa: S301 -- our own data
        assert loaded == value
        assert type(loaded) is type(value)


# An article pickled by newsdoc 0.1 (attrs' state dicts), protocol 4.
OLD_PICKLE = (
    b"\x80\x04\x95\x1c\x01\x00\x00\x00\x00\x00\x00\x8c\rnewsdoc.model\x94\x8c\x07Article"
    b"\x94\x93\x94)\x81\x94}\x94(\x8c\x08headline\x94\x8c\x01h\x94\x8c\tpublished\x94N"
    b"\x8c\x07authors\x94)\x8c\x08language\x94N\x8c\nstandfirst\x94N\x8c\x08dateline\x94N"
    b"\x8c\nparagraphs\x94)\x8c\x08captions\x94)\x8c\x0cattributions\x94)\x8c\x06blocks"
    b"\x94h\x00\x8c\x05Block\x94\x93\x94)\x81\x94}\x94(\x8c\x04role\x94h\x00\x8c\tBlockRole"
    b"\x94\x93\x94h\x05\x85\x94R\x94\x8c\x04text\x94h\x06\x8c\x04span\x94h\x00\x8c\x04Span"
    b"\x94\x93\x94)\x81\x94}\x94(\x8c\x05start\x94K\x00\x8c\x03end\x94K\x01ubub\x85\x94"
    b"\x8c\x0bdiagnostics\x94)ub."
)


def test_articles_pickled_by_earlier_versions_still_load() -> None:
    block = Block(role=BlockRole.HEADLINE, text="h", span=Span(start=0, end=1))
    assert pickle.loads(OLD_PICKLE) == Article(headline="h", blocks=(block,))  # noqa: S301 -- our own data


@given(articles())
def test_article_sequences_are_tuples(article: Article) -> None:
    for field in attrs.fields(Article):
        if field.name in {
            "authors",
            "paragraphs",
            "captions",
            "attributions",
            "blocks",
            "diagnostics",
        }:
            assert isinstance(getattr(article, field.name), tuple)


def test_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[call-arg]


def test_sequences_given_as_lists_become_tuples() -> None:
    paragraph = Paragraph(text="Hello.", span=Span(start=0, end=6))
    article = Article(authors=["Jane Doe"], paragraphs=[paragraph])
    assert article.authors == ("Jane Doe",)
    assert article.paragraphs == (paragraph,)
    assert Caption(text="", span=Span(start=0, end=0), restrictions=["NO SALES"]).restrictions == (
        "NO SALES",
    )
    hash(article)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 3, "start must be >= 0, got -1"),
        (0, -1, "end must be >= 0, got -1"),
        (5, 3, r"end \(3\) must be >= start \(5\)"),
    ],
)
def test_span_rejects_impossible_ranges(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span(start=start, end=end)


@given(spans())
def test_evolve_keeps_span_invariants(span: Span) -> None:
    with pytest.raises(ValueError, match="must be >="):
        attrs.evolve(span, end=span.start - 1)


def test_empty_span_is_valid() -> None:
    assert Span(start=4, end=4).slice("abcdefg") == ""


def test_span_slices_and_contains() -> None:
    text = "WASHINGTON (Reuters) - Hello"
    outer = Span(start=0, end=22)
    inner = Span(start=12, end=19)
    assert inner.slice(text) == "Reuters"
    assert outer.contains(inner)
    assert not inner.contains(outer)
    assert outer.contains(outer)


@given(spans())
def test_valid_span_is_the_span_the_constructor_makes(span: Span) -> None:
    built = valid_span(span.start, span.end)
    assert type(built) is Span
    assert built == span
    assert hash(built) == hash(span)
    assert repr(built) == repr(span)
    assert pickle.loads(pickle.dumps(built)) == span  # noqa: S301 -- our own data


@given(spans(), spans())
def test_spans_order_by_start_then_end(a: Span, b: Span) -> None:
    assert (a < b) == ((a.start, a.end) < (b.start, b.end))


@given(articles(), st.text(max_size=10))
def test_evolve_returns_a_changed_copy(article: Article, headline: str) -> None:
    changed = attrs.evolve(article, headline=headline)
    assert changed.headline == headline
    assert attrs.evolve(changed, headline=article.headline) == article


def test_boilerplate_and_body_are_derived() -> None:
    chrome = Block(role=BlockRole.BOILERPLATE, text="Share", span=Span(start=0, end=5))
    first = Paragraph(text="One.", span=Span(start=7, end=11))
    second = Paragraph(text="Two.", span=Span(start=13, end=17))
    article = Article(
        paragraphs=(first, second),
        blocks=(
            chrome,
            Block(role=BlockRole.PARAGRAPH, text="One.", span=first.span),
            Block(role=BlockRole.PARAGRAPH, text="Two.", span=second.span),
        ),
    )
    assert article.boilerplate == (chrome,)
    assert article.body == "One.\n\nTwo."


def test_defaults_make_an_empty_article() -> None:
    article = Article()
    assert article.headline is None
    assert article.published is None
    assert article.paragraphs == ()
    assert article.body == ""


def test_published_takes_dates_and_datetimes() -> None:
    aware = dt.datetime(2022, 4, 27, 10, 0, tzinfo=dt.UTC)
    assert Article(published=aware).published == aware
    assert Article(published=dt.date(2022, 4, 27)).published == dt.date(2022, 4, 27)


def test_enum_values_are_stable() -> None:
    assert [k.value for k in AttributionKind] == ["direct", "indirect", "mixed"]
    assert BlockRole("boilerplate") is BlockRole.BOILERPLATE
