"""Date expressions: absolute, partial and relative, in the forms news pages write.

:func:`find_dates` runs every recogniser of :mod:`~newsdoc._parser.date_forms`
(and, given a reference date, of :mod:`~newsdoc._parser.date_relative`) over a
range and keeps the longest non-overlapping matches; :func:`parse_date` asks
that the whole string be one expression; :func:`find_published` picks the
page's publication date by the measures of
:mod:`~newsdoc._parser.date_published`. A time written next to a date
("5:31 p.m. ET", "10:32 BST, 3 May 2019") makes the value a
:class:`~datetime.datetime`, aware only when a zone or offset is written.
Whatever had to be guessed (a year taken from the reference date, the order
of "03/04/2019", a relative date) is a :class:`~newsdoc.model.Diagnostic` on
the match.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from typing import TYPE_CHECKING

import attrs

from newsdoc._parser import _guard
from newsdoc._parser._text import trim
from newsdoc._parser.date_forms import Context, Reading, attach
from newsdoc._parser.date_published import (
    LIST_REACH,
    crowded,
    label_before,
    line_end,
    line_start,
    page_day_first,
    published_score,
    window,
)
from newsdoc._parser.date_relative import relative_dates
from newsdoc._parser.date_scan import candidates, numeric_starts, recognised, scan_dates
from newsdoc._parser.date_times import zone_offset
from newsdoc.model import Diagnostic, Span

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newsdoc._parser.date_scan import DateStarts, Start

__all__ = [
    "DateMatch",
    "PublishedResult",
    "find_dates",
    "find_dates_at",
    "find_published",
    "find_relative_dates",
    "parse_date",
]


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
    def date(self) -> dt.date:
        """The calendar date as written, without any time (``value`` if it is a date)."""
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


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


def _infer_year(month: int, day: int, reference: dt.date) -> int | None:
    """Rule: a yearless date takes the year that puts it nearest before the reference.

    A date up to two days after the reference still counts as the reference's
    year (time zones, datelines written ahead). A reference with a time of
    day counts as its calendar date.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    limit = reference + dt.timedelta(days=2)
    for year in range(reference.year + 1, reference.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return year
    return None


def _value(reading: Reading, reference: dt.date | None) -> DateMatch | None:
    """Settle the year and time of a reading; ``None`` when it is no calendar date."""
    span = Span(start=reading.start, end=reading.end)
    diagnostics = list(reading.diagnostics)
    year = reading.year
    if year is None:
        year = _infer_year(reading.month, reading.day, reference) if reference else None
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
        tz = zone_offset(reading.zone, day) if reading.zone else None
        value = dt.datetime.combine(day, reading.time.replace(tzinfo=tz))
    return DateMatch(
        value=value,
        span=span,
        year_inferred=reading.year is None,
        diagnostics=tuple(diagnostics),
    )


def _absolute_matches(
    text: str, bounds: tuple[int, int], starts: list[Start], ctx: Context
) -> Iterator[DateMatch]:
    """Every absolute or yearless date expression in the range, overlaps included.

    *starts* are the range's :func:`~newsdoc._parser.date_scan.candidates`.
    """
    start, end = bounds
    for m, read in recognised(text, starts, end):
        reading = read(m, ctx)
        if reading is not None:
            found = _value(attach(text, reading, start, end), ctx.reference)
            if found is not None:
                yield found


def _relative_matches(text: str, start: int, end: int, reference: dt.date) -> Iterator[DateMatch]:
    """Every relative date expression in the range, resolved and flagged."""
    for s, e, day in relative_dates(text, start, end, reference):
        span = Span(start=s, end=e)
        message = f"relative date {text[s:e]!r} resolved against {reference.isoformat()}"
        yield DateMatch(
            value=day,
            span=span,
            relative=True,
            diagnostics=(Diagnostic(code="date-relative", message=message, span=span),),
        )


def _without_overlaps(matches: Sequence[DateMatch]) -> tuple[DateMatch, ...]:
    """Keep the longest matches that do not overlap; ties go to the one that starts first."""
    if len(matches) == 1:
        return (matches[0],)
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

    Absolute dates are always found; yearless ("FEBRUARY 09") and relative
    ("yesterday", "3 hours ago") ones only with a *reference_date* to resolve
    them against. Month words that are also common words ("may", "out") count
    without a year only when capitalised.

    Args:
        text: The whole text; spans are offsets into it.
        start: Where the range begins.
        end: Where the range ends (the end of *text* when ``None``).
        reference_date: The date yearless and relative dates are read against.
        day_first: How to read numeric dates whose order is ambiguous
            ("03/04/2019"); ``None`` lets the separator decide.

    Returns:
        The non-overlapping matches (the longest wins), ordered by position.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    return find_dates_at(
        text,
        (start, end),
        candidates(text, start, end),
        reference_date=reference_date,
        day_first=day_first,
    )


def find_dates_at(
    text: str,
    bounds: tuple[int, int],
    starts: list[Start],
    *,
    reference_date: dt.date | None = None,
    day_first: bool | None = None,
) -> tuple[DateMatch, ...]:
    """What :func:`find_dates` finds in a range whose candidate starts are known.

    Args:
        text: The whole text; spans are offsets into it.
        bounds: The range, ``(start, end)``, within the text.
        starts: The range's :func:`~newsdoc._parser.date_scan.candidates`.
        reference_date: The date yearless and relative dates are read against.
        day_first: How to read numeric dates whose order is ambiguous.

    Returns:
        The non-overlapping matches (the longest wins), ordered by position.
    """
    start, end = bounds
    if not starts and reference_date is None:
        return ()
    ctx = Context(reference=reference_date, day_first=day_first, strict=True)
    found = list(_absolute_matches(text, (start, end), starts, ctx))
    if reference_date is not None:
        found.extend(_relative_matches(text, start, end, reference_date))
    return _without_overlaps(found) if found else ()


def find_relative_dates(
    text: str, start: int, end: int, *, reference_date: dt.date
) -> tuple[DateMatch, ...]:
    """Find the relative date expressions in ``text[start:end]`` ("yesterday", "2 days ago").

    What :func:`find_dates` finds in a range known to hold no date written
    with figures (see :class:`~newsdoc._parser.date_scan.DateStarts`).

    Args:
        text: The whole text; spans are offsets into it.
        start: Where the range begins.
        end: Where the range ends.
        reference_date: The date the expressions are read against.

    Returns:
        The non-overlapping matches (the longest wins), ordered by position.
    """
    found = list(_relative_matches(text, start, end, reference_date))
    return _without_overlaps(found) if found else ()


def parse_date(
    text: str, *, reference_date: dt.date | None = None, day_first: bool | None = None
) -> DateMatch | None:
    """Read *text* as one date expression ("April 27, 2022", "27 abr", "FEBRUARY 09").

    Surrounding whitespace and a trailing ``,``, ``:``, ``;`` or ``.`` are
    ignored. A date without a year takes the year that puts it nearest before
    *reference_date* (and is ``None`` without one); the match then has
    ``year_inferred`` set and a ``date-year-inferred`` diagnostic.

    Args:
        text: The date expression.
        reference_date: The date yearless and relative dates are read against.
        day_first: How to read numeric dates whose order is ambiguous.

    Returns:
        The match (its span covers the expression within *text*), or ``None``
        when *text* is not exactly one date expression.
    """
    start, end = trim(text, 0, len(text))
    while end > start and text[end - 1] in ",:;":
        end -= 1
    ctx = Context(reference=reference_date, day_first=day_first, strict=False)
    found = list(_absolute_matches(text, (start, end), candidates(text, start, end), ctx))
    if reference_date is not None:
        found.extend(_relative_matches(text, start, end, reference_date))
    for match in found:
        if match.span.start == start and text[match.span.end : end].strip(" .") == "":
            return match
    return None


def find_published(  # noqa: PLR0913 -- keyword-only facts of the page, each optional but the text
    text: str,
    *,
    headline: Span | None,
    body: Span | None,
    reference_date: dt.date | None = None,
    language: str | None = None,
    dates: DateStarts | None = None,
) -> PublishedResult:
    """Pick the page's publication date given where its headline and body stand.

    Rule: candidates are the dates from 15 lines above the headline to 5 lines
    below the body. A date standing between headline and body, on a short line,
    after a "Published"/"Posted" label, with a time, wins; one labelled
    "Updated" only when nothing better is written; dates inside body sentences,
    without a written year or relative ("3 hours ago") come last, and an
    "Updated ... ago" never counts.

    Args:
        text: The whole page text.
        headline: Where the headline stands, if known (not the ``<title>`` line).
        body: Where the body stands (first paragraph start to last paragraph end).
        reference_date: The date yearless and relative dates are read against.
        language: The page's language, if known (it settles "03/04/2019");
            detected from the text near the article otherwise.
        dates: The page's :func:`~newsdoc._parser.date_scan.scan_dates`, when
            already made (else the page is scanned here).

    Returns:
        The chosen date with its span and diagnostics. When no date near the
        article qualifies, a date line elsewhere on the page that clearly is
        one (a full date with a time or label on a short line) is taken with a
        ``published-far`` diagnostic; failing that, an empty result with a
        ``published-not-found`` diagnostic.
    """
    if dates is None:
        dates = scan_dates(text, timeout=_guard.REGEX_TIMEOUT)
    lo, hi = window(text, headline, body)
    around = _around(text, lo, hi)
    starts = dates.within(*around)
    day_first = page_day_first(text, lo, hi, language, starts=numeric_starts(starts))
    read = functools.partial(
        find_dates_at, text, reference_date=reference_date, day_first=day_first
    )
    where = (headline, body)
    best = _best_candidate(text, (lo, hi), read(around, starts), where=where)
    diagnostics: tuple[Diagnostic, ...] = ()
    if best is None or best[0] < 0:
        around = _around(text, 0, len(text))
        best = _best_candidate(
            text,
            (0, len(text)),
            read(around, dates.within(*around)),
            where=where,
        )
        if best is None or best[0] < _FAR_DATE_SCORE:
            message = "no date written near the headline or body"
            span = Span(start=lo, end=hi)
            return PublishedResult(
                diagnostics=(Diagnostic(code="published-not-found", message=message, span=span),)
            )
        message = "no date near the headline or body; took a date line further away"
        diagnostics += (Diagnostic(code="published-far", message=message, span=best[1].span),)
    _, match, label = best
    if label == "updated":
        message = "only an update date is written; took it as the publication date"
        diagnostics += (
            Diagnostic(code="published-from-updated", message=message, span=match.span),
        )
    return PublishedResult(
        value=match.value, span=match.span, label=label, diagnostics=match.diagnostics + diagnostics
    )


_FAR_DATE_SCORE = 4.0
"""How sure a date outside the article's neighbourhood must be: a full date on a
short line of its own with a time or a label, in the page's header part."""


def _around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The window and the lines around it where dates making a list with its own are read."""
    return line_start(text, lo, LIST_REACH), line_end(text, max(lo, hi - 1), LIST_REACH)


def _best_candidate(
    text: str,
    bounds: tuple[int, int],
    matches: tuple[DateMatch, ...],
    *,
    where: tuple[Span | None, Span | None],
) -> tuple[float, DateMatch, str | None] | None:
    """The best-scoring publication-date candidate within *bounds*, with its score and label.

    *matches* are the dates of the range :func:`_around` the bounds.
    """
    lo, hi = bounds
    best: tuple[float, DateMatch, str | None] | None = None
    for match, in_list in zip(matches, crowded(text, matches), strict=True):
        if not lo <= match.span.start < hi:
            continue
        label = label_before(text, match)
        if match.relative and label == "updated":
            continue
        score = published_score(text, match, label=label, in_list=in_list, where=where)
        if best is None or score > best[0]:
            best = (score, match, label)
    return best
