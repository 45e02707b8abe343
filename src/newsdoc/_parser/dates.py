"""Date expressions: absolute, partial and relative, in the forms news pages write.

Each written form is one small recogniser (a compiled pattern and a reader that
turns its match into year, month and day); :func:`find_dates` runs them all over
a range and keeps the longest non-overlapping matches, :func:`parse_date` asks
that the whole string be one expression. A time written next to a date ("5:31
p.m. ET", "10:32 BST, 3 May 2019") makes the value a :class:`~datetime.datetime`,
aware only when a zone or offset is written. Whatever had to be guessed (a year
taken from the reference date, the order of "03/04/2019", a relative date) is
recorded as a :class:`~newsdoc.model.Diagnostic` on the match.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Iterator

import attrs
import regex

from newsdoc._lexicons.months import (
    AGO_FORMS,
    AGO_UNITS,
    DATE_LABELS,
    MONTHS,
    RELATIVE_DAYS,
    RISKY_MONTH_WORDS,
    RISKY_WEEKDAY_WORDS,
    TIME_ZONES,
    US_ZONES,
    WEEKDAY_PREFIXES,
    WEEKDAY_SUFFIXES,
    WEEKDAYS,
    YEAR_ONLY_MONTH_WORDS,
)
from newsdoc._parser._text import trim
from newsdoc._parser.language import detect_language
from newsdoc.model import Diagnostic, Span

__all__ = ["DateMatch", "PublishedResult", "find_dates", "find_published", "parse_date"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """One date expression found in a text."""

    value: dt.date | dt.datetime
    """The date; a :class:`~datetime.datetime` when a time is written (aware when
    a zone or offset is written)."""
    span: Span
    """Where the expression stands in the text."""
    year_inferred: bool = False
    """Whether the year was not written and was taken from the reference date."""
    relative: bool = False
    """Whether the expression is relative ("yesterday", "3 hours ago", "late Tuesday")
    and was resolved against the reference date."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What was guessed while reading the expression."""

    @property
    def day(self) -> dt.date:
        """The calendar date, without any time, as written."""
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


# --------------------------------------------------------------------------- lexicon
def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of *words*, longest first, escaped."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _merged(tables: Iterable[dict[str, int] | object]) -> dict[str, int]:
    """Merge per-language word tables into one; words that disagree are dropped."""
    merged: dict[str, int] = {}
    clashes: set[str] = set()
    for table in tables:
        assert isinstance(table, dict)  # noqa: S101 -- lexicon tables are dicts
        for word, number in table.items():
            if merged.setdefault(word, number) != number:
                clashes.add(word)
    for word in clashes:
        del merged[word]
    return merged


_MONTH_WORDS = _merged(MONTHS.values())
_WEEKDAY_WORDS = _merged(WEEKDAYS.values())
_UNIT_WORDS = {w: u for table in AGO_UNITS.values() for w, u in table.items()}
_RELATIVE_WORDS = {w: n for table in RELATIVE_DAYS.values() for w, n in table.items()}
_ZONES = {**{k.upper(): v for k, v in TIME_ZONES.items()}}

# --------------------------------------------------------------------------- patterns
_B = r"(?<![^\W_])"  # no letter or digit before
_E = r"(?![^\W_])"  # no letter or digit after
_SP = r"[^\S\n]"  # a space that is not a line break
_MONTH = rf"{_B}(?P<month>{_alternation(_MONTH_WORDS)}){_E}\.?"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|º|ª|°|\.)?"
_ZONE = (
    r"(?-i:(?P<zone>(?:GMT|UTC)" + _SP + r"?[+-]" + _SP + r"?\d{1,2}(?::?\d\d)?"
    r"|[+-][01]\d:?\d\d|" + _alternation([*_ZONES, *(z.upper() for z in US_ZONES)]) + r"))" + _E
)
_TIME = (
    r"(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?:[:.]|h(?=\d))(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)"
    r"(?:" + _SP + r"{0,2}(?P<ampm>[ap]\.?" + _SP + r"?m\.?)(?![^\W\d_]))?"
    r"|" + _SP + r"{0,2}(?P<ampm2>[ap]\.?" + _SP + r"?m\.?)(?![^\W\d_]))"
    r"(?:" + _SP + r"{0,2}\(?" + _ZONE + r"\)?)?"
)
_TIME_JOINER = (
    _SP + r"{0,3}(?:[,|·•/–—-]|at|à|às|a las|um|alle|pukul|в|kl\.)?" + _SP + r"{0,3}"
)

_MDY_NAME = regex.compile(
    _MONTH + _SP + r"{0,3}" + _DAY + r"(?:st|nd|rd|th)?(?:,?" + _SP + r"{0,3}" + _YEAR + r")?",
    regex.IGNORECASE,
)
_DMY_NAME = regex.compile(
    _B + _DAY + _ORDINAL + _SP + r"{0,3}(?:(?:de|of)" + _SP + r"{1,3})?" + _MONTH
    + r"(?:,?" + _SP + r"{0,3}(?:del?" + _SP + r"{1,3})?" + _YEAR
    + r"(?:" + _SP + r"?г(?:ода|\.))?)?",
    regex.IGNORECASE,
)
_DMY_DASHED = regex.compile(
    _B + _DAY + r"(?P<sep>[-/])" + _MONTH.removesuffix(r"\.?") + r"(?P=sep)"
    + r"(?P<year>(?:1[89]|20)?\d\d)(?!\d)",
    regex.IGNORECASE,
)
_ISO = regex.compile(
    r"(?<![\d.])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r"(?P<zone>Z|[+-][01]\d:?\d\d)?)?(?![\d])"
)
_YMD_NUMERIC = regex.compile(
    r"(?<![\d.,/-])(?P<year>(?:1[89]|20)\d\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
    r"(?P<day>[0-3]?\d)(?![\d]|[./-]\d)"
)
_NUMERIC = regex.compile(
    r"(?<![\d.,/-])(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second_>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:1[89]|20)\d\d|\d\d)(?![\d]|[./-]\d)"
)
_CJK = regex.compile(
    r"(?:(?P<year>\d{4})" + _SP + r"?[年년]" + _SP + r"?)?(?P<month>[01]?\d)" + _SP
    + r"?[月월]" + _SP + r"?(?P<day>[0-3]?\d)" + _SP + r"?[日일]"
)
_RELATIVE_DAY = regex.compile(
    _B + r"(?P<word>" + _alternation(_RELATIVE_WORDS) + r")" + _E, regex.IGNORECASE
)
_AGO = regex.compile(
    "|".join(
        _B
        + rf"(?:{prefix}){_SP}{{1,3}}" * bool(prefix)
        + rf"(?P<n{i}>\d{{1,3}}|an?|one|un|una|um|uma|ein|eine|einer|einem|une|satu){_SP}{{0,2}}"
        + rf"(?P<unit{i}>{_alternation(AGO_UNITS[lang])}){_E}\.?"
        + rf"{_SP}{{1,3}}(?:{suffix}){_E}" * bool(suffix)
        for i, (lang, prefix, suffix) in enumerate(AGO_FORMS)
    ),
    regex.IGNORECASE,
)
_WEEKDAY_ALONE = regex.compile(
    _B + r"(?:(?:" + _alternation(w for ws in WEEKDAY_PREFIXES.values() for w in ws) + r")"
    + _SP + r"{1,3})?(?P<weekday>"
    + _alternation(w for w in _WEEKDAY_WORDS if w not in RISKY_WEEKDAY_WORDS)
    + r")" + _E + r"(?:" + _SP + r"{1,3}(?:"
    + _alternation(w for ws in WEEKDAY_SUFFIXES.values() for w in ws) + r")" + _E + r")?",
    regex.IGNORECASE,
)
_TIME_AFTER = regex.compile(_TIME_JOINER + _TIME, regex.IGNORECASE)
_TIME_BEFORE = regex.compile(_TIME + _SP + r"{0,3}(?:[,|·•–—-]|on)?" + _SP + r"{0,3}\Z",
                             regex.IGNORECASE)
_WEEKDAY_BEFORE = regex.compile(
    _B + r"(?:" + _alternation(_WEEKDAY_WORDS) + r")\.?,?" + _SP + r"{1,3}(?:el|le|den)?"
    + _SP + r"{0,3}\Z",
    regex.IGNORECASE,
)


# --------------------------------------------------------------------------- readers
@attrs.frozen(kw_only=True)
class _Reading:
    """What a recogniser read from its match, before the year is settled."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    time: dt.time | None = None
    zone: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


_Reader = Callable[[regex.Match[str], bool, "_Context"], "_Reading | None"]


@attrs.frozen(kw_only=True)
class _Context:
    """The settings one search runs with."""

    reference: dt.date | None
    day_first: bool | None


def _span_of(m: regex.Match[str]) -> Span:
    return Span(start=m.start(), end=m.end())


def _month_word(m: regex.Match[str], *, strict: bool) -> int | None:
    """The month a month word names; a risky lowercase word without a year is no month."""
    word = m.group("month")
    number = _MONTH_WORDS.get(word.casefold())
    if number is None:
        return None
    if strict and m.group("year") is None:
        folded = word.casefold()
        if folded in YEAR_ONLY_MONTH_WORDS or (
            folded in RISKY_MONTH_WORDS and not word[0].isupper()
        ):
            return None
    return number


def _read_named(m: regex.Match[str], strict: bool, ctx: _Context) -> _Reading | None:  # noqa: FBT001, ARG001
    """Rule: ``MONTH DAY[, YEAR]`` or ``DAY [de] MONTH [[,] [de] YEAR]``."""
    month = _month_word(m, strict=strict)
    if month is None:
        return None
    year = m.group("year")
    return _Reading(
        start=m.start(), end=m.end(), year=int(year) if year else None, month=month,
        day=int(m.group("day")),
    )


def _read_dashed(m: regex.Match[str], strict: bool, ctx: _Context) -> _Reading | None:  # noqa: FBT001
    """Rule: ``DD-Mon-YY[YY]`` as database exports and forms write it ("27-Apr-2022")."""
    month = _month_word(m, strict=strict)
    if month is None:
        return None
    return _Reading(
        start=m.start(), end=m.end(), year=_full_year(m.group("year"), ctx.reference),
        month=month, day=int(m.group("day")),
    )


def _read_iso(m: regex.Match[str], strict: bool, ctx: _Context) -> _Reading | None:  # noqa: FBT001, ARG001
    """Rule: ISO 8601 ``YYYY-MM-DD[THH:MM[:SS[.fff]][Z|+HH:MM]]``."""
    time = None
    if m.group("hour") is not None:
        if int(m.group("hour")) > 23:
            return None
        time = dt.time(int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0))
    return _Reading(
        start=m.start(), end=m.end(), year=int(m.group("year")), month=int(m.group("month")),
        day=int(m.group("day")), time=time, zone=m.group("zone"),
    )


def _read_ymd(m: regex.Match[str], strict: bool, ctx: _Context) -> _Reading | None:  # noqa: FBT001, ARG001
    """Rule: year, month, day in digits.

    With dots or slashes (``2016.12.01``, ``2019/11/19``) or CJK marks
    (``2019年11月19日``, where the year may be left out).
    """
    year = m.group("year")
    return _Reading(
        start=m.start(), end=m.end(), year=int(year) if year else None,
        month=int(m.group("month")), day=int(m.group("day")),
    )


def _read_numeric(m: regex.Match[str], strict: bool, ctx: _Context) -> _Reading | None:  # noqa: FBT001, ARG001
    """Rule: ``D.M.Y``, ``M/D/Y`` and kin.

    A part over 12 says which is the day; otherwise the page's convention
    (``day_first``) or the separator decides ("." and "-" day first, "/" month
    first) and the guess is recorded.
    """
    a, b = int(m.group("first")), int(m.group("second_"))
    diagnostics: tuple[Diagnostic, ...] = ()
    if a > 12 and b > 12:
        return None
    if a > 12:
        day_first = True
    elif b > 12:
        day_first = False
    else:
        day_first = ctx.day_first if ctx.day_first is not None else m.group("sep") != "/"
        if a != b:
            order = "day/month" if day_first else "month/day"
            diagnostics = (
                Diagnostic(
                    code="date-order-ambiguous",
                    message=f"read {m.group()!r} as {order}; both orders are valid dates",
                    span=_span_of(m),
                ),
            )
    day, month = (a, b) if day_first else (b, a)
    year = _full_year(m.group("year"), ctx.reference)
    return _Reading(
        start=m.start(), end=m.end(), year=year, month=month, day=day, diagnostics=diagnostics
    )


def _full_year(digits: str, reference: dt.date | None) -> int:
    """A written year; two digits take the century that puts it nearest before the reference.

    Without a reference, 00-68 are read as 2000-2068 and 69-99 as 1969-1999
    (the POSIX ``strptime`` rule).
    """
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if reference is None:
        return 2000 + yy if yy < 69 else 1900 + yy
    century = reference.year // 100 * 100
    years = (century - 100 + yy, century + yy, century + 100 + yy)
    return max(y for y in years if y <= reference.year + 1)


_RECOGNISERS: tuple[tuple[regex.Pattern[str], _Reader], ...] = (
    (_ISO, _read_iso),
    (_YMD_NUMERIC, _read_ymd),
    (_CJK, _read_ymd),
    (_MDY_NAME, _read_named),
    (_DMY_NAME, _read_named),
    (_DMY_DASHED, _read_dashed),
    (_NUMERIC, _read_numeric),
)
"""The absolute and partial forms, most specific first (ties go to the earlier)."""


# --------------------------------------------------------------------------- times
def _us_daylight(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on *day* (rules since 1987)."""

    def sunday(month: int, nth: int) -> dt.date:
        if nth > 0:
            first = dt.date(day.year, month, 1)
            return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        last = dt.date(day.year, month + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - 6) % 7)

    if day.year >= 2007:
        return sunday(3, 2) <= day < sunday(11, 1)
    return sunday(4, 1) <= day < sunday(10, -1)


def _zone_offset(zone: str, day: dt.date) -> dt.timezone | None:
    """The UTC offset a written zone ("ET", "BST", "+02:00", "GMT+2") means on *day*."""
    if zone.upper() in US_ZONES or zone.lower() in US_ZONES:
        minutes = US_ZONES[zone.lower()] + (60 if _us_daylight(day) else 0)
        return dt.timezone(dt.timedelta(minutes=minutes))
    if zone in {"Z", "z"}:
        return dt.UTC
    if zone.upper() in _ZONES:
        return dt.timezone(dt.timedelta(minutes=_ZONES[zone.upper()]))
    m = regex.fullmatch(r"(?:GMT|UTC)?\s?([+-])\s?(\d{1,2}):?(\d\d)?", zone)
    if m is None:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=-minutes if m.group(1) == "-" else minutes))


def _read_time(m: regex.Match[str]) -> tuple[dt.time, str | None] | None:
    """A time of day from a :data:`_TIME` match; ``None`` when it is not a valid time."""
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or m.group("ampm2") or "").casefold()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif m.group("minute") is None:
        return None
    return dt.time(hour, minute, second), m.group("zone")


def _weekday_start(text: str, lo: int, start: int) -> int:
    """Where a weekday written just before ``start`` begins ("Tuesday, ", "Tue "), or ``start``."""
    weekday = _WEEKDAY_BEFORE.search(text, max(lo, start - 30), start)
    return start if weekday is None else weekday.start()


def _attach(text: str, reading: _Reading, lo: int, hi: int) -> _Reading:
    """Rule: a date may carry a weekday before it and a time after or before it.

    The time may stand before the weekday too: "10:48, Tue, Nov 19, 2019".
    """
    start, end, time, zone = reading.start, reading.end, reading.time, reading.zone
    start = _weekday_start(text, lo, start)
    if time is None:
        after = _TIME_AFTER.match(text, end, min(hi, end + 40))
        if after is not None and (t := _read_time(after)) is not None:
            end, (time, zone) = after.end(), t
        else:
            before = _TIME_BEFORE.search(text, max(lo, start - 40), start)
            if before is not None and (t := _read_time(before)) is not None:
                start, (time, zone) = _weekday_start(text, lo, before.start()), t
    return attrs.evolve(reading, start=start, end=end, time=time, zone=zone)


# --------------------------------------------------------------------------- values
def _infer_year(month: int, day: int, reference: dt.date) -> int | None:
    """The year that puts ``month``/``day`` nearest before the reference date.

    A date up to two days after the reference still counts as the reference's
    year (time zones, datelines written ahead); otherwise the latest year
    whose date is not after the reference wins.
    """
    limit = reference + dt.timedelta(days=2)
    for year in range(reference.year + 1, reference.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return year
    return None


def _value(reading: _Reading, ctx: _Context) -> DateMatch | None:
    """Settle the year and time of a reading; ``None`` when it is no calendar date."""
    span = Span(start=reading.start, end=reading.end)
    diagnostics = list(reading.diagnostics)
    year = reading.year
    inferred = year is None
    if year is None:
        if ctx.reference is None:
            return None
        year = _infer_year(reading.month, reading.day, ctx.reference)
        if year is None:
            return None
        diagnostics.append(
            Diagnostic(
                code="date-year-inferred",
                message=f"no year written; took {year} from the reference date",
                span=span,
            )
        )
    try:
        day = dt.date(year, reading.month, reading.day)
    except ValueError:
        return None
    value: dt.date | dt.datetime = day
    if reading.time is not None:
        tz = _zone_offset(reading.zone, day) if reading.zone else None
        value = dt.datetime.combine(day, reading.time.replace(tzinfo=tz))
    return DateMatch(
        value=value, span=span, year_inferred=inferred, diagnostics=tuple(diagnostics)
    )


# --------------------------------------------------------------------------- relative
def _relative(m: regex.Match[str], reference: dt.date) -> DateMatch | None:
    """Rule: "yesterday", "3 hours ago", "hace 2 días", "late Tuesday".

    The expression is resolved against the reference date and flagged.
    """
    span = _span_of(m)
    groups = m.groupdict()
    if groups.get("word"):
        day = reference + dt.timedelta(days=_RELATIVE_WORDS[m.group("word").casefold()])
    elif groups.get("weekday"):
        weekday = _WEEKDAY_WORDS[m.group("weekday").casefold()]
        day = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    else:
        index = next(i for i in range(len(AGO_FORMS)) if groups.get(f"unit{i}"))
        count_word = m.group(f"n{index}").casefold()
        count = int(count_word) if count_word.isdigit() else 1
        unit = _UNIT_WORDS[m.group(f"unit{index}").casefold()]
        delta = dt.timedelta(**{unit: count})
        if isinstance(reference, dt.datetime):
            day = (reference - delta).date()
        else:
            day = reference - dt.timedelta(days=delta.days)
    if isinstance(day, dt.datetime):
        day = day.date()
    return DateMatch(
        value=day,
        span=span,
        relative=True,
        diagnostics=(
            Diagnostic(
                code="date-relative",
                message=f"relative date {m.group()!r} resolved against {reference.isoformat()}",
                span=span,
            ),
        ),
    )


def _relative_matches(
    text: str, start: int, end: int, reference: dt.date, *, strict: bool
) -> Iterator[DateMatch]:
    """Every relative date expression in the range."""
    for pattern in (_RELATIVE_DAY, _AGO, _WEEKDAY_ALONE):
        for m in pattern.finditer(text, start, end):
            if strict and pattern is _WEEKDAY_ALONE and not m.group("weekday")[0].isupper():
                continue
            found = _relative(m, reference)
            if found is not None:
                yield found


# --------------------------------------------------------------------------- API
def _absolute_matches(
    text: str, start: int, end: int, ctx: _Context, *, strict: bool
) -> Iterator[DateMatch]:
    """Every absolute or partial date expression in the range (overlaps included)."""
    for pattern, reader in _RECOGNISERS:
        for m in pattern.finditer(text, start, end):
            reading = reader(m, strict, ctx)
            if reading is None:
                continue
            found = _value(_attach(text, reading, start, end), ctx)
            if found is not None:
                yield found


def _without_overlaps(matches: Iterable[DateMatch]) -> tuple[DateMatch, ...]:
    """Keep the longest matches that do not overlap; ties go to the one that starts first."""
    ranked = sorted(
        enumerate(matches),
        key=lambda p: (-(p[1].span.end - p[1].span.start), p[1].span.start, p[0]),
    )
    starts: list[int] = []
    kept: list[DateMatch] = []
    for _, match in ranked:
        i = bisect.bisect_left(starts, match.span.start)
        if i > 0 and kept[i - 1].span.end > match.span.start:
            continue
        if i < len(kept) and kept[i].span.start < match.span.end:
            continue
        starts.insert(i, match.span.start)
        kept.insert(i, match)
    return tuple(kept)


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    reference_date: dt.date | None = None,
    day_first: bool | None = None,
) -> tuple[DateMatch, ...]:
    """Find every date expression in ``text[start:end]``, in reading order.

    Absolute dates are always found; partial ("FEBRUARY 09") and relative
    ("yesterday", "3 hours ago") ones only with a *reference_date* to resolve
    them against. Month words that are also common words ("may", "out") count
    only when capitalised if no year follows them.

    Args:
        text: The whole text; spans are offsets into it.
        start: Where the range begins.
        end: Where the range ends (the end of *text* when ``None``).
        reference_date: The date partial and relative dates are read against.
        day_first: How to read numeric dates whose order is ambiguous
            ("03/04/2019"); ``None`` lets the separator decide.

    Returns:
        The non-overlapping matches (the longest wins), ordered by position.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    ctx = _Context(reference=reference_date, day_first=day_first)
    found = list(_absolute_matches(text, start, end, ctx, strict=True))
    if reference_date is not None:
        found.extend(_relative_matches(text, start, end, reference_date, strict=True))
    return _without_overlaps(found)


def parse_date(
    text: str, *, reference_date: dt.date | None = None, day_first: bool | None = None
) -> DateMatch | None:
    """Read *text* as one date expression ("April 27, 2022", "27 abr", "FEBRUARY 09").

    Surrounding whitespace and a trailing ``,``, ``:`` or ``.`` are ignored.
    A date without a year takes the year that puts it nearest before
    *reference_date* (and is ``None`` without one); the match then has
    ``year_inferred`` set and a ``date-year-inferred`` diagnostic.

    Args:
        text: The date expression.
        reference_date: The date partial and relative dates are read against.
        day_first: How to read numeric dates whose order is ambiguous.

    Returns:
        The match (its span covers the expression within *text*), or ``None``
        when *text* is not exactly one date expression.
    """
    start, end = trim(text, 0, len(text))
    while end > start and text[end - 1] in ",:;":
        end -= 1
    ctx = _Context(reference=reference_date, day_first=day_first)
    candidates: list[DateMatch] = list(_absolute_matches(text, start, end, ctx, strict=False))
    if reference_date is not None:
        candidates.extend(_relative_matches(text, start, end, reference_date, strict=False))
    for match in candidates:
        tail = text[match.span.end : end]
        if match.span.start == start and tail.strip(" .") == "":
            return match
    return None


# --------------------------------------------------------------------------- published
@attrs.frozen(kw_only=True)
class PublishedResult:
    """The publication date of a page, where it stands, and what was guessed."""

    value: dt.date | dt.datetime | None = None
    """The publication date, or ``None`` when the page shows none near the article."""
    span: Span | None = None
    """Where the chosen date expression stands."""
    label: str | None = None
    """``"published"`` or ``"updated"`` when a label introduced the date."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What was guessed while choosing."""


_LABEL = regex.compile(
    _B + r"(?P<label>" + _alternation(w for t in DATE_LABELS.values() for w in t) + r")" + _E,
    regex.IGNORECASE,
)
_LABEL_KIND = {w: k for t in DATE_LABELS.values() for w, k in t.items()}
_LINES_ABOVE_HEADLINE = 15
_LINES_BELOW_BODY = 5
_LINES_BELOW_HEADLINE = 40
_LINES_ABOVE_BODY = 80


def _line_start(text: str, pos: int, lines_up: int = 0) -> int:
    """The start of the line ``lines_up`` lines above the one holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(lines_up):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _line_end(text: str, pos: int, lines_down: int = 0) -> int:
    """The end of the line ``lines_down`` lines below the one holding ``pos``."""
    end = text.find("\n", pos)
    for _ in range(lines_down):
        if end < 0:
            break
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def _window(text: str, headline: Span | None, body: Span | None) -> tuple[int, int]:
    """Rule: the date stands from 15 lines above the headline to 5 lines below the body."""
    if headline is not None:
        lo = _line_start(text, headline.start, _LINES_ABOVE_HEADLINE)
    elif body is not None:
        lo = _line_start(text, body.start, _LINES_ABOVE_BODY)
    else:
        lo = 0
    if body is not None:
        hi = _line_end(text, max(body.end - 1, body.start), _LINES_BELOW_BODY)
    elif headline is not None:
        hi = _line_end(text, headline.end, _LINES_BELOW_HEADLINE)
    else:
        hi = len(text)
    return lo, max(lo, hi)


def _page_day_first(text: str, lo: int, hi: int, language: str | None) -> bool | None:
    """Rule: the page's numeric dates whose order shows (a part over 12) set its convention.

    Failing those, pages in languages other than English write the day first;
    English pages are left to the separator ("/" month first, "." day first).
    """
    votes = 0
    for m in _NUMERIC.finditer(text, lo, hi):
        a, b = int(m.group("first")), int(m.group("second_"))
        votes += (a > 12 >= b) - (b > 12 >= a)
    if votes:
        return votes > 0
    if language is None:
        language = detect_language(text[lo:hi])
    return None if language in {None, "en"} else True


def _label_before(text: str, match: DateMatch) -> str | None:
    """The kind of the last date label on the date's line before it (or alone on the line above)."""
    line_start = _line_start(text, match.span.start)
    kind = None
    for m in _LABEL.finditer(text, max(line_start, match.span.start - 60), match.span.start):
        kind = _LABEL_KIND[m.group("label").casefold()]
    if kind is None and text[line_start : match.span.start].strip() == "" and line_start > 0:
        above = _line_start(text, line_start - 1)
        alone = _LABEL.fullmatch(text[above : line_start - 1].strip(" \t:|-"))
        if alone is not None:
            kind = _LABEL_KIND[alone.group("label").casefold()]
    return kind


def _zone_score(pos: int, headline: Span | None, body: Span | None) -> float:
    """Rule: between headline and body is best, then above the headline, then after the body."""
    if body is not None and body.start <= pos < body.end:
        return -1.0
    if headline is not None and pos >= headline.end and (body is None or pos < body.start):
        return 4.0
    if headline is not None and pos < headline.start:
        return 2.0
    if body is not None and pos >= body.end:
        return 1.0
    return 0.0


def _published_score(
    text: str, match: DateMatch, label: str | None, anchor: int, ctx: tuple[Span | None, ...]
) -> float:
    """How likely *match* is the page's publication date (higher is likelier)."""
    headline, body = ctx
    score = _zone_score(match.span.start, headline, body)
    line = text[_line_start(text, match.span.start) : _line_end(text, match.span.end)]
    other = len(line.strip()) - (match.span.end - match.span.start)
    score += 2.0 if other <= 40 else 1.0 if other <= 100 else -2.0 if other > 200 else 0.0
    score += {"published": 3.0, "updated": -1.0}.get(label or "", 0.0)
    score += 1.0 * isinstance(match.value, dt.datetime)
    score -= 3.0 * match.year_inferred + 4.0 * match.relative
    return score - abs(match.span.start - anchor) / 5000


def find_published(
    text: str,
    *,
    headline: Span | None,
    body: Span | None,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> PublishedResult:
    """Pick the page's publication date given where its headline and body stand.

    Rule: candidates are the dates from 15 lines above the headline to 5 lines
    below the body. A date standing between headline and body, on a short line,
    after a "Published"/"Posted" label wins; one labelled "Updated" only when
    nothing better is written; dates inside body sentences, without a written
    year or relative ("3 hours ago") come last, and an "Updated ... ago" never counts.

    Args:
        text: The whole page text.
        headline: Where the headline stands, if known (not the ``<title>`` line).
        body: Where the body stands (first paragraph start to last paragraph end).
        reference_date: The date partial and relative dates are read against.
        language: The page's language, if known (it settles "03/04/2019");
            detected from the text near the article otherwise.

    Returns:
        The chosen date with its span and diagnostics; an empty result when
        no date near the article qualifies.
    """
    lo, hi = _window(text, headline, body)
    day_first = _page_day_first(text, lo, hi, language)
    anchor = headline.end if headline is not None else body.start if body is not None else lo
    best: tuple[float, DateMatch, str | None] | None = None
    for match in find_dates(text, lo, hi, reference_date=reference_date, day_first=day_first):
        label = _label_before(text, match)
        if match.relative and label == "updated":
            continue
        score = _published_score(text, match, label, anchor, (headline, body))
        if best is None or score > best[0]:
            best = (score, match, label)
    if best is None or best[0] < 0:
        return PublishedResult(
            diagnostics=(
                Diagnostic(
                    code="published-not-found",
                    message="no date written near the headline or body",
                    span=Span(start=lo, end=hi),
                ),
            )
        )
    _, match, label = best
    diagnostics = list(match.diagnostics)
    if label == "updated":
        diagnostics.append(
            Diagnostic(
                code="published-from-updated",
                message="only an update date is written; took it as the publication date",
                span=match.span,
            )
        )
    return PublishedResult(
        value=match.value, span=match.span, label=label, diagnostics=tuple(diagnostics)
    )
