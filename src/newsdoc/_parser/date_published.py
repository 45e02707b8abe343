"""How a page shows its publication date: where it stands and what labels it.

The publication date stands near the article: between the headline and the
body at best, above the headline (up to 15 lines), or just after the body (up
to 5 lines). It sits on a short line of its own, often behind a label
("Published", "Posted", "Publicado em") and with a time; an "Updated" date is
second best. These are the measures :func:`newsdoc._parser.dates.find_published`
ranks its candidates by.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

import regex

from newsdoc._lexicons.months import DATE_LABELS
from newsdoc._parser import _guard
from newsdoc._parser.date_forms import NUMERIC
from newsdoc._parser.date_words import NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation
from newsdoc._parser.language import detect_language

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newsdoc._parser.dates import DateMatch
    from newsdoc.model import Span

__all__ = [
    "LIST_REACH",
    "crowded",
    "label_before",
    "line_end",
    "line_start",
    "page_day_first",
    "published_score",
    "window",
]

_LABEL = regex.compile(
    NOT_AFTER_WORD
    + r"(?P<label>"
    + alternation(w for t in DATE_LABELS.values() for w in t)
    + r")"
    + NOT_BEFORE_WORD,
    regex.IGNORECASE,
)
_LABEL_KIND = {w: k for t in DATE_LABELS.values() for w, k in t.items()}
_LINES_ABOVE_HEADLINE = 15
_LINES_BELOW_BODY = 5
_LINES_BELOW_HEADLINE = 40
_LINES_ABOVE_BODY = 80
"""Without a headline, the date may stand this far above the body (standfirsts, photos)."""


def line_start(text: str, pos: int, lines_up: int = 0) -> int:
    """Return the start of the line ``lines_up`` lines above the one holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(lines_up):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def line_end(text: str, pos: int, lines_down: int = 0) -> int:
    """Return the end of the line ``lines_down`` lines below the one holding ``pos``."""
    end = text.find("\n", pos)
    for _ in range(lines_down):
        if end < 0:
            break
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def window(text: str, headline: Span | None, body: Span | None) -> tuple[int, int]:
    """Rule: the date stands from 15 lines above the headline to 5 lines below the body.

    Without a headline the window opens 80 lines above the body; without a
    body it closes 40 lines below the headline; without either it is the
    whole text.

    Args:
        text: The whole page.
        headline: Where the headline stands, if known.
        body: Where the body stands, if known.

    Returns:
        The ``(start, end)`` offsets of the window.
    """
    if headline is not None:
        lo = line_start(text, headline.start, _LINES_ABOVE_HEADLINE)
    elif body is not None:
        lo = line_start(text, body.start, _LINES_ABOVE_BODY)
    else:
        lo = 0
    if body is not None:
        hi = line_end(text, max(body.end - 1, body.start), _LINES_BELOW_BODY)
    elif headline is not None:
        hi = line_end(text, headline.end, _LINES_BELOW_HEADLINE)
    else:
        hi = len(text)
    return lo, max(lo, hi)


def page_day_first(
    text: str, lo: int, hi: int, language: str | None, *, starts: Sequence[int] | None = None
) -> bool | None:
    """Rule: the page's numeric dates whose order shows (a part over 12) set its convention.

    Failing those, pages in languages other than English write the day first;
    English pages are left to the separator ("/" month first, "." day first).

    Args:
        text: The whole page.
        lo: Where the window starts.
        hi: Where the window ends.
        language: The page's language, if known; detected from the window otherwise.
        starts: Where numeric dates may start, if known (from
            :func:`~newsdoc._parser.date_forms.numeric_starts` over a range
            holding the window): only those places are tried.

    Returns:
        ``True`` for day first, ``False`` for month first, ``None`` when undecided.
    """
    votes = 0
    for m in _numeric_dates(text, lo, hi, starts):
        a, b = int(m.group("first")), int(m.group("second_"))
        votes += (a > 12 >= b) - (b > 12 >= a)
    if votes:
        return votes > 0
    if language is None:
        language = detect_language(text, lo, hi)
    return None if language in {None, "en"} else True


def _numeric_dates(
    text: str, lo: int, hi: int, starts: Sequence[int] | None
) -> Iterator[regex.Match[str]]:
    """The :data:`NUMERIC` dates in the window, as ``finditer`` finds them (tried at *starts*)."""
    if starts is None:
        yield from NUMERIC.finditer(text, lo, hi, timeout=_guard.REGEX_TIMEOUT)
        return
    last = lo
    for start in starts:
        if start >= hi:
            break
        if start < last:
            continue
        m = NUMERIC.match(text, start, hi)  # one bounded try: no timeout needed
        if m is not None:
            last = m.end()
            yield m


def label_before(text: str, match: DateMatch) -> str | None:
    """Rule: the last date label on the date's line before it, or a label alone on the line above.

    Args:
        text: The whole page.
        match: The date.

    Returns:
        ``"published"``, ``"updated"`` or ``None``.
    """
    first = line_start(text, match.span.start)
    kind = None
    for m in _LABEL.finditer(text, max(first, match.span.start - 60), match.span.start):
        kind = _LABEL_KIND[m.group("label").casefold()]
    if kind is None and first > 0 and text[first : match.span.start].strip() == "":
        above = line_start(text, first - 1)
        alone = _LABEL.fullmatch(text[above : first - 1].strip(" \t:|-"))
        if alone is not None:
            kind = _LABEL_KIND[alone.group("label").casefold()]
    return kind


LIST_REACH = 10
"""Dates on other lines this close make a list (comments, related stories)."""
_LIST_SIZE = 3
_SHORT_LINE_REST = 40
"""How many characters besides its date a date line may hold."""


def _short_line(text: str, match: DateMatch) -> bool:
    """Whether the date's line holds little besides the date (a date line)."""
    line = text[line_start(text, match.span.start) : line_end(text, match.span.end)]
    return len(line.strip()) - (match.span.end - match.span.start) <= _SHORT_LINE_REST


def crowded(text: str, matches: Sequence[DateMatch]) -> list[bool]:
    """Rule: a date line among two or more other date lines nearby is an item of a list.

    Comment threads and related-story lists stamp every item with a date on
    a line of its own; a page's own date line stands alone (or beside its
    update date on the same line). Dates inside sentences do not count.

    Args:
        text: The whole page.
        matches: The dates of the window and of :data:`LIST_REACH` lines around
            it, in reading order.

    Returns:
        Per date, whether it stands in such a list.
    """
    lines: list[int] = []
    line, last = 0, 0
    for match in matches:
        line += text.count("\n", last, match.span.start)
        last = match.span.start
        lines.append(line)
    dated = sorted({n for n, m in zip(lines, matches, strict=True) if _short_line(text, m)})
    result = []
    for number in lines:
        near = bisect.bisect_right(dated, number + LIST_REACH) - bisect.bisect_left(
            dated, number - LIST_REACH
        )
        result.append(near >= _LIST_SIZE)
    return result


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


def published_score(
    text: str,
    match: DateMatch,
    *,
    label: str | None,
    in_list: bool,
    where: tuple[Span | None, Span | None],
) -> float:
    """Score how likely *match* is the page's publication date (higher is likelier).

    Rule: its place (:func:`_zone_score`); a short line of its own; a
    "Published" label (an "Updated" one counts against it); a written time;
    minus penalties for a guessed year, a relative date or a place in a list
    of dated items; nearer the headline breaks ties.

    Args:
        text: The whole page.
        match: The candidate date.
        label: Its label, from :func:`label_before`.
        in_list: Whether the date is an item of a dated list (:func:`crowded`).
        where: Where the headline and the body stand, each if known.

    Returns:
        The score; below zero means "not a publication date".
    """
    headline, body = where
    score = _zone_score(match.span.start, headline, body)
    line = text[line_start(text, match.span.start) : line_end(text, match.span.end)]
    other = len(line.strip()) - (match.span.end - match.span.start)
    if other <= _SHORT_LINE_REST:
        score += 2.0
    elif other <= 100:
        score += 1.0
    elif other > 200:
        score -= 2.0
    score += {"published": 3.0, "updated": -1.0}.get(label or "", 0.0)
    score += 1.0 * isinstance(match.value, dt.datetime)
    score -= 3.0 * match.year_inferred + 4.0 * match.relative + 5.0 * in_list
    anchor = headline.end if headline is not None else body.start if body is not None else 0
    return score - abs(match.span.start - anchor) / 5000
