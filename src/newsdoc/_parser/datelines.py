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
from collections.abc import Callable

import attrs
import regex

from newsdoc._parser._text import collapse, trim
from newsdoc.model import Dateline, Diagnostic, Span

__all__ = [
    "RECOGNISERS",
    "DatelineResult",
    "match_dateline",
    "resolve_date",
]


@attrs.frozen(kw_only=True)
class DatelineResult:
    """A dateline found at the start of a paragraph, and what was guessed."""

    dateline: Dateline
    """The dateline."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Guesses made while reading it (a year taken from context, ...)."""


# ---------------------------------------------------------------- dates (interim)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan enero ene janeiro januar janvier gennaio",
            "february feb febrero fevereiro fev februar février febbraio",
            "march mar marzo março marco märz mars",
            "april apr abril abr avril aprile",
            "may mayo maio mai",
            "june jun junio junho juni juin giugno",
            "july jul julio julho juli juillet luglio",
            "august aug agosto ago août",
            "september sep sept septiembre setiembre set setembro septembre settembre",
            "october oct octubre outubro out oktober octobre ottobre",
            "november nov noviembre novembro novembre",
            "december dec diciembre dic dezembro dez dezember décembre dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
_NAMED = regex.compile(
    r"(?P<m>\p{L}{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?"
    r"|(?P<d2>\d{1,2})\.?\s+(?:de\s+)?(?P<m2>\p{L}{3,10})\.?(?:,?\s+(?:de\s+)?(?P<y2>\d{4}))?",
)
_NUMERIC = regex.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})")


def _read(text: str) -> tuple[int | None, int, int] | None:
    """Read "Month D[, YYYY]", "D Month [YYYY]" or "DD/MM/YYYY" as (year, month, day)."""
    piece = collapse(text).rstrip(",:;. ")
    m = _NUMERIC.fullmatch(piece)
    if m:
        return int(m["y"]), int(m["m"]), int(m["d"])
    m = _NAMED.fullmatch(piece)
    if m is None:
        return None
    month = _MONTHS.get((m["m"] or m["m2"]).casefold())
    if month is None:
        return None
    year = m["y"] or m["y2"]
    return (int(year) if year else None), month, int(m["d"] or m["d2"])


def resolve_date(
    text: str, span: Span, *, reference_date: dt.date | None, context_year: int | None = None
) -> tuple[dt.date | None, tuple[Diagnostic, ...]]:
    """Read the date expression at *span*; a missing year comes from context.

    Rule: a written year wins; otherwise the year that puts the date nearest
    before *reference_date*; otherwise *context_year* (a year read elsewhere in
    the same caption). Either guess is reported as ``date-year-inferred``.

    Args:
        text: the full text.
        span: where the date expression stands.
        reference_date: the article's date, when known.
        context_year: a year found near the expression, when any.

    Returns:
        The date (or ``None`` when it cannot be read or has no year) and the
        diagnostics.
    """
    read = _read(span.slice(text))
    if read is None:
        return None, ()
    year, month, day = read
    if year is not None:
        try:
            return dt.date(year, month, day), ()
        except ValueError:
            return None, (
                Diagnostic(code="date-invalid", message="not a calendar date", span=span),
            )
    source = "the reference date"
    if reference_date is not None:
        year = reference_date.year
        try:
            if dt.date(year, month, day) > reference_date + dt.timedelta(days=2):
                year -= 1
        except ValueError:
            return None, ()
    elif context_year is not None:
        year, source = context_year, "the caption's own text"
    else:
        return None, (
            Diagnostic(
                code="date-year-unknown", message="no year written and none in context", span=span
            ),
        )
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None, ()
    return value, (
        Diagnostic(
            code="date-year-inferred",
            message=f"no year written; took {year} from {source}",
            span=span,
        ),
    )


# ---------------------------------------------------------------- datelines
_PLACE = r"(?P<loc>\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,30}?)?(?:\s*\([\p{L} .]{2,25}\))?)"
_DATE = r"(?P<date>\p{L}{3,10}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4})"
_AGENCY = r"\((?P<agency>[\p{L}][\p{L}\p{M}\d .&\-/]{0,40})\)"
_DASH = r"\s*(?:\.?\s*--?|\.?\s*[–—]|\.-)(?=\s|\p{L}|\")"

_WIRE = regex.compile(rf"\s*{_PLACE},?\s+(?:{_DATE}\s*)?{_AGENCY}{_DASH}")
_UPPER_PLACE = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,30}?)?)"
    rf"(?:,\s*{_DATE})?\s+(?:--?|[–—])\s+(?=\S)"
)


def _wire(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: PLACE[, DATE] (AGENCY) DASH -- "WASHINGTON, April 27 (Reuters) -", "ANKARA (AA) -"."""
    return _WIRE.match(text, start, end)


def _upper(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: an upper-case PLACE[, DATE] and a spaced dash -- "SAN FRANCISCO — ..."."""
    m = _UPPER_PLACE.match(text, start, end)
    if m is None or sum(ch.isupper() for ch in m["loc"]) < 3:
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
        return DatelineResult(dateline=dateline, diagnostics=diagnostics)
    return None
