"""Date words merged across languages, and the pattern pieces date recognisers share.

The lexicon (:mod:`newsdoc._lexicons.months`) keeps its words per language;
the recognisers read any language, so they look words up in these merged
tables. A word that two languages read differently is dropped from the
merged table rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsdoc._lexicons.months import AGO_UNITS, MONTHS, RELATIVE_DAYS, TIME_ZONES, WEEKDAYS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "BREAK",
    "GAP",
    "MONTH_WORDS",
    "NOT_AFTER_WORD",
    "NOT_BEFORE_WORD",
    "ORDINAL",
    "RELATIVE_WORDS",
    "SPACE",
    "UNIT_WORDS",
    "WEEKDAY_WORDS",
    "ZONE_WORDS",
    "alternation",
]

NOT_AFTER_WORD = r"(?<![^\W_])"
"""Pattern piece: no letter or digit just before (a word starts here)."""
NOT_BEFORE_WORD = r"(?![^\W_])"
"""Pattern piece: no letter or digit just after (a word ends here)."""
SPACE = r"[^\S\n]"
"""Pattern piece: one whitespace character that is not a line break."""
GAP = SPACE + "{0,3}"
"""Pattern piece: up to three spaces on the same line."""
BREAK = SPACE + "{1,3}"
"""Pattern piece: one to three spaces on the same line."""
ORDINAL = r"(?:st|nd|rd|th|er|º|ª|°|\.)?"
"""Pattern piece: what may follow a day's number ("3rd", "1er", "5.")."""


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of *words*, escaped, longest first (so none hides another)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _merged(tables: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Merge per-language word tables into one; words the languages disagree on are dropped."""
    merged: dict[str, int] = {}
    clashes: set[str] = set()
    for table in tables:
        for word, number in table.items():
            if merged.setdefault(word, number) != number:
                clashes.add(word)
    return {word: number for word, number in merged.items() if word not in clashes}


MONTH_WORDS: Mapping[str, int] = _merged(MONTHS.values())
"""Every month name and abbreviation, casefolded, to its month number."""
WEEKDAY_WORDS: Mapping[str, int] = _merged(WEEKDAYS.values())
"""Every weekday name, casefolded, to its weekday number (Monday 0)."""
RELATIVE_WORDS: Mapping[str, int] = _merged(RELATIVE_DAYS.values())
"""Every relative day word ("yesterday", "ayer"), casefolded, to its offset in days."""
UNIT_WORDS: Mapping[str, str] = {w: u for table in AGO_UNITS.values() for w, u in table.items()}
"""Every unit word of "N units ago", casefolded, to its timedelta keyword."""
ZONE_WORDS: Mapping[str, int] = {k.upper(): v for k, v in TIME_ZONES.items()}
"""Every fixed-offset zone abbreviation, upper case, to its offset in minutes."""
