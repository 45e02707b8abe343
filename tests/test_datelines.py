from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.datelines import has_dash, match_dateline

REFERENCE = dt.date(2022, 4, 28)


@pytest.mark.parametrize(
    ("paragraph", "text", "location", "agency", "date"),
    [
        (
            "WASHINGTON, April 27 (Reuters) - The Senate voted on Tuesday.",
            "WASHINGTON, April 27 (Reuters) -",
            "WASHINGTON",
            "Reuters",
            dt.date(2022, 4, 27),
        ),
        ("ANKARA (AA) - Turkiye said on Monday.", "ANKARA (AA) -", "ANKARA", "AA", None),
        (
            "MADRID, 27 abr (EFE).- El Gobierno aprobó hoy el plan.",
            "MADRID, 27 abr (EFE).-",
            "MADRID",
            "EFE",
            dt.date(2022, 4, 27),
        ),
        ("LONDON (AP) — Britain's government said.", "LONDON (AP) —", "LONDON", "AP", None),
        (
            "BEIJING, March 3 (Xinhua) -- China said.",
            "BEIJING, March 3 (Xinhua) --",
            "BEIJING",
            "Xinhua",
            dt.date(2022, 3, 3),
        ),
        (
            "Rio de Janeiro, 26 abr (EFE).- El Gobierno.",
            "Rio de Janeiro, 26 abr (EFE).-",
            "Rio de Janeiro",
            "EFE",
            dt.date(2022, 4, 26),
        ),
        (
            "LISBOA, 20 abr (Lusa) - O Governo.",
            "LISBOA, 20 abr (Lusa) -",
            "LISBOA",
            "Lusa",
            dt.date(2022, 4, 20),
        ),
        ("SAN FRANCISCO — Apple said on Monday.", "SAN FRANCISCO —", "SAN FRANCISCO", None, None),
    ],
)
def test_wire_datelines(
    paragraph: str, text: str, location: str, agency: str | None, date: dt.date | None
) -> None:
    result = match_dateline(paragraph, 0, len(paragraph), reference_date=REFERENCE)
    assert result is not None
    dateline = result.dateline
    assert dateline.text == text
    assert paragraph[dateline.span.start : dateline.span.end] == text
    assert dateline.location == location
    assert dateline.agency == agency
    assert dateline.date == date


def test_partial_date_year_is_reported() -> None:
    result = match_dateline("PARIS, May 2 (AFP) - France said.", reference_date=REFERENCE)
    assert result is not None
    assert result.dateline.date == dt.date(2021, 5, 2)
    assert [d.code for d in result.diagnostics] == ["date-year-inferred"]


def test_dateline_offsets_are_into_the_whole_text() -> None:
    text = "Headline\n\nATHENS (AP) — Greece said."
    start = text.index("ATHENS")
    result = match_dateline(text, start, len(text))
    assert result is not None
    assert result.dateline.span.start == start
    assert text[result.dateline.span.start : result.dateline.span.end] == "ATHENS (AP) —"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The President said - in a statement - that talks would resume.",
        "In Washington, officials (and their aides) met on Monday.",
        "Prices rose 3% in March.",
        "",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert match_dateline(paragraph, 0, len(paragraph)) is None


@given(st.text(max_size=200))
def test_match_dateline_is_total_and_in_range(text: str) -> None:
    result = match_dateline(text, 0, len(text), reference_date=REFERENCE)
    if result is not None:
        span = result.dateline.span
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("paragraph", ["UPDATE - The company said.", "EXCLUSIVE — A report says."])
def test_desk_words_are_no_place(paragraph: str) -> None:
    assert match_dateline(paragraph, 0, len(paragraph)) is None


_CITY = st.from_regex(r"[A-Z]{3,10}( [A-Z]{3,10})?", fullmatch=True).filter(
    lambda c: c not in {"UPDATE", "EXCLUSIVE", "WATCH", "VIDEO", "LIVE", "FILE", "NOTE"}
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


@given(
    city=_CITY,
    month=st.integers(1, 8),
    day=st.integers(1, 28),
    agency=st.sampled_from(("Reuters", "AP", "AFP", "EFE", "Xinhua", "AA", "dpa")),
    dash=st.sampled_from(("-", "--", "—", ".-")),
)
def test_rendered_dateline_round_trips(
    *, city: str, month: int, day: int, agency: str, dash: str
) -> None:
    head = f"{city}, {_MONTHS[month - 1]} {day} ({agency}){dash}"
    paragraph = f"{head} The minister said on Monday that talks would go on."
    result = match_dateline(paragraph, 0, len(paragraph), reference_date=dt.date(2022, 9, 1))
    assert result is not None
    assert result.dateline.text == head
    assert result.dateline.location == city
    assert result.dateline.agency == agency
    assert result.dateline.date == dt.date(2022, month, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A - B", True), ("A – B", True), ("A — B", True), ("A ‒ B", False), ("A B -", False)],
)
def test_has_dash_looks_for_the_three_dashes_inside_the_range(text: str, expected: bool) -> None:  # noqa: FBT001 -- a drawn flag
    assert has_dash(text, 0, 4) is expected


@pytest.mark.parametrize(
    "line",
    [
        "The minister (left) spoke - then left.",  # a bracket, then a dash, but no place first
        "the city (Reuters) - Officials said.",  # no capital first
        "WASHINGTON (Reuters) Officials said.",  # no dash after the agency
    ],
)
def test_lines_without_a_dateline_shape_give_none(line: str) -> None:
    assert match_dateline(line) is None
