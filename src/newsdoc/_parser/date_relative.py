"""Relative date expressions, resolved against a reference date.

"yesterday", "today", "3 hours ago", "hace 2 días", "há 3 dias", "vor 2 Tagen",
"late Tuesday", "el martes", "Monday night". Each rule is a pattern and a
resolver; they only make sense against the article's own date, so the caller
supplies it and flags the result. Each rule's expressions hold one of a few
key words (the day word, the "ago" word, the weekday): a rule is only run
over a range whose words include one of its keys.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

import regex

from newsdoc._lexicons.months import (
    AGO_FORMS,
    AGO_UNITS,
    RISKY_WEEKDAY_WORDS,
    WEEKDAY_PREFIXES,
    WEEKDAY_SUFFIXES,
)
from newsdoc._parser.date_words import (
    BREAK,
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    RELATIVE_WORDS,
    SPACE,
    UNIT_WORDS,
    WEEKDAY_WORDS,
    alternation,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["may_hold_any", "relative_dates", "relative_keys"]

_COUNT = r"\d{1,3}|an?|one|un|una|um|uma|ein|eine|einer|einem|une|satu"
"""A count of units: digits, or the words for "a"/"one"."""

_RELATIVE_DAY = regex.compile(
    rf"\b{NOT_AFTER_WORD}(?P<word>{alternation(RELATIVE_WORDS)}){NOT_BEFORE_WORD}",
    regex.IGNORECASE,
)


def _ago_form(index: int, language: str, prefix: str, suffix: str) -> str:
    """The pattern of one form of "N units ago" (its groups named after its *index*)."""
    return (
        NOT_AFTER_WORD
        + (rf"(?:{prefix}){BREAK}" if prefix else "")
        + rf"(?P<n{index}>{_COUNT}){SPACE}{{0,2}}"
        + rf"(?P<unit{index}>{alternation(AGO_UNITS[language])}){NOT_BEFORE_WORD}\.?"
        + (rf"{BREAK}(?:{suffix}){NOT_BEFORE_WORD}" if suffix else "")
    )


_AGO_FORMS = tuple(_ago_form(i, *form) for i, form in enumerate(AGO_FORMS))
_AGO = regex.compile("|".join(_AGO_FORMS), regex.IGNORECASE)
_WEEKDAY_PREFIX = alternation(w for words in WEEKDAY_PREFIXES.values() for w in words)
_WEEKDAY_SUFFIX = alternation(w for words in WEEKDAY_SUFFIXES.values() for w in words)
_WEEKDAY_ALONE = regex.compile(
    rf"\b{NOT_AFTER_WORD}(?:(?:{_WEEKDAY_PREFIX}){BREAK})?"
    rf"(?P<weekday>{alternation(w for w in WEEKDAY_WORDS if w not in RISKY_WEEKDAY_WORDS)})"
    rf"{NOT_BEFORE_WORD}(?:{BREAK}(?:{_WEEKDAY_SUFFIX}){NOT_BEFORE_WORD})?",
    regex.IGNORECASE,
)


def _day_word(m: regex.Match[str], reference: dt.date) -> dt.date:
    """Rule: "today", "yesterday", "ayer", "ontem" -- a fixed number of days off."""
    return reference + dt.timedelta(days=RELATIVE_WORDS[m.group("word").casefold()])


def _ago(m: regex.Match[str], reference: dt.date) -> dt.date:
    """Rule: "N units ago" in its per-language shapes; hours count back from a reference time."""
    unit = m.lastgroup or ""  # "unit3": a form's unit closes its match
    count_word = m.group(unit.replace("unit", "n"))
    count = int(count_word) if count_word.isdigit() else 1
    delta = dt.timedelta(**{UNIT_WORDS[m.group(unit).casefold()]: count})
    if isinstance(reference, dt.datetime):
        return (reference - delta).date()
    return reference - dt.timedelta(days=delta.days)


def _weekday(m: regex.Match[str], reference: dt.date) -> dt.date:
    """Rule: a weekday alone ("late Tuesday") is its last occurrence up to the reference."""
    weekday = WEEKDAY_WORDS[m.group("weekday").casefold()]
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


_LETTERS = regex.compile(r"\p{L}+")
_DOTTED_I = "i\u0307"
"""What "İ" casefolds to; a case-insensitive pattern reads it as "i"."""


def _keys(phrases: Iterable[str]) -> frozenset[str]:
    """The first run of letters of each phrase ("aujourd" for "aujourd'hui")."""
    return frozenset(m.group() for p in phrases if (m := _LETTERS.search(p)) is not None)


def _form_keys(prefix: str, suffix: str) -> frozenset[str]:
    """The key words of a form of "N units ago": its words before the count or after the unit."""
    return _keys(word for word in f"{prefix}|{suffix}".split("|") if word)


_AGO_ALONE = tuple(
    (regex.compile(form, regex.IGNORECASE), _form_keys(prefix, suffix))
    for form, (_, prefix, suffix) in zip(_AGO_FORMS, AGO_FORMS, strict=True)
)
"""Each form of "N units ago" on its own, with its key words ("ago", "hace", "vor"): every
form has a word before the count or after the unit, a run of letters of its own."""


class _Rule(NamedTuple):
    """A kind of relative date: how it is written and how it is resolved."""

    pattern: regex.Pattern[str]
    resolve: Callable[[regex.Match[str], dt.date], dt.date]
    keys: frozenset[str]
    """The words one of which its matches hold."""
    forms: tuple[tuple[regex.Pattern[str], frozenset[str]], ...] = ()
    """Its forms on their own, with their own key words (when *pattern* joins several)."""


_RULES = (
    _Rule(_RELATIVE_DAY, _day_word, _keys(RELATIVE_WORDS)),
    _Rule(_AGO, _ago, frozenset().union(*(keys for _, keys in _AGO_ALONE)), _AGO_ALONE),
    _Rule(
        _WEEKDAY_ALONE, _weekday, _keys(w for w in WEEKDAY_WORDS if w not in RISKY_WEEKDAY_WORDS)
    ),
)


def _pattern_for(rule: _Rule, words: frozenset[str]) -> regex.Pattern[str] | None:
    """The pattern a rule is read with over a range holding *words* (its key words among them).

    Rule: none when the range holds none of the rule's key words; the one form
    whose key words it holds, alone (the same matches: the other forms' matches
    would hold their own key words; trying every form at every word costs much
    more); else the whole pattern.
    """
    if rule.keys.isdisjoint(words):
        return None
    present = [form for form, keys in rule.forms if not keys.isdisjoint(words)]
    return present[0] if len(present) == 1 else rule.pattern


_ALL_KEYS = frozenset().union(*(rule.keys for rule in _RULES))
_PIECE = 2000
"""The range is read for key words this many characters at a time (no list of every word)."""
_SPACE = regex.compile(r"\s")


def _keys_in(text: str, start: int, end: int) -> frozenset[str]:
    """The key words of :data:`_RULES` in the range, casefolded as the patterns compare them.

    The range is read piece by piece, each cut where a space stands, so
    that no run of letters is split and no list of all its words is built.
    """
    found: set[str] = set()
    while start < end:
        stop = end
        if end - start > _PIECE:
            space = _SPACE.search(text, start + _PIECE, end)
            stop = end if space is None else space.start()
        joined = "\0".join(_LETTERS.findall(text, start, stop)).casefold()
        found.update(_ALL_KEYS.intersection(joined.replace(_DOTTED_I, "i").split("\0")))
        start = stop
    return frozenset(found)


def relative_keys(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The key words of relative dates the ranges hold (casefolded).

    The ranges are read a few thousand characters at a time, joined by line
    breaks (no key word spans one).

    Args:
        text: The whole text.
        spans: The ranges, ``(start, end)``.

    Returns:
        The key words: none when :func:`relative_dates` finds nothing in any
        of the ranges; a range that holds none of them as a part
        (:func:`may_hold_any`) holds no relative date either.
    """
    found: set[str] = set()
    batch: list[str] = []
    size = 0
    for start, end in spans:
        batch.append(text[start:end])
        size += end - start + 1
        if size >= _PIECE:
            joined = "\n".join(batch)
            found.update(_keys_in(joined, 0, len(joined)))
            batch, size = [], 0
    joined = "\n".join(batch)
    found.update(_keys_in(joined, 0, len(joined)))
    return frozenset(found)


def may_hold_any(text: str, keys: Iterable[str]) -> bool:
    """Whether *text* may hold one of the key words *keys* (from :func:`relative_keys`).

    Rule: a word casefolded is a part of the text casefolded, so a text that
    holds none of the keys as a part holds none as a word (a quick test
    before reading its words).

    Args:
        text: A short text.
        keys: Key words, casefolded.

    Returns:
        ``False`` when *text* holds none of *keys* as a word.
    """
    folded = text.casefold().replace(_DOTTED_I, "i")
    return any(key in folded for key in keys)


def relative_dates(
    text: str, start: int, end: int, reference: dt.date
) -> Iterator[tuple[int, int, dt.date]]:
    """Yield every relative date expression in ``text[start:end]``.

    Args:
        text: The whole text.
        start: Where the range begins.
        end: Where the range ends.
        reference: The date (or datetime) the expressions are relative to.

    Yields:
        ``(start, end, date)`` for each expression, overlaps included.
    """
    words = _keys_in(text, start, end)
    for rule in _RULES:
        pattern = _pattern_for(rule, words)
        if pattern is None:
            continue
        for m in pattern.finditer(text, start, end):
            day = rule.resolve(m, reference)
            yield m.start(), m.end(), day.date() if isinstance(day, dt.datetime) else day
