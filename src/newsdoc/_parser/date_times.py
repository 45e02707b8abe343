"""Times of day written next to a date, and the zones they are written in.

"5:31 p.m. ET", "10:32 BST", "14h30", "07:45 AM", "21:17 Uhr" and an optional zone
abbreviation or offset ("GMT+3", "+02:00"). A time makes the date a
:class:`~datetime.datetime`; a zone makes it aware. US zone names without a
season ("ET", "PT") take the offset that US daylight saving time gives on
the date written.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsdoc._lexicons.months import US_ZONES
from newsdoc._parser.date_words import GAP, NOT_BEFORE_WORD, SPACE, ZONE_WORDS, alternation

__all__ = ["TIME_AFTER", "TIME_BEFORE", "read_time", "us_daylight", "zone_offset"]

_ZONE_NAME = alternation([*ZONE_WORDS, *(z.upper() for z in US_ZONES)])
_ZONE = (
    rf"(?-i:(?P<zone>(?:GMT|UTC){SPACE}?[+-]{SPACE}?\d{{1,2}}(?::?\d\d)?"
    rf"|[+-][01]\d:?\d\d|{_ZONE_NAME})){NOT_BEFORE_WORD}"
)
_AMPM = rf"[ap]\.?{SPACE}?m\.?(?![^\W\d_])"
_TIME = (
    r"(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?:[:.]|h(?=\d))(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)"
    rf"(?:{SPACE}{{0,2}}(?P<ampm>{_AMPM})|{SPACE}{{0,2}}(?:uhr|hrs|hs|h){NOT_BEFORE_WORD})?"
    rf"|{SPACE}{{0,2}}(?P<ampm2>{_AMPM}))"
    rf"(?:{SPACE}{{0,2}}\(?{_ZONE}\)?)?"
)
_JOINER = rf"{GAP}(?:[,|·•/–—-]|at|à|às|a las|um|om|alle|pukul|в|kl\.)?{GAP}"

TIME_AFTER = regex.compile(_JOINER + _TIME, regex.IGNORECASE)
"""A time following a date: "Nov. 19, 2019 5:31 p.m. ET", "3 mai 2019 à 14h30"
(use ``.match`` at the date's end)."""
TIME_BEFORE = regex.compile(rf"{_TIME}{GAP}(?:[,|·•–—-]|on)?{GAP}\Z", regex.IGNORECASE)
"""A time preceding a date: "10:32 BST, 3 May 2019" (use ``.search`` ending at the date)."""
_OFFSET = regex.compile(r"(?:GMT|UTC)?\s?([+-])\s?(\d{1,2}):?(\d\d)?")


def read_time(m: regex.Match[str]) -> tuple[dt.time, str | None] | None:
    """Rule: ``H:MM[:SS] [am|pm] [ZONE]`` or ``H am|pm [ZONE]``; 12-hour clocks run 1-12.

    Args:
        m: A match of :data:`TIME_AFTER` or :data:`TIME_BEFORE`.

    Returns:
        The naive time of day and the zone as written, or ``None`` when the
        match is no valid time.
    """
    hour_digits, minute_digits, second_digits, ampm_before, ampm_after, zone = m.group(
        "hour", "minute", "second", "ampm", "ampm2", "zone"
    )
    hour = int(hour_digits)
    ampm = (ampm_before or ampm_after or "").casefold()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif minute_digits is None:
        return None
    return dt.time(hour, int(minute_digits or 0), int(second_digits or 0)), zone


def us_daylight(day: dt.date) -> bool:
    """Return whether US daylight saving time is in force on *day* (the rules since 1987).

    Args:
        day: The date written.

    Returns:
        ``True`` from the second Sunday of March to the first Sunday of
        November (the first Sunday of April to the last Sunday of October
        before 2007).
    """

    def sunday(month: int, nth: int) -> dt.date:
        if nth > 0:
            first = dt.date(day.year, month, 1)
            return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        last = dt.date(day.year, month + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - 6) % 7)

    if day.year >= 2007:
        return sunday(3, 2) <= day < sunday(11, 1)
    return sunday(4, 1) <= day < sunday(10, -1)


def zone_offset(zone: str, day: dt.date) -> dt.timezone | None:
    """Return the UTC offset a written zone ("ET", "BST", "+02:00", "GMT+2") means on *day*.

    Args:
        zone: The zone as written.
        day: The date it is written with (US zone names depend on the season).

    Returns:
        The fixed offset, or ``None`` when the zone is unknown or out of range.
    """
    if zone.lower() in US_ZONES:
        minutes = US_ZONES[zone.lower()] + (60 if us_daylight(day) else 0)
        return dt.timezone(dt.timedelta(minutes=minutes))
    if zone in {"Z", "z"}:
        return dt.UTC
    if zone.upper() in ZONE_WORDS:
        return dt.timezone(dt.timedelta(minutes=ZONE_WORDS[zone.upper()]))
    m = _OFFSET.fullmatch(zone)
    if m is None:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
