"""Wire datelines: "WASHINGTON, April 27 (Reuters) -", "ANKARA (AA) -", "MADRID, 27 abr (EFE).-".

A dateline opens the first paragraph of wire copy: a place, optionally a date,
optionally the agency in brackets, and a closing dash (``-``, ``--``, ``—``,
``.-``). The recognisers are tried in order (:data:`RECOGNISERS`); each
returns ``None`` when its rule does not hold at the start of the range.

Partial dates ("April 27", "27 abr") take their year from *reference_date*
(:func:`resolve_date` is shared with the caption grammar).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons.credits import NOT_PLACES
from newsdoc._parser import _guard
from newsdoc._parser._text import collapse, trim
from newsdoc._parser.dates import parse_date
from newsdoc.model import Dateline, Diagnostic, Span

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "RECOGNISERS",
    "DatelineResult",
    "has_dash",
    "match_dateline",
    "resolve_date",
]


@attrs.frozen(kw_only=True)
class DatelineResult:
    """A dateline found at the start of a paragraph, and what was guessed."""

    dateline: Dateline
    """The dateline."""
    date_span: Span | None = None
    """Where its date expression stands, when it has one."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Guesses made while reading it (a year taken from context, ...)."""


# ---------------------------------------------------------------- dates
_PROBE = dt.date(2000, 12, 31)
"""A leap-year reference used only to read the month and day of a yearless date."""


def _shifted(diagnostic: Diagnostic, offset: int) -> Diagnostic:
    """Move a diagnostic read from a slice back into the full text."""
    if diagnostic.span is None:
        return diagnostic
    span = Span(start=diagnostic.span.start + offset, end=diagnostic.span.end + offset)
    return attrs.evolve(diagnostic, span=span)


def resolve_date(
    text: str,
    span: Span,
    *,
    reference_date: dt.date | None,
    context_year: int | None = None,
    day_first: bool | None = None,
) -> tuple[dt.date | None, tuple[Diagnostic, ...]]:
    """Read the date expression at *span*; a missing year comes from context.

    Rule: a written year wins; otherwise the year that puts the date nearest
    before *reference_date*; otherwise *context_year* (a year read elsewhere in
    the same caption). Either guess is reported as ``date-year-inferred``; no
    year at all gives ``None`` and ``date-year-unknown``.

    Args:
        text: the full text.
        span: where the date expression stands.
        reference_date: the article's date, when known.
        context_year: a year found near the expression, when any.
        day_first: how to read an ambiguous numeric date (``None``: by separator).

    Returns:
        The date (or ``None``) and the diagnostics, with spans into *text*.
    """
    piece = span.slice(text)
    probe = parse_date(piece, reference_date=_PROBE, day_first=day_first)
    if probe is None or probe.relative:
        return None, ()
    value = probe.value.date() if isinstance(probe.value, dt.datetime) else probe.value
    if not probe.year_inferred:
        return value, tuple(_shifted(d, span.start) for d in probe.diagnostics)
    if reference_date is not None:
        found = parse_date(piece, reference_date=reference_date, day_first=day_first)
        if found is not None:
            day = found.value.date() if isinstance(found.value, dt.datetime) else found.value
            return day, tuple(_shifted(d, span.start) for d in found.diagnostics)
    if context_year is not None:
        try:
            day = dt.date(context_year, value.month, value.day)
        except ValueError:
            return None, ()
        message = f"no year written; took {context_year} from the text around it"
        return day, (Diagnostic(code="date-year-inferred", message=message, span=span),)
    message = "no year written and none in the reference date or the text around it"
    return None, (Diagnostic(code="date-year-unknown", message=message, span=span),)


# ---------------------------------------------------------------- datelines
_PLACE = (
    r"(?P<loc>\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,30}?)?"
    r"(?:\s*\([\p{L} .]{2,25}\))?)"
)
_DATE = (
    r"(?P<date>\p{L}{3,10}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})"
)
_AGENCY = r"\((?P<agency>[\p{L}][\p{L}\p{M}\d .&\-/]{0,40})\)"
_DASH = r"\s*(?:\.\s*)?(?:--?|[–—])(?=\s|\p{L}|\")"
"""The dash closing a wire dateline, perhaps after a full stop: " -", ".-", ". —". One
run of white space may stand before the stop and one after it, never two in a row, so a
long run of white space with no dash is read once (linear), not split every way."""

_CAPITAL_FIRST = regex.compile(r"\s*\p{Lu}")
"""How every dateline opens: its place starts with a capital."""
_UPPER_OPENING = regex.compile(r"\s*\p{Lu}[\p{Lu}\p{M}.'’\- ]")
"""How an upper-case place opens (:data:`_UPPER_PLACE`): a capital, then a capital, a
mark or a space."""
_AGENCY_THEN_DASH = regex.compile(r"\)\s*(?:\.\s*)?[-–—]")
"""What every wire dateline holds: its agency's closing bracket, then its dash."""
_NOT_PLACES = frozenset(NOT_PLACES)
_WIRE = regex.compile(rf"\s*{_PLACE},?\s+(?:{_DATE}\s*)?{_AGENCY}{_DASH}")
_UPPER_PLACE = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,30}?)?)"
    rf"(?:,\s*{_DATE})?\s+(?:--?|[–—])\s+(?=\S)"
)


def has_dash(text: str, start: int, end: int) -> bool:
    """Return whether a dash ("-", "–" or "—") stands in ``text[start:end]``.

    Args:
        text: the full text.
        start: where the range starts.
        end: where it ends.

    Returns:
        Whether one of the three dashes is found there.
    """
    find = text.find
    return find("-", start, end) >= 0 or find("–", start, end) >= 0 or find("—", start, end) >= 0


def _wire(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: PLACE[, DATE] (AGENCY) DASH -- "WASHINGTON, April 27 (Reuters) -", "ANKARA (AA) -"."""
    if text.find("(", start, end) < 0 or _AGENCY_THEN_DASH.search(text, start, end) is None:
        return None
    return _WIRE.match(text, start, end, timeout=_guard.REGEX_TIMEOUT)


def _upper(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: an upper-case PLACE[, DATE] and a spaced dash -- "SAN FRANCISCO — ..."."""
    if _UPPER_OPENING.match(text, start, end) is None:
        return None
    m = _UPPER_PLACE.match(text, start, end, timeout=_guard.REGEX_TIMEOUT)
    if m is None or sum(ch.isupper() for ch in m["loc"]) < 3:
        return None
    if collapse(m["loc"]).rstrip(",") in _NOT_PLACES:
        return None
    return m


RECOGNISERS: tuple[Callable[[str, int, int], regex.Match[str] | None], ...] = (_wire, _upper)
"""The dateline rules, in order."""


def match_dateline(
    text: str, start: int = 0, end: int | None = None, *, reference_date: dt.date | None = None
) -> DatelineResult | None:
    """Return the wire dateline opening ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the paragraph starts.
        end: where it ends (default: the end of *text*).
        reference_date: the article's date, for dates written without a year.

    Returns:
        The dateline (``text`` as written up to and including its dash) and
        the diagnostics, or ``None``.
    """
    stop = len(text) if end is None else min(end, len(text))
    if _CAPITAL_FIRST.match(text, start, stop) is None:
        return None
    if not has_dash(text, start, stop):
        return None  # every rule closes the dateline with a dash
    for recognise in RECOGNISERS:
        m = recognise(text, start, stop)
        if m is None:
            continue
        s, e = trim(text, m.start("loc"), m.end())
        diagnostics: tuple[Diagnostic, ...] = ()
        value = None
        if m.groupdict().get("date"):
            value, diagnostics = resolve_date(
                text, Span(start=m.start("date"), end=m.end("date")), reference_date=reference_date
            )
            if value is None and not diagnostics:
                continue
        agency = m.groupdict().get("agency")
        dateline = Dateline(
            text=collapse(text[s:e]),
            span=Span(start=s, end=e),
            location=collapse(m["loc"]).rstrip(","),
            agency=collapse(agency) if agency else None,
            date=value,
        )
        date_span = Span(start=m.start("date"), end=m.end("date")) if m["date"] else None
        return DatelineResult(dateline=dateline, date_span=date_span, diagnostics=diagnostics)
    return None
