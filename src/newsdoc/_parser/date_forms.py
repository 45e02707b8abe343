"""The written forms of an absolute (or yearless) date, one recogniser each.

A recogniser is a compiled pattern and a reader that turns its match into a
:class:`Reading` (year, month, day, and a time when the form carries one), or
``None`` when the match is no date after all. :data:`RECOGNISERS` lists them,
most specific first; :func:`recognised` runs them over a range, trying each
only where one of its dates can start (:func:`candidates`). :func:`attach` then extends a reading
over a weekday written before it and a time written after or before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

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
    SPACE,
    WEEKDAY_WORDS,
    alternation,
)
from newsdoc.model import Diagnostic, Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "NUMERIC",
    "RECOGNISERS",
    "Context",
    "Reader",
    "Reading",
    "Start",
    "attach",
    "candidates",
    "candidates_of",
    "full_year",
    "numeric_starts",
    "recognised",
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
_ORDINAL = r"(?:st|nd|rd|th|er|º|ª|°|\.)?"
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
    rf"{_AT_NUMBER}{NOT_AFTER_WORD}{_DAY}{_ORDINAL}{GAP}(?:(?:de|of){BREAK})?{_MONTH}\.?"
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

_LONGEST_MONTH = max(map(len, MONTH_WORDS))
_INITIALS = "".join(sorted({regex.escape(w[0]) for w in MONTH_WORDS}))
_WORD = rf"[{_INITIALS}][^\W_]{{0,{_LONGEST_MONTH - 1}}}"
"""A word that may be a month word: one of their first letters, and no longer than the longest."""
_BESIDE = (
    rf"(?:(?<=(?<![^\W_])(?P<before>{_WORD})\.?{GAP}\d{{1,2}})|)"
    rf"(?:(?={_ORDINAL}{GAP}(?:(?:de|of){BREAK})?(?P<after>{_WORD}))|)"
    rf"(?:(?=[./-]\d|[-/]\p{{L}})(?P<sep>)|)"
)
"""Pattern piece after a run of one or two digits: the words and separator beside it."""
_ANCHOR = regex.compile(
    rf"(?<!\d)(?:\d{{4}}(?!\d)(?=[./-]\d)|\d{{1,2}}+(?!\d){_BESIDE}"
    r"(?(before)|(?(after)|(?(sep)|(?!)))))",
    regex.IGNORECASE,
)
"""A run of digits that may be part of a date written with digits and words.

Every form but :data:`CJK` holds one where it starts or just after its month
word: four digits before a separator and a digit (ISO, year first), or one
or two digits after a word (``MONTH DAY``), before a word (``DAY MONTH``) or
before a separator (numeric, dashed). The words next to the run are
captured (``before``, ``after``), up to a month word's length. One scan for
these runs is much cheaper than each recogniser testing every word start;
the recognisers then run only at the runs found.
"""
_RUN = regex.compile(
    rf"(?<!\d)(?:\d{{4}}(?!\d)(?:(?=[./-]\d)(?P<year>)|)|\d{{1,2}}+(?!\d){_BESIDE}|\d++)",
    regex.IGNORECASE,
)
"""Every run of digits, with what :data:`_ANCHOR` tests beside it (in its groups)."""
_CJK_MARKS = "月월"
_DIGIT = regex.compile(r"\d")
_SKIP = 200
"""Text this long between two ranges read together is skipped rather than scanned."""
_DIGITS_BEFORE = regex.compile(r"(?r)\d+")
"""The digits just before a position (matched backwards from it)."""
Start = tuple[int, int]
"""A candidate start: the index of a recogniser in :data:`RECOGNISERS`, and a position."""
_DOTTED_I = "i\u0307"
"""What "İ" casefolds to; a case-insensitive pattern reads it as "i"."""
_ISO, _YMD, _CJK, _MDY, _DMY, _DASHED, _NUMERIC = range(len(RECOGNISERS))


def _may_be_month(word: str | None) -> bool:
    """Whether *word* is written like a month word in any case (as :data:`_MONTH` compares)."""
    return word is not None and word.casefold().replace(_DOTTED_I, "i") in MONTH_WORDS


def candidates(
    text: str, start: int, end: int, *, timeout: float | None = None
) -> list[tuple[int, int]]:
    """Where each recogniser of :data:`RECOGNISERS` may match in the range.

    A superset of the starts of its matches: ISO and year-first dates start
    at a four-digit run before ``-``, ``.`` or ``/``; numeric and dashed dates
    at a run of one or two digits before a separator; ``DAY MONTH`` at a run
    of one or two digits before a month word; ``MONTH DAY`` at a month word
    before such a run. CJK dates are looked for only when the range holds a
    CJK month mark (from the start of the range on).

    Args:
        text: The whole text.
        start: Where the range begins.
        end: Where the range ends.
        timeout: Seconds the scan may take (see :mod:`newsdoc._parser._guard`).

    Returns:
        ``(recogniser index, start)`` pairs, sorted (an empty list when the
        range holds no date written with figures).
    """
    found: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text, start, end, timeout=timeout):
        _add_starts(found, m, start, 0)
    if text.find(_CJK_MARKS[0], start, end) >= 0 or text.find(_CJK_MARKS[1], start, end) >= 0:
        found.append((_CJK, start))
    found.sort()
    return found


def candidates_of(text: str, spans: Sequence[Span]) -> tuple[bytearray, dict[int, list[Start]]]:
    """Which ranges hold a figure, and the :func:`candidates` of each, from one scan.

    The text from the first range to the last is scanned once for runs of
    digits. A range that ends where no letter or digit follows (a block ends
    at a line's end) keeps what the scan finds in it, a superset of its own
    :func:`candidates` (every test of a run reads inside the range, or past
    its end only to find more); any other range is searched on its own.

    Args:
        text: The whole text.
        spans: The ranges, in reading order without overlaps.

    Returns:
        Per range, whether it holds a digit (a flag), and the candidates of
        the ranges with any, by index (offsets into *text*, sorted).
    """
    if any(spans[i].start < spans[i - 1].end for i in range(1, len(spans))):
        return _each_alone(text, spans)
    figures, found = _scan_runs(text, spans)
    lo, hi = (spans[0].start, spans[-1].end) if spans else (0, 0)
    marked = text.find(_CJK_MARKS[0], lo, hi) >= 0 or text.find(_CJK_MARKS[1], lo, hi) >= 0
    for i in range(len(spans)):
        if not (marked or figures[i]):
            continue
        span = spans[i]
        if span.end < len(text) and not text[span.end].isspace():  # the scan read on
            found.pop(i, None)
            if starts := candidates(text, span.start, span.end):
                found[i] = starts
        elif marked and (
            text.find(_CJK_MARKS[0], span.start, span.end) >= 0
            or text.find(_CJK_MARKS[1], span.start, span.end) >= 0
        ):
            found.setdefault(i, []).append((_CJK, span.start))
    for starts in found.values():
        if len(starts) > 1:
            starts.sort()
    return figures, found


def _scan_runs(text: str, spans: Sequence[Span]) -> tuple[bytearray, dict[int, list[Start]]]:
    """The ranges with a digit, and the candidates in each, from one scan over them.

    Ranges close together are scanned at once; a long stretch between two
    ranges (a paragraph that is not read) is skipped.
    """
    figures = bytearray(len(spans))
    found: dict[int, list[Start]] = {}
    first = 0
    while first < len(spans):
        stop = first + 1
        while stop < len(spans) and spans[stop].start - spans[stop - 1].end <= _SKIP:
            stop += 1
        _scan_group(text, spans, (first, stop), figures, found)
        first = stop
    return figures, found


def _scan_group(
    text: str,
    spans: Sequence[Span],
    group: tuple[int, int],
    figures: bytearray,
    found: dict[int, list[Start]],
) -> None:
    """Scan the ranges ``spans[first:stop]`` (text between them included) for runs of digits."""
    first, stop = group
    digits_before = _DIGITS_BEFORE.match(text, 0, spans[first].start)  # a run the range cuts
    lo = spans[first].start if digits_before is None else digits_before.start()
    for m in _RUN.finditer(text, lo, spans[stop - 1].end):
        run_start, run_end = m.span()
        while first < stop and spans[first].end <= run_start:
            first += 1
        i = first
        while i < stop and spans[i].start < run_end:
            if max(spans[i].start, run_start) < min(spans[i].end, run_end):  # digits inside
                figures[i] = 1
            i += 1
        if m.lastgroup is not None and first < stop and spans[first].start <= run_start:
            _add_starts(found.setdefault(first, []), m, spans[first].start, 0)


def _each_alone(text: str, spans: Sequence[Span]) -> tuple[bytearray, dict[int, list[Start]]]:
    """What :func:`candidates_of` finds, range by range (for ranges out of order)."""
    figures = bytearray(len(spans))
    found: dict[int, list[Start]] = {}
    for i, span in enumerate(spans):
        if _DIGIT.search(text, span.start, span.end) is not None:
            figures[i] = 1
        if starts := candidates(text, span.start, span.end):
            found[i] = starts
    return figures, found


def _add_starts(found: list[Start], m: regex.Match[str], lowest: int, shift: int) -> None:
    """Add the candidate starts an :data:`_ANCHOR` match shows (shifted into the text).

    A ``MONTH DAY`` start before *lowest* (the range's start in the scanned
    string) is outside the range.
    """
    run_start, run_end = m.span()
    source = m.string
    if run_end - run_start == 4:
        found.append((_ISO if source[run_end] == "-" else _YMD, run_start + shift))
        return
    before, after, sep = m.group("before", "after", "sep")
    if sep is not None:
        found.append((_NUMERIC, run_start + shift))
        if source[run_end] != ".":
            found.append((_DASHED, run_start + shift))
    if after is not None and _may_be_month(after):
        found.append((_DMY, run_start + shift))
    if before is not None and _may_be_month(before) and m.start("before") >= lowest:
        found.append((_MDY, m.start("before") + shift))


def recognised(
    text: str, starts: Iterable[tuple[int, int]], end: int
) -> Iterator[tuple[regex.Match[str], Reader]]:
    """Every match of every recogniser, tried only at its candidate starts.

    Given the :func:`candidates` of a range, the same matches, in the same
    order, as running ``finditer`` of each of :data:`RECOGNISERS` over the
    range in turn: like ``finditer``, a recogniser is not tried inside its
    previous match.

    Args:
        text: The whole text.
        starts: The :func:`candidates` of the range.
        end: Where the range ends.

    Yields:
        ``(match, reader)`` pairs, recogniser by recogniser, in reading order.
    """
    current, last_end = -1, -1
    for index, pos in starts:
        if index != current:
            current, last_end = index, -1
        if pos < last_end:
            continue
        pattern, read = RECOGNISERS[index]
        if index == _CJK:
            for found in pattern.finditer(text, pos, end):
                yield found, read
            continue
        m = pattern.match(text, pos, end)
        if m is not None:
            last_end = m.end()
            yield m, read


def numeric_starts(starts: Iterable[tuple[int, int]]) -> list[int]:
    """Where a :data:`NUMERIC` date may start, among a range's :func:`candidates`.

    Args:
        starts: The :func:`candidates` of a range.

    Returns:
        The starts, in reading order: ``NUMERIC.match`` at each, skipping
        those inside the previous match, finds what ``NUMERIC.finditer``
        finds in the range (or in a part of it, from the starts inside).
    """
    return [pos for index, pos in starts if index == _NUMERIC]


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
