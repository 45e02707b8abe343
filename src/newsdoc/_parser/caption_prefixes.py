"""Caption prefixes: Getty's ``LOCATION - MONTH DD:`` and the agencies' own forms.

A prefix opens a caption and gives its location and date. Each recogniser is
one agency's form; they are tried in order (:data:`PREFIXES`), then a wire
dateline (:func:`~newsdoc._parser.datelines.match_dateline`) is accepted as
well ("BEIJING, April 11 (Xinhua) --"). Reading the date (and finding its
year) is left to the caption grammar; here only its span is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._parser._text import collapse
from newsdoc._parser.datelines import has_dash, match_dateline
from newsdoc._parser.restrictions import uppercase_share
from newsdoc.model import Span

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "AGENCY_FORM_CUES",
    "PREFIXES",
    "PrefixMatch",
    "match_prefix",
    "may_open_with_evidence",
]


@attrs.frozen(kw_only=True)
class PrefixMatch:
    """A caption prefix: where it ends, and the location and date it gives."""

    kind: str
    """Which rule matched ("getty", "xinhua", "numeric", "dpa", "sports", ...)."""
    end: int
    """Where the description starts (after the prefix's dash or colon)."""
    location: str | None = None
    """The place, as written, without date, agency and closing mark."""
    date_span: Span | None = None
    """Where the date expression stands; ``None`` for "UNSPECIFIED" and the like."""
    day_first: bool = False
    """Whether a numeric date reads day first (EFE, Agência Brasil, dpa)."""
    evidence: bool = False
    """Whether the prefix alone shows that its block is a caption."""


_MONTHISH = r"\p{L}{3,10}\.?"
_DAY_MONTH = (
    rf"(?:{_MONTHISH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTHISH}(?:\s+\d{{4}})?|UNSPECIFIED|UNDATED|UNKNOWN(?:\s+DATE)?)"
)
_NUMERIC = r"\d{1,2}/\d{1,2}/\d{4}"
_GETTY = regex.compile(
    r"\s*(?P<loc>[^\n:;()]{2,80}?(?:\([^)\n]{1,30}\))?)"
    rf"\s*(?:\.-|[-–—]{{1,2}})\s*(?P<date>{_DAY_MONTH})\s*:\s*"
)
_XINHUA = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{Lu}\p{M} .'’\-]{1,40}\s*\([^)\n]{2,40}\)),"
    rf"\s*(?P<date>{_MONTHISH}\s+\d{{1,2}},\s+\d{{4}})\s*--\s*"
)
_NUMERIC_PLACE = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{L}\p{M} .'’\-]{1,40}(?:\s*\([^)\n]{1,20}\))?),"
    rf"\s*(?P<date>{_NUMERIC})\s*(?:\.-|[-–—])\s*"
)
_DPA = regex.compile(r"\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4}),\s*(?P<loc>[^:\n]{2,60}?):\s*")
_SPORTS = regex.compile(
    rf"\s*(?P<date>{_MONTHISH}\s+\d{{1,2}},\s+\d{{4}});\s*(?P<loc>[^;\n]{{2,80}}?);\s*"
)
_BARE_DATE = regex.compile(rf"\s*(?P<date>{_NUMERIC})\s*(?:\.-|[-–—:])?\s+")
_PLACE_ONLY = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,3},\s\p{Lu}{2})"
    r"\s+[-–—]\s+(?=\p{Lu})"
)
_NO_DATE = regex.compile(r"UNSPECIFIED|UNDATED|UNKNOWN(?:\s+DATE)?")
_TITLE_PLACE = regex.compile(
    r"\p{Lu}[\p{L}.'’\-]*(?:,?\s+(?:(?:de|del|da|do|of|on|am|an|la)\s+)?\p{Lu}[\p{L}.'’\-]*){0,5}"
)
_CAPITALS = 0.8
"""Share of capitals that makes a Getty location ("UNKNOWN LOCATION, BELARUS")."""


_SPACES = regex.compile(r"\s*")
_DASHES = ("-", "–", "—")


def _opener(text: str, start: int, end: int) -> str:
    """The first character of ``text[start:end]`` that is not white space ("" if none)."""
    at = _SPACES.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
    return text[at] if at < end else ""


def _getty(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: a LOCATION, a dash, MONTH DD (or UNSPECIFIED) and a colon.

    The location is in capitals ("LAS VEGAS – FEB. 11:") or, with a comma, in
    title case ("Washington, DC - January 6:").
    """
    m = _GETTY.match(text, start, end)
    if m is None:
        return None
    place = collapse(m["loc"]).rstrip(" .")
    if uppercase_share(place) < _CAPITALS and not (_TITLE_PLACE.fullmatch(place) and "," in place):
        return None
    return m


PREFIXES: tuple[tuple[str, Callable[[str, int, int], regex.Match[str] | None], bool], ...] = (
    ("getty", _getty, True),
    ("xinhua", _XINHUA.match, True),  # CITY (COUNTRY), Mon. D, YYYY --
    ("numeric", _NUMERIC_PLACE.match, True),  # EFE's CITY, DD/MM/YYYY.- ; City (UF), DD/MM/YYYY -
    ("dpa", _DPA.match, True),  # DD.MM.YYYY, COUNTRY, CITY:
    ("sports", _SPORTS.match, True),  # USA TODAY Sports' Mon D, YYYY; City, ST, COUNTRY;
    ("bare-date", _BARE_DATE.match, False),  # a bare leading DD/MM/YYYY
    ("place", _PLACE_ONLY.match, False),  # a location without a date, New York, NY -
)
"""The prefix rules, in order: (name, recogniser, whether it counts as caption evidence).

A recogniser matches a prefix at the start of ``text[start:end]``; apart from
Getty's, each is its pattern's ``match`` (the comments show the form)."""

_DAY_FIRST = frozenset({"numeric", "dpa", "bare-date"})


def _from_match(kind: str, m: regex.Match[str], *, evidence: bool) -> PrefixMatch:
    """Turn a prefix rule's match into a :class:`PrefixMatch`."""
    groups = m.groupdict()
    location = collapse(groups["loc"]).strip(" ,.-–—") if groups.get("loc") else None
    date_span = None
    if groups.get("date") and not _NO_DATE.fullmatch(m["date"].strip()):
        date_span = Span(start=m.start("date"), end=m.end("date"))
    return PrefixMatch(
        kind=kind,
        end=m.end(),
        location=location or None,
        date_span=date_span,
        day_first=kind in _DAY_FIRST,
        evidence=evidence,
    )


AGENCY_FORM_CUES = re.compile(r"\d(?:/\d{1,2}/\d{4}|\.\d{1,2}\.\d{4},|\d{3};|\d{3}\s*--)")
"""What the agencies' own prefixes hold: a numeric date (EFE, Agência Brasil,
dpa), or a written year before ";" (USA TODAY Sports) or "--" (Xinhua). Every
branch opens with a digit, so ``re`` skips fast to the digits."""
_DATE_THEN_COLON = regex.compile(rf"[-–—]\s*(?:{_DAY_MONTH})\s*:")
"""What every Getty prefix holds: a dash, its date and the colon after it."""


def may_open_with_evidence(piece: str) -> bool:
    """Return whether a prefix that is caption evidence may open *piece*: a cheap, exact test.

    Rule: Getty's form holds a dash, then its date (or its word for a
    missing one), then a colon (:data:`_DATE_THEN_COLON`); every other form
    that is evidence holds one of :data:`AGENCY_FORM_CUES`.

    Args:
        piece: the text of one block.

    Returns:
        ``False`` when no rule of :data:`PREFIXES` that counts as evidence can match.
    """
    if ":" in piece and any(dash in piece for dash in _DASHES):
        return (
            _DATE_THEN_COLON.search(piece) is not None or AGENCY_FORM_CUES.search(piece) is not None
        )
    return AGENCY_FORM_CUES.search(piece) is not None


def _gates(text: str, start: int, end: int) -> tuple[bool, ...]:
    """Per rule of :data:`PREFIXES` (in order), whether what it needs stands in ``text[start:end]``.

    Rule: Getty's form holds a colon and a dash; Xinhua's a capital first and
    "--"; the numeric place form a capital first and "/"; dpa's and the bare
    date a digit first; USA TODAY Sports' a ";"; the place form a capital
    first, a comma and a dash.
    """
    opener = _opener(text, start, end)
    upper, digit = opener.isupper(), opener.isdecimal()
    dash = has_dash(text, start, end)
    return (
        dash and text.find(":", start, end) >= 0,  # getty
        upper and text.find("--", start, end) >= 0,  # xinhua
        upper and text.find("/", start, end) >= 0,  # numeric
        digit,  # dpa
        text.find(";", start, end) >= 0,  # sports
        digit,  # bare-date
        upper and dash and text.find(",", start, end) >= 0,  # place
    )


def match_prefix(text: str, start: int, end: int) -> PrefixMatch | None:
    """Return the prefix opening ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the caption (after labels and desk marks) starts.
        end: where it ends.

    Returns:
        The first match of :data:`PREFIXES`, else a wire dateline read as a
        prefix (not caption evidence: wire copy opens with those too), else ``None``.
    """
    for (kind, recognise, evidence), gate in zip(PREFIXES, _gates(text, start, end), strict=True):
        if not gate:
            continue
        m = recognise(text, start, end)
        if m is not None:
            return _from_match(kind, m, evidence=evidence)
    wire = match_dateline(text, start, end)
    if wire is None:
        return None
    return PrefixMatch(
        kind="dateline",
        end=wire.dateline.span.end,
        location=wire.dateline.location,
        date_span=wire.date_span,
    )
