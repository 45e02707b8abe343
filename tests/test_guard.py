"""The regex timeout as a last line of defence: a stage that times out is left empty.

Every pattern is linear (tests/test_linear.py), so no real text makes a stage
time out; these tests lower ``REGEX_TIMEOUT`` to a nanosecond, which makes the
``regex`` module raise :class:`TimeoutError` inside the real stages.
"""

from __future__ import annotations

import pytest

from news_samples import SYNTHETIC
from newsdoc import BlockRole, Diagnostic, Span, parse
from newsdoc._invariants import violations
from newsdoc._parser import _guard
from newsdoc._parser.datelines import match_dateline
from newsdoc._parser.language import detect_language

PAGE = SYNTHETIC[0]
WIRE = 'WASHINGTON, April 27 (Reuters) - "We will not wait," the minister said on Tuesday.'
ENGLISH = "The council said on Tuesday that the new bridge would open to traffic in the spring."


@pytest.fixture
def tiny_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every guarded regex call times out at once."""
    monkeypatch.setattr(_guard, "REGEX_TIMEOUT", 1e-9)


def _timeouts(diagnostics: tuple[Diagnostic, ...]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.code == "stage-timeout"]


def test_a_stage_that_finishes_gives_its_value_and_no_diagnostic() -> None:
    span = Span(start=0, end=len(WIRE))
    value, diagnostics = _guard.guarded(
        lambda: match_dateline(WIRE, 0, len(WIRE)), None, name="the dateline", span=span
    )
    assert value is not None
    assert value.dateline.location == "WASHINGTON"
    assert diagnostics == ()


@pytest.mark.usefixtures("tiny_timeout")
def test_a_real_stage_that_times_out_gives_the_fallback_and_a_diagnostic() -> None:
    with pytest.raises(TimeoutError):
        match_dateline(WIRE, 0, len(WIRE))
    span = Span(start=0, end=len(WIRE))
    value, diagnostics = _guard.guarded(
        lambda: match_dateline(WIRE, 0, len(WIRE)), None, name="the dateline", span=span
    )
    assert value is None
    [diagnostic] = diagnostics
    assert diagnostic.code == "stage-timeout"
    assert "the dateline" in diagnostic.message
    assert diagnostic.span == span


@pytest.mark.usefixtures("tiny_timeout")
def test_the_fallback_is_returned_as_given() -> None:
    fallback: str | None = "und"
    value, diagnostics = _guard.guarded(lambda: detect_language(ENGLISH), fallback, name="x")
    assert value == "und"
    assert len(_timeouts(diagnostics)) == 1


def test_other_errors_are_not_swallowed() -> None:
    with pytest.raises(ValueError, match="invalid literal"):
        _guard.guarded(lambda: int("not a number"), 0, name="a number")


@pytest.mark.usefixtures("tiny_timeout")
def test_parse_still_returns_the_blocks_when_the_extractors_time_out() -> None:
    article = parse(PAGE)
    assert violations(PAGE, article) == []
    assert article.blocks
    assert BlockRole.PARAGRAPH in {b.role for b in article.blocks}
    assert article.headline is not None  # the structural stages still ran
    assert article.authors  # bylines are read with the roles, unguarded
    assert article.language is None
    assert article.published is None
    assert article.dateline is None
    assert article.attributions == ()
    assert article.captions == ()
    timeouts = _timeouts(article.diagnostics)
    assert timeouts
    assert all(d.message for d in timeouts)


def test_the_same_page_gives_every_field_and_no_timeout_without_the_tiny_timeout() -> None:
    article = parse(PAGE)
    assert article.language == "en"
    assert article.published is not None
    assert article.dateline is not None
    assert article.attributions
    assert article.captions
    assert _timeouts(article.diagnostics) == []


def test_blocks_keep_their_spans_when_the_extractors_time_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spans = [b.span for b in parse(PAGE).blocks]
    monkeypatch.setattr(_guard, "REGEX_TIMEOUT", 1e-9)
    assert [b.span for b in parse(PAGE).blocks] == spans
