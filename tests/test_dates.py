"""Tests for date expressions: parse_date, find_dates and find_published."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsdoc._lexicons.months import MONTHS
from newsdoc._parser import date_forms, date_relative, date_scan
from newsdoc._parser.dates import DateMatch, find_dates, find_published, parse_date
from newsdoc.model import Span

REF = dt.date(2022, 4, 27)  # a Wednesday
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))


def _naive(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    """A datetime without a zone, as read from text that writes none."""
    return dt.datetime(year, month, day, hour, minute)  # noqa: DTZ001 -- naive on purpose


def _codes(match: DateMatch) -> set[str]:
    return {d.code for d in match.diagnostics}


# --------------------------------------------------------------------------- parse_date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 27, 2022", dt.date(2022, 4, 27)),
        ("Apr 27 2022", dt.date(2022, 4, 27)),
        ("Sept. 3, 2021", dt.date(2021, 9, 3)),
        ("March 1st, 2020", dt.date(2020, 3, 1)),
        ("the 2nd of June 2018", None),
        ("2nd of June 2018", dt.date(2018, 6, 2)),
        ("27 April 2022", dt.date(2022, 4, 27)),
        ("27 APR 2022", dt.date(2022, 4, 27)),
        ("Wednesday, 27 April 2022", dt.date(2022, 4, 27)),
        ("Tue, Jan 5, 2021", dt.date(2021, 1, 5)),
        ("2022-04-27", dt.date(2022, 4, 27)),
        ("2016.12.01", dt.date(2016, 12, 1)),
        ("2019/11/19", dt.date(2019, 11, 19)),
        ("18.11.2019", dt.date(2019, 11, 18)),
        ("11/19/19", dt.date(2019, 11, 19)),
        ("10.23.2018", dt.date(2018, 10, 23)),
        ("31-12-2020", dt.date(2020, 12, 31)),
        ("5 de mayo de 2020", dt.date(2020, 5, 5)),
        ("5 de mayo del 2020", dt.date(2020, 5, 5)),
        ("martes, 3 de marzo de 2020", dt.date(2020, 3, 3)),
        ("12 de setembro de 2015", dt.date(2015, 9, 12)),
        ("quinta-feira, 2 de janeiro de 2014", dt.date(2014, 1, 2)),
        ("3. Dezember 2017", dt.date(2017, 12, 3)),
        ("1er janvier 2019", dt.date(2019, 1, 1)),
        ("14 luglio 2016", dt.date(2016, 7, 14)),
        ("17 Agustus 2020", dt.date(2020, 8, 17)),
        ("9 мая 2015", dt.date(2015, 5, 9)),
        ("9 мая 2015 г.", dt.date(2015, 5, 9)),
        ("2019年11月19日", dt.date(2019, 11, 19)),
        ("2019년 11월 19일", dt.date(2019, 11, 19)),
        ("27-Apr-2022", dt.date(2022, 4, 27)),
        ("05-JAN-21", dt.date(2021, 1, 5)),
        ("3 May 10", None),
        ("  June 30, 2017:  ", dt.date(2017, 6, 30)),
        ("June 31, 2017", None),
        ("April 2022", None),
        ("Published April 27, 2022", None),
        ("", None),
        ("hello", None),
    ],
)
def test_parse_date_reads_written_forms(text: str, expected: dt.date | None) -> None:
    match = parse_date(text)
    assert (match.value if match else None) == expected


def test_parse_date_span_covers_the_expression_without_padding() -> None:
    text = "  Dec. 3, 2018 \n"
    match = parse_date(text)
    assert match is not None
    assert text[match.span.start : match.span.end] == "Dec. 3, 2018"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan. 8, 2020 4:15 p.m. ET", dt.datetime(2020, 1, 8, 16, 15, tzinfo=EST)),
        ("July 4, 2019 9:05 AM ET", dt.datetime(2019, 7, 4, 9, 5, tzinfo=EDT)),
        ("Jan 3 2020 at 5 PM EST", dt.datetime(2020, 1, 3, 17, 0, tzinfo=EST)),
        (
            "10:32 BST, 3 May 2019",
            dt.datetime(2019, 5, 3, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("3 May 2019 10:32 GMT", dt.datetime(2019, 5, 3, 10, 32, tzinfo=dt.UTC)),
        ("2019-11-20T01:50:00Z", dt.datetime(2019, 11, 20, 1, 50, tzinfo=dt.UTC)),
        (
            "2019-11-20T01:50:00+02:00",
            dt.datetime(2019, 11, 20, 1, 50, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        ("2019-11-20 13:05", _naive(2019, 11, 20, 13, 5)),
        ("April 27, 2022 12:05", _naive(2022, 4, 27, 12, 5)),
        ("Mar 3, 2019 | 10:00 AM", _naive(2019, 3, 3, 10, 0)),
        ("08:15, Wed, Mar 4, 2020", _naive(2020, 3, 4, 8, 15)),
        ("sexta-feira, 3 de maio de 2019 às 20:13", _naive(2019, 5, 3, 20, 13)),
        ("3 mai 2019 à 14h30", _naive(2019, 5, 3, 14, 30)),
        ("3. Mai 2019 um 14:30 Uhr", _naive(2019, 5, 3, 14, 30)),
        ("3 mei 2019 om 14:30", _naive(2019, 5, 3, 14, 30)),
        ("3 de mayo de 2019 a las 14:30", _naive(2019, 5, 3, 14, 30)),
        ("3 мая 2019 в 14:30", _naive(2019, 5, 3, 14, 30)),
        (
            "Wed, 27 Apr 2022 10:32:00 +0000",
            dt.datetime(2022, 4, 27, 10, 32, tzinfo=dt.UTC),
        ),
        (
            "Tuesday 26 April 2022 10.32 BST",
            dt.datetime(2022, 4, 26, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        (
            "Selasa, 19 Nov 2019 10:32 WIB",
            dt.datetime(2019, 11, 19, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ),
        ("12 a.m. June 1, 2020", _naive(2020, 6, 1, 0, 0)),
        ("12:15 p.m. June 1, 2020", _naive(2020, 6, 1, 12, 15)),
    ],
)
def test_times_make_datetimes_aware_only_when_a_zone_is_written(
    text: str, expected: dt.datetime
) -> None:
    match = parse_date(text)
    assert match is not None
    assert match.value == expected
    assert isinstance(match.value, dt.datetime)
    assert (match.value.tzinfo is None) == (expected.tzinfo is None)
    assert match.value.utcoffset() == expected.utcoffset()


def test_us_zone_follows_daylight_saving_on_the_written_date() -> None:
    winter = parse_date("March 9, 2019 8:00 PM PT")
    summer = parse_date("March 11, 2019 8:00 PM PT")
    assert winter is not None
    assert summer is not None
    assert isinstance(winter.value, dt.datetime)
    assert isinstance(summer.value, dt.datetime)
    assert winter.value.utcoffset() == dt.timedelta(hours=-8)
    assert summer.value.utcoffset() == dt.timedelta(hours=-7)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("FEBRUARY 09", REF, dt.date(2022, 2, 9)),
        ("27 abr", REF, dt.date(2022, 4, 27)),
        ("Nov. 3", REF, dt.date(2021, 11, 3)),
        ("DECEMBER 30", dt.date(2022, 1, 2), dt.date(2021, 12, 30)),
        ("January 1", dt.date(2021, 12, 31), dt.date(2022, 1, 1)),
        ("29 February", dt.date(2023, 3, 1), dt.date(2020, 2, 29)),
        ("11月19日", dt.date(2019, 12, 1), dt.date(2019, 11, 19)),
    ],
)
def test_partial_dates_take_the_nearest_year_not_after_the_reference(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    match = parse_date(text, reference_date=reference)
    assert match is not None
    assert match.value == expected
    assert match.year_inferred
    assert "date-year-inferred" in _codes(match)


def test_partial_dates_need_a_reference() -> None:
    assert parse_date("FEBRUARY 09") is None


def test_written_year_is_not_inferred() -> None:
    match = parse_date("March 14, 2021", reference_date=REF)
    assert match is not None
    assert not match.year_inferred
    assert not match.diagnostics


def test_ambiguous_numeric_date_is_flagged_and_follows_the_convention() -> None:
    us = parse_date("03/04/2019")
    assert us is not None
    assert us.value == dt.date(2019, 3, 4)
    assert "date-order-ambiguous" in _codes(us)
    european = parse_date("03/04/2019", day_first=True)
    assert european is not None
    assert european.value == dt.date(2019, 4, 3)
    dotted = parse_date("03.04.2019")
    assert dotted is not None
    assert dotted.value == dt.date(2019, 4, 3)


def test_unambiguous_numeric_date_ignores_the_convention() -> None:
    match = parse_date("13/04/2019", day_first=False)
    assert match is not None
    assert match.value == dt.date(2019, 4, 13)
    assert not match.diagnostics


def test_two_digit_years_stay_near_the_reference() -> None:
    assert parse_date("1/2/99") is not None
    assert parse_date("1/2/99").value == dt.date(1999, 1, 2)  # type: ignore[union-attr]
    match = parse_date("1/2/23", reference_date=dt.date(2022, 6, 1))
    assert match is not None
    assert match.value == dt.date(2023, 1, 2)
    match = parse_date("1/2/30", reference_date=dt.date(2022, 6, 1))
    assert match is not None
    assert match.value == dt.date(1930, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", dt.date(2022, 4, 26)),
        ("today", REF),
        ("3 hours ago", REF),
        ("2 days ago", dt.date(2022, 4, 25)),
        ("a week ago", dt.date(2022, 4, 20)),
        ("hace 2 días", dt.date(2022, 4, 25)),
        ("há 3 dias", dt.date(2022, 4, 24)),
        ("ontem", dt.date(2022, 4, 26)),
        ("ayer", dt.date(2022, 4, 26)),
        ("vor 2 Tagen", dt.date(2022, 4, 25)),
        ("late Tuesday", dt.date(2022, 4, 26)),
        ("Monday night", dt.date(2022, 4, 25)),
        ("on Wednesday", REF),
        ("el jueves", dt.date(2022, 4, 21)),
    ],
)
def test_relative_dates_resolve_against_the_reference_and_are_flagged(
    text: str, expected: dt.date
) -> None:
    match = parse_date(text, reference_date=REF)
    assert match is not None
    assert match.value == expected
    assert match.relative
    assert "date-relative" in _codes(match)
    assert parse_date(text) is None


def test_relative_hours_ago_counts_back_from_a_reference_time() -> None:
    match = parse_date("3 hours ago", reference_date=_naive(2022, 4, 27, 1, 0))
    assert match is not None
    assert match.value == dt.date(2022, 4, 26)


# --------------------------------------------------------------------------- find_dates
def test_find_dates_finds_every_form_in_running_text() -> None:
    text = (
        "Posted on March 3, 2021. The law, passed on 12/01/2020 and signed "
        "2020-12-05, takes effect 1 June 2021 (Reuters reported it on 3 Mar)."
    )
    found = find_dates(text, reference_date=dt.date(2021, 3, 3))
    assert [m.value for m in found] == [
        dt.date(2021, 3, 3),
        dt.date(2020, 12, 1),
        dt.date(2020, 12, 5),
        dt.date(2021, 6, 1),
        dt.date(2021, 3, 3),
    ]
    assert [text[m.span.start : m.span.end] for m in found][-1] == "3 Mar"


def test_find_dates_respects_the_range() -> None:
    text = "May 1, 2020 and June 2, 2020 and July 3, 2020"
    found = find_dates(text, 12, 30)
    assert [m.value for m in found] == [dt.date(2020, 6, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "You may 2 or 3 times see it.",
        "Three out of 4 voters, 3 out of 5 donors.",
        "Version 1.2.3 shipped with 10.5.1 patches.",
        "Score: 31-45-2020 points",
        "Gen 8 consoles and the Mag 7 stocks; Set 3 went long.",
    ],
)
def test_find_dates_leaves_everyday_words_and_numbers_alone(text: str) -> None:
    assert find_dates(text, reference_date=REF) == ()


def test_a_number_after_a_day_and_month_is_not_a_two_digit_year() -> None:
    assert find_dates("On 3 May 10 people were hurt.") == ()
    (match,) = find_dates("On 3 May 10 people were hurt.", reference_date=REF)
    assert match.year_inferred
    assert match.value in {dt.date(2021, 5, 3), dt.date(2021, 5, 10)}


def test_find_dates_without_reference_skips_partial_and_relative() -> None:
    text = "On FEBRUARY 09 the talks began; yesterday they ended."
    assert find_dates(text) == ()
    assert len(find_dates(text, reference_date=REF)) == 2


# --------------------------------------------------------------------------- find_published
def _page(*lines: str) -> tuple[str, Span, Span]:
    """Join lines into a page; the headline is the line 'HEADLINE', the body runs
    from the line starting 'Body' to the line ending 'end.'."""
    text = "\n".join(lines)
    h = text.index("HEADLINE")
    b = text.index("Body")
    e = text.index("end.") + len("end.")
    return text, Span(start=h, end=h + len("HEADLINE")), Span(start=b, end=e)


def test_published_prefers_the_labelled_date_between_headline_and_body() -> None:
    text, headline, body = _page(
        "Site title | News",
        "Today: Friday, May 6, 2022",
        "Menu",
        "HEADLINE",
        "By Jane Roe",
        "Updated: May 5, 2022 9:40 pm | Published: May 4, 2022 8:00 pm",
        "Body text begins on May 1, 2022 and goes on.",
        "More body until the end.",
        "Related",
        "Other story May 2, 2022",
    )
    result = find_published(text, headline=headline, body=body)
    assert result.value == _naive(2022, 5, 4, 20, 0)
    assert result.label == "published"
    assert result.span is not None
    assert text[result.span.start : result.span.end] == "May 4, 2022 8:00 pm"


def test_published_falls_back_to_an_update_date_and_says_so() -> None:
    text, headline, body = _page(
        "HEADLINE", "Updated 3 hours ago", "Updated 1909 GMT Nov 18, 2019", "Body to the end."
    )
    result = find_published(text, headline=headline, body=body, reference_date=REF)
    assert result.value == dt.date(2019, 11, 18)
    assert "published-from-updated" in {d.code for d in result.diagnostics}


def test_published_ignores_dates_inside_body_sentences_and_far_lists() -> None:
    filler = ["Related story"] * 10
    text, headline, body = _page(
        "HEADLINE",
        "Body: the minister said on March 3, 2020 that the plan, first drafted in 2018 "
        "and revised many times since, would now go ahead without delay, according to "
        "the statement released by the ministry to reporters gathered outside the end.",
        *filler,
        "Other story, January 2, 2021",
    )
    result = find_published(text, headline=headline, body=body)
    assert result.value is None
    assert "published-not-found" in {d.code for d in result.diagnostics}


def test_published_takes_the_date_above_the_headline_when_there_is_no_other() -> None:
    text, headline, body = _page(
        "The Daily Site", "18.11.2019", "HEADLINE", "Body runs to the end."
    )
    result = find_published(text, headline=headline, body=body)
    assert result.value == dt.date(2019, 11, 18)


def test_published_uses_the_page_numeric_convention() -> None:
    text, headline, body = _page(
        "HEADLINE", "Posted 04/05/2021", "Body runs to the end.", "Comment 25/05/2021"
    )
    result = find_published(text, headline=headline, body=body)
    assert result.value == dt.date(2021, 5, 4)


def test_published_without_positions_still_finds_a_date_line() -> None:
    text = "Some page\n\nA story\nPublished\n27 April 2022\nIt began like this, yes."
    result = find_published(text, headline=None, body=None)
    assert result.value == dt.date(2022, 4, 27)
    assert result.label == "published"


# --------------------------------------------------------------------------- properties
_REFERENCES = st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))
_DATES = st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31))
_TEXT = st.text(
    st.sampled_from("0123456789 .,:/-年月日aAmMpPyYnNoOvVjJuUeEsStTbBrRcCdDgGlL\nETBS")
    | st.characters(),
    max_size=80,
)


@given(_TEXT, _REFERENCES)
def test_parse_date_is_total(text: str, reference: dt.date | None) -> None:
    match = parse_date(text, reference_date=reference)
    if match is not None:
        assert 0 <= match.span.start <= match.span.end <= len(text)
        assert text[: match.span.start].strip() == ""


@given(_TEXT, _REFERENCES, st.integers(-5, 90), st.none() | st.integers(-5, 90))
def test_find_dates_is_total_and_spans_point_at_their_text(
    text: str, reference: dt.date | None, start: int, end: int | None
) -> None:
    found = find_dates(text, start, end, reference_date=reference)
    lo = max(0, min(start, len(text) if end is None else max(0, min(end, len(text)))))
    previous_end = lo
    for match in found:
        assert previous_end <= match.span.start < match.span.end
        assert end is None or match.span.end <= end
        again = parse_date(text[match.span.start : match.span.end], reference_date=reference)
        assert again is not None
        assert again.value == match.value
        previous_end = match.span.end


def _render(day: dt.date, language: str, form: int, word: str) -> str:
    """Render *day* in one of the written forms of *language*."""
    d, m, y = day.day, day.month, day.year
    forms = {
        "en": (f"{word} {d}, {y}", f"{d} {word} {y}", f"{word} {d}, {y} {m}:30 p.m. ET"),
        "es": (f"{d} de {word} de {y}", f"{d} {word} {y}", f"{word} {d}, {y}"),
        "pt": (f"{d} de {word} de {y}", f"{d} {word} {y}", f"{d} de {word} de {y}"),
        "de": (f"{d}. {word} {y}", f"{d} {word} {y}", f"{d}. {word} {y}, {d % 24}:05 Uhr"),
        "fr": (f"{d} {word} {y}", f"{d} {word} {y}", f"{d} {word} {y}"),
        "it": (f"{d} {word} {y}", f"{d} {word} {y}", f"{d} {word} {y}"),
        "id": (f"{d} {word} {y}", f"{word} {d}, {y}", f"{d} {word} {y}"),
        "nl": (f"{d} {word} {y}", f"{d} {word} {y}", f"{d}-{word.rstrip('.')}-{y}"),
        "ru": (f"{d} {word} {y}", f"{d} {word} {y} г.", f"{d} {word} {y} года"),
        "numeric": (
            day.isoformat(),
            f"{d:02}.{m:02}.{y}",
            f"{y}.{m:02}.{d:02}",
        ),
        "cjk": (f"{y}年{m}月{d}日", f"{y}년 {m}월 {d}일", f"{y}/{m}/{d}"),
    }
    return forms[language][form]


@st.composite
def _rendered(draw: st.DrawFn) -> tuple[dt.date, str]:
    day = draw(_DATES)
    language = draw(st.sampled_from([*MONTHS, "numeric", "cjk"]))
    spellings = [w for w, n in MONTHS.get(language, {"x": day.month}).items() if n == day.month]
    word = draw(st.sampled_from(spellings))
    if language == "ru" and word[-1] not in "яа":
        word = next(w for w in spellings if w[-1] in "яа")  # day-month needs the genitive
    word = draw(st.sampled_from([word, word.upper(), word.title(), word + "."]))
    return day, _render(day, language, draw(st.integers(0, 2)), word)


@given(_rendered())
def test_rendered_dates_round_trip_through_parse_date(case: tuple[dt.date, str]) -> None:
    day, text = case
    match = parse_date(text)
    assert match is not None, text
    assert match.date == day


@given(_DATES, st.sampled_from(["/", "-"]), st.booleans())
def test_numeric_dates_round_trip_with_their_convention(
    day: dt.date,
    sep: str,
    day_first: bool,  # noqa: FBT001
) -> None:
    parts = (day.day, day.month) if day_first else (day.month, day.day)
    text = f"{parts[0]}{sep}{parts[1]}{sep}{day.year}"
    match = parse_date(text, day_first=day_first)
    assert match is not None
    assert match.value == day


def test_published_reads_ambiguous_numbers_by_the_page_language() -> None:
    text, headline, body = _page(
        "HEADLINE",
        "Publicado el 04/05/2021",
        "Body: el gobierno dijo que la ley entra en vigor la semana que viene, según "
        "fuentes del ministerio, y que no habrá cambios hasta el end.",
    )
    assert find_published(text, headline=headline, body=body).value == dt.date(2021, 5, 4)
    english = find_published(text, headline=headline, body=body, language="en")
    assert english.value == dt.date(2021, 4, 5)
    assert "date-order-ambiguous" in {d.code for d in english.diagnostics}


def test_published_skips_a_comment_thread_after_the_body() -> None:
    comments = []
    for day in range(3, 9):
        comments += [f"Reader {day}", f"June {day}, 2021 at 9:1{day} am", "Nice piece!", "Reply"]
    text, headline, body = _page("HEADLINE", "By Jane Roe", "Body runs to the end.", *comments)
    result = find_published(text, headline=headline, body=body)
    assert result.value is None


def test_published_takes_a_clear_date_line_far_from_a_misplaced_headline() -> None:
    nav = [f"Menu item {i}" for i in range(30)]
    text, headline, body = _page(
        "Site",
        "Story title",
        "quarta-feira, 3 de março de 2021 às 09:45",
        *nav,
        "HEADLINE",
        "Body runs to the end.",
    )
    result = find_published(text, headline=headline, body=body)
    assert result.value == _naive(2021, 3, 3, 9, 45)
    assert "published-far" in {d.code for d in result.diagnostics}


# --------------------------------------------------------------------------- candidate starts
_DATE_WORDS = [
    "May",
    "sept.",
    "Nov",
    "DEZ",
    "abril",
    "de",
    "of",
    "th",
    "1er",
    "Tue",
    "年",
    "月",
    "日",
]
_DATEISH = st.lists(
    st.sampled_from(_DATE_WORDS)
    | st.integers(0, 2100).map(str)
    | st.sampled_from([" ", "  ", ".", ",", "/", "-", "\n", ":", "T", "x"])
    | st.text(max_size=3),
    max_size=30,
).map("".join)


def _every_match(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """What each recogniser's ``finditer`` finds in the range: the rule candidates must keep."""
    return [
        (index, *m.span())
        for index, (pattern, _) in enumerate(date_forms.RECOGNISERS)
        for m in pattern.finditer(text, start, end)
    ]


def _recognised(text: str, starts: list[date_scan.Start], end: int) -> list[tuple[int, int, int]]:
    """What the recognisers find tried at *starts* only."""
    return [
        (date_forms.RECOGNISERS.index((m.re, read)), *m.span())
        for m, read in date_scan.recognised(text, starts, end)
    ]


@given(_DATEISH, st.integers(0, 60), st.integers(0, 60))
def test_recognisers_tried_at_their_candidates_find_every_match(
    text: str, start: int, length: int
) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = _every_match(text, start, end)
    assert _recognised(text, date_scan.candidates(text, start, end), end) == expected
    within = date_scan.scan_dates(text).within(start, end)
    assert _recognised(text, within, end) == expected


@example([("May 1", True, "123"), ("x", True, " ")])  # a range that cuts a run of digits
@example([("", False, "5"), ("0", True, " ")])  # one that starts inside a run
@example([("May 5 2019", True, " "), ("x " * 200, False, "1"), ("2 May", True, " ")])  # far apart
@example([("5 Jun", True, "k 2019")])  # a word cut at the range's end
@given(
    st.lists(
        st.tuples(
            _DATEISH, st.booleans(), st.sampled_from([" ", "\n", "5", "a", ".", "123", "ay"])
        ),
        max_size=6,
    )
)
def test_one_scan_tells_the_figures_and_candidates_of_each_range(
    pieces: list[tuple[str, bool, str]],
) -> None:
    text, spans = "", []
    for piece, chosen, after in pieces:
        if chosen:
            spans.append(Span(start=len(text), end=len(text) + len(piece)))
        text += piece + after
    dates = date_scan.scan_dates(text)
    figured = dates.figured(spans)
    for i, span in enumerate(spans):
        start, end = span.start, span.end
        assert (i in figured) == (regex.search(r"\d", text[start:end]) is not None)
        assert _recognised(text, dates.within(start, end), end) == _every_match(text, start, end)


def test_both_digit_scans_number_their_groups_alike() -> None:
    """The candidates of a range and of a whole page are read from their groups by number."""
    assert date_scan._ANCHOR.groupindex == date_scan._RUN.groupindex  # noqa: SLF001


def test_the_stand_in_for_a_failed_scan_holds_no_candidates() -> None:
    dates = date_scan.DateStarts.none("May 5")
    assert dates.within(0, 5) == []
    assert dates.figured([Span(start=0, end=5)]) == []


def test_a_reference_with_a_time_of_day_reads_yearless_dates_by_its_date() -> None:
    reference = dt.datetime(2019, 11, 20, 12, 0, tzinfo=dt.UTC)
    match = parse_date("Nov 19", reference_date=reference)
    assert match is not None
    assert match.value == dt.date(2019, 11, 19)
    assert match.year_inferred


_RELATIVE_WORDS = st.lists(
    st.sampled_from(
        ["2", "days", "ago", "hace", "3", "horas", "Friday", "İ", "TODAY", "share", "x", "\n", "-"]
    ),
    max_size=12,
).map(" ".join)


@given(st.lists(_RELATIVE_WORDS, min_size=1, max_size=4))
def test_a_range_without_a_key_word_as_a_part_holds_no_relative_date(lines: list[str]) -> None:
    text = "\n".join(lines)
    spans, start = [], 0
    for line in lines:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    keys = date_relative.relative_keys(text, spans)
    for start, end in spans:
        found = list(date_relative.relative_dates(text, start, end, REF))
        if not keys or not date_relative.may_hold_any(text[start:end], keys):
            assert found == []
