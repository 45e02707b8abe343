"""Where a date written with figures may start: the places its recognisers are tried at.

Every form of :mod:`~newsdoc._parser.date_forms` but CJK holds a run of
digits where it starts or just after its month word, with a month word or a
separator beside it (:data:`_ANCHOR`). The recognisers are tried only at the
starts such runs show (:func:`candidates`), which finds the same matches as
running each of them over the range (:func:`recognised`). A page is scanned
once (:func:`scan_dates`): its :class:`DateStarts` give the candidates of any
range of it and tell which ranges hold a figure.
"""

from __future__ import annotations

import array
import bisect
from operator import itemgetter
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._parser.date_forms import RECOGNISERS, Reader
from newsdoc._parser.date_words import BREAK, GAP, MONTH_WORDS, ORDINAL

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newsdoc.model import Span

__all__ = [
    "DateStarts",
    "Start",
    "candidates",
    "numeric_starts",
    "recognised",
    "scan_dates",
]

_LONGEST_MONTH = max(map(len, MONTH_WORDS))
_INITIALS = "".join(sorted({regex.escape(w[0]) for w in MONTH_WORDS}))
_WORD = rf"[{_INITIALS}][^\W_]{{0,{_LONGEST_MONTH - 1}}}"
"""A word that may be a month word: one of their first letters, and no longer than the longest."""
_BESIDE = (
    rf"(?:(?<=(?<![^\W_])(?P<before>{_WORD})\.?{GAP}\d{{1,2}})|)"
    rf"(?:(?={ORDINAL}{GAP}(?:(?:de|of){BREAK})?(?P<after>{_WORD}))|)"
    rf"(?:(?=[./-]\d|[-/]\p{{L}})(?P<sep>)|)"
)
"""Pattern piece after a run of one or two digits: the words and separator beside it."""
_ANCHOR = regex.compile(
    rf"(?<!\d)(?:\d{{4}}(?!\d)(?=[./-]\d)(?P<year>)|\d{{1,2}}+(?!\d){_BESIDE}"
    r"(?(before)|(?(after)|(?(sep)|(?!)))))",
    regex.IGNORECASE,
)
"""A run of digits that may be part of a date written with digits and words.

Every form but CJK holds one where it starts or just after its month word:
four digits before a separator and a digit (ISO, year first), or one or two
digits after a word (``MONTH DAY``), before a word (``DAY MONTH``) or before
a separator (numeric, dashed). The words next to the run are captured
(``before``, ``after``), up to a month word's length. One scan for these
runs is much cheaper than each recogniser testing every word start; the
recognisers then run only at the runs found.
"""
_RUN = regex.compile(
    rf"(?<!\d)(?:\d{{4}}(?!\d)(?:(?=[./-]\d)(?P<year>)|)|\d{{1,2}}+(?!\d){_BESIDE}|\d++)",
    regex.IGNORECASE,
)
"""Every run of digits, with what :data:`_ANCHOR` tests beside it (in its groups)."""
_BEFORE, _AFTER, _SEP = (_RUN.groupindex[name] for name in ("before", "after", "sep"))
"""The groups :func:`_add_starts` reads, by number: :data:`_ANCHOR` and :data:`_RUN`
number them alike (a look-up by name costs more than the rest of the function)."""
_CJK_MARKS = "月월"
Start = tuple[int, int]
"""A candidate start: the index of a recogniser in :data:`RECOGNISERS`, and a position."""
_DOTTED_I = "i\u0307"
"""What "İ" casefolds to; a case-insensitive pattern reads it as "i"."""
_ISO, _YMD, _CJK, _MDY, _DMY, _DASHED, _NUMERIC = range(len(RECOGNISERS))


def _may_be_month(word: str | None) -> bool:
    """Whether *word* is written like a month word in any case (as the recognisers compare)."""
    return word is not None and word.casefold().replace(_DOTTED_I, "i") in MONTH_WORDS


def _has_cjk_mark(text: str, start: int, end: int) -> bool:
    """Whether the range holds a CJK month mark (where a CJK date may stand)."""
    return any(text.find(mark, start, end) >= 0 for mark in _CJK_MARKS)


def candidates(text: str, start: int, end: int, *, timeout: float | None = None) -> list[Start]:
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
    found: list[Start] = []
    for m in _ANCHOR.finditer(text, start, end, timeout=timeout):
        _add_starts(found, m, start)
    if _has_cjk_mark(text, start, end):
        found.append((_CJK, start))
    found.sort()
    return found


def _add_starts(found: list[Start], m: regex.Match[str], lowest: int) -> None:
    """Add the candidate starts a run of digits shows (a match of :data:`_ANCHOR` or :data:`_RUN`).

    A ``MONTH DAY`` start before *lowest* (the range's start) is outside the range.
    """
    run_start, run_end = m.span()
    text = m.string
    if run_end - run_start == 4:
        found.append((_ISO if text[run_end] == "-" else _YMD, run_start))
        return
    before, after, sep = m.group(_BEFORE, _AFTER, _SEP)
    if sep is not None:
        found.append((_NUMERIC, run_start))
        if text[run_end] != ".":
            found.append((_DASHED, run_start))
    if after is not None and _may_be_month(after):
        found.append((_DMY, run_start))
    if before is not None and _may_be_month(before) and m.start(_BEFORE) >= lowest:
        found.append((_MDY, m.start(_BEFORE)))


@attrs.frozen(kw_only=True)
class DateStarts:
    """The candidate starts and the runs of digits of a whole text, from one scan.

    Made by :func:`scan_dates`; read with :meth:`within` and :meth:`figured`.
    """

    text: str
    """The text scanned."""
    run_starts: array.array[int]
    """Where each run of digits starts, in order (machine integers: a text may hold many)."""
    run_ends: array.array[int]
    """Where each run of digits ends."""
    positions: list[int]
    """Where each candidate starts, in order."""
    starts: list[Start]
    """The candidates, in the order of :attr:`positions` (CJK ones aside)."""
    marked: bool
    """Whether the text holds a CJK month mark."""

    @classmethod
    def none(cls, text: str) -> DateStarts:
        """What stands in for the scan of *text* when it could not be made: no figures.

        Args:
            text: The whole text.

        Returns:
            Starts that hold no run of digits and no candidate.
        """
        return cls(
            text=text,
            run_starts=array.array("q"),
            run_ends=array.array("q"),
            positions=[],
            starts=[],
            marked=False,
        )

    def within(self, start: int, end: int) -> list[Start]:
        """The :func:`candidates` of ``text[start:end]``, or a superset giving the same matches.

        Rule: the scan read on past the range's edges, which can only show
        more beside a run (a month word, a separator) -- unless a word or a
        figure goes on past the range's end; such a range is scanned on its
        own. The extra starts do not change what :func:`recognised` finds.

        Args:
            start: Where the range begins.
            end: Where the range ends.

        Returns:
            ``(recogniser index, start)`` pairs, sorted.
        """
        text = self.text
        if not self.run_starts:  # no figure: no date written with figures
            return []
        if end < len(text) and not text[end].isspace():
            return candidates(text, start, end)
        first = bisect.bisect_left(self.positions, start)
        found = self.starts[first : bisect.bisect_left(self.positions, end, first)]
        if self.marked and _has_cjk_mark(text, start, end):
            found.append((_CJK, start))
        found.sort()
        return found

    def figured(self, spans: Sequence[Span]) -> list[int]:
        """Which of the ranges hold a figure (ranges in reading order, without overlaps).

        Args:
            spans: The ranges.

        Returns:
            The indices of those holding a digit, in order.
        """
        found: list[int] = []
        firsts, lasts, k = self.run_starts, self.run_ends, 0
        for i, span in enumerate(spans):
            start, end = span.start, span.end
            while k < len(lasts) and lasts[k] <= start:  # runs before this range (and the next)
                k += 1
            if k == len(lasts):
                break
            if firsts[k] < end and start < end:  # the first run ending past its start: inside?
                found.append(i)
        return found


def scan_dates(text: str, *, timeout: float | None = None) -> DateStarts:
    """Scan a whole text once for its runs of digits and its candidate date starts.

    Args:
        text: The whole text.
        timeout: Seconds the scan may take (see :mod:`newsdoc._parser._guard`).

    Returns:
        What :meth:`DateStarts.within` and :meth:`DateStarts.figured` read.
    """
    run_starts, run_ends = array.array("q"), array.array("q")
    found: list[Start] = []
    for m in _RUN.finditer(text, timeout=timeout):
        run_start, run_end = m.span()
        run_starts.append(run_start)
        run_ends.append(run_end)
        if m.lastgroup is not None:
            _add_starts(found, m, 0)
    found.sort(key=itemgetter(1))
    return DateStarts(
        text=text,
        run_starts=run_starts,
        run_ends=run_ends,
        positions=[pos for _, pos in found],
        starts=found,
        marked=_has_cjk_mark(text, 0, len(text)),
    )


def recognised(
    text: str, starts: Iterable[Start], end: int
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


def numeric_starts(starts: Iterable[Start]) -> list[int]:
    """Where a numeric date (``D.M.Y``, ``M/D/Y``) may start, among a range's :func:`candidates`.

    Args:
        starts: The :func:`candidates` of a range.

    Returns:
        The starts, in reading order: matching the numeric recogniser at
        each, skipping those inside the previous match, finds what its
        ``finditer`` finds in the range (or in a part of it, from the starts
        inside).
    """
    return [pos for index, pos in starts if index == _NUMERIC]
