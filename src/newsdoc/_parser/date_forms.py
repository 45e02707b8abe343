"""The written forms of an absolute (or yearless) date, one recogniser each.

A recogniser is a compiled pattern and a reader that turns its match into a
:class:`Reading` (year, month, day, and a time when the form carries one), or
``None`` when the match is no date after all. :data:`RECOGNISERS` lists them,
most specific first (:mod:`~newsdoc._parser.date_scan` tells where each may
start). :func:`attach` then extends a reading over a weekday written before
it and a time written after or before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import regex

from newsdoc._lexicons.months import RISKY_MONTH_WORDS, YEAR_ONLY_MONTH_WORDS
from newsdoc._parser.date_times import TIME_AFTER, TIME_BEFORE, read_time
from newsdoc._parser.date_words import (
    BREAK,
    GAP,
    MONTH_WORDS,
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    ORDINAL,
    SPACE,
    WEEKDAY_WORDS,
    alternation,
)
from newsdoc.model import Diagnostic, Span

__all__ = [
    "NUMERIC",
    "RECOGNISERS",
    "Context",
    "Reader",
    "Reading",
    "attach",
    "full_year",
]


@attrs.frozen(kw_only=True)
class Reading:
    """What a recogniser read from its match, before the year is settled."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    time: dt.time | None = None
    zone: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.frozen(kw_only=True)
class Context:
    """The settings one search runs with."""

    reference: dt.date | None
    """The date partial and relative dates are read against."""
    day_first: bool | None
    """How to read an ambiguous numeric date; ``None`` lets the separator decide."""
    strict: bool
    """Whether the text is running prose (find) rather than one date (parse)."""


_MONTH = rf"{NOT_AFTER_WORD}(?P<month>{alternation(MONTH_WORDS)}){NOT_BEFORE_WORD}"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_AT_NUMBER = r"\b(?=\d)"
"""Pattern piece that lets the engine skip ahead to digits (much faster than a lookbehind)."""
_AT_MONTH_DAY = rf"\b(?=\p{{L}}{{3,12}}\.?{GAP}\d)"
"""Pattern piece: a word followed by a number starts here (a fast pre-check for ``MONTH DAY``)."""

MDY_NAME = regex.compile(
    rf"{_AT_MONTH_DAY}{_MONTH}\.?{GAP}{_DAY}(?:st|nd|rd|th)?(?:,?{GAP}{_YEAR})?",
    regex.IGNORECASE,
)
"""``MONTH DAY[, YEAR]``: "April 27, 2022", "Nov. 3rd 2018", "FEBRUARY 09"."""
DMY_NAME = regex.compile(
    rf"{_AT_NUMBER}{NOT_AFTER_WORD}{_DAY}{ORDINAL}{GAP}(?:(?:de|of){BREAK})?{_MONTH}\.?"
    rf"(?:,?{GAP}(?:del?{BREAK})?{_YEAR}(?:{SPACE}?г(?:ода|\.))?)?",
    regex.IGNORECASE,
)
"""``DAY [de|of] MONTH [[,] [de] YEAR]``: "27 April 2022", "5 de maio de 2021", "27 abr"."""
DMY_DASHED = regex.compile(
    rf"{_AT_NUMBER}{NOT_AFTER_WORD}{_DAY}(?P<sep>[-/]){_MONTH}(?P=sep)"
    r"(?P<year>(?:1[89]|20)?\d\d)(?!\d)",
    regex.IGNORECASE,
)
"""``DD-Mon-YY[YY]``: "27-Apr-2022", "05-JAN-21"."""
ISO = regex.compile(
    r"(?<![\d.])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?"
    rf"(?:{SPACE}?(?P<zone>Z|[+-][01]\d:?\d\d))?)?(?!\d)"
)
"""ISO 8601: "2022-04-27", "2021-06-30T08:15:00Z", "2022-04-27 10:32:00 +0200"."""
YMD_NUMERIC = regex.compile(
    r"(?=\d)(?<![\d.,/-])(?P<year>(?:1[89]|20)\d\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?![\d]|[./-]\d)"
)
"""Year first with dots or slashes: "2016.12.01", "2019/11/19"."""
NUMERIC = regex.compile(
    r"(?=\d)(?<![\d.,/-])(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second_>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:1[89]|20)\d\d|\d\d)(?![\d]|[./-]\d)"
)
"""``D.M.Y``, ``M/D/YY`` and kin (also used to learn a page's day/month order)."""
CJK = regex.compile(
    rf"(?:(?P<year>\d{{4}}){SPACE}?[年년]{SPACE}?)?"
    rf"(?P<month>[01]?\d){SPACE}?[月월]{SPACE}?(?P<day>[0-3]?\d){SPACE}?[日일]"
)
"""Chinese, Japanese and Korean: "2019年11月19日", "2019년 11월 19일", "11月19日"."""
_WEEKDAY_BEFORE = regex.compile(
    rf"(?r){NOT_AFTER_WORD}(?:{alternation(WEEKDAY_WORDS)})\.?,?{BREAK}(?:el|le|den)?{GAP}",
    regex.IGNORECASE,
)
"""A weekday written just before a position ("Tuesday, ", "Tue "); matched backwards from it."""


def _month_word(word: str, year: str | None, ctx: Context) -> int | None:
    """The month a month word names.

    In running text, a yearless month word that is also an everyday word
    counts only when capitalised ("May 5", not "may 5"), and some only with
    a year ("Gen 8" is no date).
    """
    number = MONTH_WORDS.get(word.casefold())
    if number is None or not ctx.strict or year is not None:
        return number
    folded = word.casefold()
    if folded in YEAR_ONLY_MONTH_WORDS or (folded in RISKY_MONTH_WORDS and not word[0].isupper()):
        return None
    return number


def full_year(digits: str, reference: dt.date | None) -> int:
    """Return the year *digits* write; two digits take the century nearest before the reference.

    Args:
        digits: Two or four digits.
        reference: The date the text was written near, if known. Without
            one, 00-68 are read as 2000-2068 and 69-99 as 1969-1999 (the
            POSIX ``strptime`` rule).

    Returns:
        The full year.
    """
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if reference is None:
        return 2000 + yy if yy < 69 else 1900 + yy
    century = reference.year // 100 * 100
    years = (century - 100 + yy, century + yy, century + 100 + yy)
    return max(y for y in years if y <= reference.year + 1)


def _read_named(m: regex.Match[str], ctx: Context) -> Reading | None:
    """Rule: ``MONTH DAY[, YEAR]`` or ``DAY [de|of] MONTH [[,] [de] YEAR]``."""
    word, year, day = m.group("month", "year", "day")
    month = _month_word(word, year, ctx)
    if month is None:
        return None
    start, end = m.span()
    return Reading(
        start=start, end=end, year=int(year) if year else None, month=month, day=int(day)
    )


def _read_dashed(m: regex.Match[str], ctx: Context) -> Reading | None:
    """Rule: ``DD-Mon-YY[YY]`` as exports and forms write it ("27-Apr-2022")."""
    month = _month_word(m.group("month"), m.group("year"), ctx)
    if month is None:
        return None
    return Reading(
        start=m.start(),
        end=m.end(),
        year=full_year(m.group("year"), ctx.reference),
        month=month,
        day=int(m.group("day")),
    )


def _read_iso(m: regex.Match[str], _ctx: Context) -> Reading | None:
    """Rule: ISO 8601 ``YYYY-MM-DD[THH:MM[:SS[.fff]][Z|+HH:MM]]``."""
    time = None
    if m.group("hour") is not None:
        time = dt.time(int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0))
    return Reading(
        start=m.start(),
        end=m.end(),
        year=int(m.group("year")),
        month=int(m.group("month")),
        day=int(m.group("day")),
        time=time,
        zone=m.group("zone"),
    )


def _read_ymd(m: regex.Match[str], _ctx: Context) -> Reading | None:
    """Rule: year, month, day in digits.

    With dots or slashes (``2016.12.01``, ``2019/11/19``) or CJK marks
    (``2019年11月19日``, where the year may be left out).
    """
    year = m.group("year")
    return Reading(
        start=m.start(),
        end=m.end(),
        year=int(year) if year else None,
        month=int(m.group("month")),
        day=int(m.group("day")),
    )


def _read_numeric(m: regex.Match[str], ctx: Context) -> Reading | None:
    """Rule: ``D.M.Y``, ``M/D/Y`` and kin.

    A part over 12 says which is the day; otherwise the page's convention
    (``day_first``) or the separator decides ("." and "-" day first, "/" month
    first) and the guess is recorded.
    """
    a, b = int(m.group("first")), int(m.group("second_"))
    if a > 12 and b > 12:
        return None
    diagnostics: tuple[Diagnostic, ...] = ()
    if a > 12 or b > 12:
        day_first = a > 12
    else:
        day_first = ctx.day_first if ctx.day_first is not None else m.group("sep") != "/"
        if a != b:
            order = "day/month" if day_first else "month/day"
            diagnostics = (
                Diagnostic(
                    code="date-order-ambiguous",
                    message=f"read {m.group()!r} as {order}; both orders are valid dates",
                    span=Span(start=m.start(), end=m.end()),
                ),
            )
    day, month = (a, b) if day_first else (b, a)
    return Reading(
        start=m.start(),
        end=m.end(),
        year=full_year(m.group("year"), ctx.reference),
        month=month,
        day=day,
        diagnostics=diagnostics,
    )


Reader = Callable[[regex.Match[str], Context], Reading | None]
"""Turns a recogniser's match into a :class:`Reading` (or ``None``)."""

RECOGNISERS: tuple[tuple[regex.Pattern[str], Reader], ...] = (
    (ISO, _read_iso),
    (YMD_NUMERIC, _read_ymd),
    (CJK, _read_ymd),
    (MDY_NAME, _read_named),
    (DMY_NAME, _read_named),
    (DMY_DASHED, _read_dashed),
    (NUMERIC, _read_numeric),
)
"""The written forms of a date, most specific first."""


def _weekday_start(text: str, lo: int, start: int) -> int:
    """Where a weekday written just before ``start`` begins ("Tuesday, ", "Tue "), or ``start``."""
    weekday = _WEEKDAY_BEFORE.match(text, max(lo, start - 30), start)
    return start if weekday is None else weekday.start()


def attach(text: str, reading: Reading, lo: int, hi: int) -> Reading:
    """Rule: a date may carry a weekday before it and a time after or before it.

    The time may stand before the weekday too: "08:15, Wed, Mar 4, 2020".

    Args:
        text: The whole text.
        reading: What a recogniser read.
        lo: How far back the weekday and time may reach.
        hi: How far forward the time may reach.

    Returns:
        The reading, widened over what was attached.
    """
    start, end, time, zone = reading.start, reading.end, reading.time, reading.zone
    start = _weekday_start(text, lo, start)
    if time is None:
        after = TIME_AFTER.match(text, end, min(hi, end + 40))
        if after is not None and (found := read_time(after)) is not None:
            end, (time, zone) = after.end(), found
        else:
            before = TIME_BEFORE.search(text, max(lo, start - 40), start)
            if before is not None and (found := read_time(before)) is not None:
                start, (time, zone) = _weekday_start(text, lo, before.start()), found
    if (start, end, time, zone) == (reading.start, reading.end, reading.time, reading.zone):
        return reading
    return Reading(
        start=start,
        end=end,
        year=reading.year,
        month=reading.month,
        day=reading.day,
        time=time,
        zone=zone,
        diagnostics=reading.diagnostics,
    )
