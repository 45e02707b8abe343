"""Tests for reading bylines into person names."""

from __future__ import annotations

import pytest

from newsdoc._parser.byline import is_person_name, match_byline, split_names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("by Jane Doe, John Roe and Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
        ("BY JANE DOE, Associated Press", ("JANE DOE",)),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Jane Doe in Washington", ("Jane Doe",)),
        ("By Sarah E. Needleman", ("Sarah E. Needleman",)),
        ("Written by Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("Por Ana Souza e João Lima", ("Ana Souza", "João Lima")),
        ("Von Anna Schmidt und Jan Weber", ("Anna Schmidt", "Jan Weber")),
        ("Oleh Budi Santoso", ("Budi Santoso",)),
        ("Текст: Анна Петрова · 24 сентября 2018", ("Анна Петрова",)),
        ("November 12, 2018 | By: Jane Doe", ("Jane Doe",)),
        ("Posted on 3 May 2019 / by Jane Doe / in World", ("Jane Doe",)),
    ],
)
def test_bylines_name_their_authors(line: str, authors: tuple[str, ...]) -> None:
    byline = match_byline(line)
    assert byline is not None
    assert byline.authors == authors


def test_agencies_and_desks_are_kept_apart() -> None:
    byline = match_byline("By Jane Doe, Reuters")
    assert byline is not None
    assert byline.organisations == ("Reuters",)
    staff = match_byline("By Staff Reports")
    assert staff is not None
    assert staff.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "By the time the rain stopped, the river had burst its banks.",
        "By contrast, exports fell by a third over the year.",
        "The minister was driven by a wish to cut costs.",
        "Home",
    ],
)
def test_sentences_are_not_bylines(line: str) -> None:
    assert match_byline(line) is None


def test_bare_names_count_only_when_asked() -> None:
    assert match_byline("Jane Doe") is None
    byline = match_byline("Jane Doe", bare=True)
    assert byline is not None
    assert byline.authors == ("Jane Doe",)


def test_bare_names_drop_a_trailing_handle() -> None:
    byline = match_byline("Jane Doe @janedoe", bare=True)
    assert byline is not None
    assert byline.authors == ("Jane Doe",)


def test_split_names_on_commas_and_conjunctions() -> None:
    assert split_names("Jane Doe, John Roe & Ann Poe") == ("Jane Doe", "John Roe", "Ann Poe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("Ludwig van Beethoven", True),
        ("J. R. Smith", True),
        ("Reuters", False),
        ("CNN Business", False),
        ("Staff Writer", False),
        ("a quiet evening", False),
    ],
)
def test_person_name_shape(text: str, *, expected: bool) -> None:
    assert is_person_name(text) is expected


def test_a_bare_name_may_carry_a_short_job_title() -> None:
    byline = match_byline("Jane Doe Senior Contributor", bare=True)
    assert byline is not None
    assert byline.authors == ("Jane Doe",)
    assert match_byline("Jane Doe is set to lead the council from next year", bare=True) is None
