"""The caption grammar: ``LOCATION - DATE: (RESTRICTIONS) description (CREDIT)``.

A caption is read from both ends towards its description:

- the head (:data:`HEAD_STEPS`): caption labels ("Image caption", "Cover
  image:"), gallery counters, desk marks ("FILE PHOTO:", "epaselect ...",
  "EDITORS NOTE: ... /") and restriction blocks; then a prefix
  (:func:`~newsdoc._parser.caption_prefixes.match_prefix`: Getty's ``LOCATION -
  MONTH DD:`` and the agencies' own forms), and the head steps once more;
- the tail (:data:`TAIL_STEPS`): page furniture ("more >"), restriction blocks
  (:func:`~newsdoc._parser.restrictions.trailing_restrictions`) and the credit
  (:func:`~newsdoc._parser.credits.find_credit`); when the caption carries two
  credits, the last one wins and the earlier one is dropped.

What is left between them is the description. :func:`parse_caption` always
returns a caption; :func:`match_caption` returns one only when the range shows
real caption evidence.

Most blocks of a page are no caption, so a page is read cheaply first, with
exact tests: every kind of evidence needs a cue (:data:`CUE_KINDS`), looked
for once over the page's blocks (:func:`cue_candidates`); a block with cues
is read up to its first tail step (:func:`open_caption`), with only the
steps its kinds of cue allow, and read in full only when that reading may
show evidence or a credit (:func:`parse_caption` goes on with it).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser import _guard
from newsdoc._parser import credits as credits_lib
from newsdoc._parser._text import casefold, collapse, trim
from newsdoc._parser.caption_prefixes import (
    AGENCY_FORM_CUES as _AGENCY_FORM_CUES,
)
from newsdoc._parser.caption_prefixes import (
    match_prefix,
    may_open_with_evidence,
)
from newsdoc._parser.credit_names import FOLD_SURPRISE_LETTERS, trie
from newsdoc._parser.credits import (
    BRACKET_CREDIT_CUES,
    CREDIT_CUES,
    FOLDED_CREDIT_CUES,
    FOLDED_CREDIT_GATES,
    FOLDED_CREDIT_LABELS,
    GLUED_AGENCY_CUES,
    CreditMatch,
    find_credit,
    find_leading_credit,
    may_fold_to_credit_cue,
    may_name_small_agency,
    names_small_agency_near,
    small_agency_spots,
)
from newsdoc._parser.datelines import resolve_date
from newsdoc._parser.dates import find_dates
from newsdoc._parser.restrictions import (
    FOLDED_RESTRICTION_CUES,
    RESTRICTION_CUES,
    leading_restrictions,
    trailing_restrictions,
)
from newsdoc.model import Caption, Diagnostic, Span

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

__all__ = [
    "CUE_KINDS",
    "HEAD_STEPS",
    "TAIL_STEPS",
    "CaptionResult",
    "Opening",
    "cue_candidates",
    "label_pattern",
    "match_caption",
    "may_be_caption",
    "may_close",
    "open_caption",
    "parse_caption",
]

_MAX_STEPS = 12
"""Bound on the head and tail loops (each step consumes text)."""


@attrs.frozen(kw_only=True)
class CaptionResult:
    """A caption read from a range of the text, and what was guessed."""

    caption: Caption
    """The caption."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Guesses made while reading it."""
    evidence: tuple[str, ...] = ()
    """What marks the range as a caption: ``"credit"``, ``"prefix"``,
    ``"restriction"``, ``"label"``, ``"stamp"`` (a video caption's "(Published
    ...)"); empty when nothing does."""
    dated: bool = False
    """Whether the caption opens with a prefix date, the one part of the
    reading that depends on the reference date."""


@attrs.define
class _State:
    """The pieces found so far while reading one caption (local to one call)."""

    start: int
    end: int
    location: str | None = None
    date_span: Span | None = None
    day_first: bool = False
    restrictions: list[Span] = attrs.field(factory=list)
    credit: CreditMatch | None = None
    evidence: list[str] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)


def _words(table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every word of a per-language table, longest first."""
    return tuple(sorted({w for words in table.values() for w in words}, key=len, reverse=True))


def label_pattern(label: str) -> str:
    """Return the regex source for a lexicon label.

    A label ending in ":" needs that colon, one ending in "-" needs a dash;
    others take an optional colon. Spaces match any whitespace.
    """
    body = regex.escape(label.rstrip(":- ")).replace(r"\ ", r"\s+")
    if label.endswith(":"):
        return body + r"\s*:"
    if label.endswith("-"):
        return body + r"\s+[-–—]"
    return body + r"(?:\s*:)?"


_CAPTION_LABEL = regex.compile(
    r"\s*(?:" + "|".join(label_pattern(w) for w in _words(lex.CAPTION_LABELS)) + r")(?=\s|$)"
)
_WEAK_LABEL = regex.compile(
    r"\s*(?:" + "|".join(label_pattern(w) for w in lex.WEAK_CAPTION_LABELS) + r")",
    regex.IGNORECASE,
)
_COUNTER = regex.compile(r"\s*\d{1,3}\s*(?:/|of|de|von)\s*\d{1,3}(?=\s|\p{Lu})")
_DESK = regex.compile(r"\s*(?:" + "|".join(lex.DESK_MARKERS) + r")")
_PAGE_UI = regex.compile(r"(?:" + "|".join(lex.PAGE_UI) + r")\s*$")
_PAGE_UI_ANYWHERE = re.compile("|".join(lex.PAGE_UI).replace(r"\b", ""))
"""Page furniture anywhere in a block (``re``; without word boundaries, so it
finds at least what :data:`_PAGE_UI` finds)."""
_VIDEO_STAMP = regex.compile(r"(?:" + "|".join(lex.VIDEO_STAMPS) + r")\s*$")
_CONTACT = regex.compile(
    r"\s*(?:\p{Lu}{2,3}:\s*)?\+\d[\d ]{5,20}\d\s*/\s*[\w.+-]{1,40}@[\w.-]{1,60}\.\w{2,6}\s*$"
)
_AGENCY_DATELINE = regex.compile(
    r"\s\p{Lu}{3,}(?:\s+\p{Lu}{2,3})?\s+\d{1,2}\s+\p{Lu}{3,9}\s+\d{4}\s*$"
)
_LOWER_WORD = regex.compile(r"(?<!\S)\p{Ll}{2,}")
_MANDATORY_LABEL = regex.compile(r"(?i:mandatory\s+credit)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_STAMP_CUES = ("Published", "Publicado")
"""What every video stamp (:data:`~newsdoc._lexicons.credits.VIDEO_STAMPS`) holds."""
_AGENCY_CUES = re.compile(CREDIT_CUES)
"""An agency written with a capital first (small letters: :func:`may_name_small_agency`)."""
_CAPITAL_CUES = re.compile(
    trie(
        {
            *RESTRICTION_CUES,
            *(
                label.rstrip(":- ")
                for labels in lex.CAPTION_LABELS.values()
                for label in labels
                if label not in lex.WEAK_CAPTION_LABELS
            ),
            *_STAMP_CUES,
            *FOLD_SURPRISE_LETTERS,
        }
    )
)
"""A restriction cue, a caption label, a video stamp's word or a letter of
:data:`~newsdoc._parser.credit_names.FOLD_SURPRISES`, as written (one prefix
tree: ``re`` skips fast to where one of its words may start)."""
_FOLDED_CUES = re.compile(f"{FOLDED_CREDIT_CUES}|{FOLDED_RESTRICTION_CUES}")
_LABEL_MARKS = (":", "…", "...")
"""What closes a credit label in :data:`_FOLDED_CUES`."""
"""What a caption with evidence holds, in any case: a credit label, "©", "editorial"."""
_PAGE_UI_CAPITALS = re.compile(
    r"Purchase|\+\+\+|\(\s*Zu|Read|License|RTR|TPX|SEARCH|REFILE|CORRECTION|UPDATE"
)
"""What every :data:`_PAGE_UI_ANYWHERE` match holds but "more >", "hide caption"
and "enlarge image" (each branch opens with a literal: ``re`` skips fast)."""
_TEXT_END_MARKS = "|/—–-·•,;:("
_TEXT_START_MARKS = "|/—–-·•,;:)"


def _may_fold_to_cue(folded: str) -> bool:
    """Whether case-folded text may hold a match of :data:`_FOLDED_CUES` (a fast, exact test).

    Rule: a credit cue (:func:`~newsdoc._parser.credits.may_fold_to_credit_cue`),
    "editorial", or a note's "*".
    """
    return may_fold_to_credit_cue(folded) or "editorial" in folded or "*" in folded


def _may_show_page_ui(piece: str) -> bool:
    """Whether *piece* holds page furniture (:data:`_PAGE_UI_ANYWHERE`), tested fast first."""
    lowercase = ">" in piece or "aption" in piece or "nlarge" in piece
    if not (lowercase or _PAGE_UI_CAPITALS.search(piece)):
        return False
    return _PAGE_UI_ANYWHERE.search(piece) is not None


# ---------------------------------------------------------------- head
_SPACES = regex.compile(r"\s*")
_DIGITS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
"""Stands for the decimal digits that open a gallery counter."""
_DESK_OPENERS = ("FI", "AR", "ep", "TP", "SE", "ED", "AT", "(", "[")
"""How every desk marker (:data:`~newsdoc._lexicons.credits.DESK_MARKERS`) opens."""


def _opening(word: str) -> str:
    """The first two characters of a lexicon word, or its first alone when a space follows."""
    return word[:2] if word[1:2].isalpha() else word[:1]


_MARKERS = (
    (_CAPTION_LABEL, "label", tuple({_opening(w) for w in _words(lex.CAPTION_LABELS)})),
    (_COUNTER, "", _DIGITS),
    (_DESK, "", _DESK_OPENERS),
)
"""The markers that may open a caption, with how each opens."""


def _marker(text: str, state: _State) -> bool:
    """A caption label, gallery counter or desk mark opening the caption: dropped.

    A caption label ("Image caption", "Cover image:") is caption evidence;
    a weak one ("Video:", "Pictured:") is not.
    """
    s, e = state.start, state.end
    at = _SPACES.match(text, s, e).end()  # type: ignore[union-attr]  # always matches
    for pattern, kind, openers in _MARKERS:
        if not text.startswith(openers, at, e) and not (
            openers is _DIGITS and at < e and text[at].isdecimal()
        ):
            continue
        m = pattern.match(text, s, e)
        if m is not None and text[s : m.end()].strip():
            state.start = m.end()
            if kind and _WEAK_LABEL.match(text, s, m.end()) is None:
                state.evidence.append(kind)
            return True
    return False


def _leading_block(text: str, state: _State) -> bool:
    """A restriction block opening the caption ("(UK OUT FOR 28 DAYS)", "HANDOUT -")."""
    block = leading_restrictions(text, state.start, state.end)
    if block is None:
        return False
    state.restrictions.extend(block.items)
    state.evidence.append("restriction")
    state.start = block.outer.end
    return True


HEAD_STEPS: tuple[Callable[[str, _State], bool], ...] = (_marker, _leading_block)
"""What may open a caption (before and after its prefix), tried in order at each step."""


def _read_head(text: str, state: _State) -> None:
    """Consume labels, desk marks and restrictions, the prefix, and those again."""
    for _ in range(_MAX_STEPS):
        if not any(step(text, state) for step in HEAD_STEPS):
            break
    prefix = match_prefix(text, state.start, state.end)
    if prefix is None:
        return
    state.location = prefix.location
    state.date_span = prefix.date_span
    state.day_first = prefix.day_first
    state.start = prefix.end
    if prefix.evidence:
        state.evidence.append("prefix")
    for _ in range(_MAX_STEPS):
        if not any(step(text, state) for step in HEAD_STEPS):
            break


# ---------------------------------------------------------------- tail
def _furniture(text: str, state: _State, s: int, e: int, *, page_ui: bool = True) -> bool:
    """Page furniture, sales contacts or an agency/date line closing the caption: dropped.

    Without *page_ui*, the caption is known to hold no page furniture (no
    "glued" cue, see :data:`CUE_KINDS`): only the others are looked for.
    """
    window = text[max(s, e - 300) : e]
    possible = (
        page_ui and _may_show_page_ui(window),
        "@" in window,  # a contact's e-mail address
        window.rstrip()[-1:].isdigit(),  # a dateline's year
    )
    for pattern, cued in zip((_PAGE_UI, _CONTACT, _AGENCY_DATELINE), possible, strict=True):
        if not cued:
            continue
        m = pattern.search(text, max(s, e - 300), e)
        if m is not None and m.start() > s:
            state.end = m.start()
            return True
    return False


def _video_stamp(text: str, state: _State, s: int, e: int) -> bool:
    """A video caption's closing stamp, "(Published Monday, Nov. 18, 2019)": dropped; evidence.

    The stamp stands alone or after a description (three lower-case words or
    more), not after a date line.
    """
    window = text[max(s, e - 80) : e]
    if not any(cue in window for cue in _STAMP_CUES):
        return False
    m = _VIDEO_STAMP.search(text, max(s, e - 80), e)
    if m is None:
        return False
    if text[s : m.start()].strip() and len(_LOWER_WORD.findall(text, s, m.start())) < 3:
        return False
    state.evidence.append("stamp")
    state.end = m.start()
    return True


def _trailing_block(text: str, state: _State, s: int, e: int) -> bool:
    """A restriction block closing the caption; BACKGRID's byline also gives the credit."""
    block = trailing_restrictions(text, s, e)
    if block is None:
        return False
    state.restrictions.extend(block.items)
    state.evidence.append("restriction")
    if block.credit is not None and state.credit is None:
        found = find_credit(text, block.credit.start, block.credit.end)
        if found is not None:
            state.credit = attrs.evolve(found, outer=block.outer)
    state.end = block.outer.start
    return True


def _credit_step(
    text: str,
    state: _State,
    s: int,
    e: int,
    find: Callable[[str, int, int], CreditMatch | None] = find_credit,
) -> bool:
    """The credit closing the caption; a second, earlier credit is dropped (the last wins).

    USA TODAY's "Mandatory Credit:" label is also a restriction.
    """
    found = find(text, s, e)
    if found is None or found.outer.start < s:
        return False
    if state.credit is not None and not found.strong:
        return False
    if state.credit is None:
        state.credit = found
        label = _MANDATORY_LABEL.search(text, found.outer.start, found.span.start)
        if label is not None:
            state.restrictions.append(Span(start=label.start(), end=label.end()))
            state.evidence.append("restriction")
    if found.strong:
        state.evidence.append("credit")
    state.end = found.outer.start
    return True


TAIL_STEPS: tuple[Callable[[str, _State, int, int], bool], ...] = (
    _furniture,
    _video_stamp,
    _trailing_block,
    _credit_step,
)
"""What may close a caption, tried in order at each step; each consumes it."""


_Step = Callable[[str, _State, int, int], bool]


def _closing_steps(*, capital: bool, folded: bool, glued: bool, cued: bool) -> tuple[_Step, ...]:
    """The tail steps that may take something from a block with only some kinds of cue.

    Rule: a video stamp needs a "capital" cue (its word); a restriction
    block, a labelled credit and a credit opening the caption need a
    "capital" or "folded" cue; a "©" or "by" credit a "folded" one; page
    furniture a "glued" one (its literals); a strong bracketed credit with a
    remark after it some cue; sales contacts, agency date lines, a bracketed
    credit and a chain none (see :data:`CUE_KINDS`).
    """
    rules = (
        credits_lib.bracketed,
        *((credits_lib.labelled,) if capital or folded else ()),
        *((credits_lib.copyright_sign, credits_lib.photo_by) if folded else ()),
        credits_lib.chain,
        *((credits_lib.bracketed_then_remark,) if cued else ()),
    )

    def find(text: str, start: int, end: int) -> CreditMatch | None:
        return find_credit(text, start, end, rules=rules)

    def credit_step(text: str, state: _State, s: int, e: int) -> bool:
        return _credit_step(text, state, s, e, find)

    return (
        _furniture if glued else functools.partial(_furniture, page_ui=False),
        *((_video_stamp,) if capital else ()),
        *((_trailing_block,) if capital or folded else ()),
        credit_step,
    )


_CLOSING_STEPS = {
    flags: _closing_steps(capital=flags[0], folded=flags[1], glued=flags[2], cued=flags[3])
    for flags in itertools.product((False, True), repeat=4)
}
"""The tail steps by the kinds of cue a block may show ("capital", "folded", "glued", any)."""


def _read_leading_credit(text: str, state: _State, *, own_line: bool) -> None:
    """A credit opening the caption.

    It stands on a line of its own ("Image copyright EPA" over the caption),
    or, when nothing closes the caption, before the description ("© NAME Text...").
    """
    lead = find_leading_credit(text, state.start, state.end)
    if lead is None or lead.outer.end >= state.end:
        return
    if own_line and "\n" not in text[lead.span.end : state.end]:
        return
    state.credit = lead
    state.evidence.append("credit")
    state.start = lead.outer.end


# ---------------------------------------------------------------- dates
def _context_year(text: str, start: int, end: int) -> int | None:
    """The year written most often in ``text[start:end]`` (the latest on a tie)."""
    found = _YEAR.finditer(text, start, end, timeout=_guard.REGEX_TIMEOUT)
    years = [int(m.group(0)) for m in found]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


def _same_day_year(text: str, start: int, end: int, month_day: tuple[int, int]) -> int | None:
    """The year of a full date in ``text[start:end]`` on the same month and day."""
    for found in find_dates(text, start, end):
        if not found.year_inferred and (found.value.month, found.value.day) == month_day:
            return found.value.year
    return None


_PROBE = dt.date(2000, 12, 31)
"""A leap-year reference used only to read the month and day of a yearless date."""


def _caption_date(
    text: str, state: _State, reference_date: dt.date | None, context: tuple[int, int]
) -> dt.date | None:
    """Read the prefix date, taking a missing year from context.

    The year comes from a date on the same day written in the caption, then
    from *reference_date*, then from the year written most often in the caption.
    """
    if state.date_span is None:
        return None
    day_first = True if state.day_first else None
    probe, _ = resolve_date(text, state.date_span, reference_date=_PROBE, day_first=day_first)
    if probe is None:
        return None
    value, diagnostics = resolve_date(
        text, state.date_span, reference_date=None, day_first=day_first
    )
    if value is None:
        same_day = _same_day_year(text, *context, (probe.month, probe.day))
        value, diagnostics = resolve_date(
            text,
            state.date_span,
            reference_date=None if same_day is not None else reference_date,
            context_year=same_day if same_day is not None else _context_year(text, *context),
        )
    state.diagnostics.extend(diagnostics)
    return value


# ---------------------------------------------------------------- entry points
def _description(text: str, state: _State) -> str:
    """What is left between head and tail, without separators at its ends."""
    a, b = trim(text, state.start, state.end)
    while a < b and text[b - 1] in _TEXT_END_MARKS and not text.endswith("--", a, b):
        a, b = trim(text, a, b - 1)
    while a < b and text[a] in _TEXT_START_MARKS:
        a, b = trim(text, a + 1, b)
    return collapse(text[a:b]) if b > a else ""


def _steps_for(kinds: Collection[str] | None) -> tuple[tuple[_Step, ...], bool]:
    """The tail steps for a block with *kinds* of cue, and whether a credit may open it."""
    if kinds is None:
        return TAIL_STEPS, True
    capital, folded = "capital" in kinds, "folded" in kinds
    return _CLOSING_STEPS[capital, folded, "glued" in kinds, bool(kinds)], capital or folded


@attrs.define
class Opening:
    """A caption read up to its first tail step (see :func:`open_caption`), to go on with."""

    state: _State
    """What was read so far."""
    rounds: int
    """How many tail steps the reading may still take."""
    kinds: Collection[str] | None
    """The kinds of cue its block may show (``None``: any)."""


def open_caption(
    text: str, start: int, end: int, *, kinds: Collection[str] | None = None
) -> tuple[bool, bool, Opening]:
    """Read ``text[start:end]`` as a caption up to its first tail step (see :func:`may_close`).

    Args:
        text: the full text.
        start: where the block starts.
        end: where it ends.
        kinds: the kinds of cue the block may show (``None``: any kind).

    Returns:
        Whether the block may show caption evidence, whether it may have a
        credit, and the reading so far (for :func:`parse_caption` to go on with).
    """
    stop = max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    s, e = trim(text, begin, stop)
    state = _State(start=s, end=e)
    steps, worded = _steps_for(kinds)
    if worded:
        _read_leading_credit(text, state, own_line=True)
    _read_head(text, state)
    a, b = trim(text, state.start, state.end)
    if b > a and any(step(text, state, a, b) for step in steps):
        return True, True, Opening(state=state, rounds=_MAX_STEPS - 1, kinds=kinds)
    if state.credit is None and worded:
        _read_leading_credit(text, state, own_line=False)
    opening = Opening(state=state, rounds=0, kinds=kinds)
    return bool(state.evidence), state.credit is not None, opening


def _read(  # noqa: PLR0913 (a range and how much is known of it)
    text: str,
    start: int,
    end: int,
    reference_date: dt.date | None,
    *,
    kinds: Collection[str] | None = None,
    opening: Opening | None = None,
) -> tuple[Caption, _State]:
    """Read ``text[start:end]`` as a caption; the state keeps evidence and diagnostics.

    A block's *kinds* of cue leave out the tail steps that cannot take
    anything from it (:func:`_closing_steps`); an *opening* of the same range
    is gone on with.
    """
    s, e = trim(text, start, end)
    if opening is None:
        state = _State(start=s, end=e)
        steps, worded = _steps_for(kinds)
        if worded:
            _read_leading_credit(text, state, own_line=True)
        _read_head(text, state)
        rounds = _MAX_STEPS
    else:
        state, rounds = opening.state, opening.rounds
        steps, worded = _steps_for(opening.kinds)
    for _ in range(rounds):
        a, b = trim(text, state.start, state.end)
        if b <= a or not any(step(text, state, a, b) for step in steps):
            break
    if state.credit is None and worded:
        _read_leading_credit(text, state, own_line=False)
    restrictions = (collapse(span.slice(text)) for span in sorted(state.restrictions))
    caption = Caption(
        text=_description(text, state),
        span=Span(start=s, end=max(s, e)),
        location=state.location,
        date=_caption_date(text, state, reference_date, (s, e)),
        restrictions=tuple(r for r in restrictions if r),
        credit=state.credit.credit if state.credit is not None else None,
    )
    return caption, state


def _agency_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """A listed agency, written with a capital first."""
    return _AGENCY_CUES.search(piece) is not None


def _capital_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """A restriction cue, a caption label, a stamp word or a fold-surprise letter."""
    return _CAPITAL_CUES.search(piece) is not None


def _small_agency_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """A listed agency written in small letters."""
    return may_name_small_agency(piece)


def _folded_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """A credit label, "©", "credit", a "by" phrase, "editorial use only", a note's "*"."""
    folded = casefold(piece)
    return _may_fold_to_cue(folded) and _FOLDED_CUES.search(folded) is not None


def _bracket_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """A bracket, with an organisation word, "via" or an agency's "X Photo" after its opening.

    (A bracketed credit's words stand inside its brackets: they are looked
    for from the block's first opening bracket on.)
    """
    if ")" not in piece and "]" not in piece:
        return False
    folded = casefold(piece)
    found = [at for at in (folded.find("("), folded.find("[")) if at >= 0]
    return bool(found) and BRACKET_CREDIT_CUES.search(folded, min(found)) is not None


def _glued_cue(text: str, start: int, end: int, piece: str) -> bool:  # noqa: ARG001
    """An agency in small letters glued to a word, where page furniture may cut after it."""
    return _may_show_page_ui(piece) and GLUED_AGENCY_CUES.search(piece) is not None


def _prefix_cue(text: str, start: int, end: int, piece: str) -> bool:
    """A head that opens with an agency prefix (only a colon or an agency form cues it)."""
    if not may_open_with_evidence(piece):
        return False
    s, e = trim(text, start, end)
    state = _State(start=s, end=e)
    _read_head(text, state)
    return "prefix" in state.evidence


CUE_KINDS: dict[str, Callable[[str, int, int, str], bool]] = {
    "agency": _agency_cue,
    "capital": _capital_cue,
    "small-agency": _small_agency_cue,
    "folded": _folded_cue,
    "bracket": _bracket_cue,
    "glued": _glued_cue,
    "prefix": _prefix_cue,
}
"""Each kind of cue that caption evidence needs, and its exact test on a block
(given the text, the block's range and its text)."""


def may_be_caption(
    text: str, start: int = 0, end: int | None = None, *, kinds: Iterable[str] = CUE_KINDS
) -> bool:
    """Return whether ``text[start:end]`` may show caption evidence: a cheap, exact pre-filter.

    Rule: every kind of evidence needs a cue in the block -- a listed
    agency, a credit label or "©", a restriction cue, a caption label, a
    video stamp, or (for a bracketed credit) an organisation word or "via";
    an agency in small letters glued to a word counts only where page
    furniture may cut the caption right after it (the tail steps cut before
    a small letter only there); a block whose only cue is a colon or a
    digit has evidence only when its head opens with an agency prefix. ``False``
    means :func:`match_caption` returns ``None``; ``True`` means it may not.

    Args:
        text: the full text.
        start: where the block starts.
        end: where it ends (default: the end of *text*).
        kinds: the kinds of cue (:data:`CUE_KINDS`) to look for (default:
            all; :func:`cue_candidates` tells which a block may hold).

    Returns:
        Whether the block is worth reading as a caption.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    piece = text[begin:stop]
    return any(CUE_KINDS[kind](text, begin, stop, piece) for kind in kinds)


def may_close(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    kinds: Collection[str] | None = None,
) -> tuple[bool, bool]:
    """Return whether ``text[start:end]`` read as a caption may show evidence, and have a credit.

    Rule: the credit opening it and its head are read as :func:`parse_caption`
    reads them; when no tail step (:data:`TAIL_STEPS`) takes anything from
    what is left, the reading ends there, with only a credit opening the
    description still to look for, and both answers are exact; when one
    does, both are ``True`` (they may be). ``(False, _)`` means
    :func:`parse_caption` finds no evidence, ``(_, False)`` that it finds no
    credit. When the kinds of cue the block may show are known (*kinds*, see
    :data:`CUE_KINDS` and :func:`cue_candidates`), only the steps that may
    take something from such a block are tried (:func:`_closing_steps`).

    Args:
        text: the full text.
        start: where the block starts.
        end: where it ends (default: the end of *text*).
        kinds: the kinds of cue the block may show (``None``: any kind).

    Returns:
        Whether the block may show caption evidence, and whether it may have a credit.
    """
    stop = len(text) if end is None else end
    evidence, credit, _ = open_caption(text, start, stop, kinds=kinds)
    return evidence, credit


_FOLDED_LITERALS = tuple(
    gate for gate in (*FOLDED_CREDIT_GATES, "editorial", "*") if gate not in _LABEL_MARKS
)
"""What every case-folded cue holds but a credit label's closing mark."""
_LABEL_BEFORE = regex.compile(
    rf"(?r)(?:{FOLDED_CREDIT_LABELS})\s*".replace(r"\s", r"[\s\x1c-\x1f]")
)
"""A case-folded credit label and the white space after it, read back from its
mark (``re``'s white space, which holds four separators ``regex``'s does not)."""
_LITERAL_KINDS = (
    (")", "bracket"),
    ("]", "bracket"),
    (">", "glued"),
    ("aption", "glued"),
    ("nlarge", "glued"),
    (":", "prefix"),
)
"""Where other kinds of cue may stand: brackets, lower-case page furniture and
the colon of Getty's prefix."""
_FORM_MARKS = ("/", ",", ";", "--")
"""What follows the digits of every agency form of
:data:`~newsdoc._parser.caption_prefixes.PREFIXES` (a numeric date, a year
before ";" or "--")."""
_FORM_REACH = 12
"""How far an agency form stands from its mark, at most (white space aside)."""


def _block_at(starts: Sequence[int], ends: Sequence[int], position: int) -> int | None:
    """The index of the block that holds *position*, if any."""
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 and position < ends[i] else None


def _find_all(text: str, needle: str, start: int, end: int) -> Iterator[int]:
    """Every offset of *needle* in ``text[start:end]`` (overlapping ones too)."""
    at = text.find(needle, start, end)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1, end)


def _form_spots(text: str, start: int, end: int) -> Iterator[int]:
    """Where an agency form of a caption prefix (a numeric date, "2019;", "2019 --") stands."""
    for mark in _FORM_MARKS:
        for at in _find_all(text, mark, start, end):
            before = at - 1
            while mark == "--" and before > start and text[before].isspace():
                before -= 1
            if before < start or not text[before].isdecimal():
                continue
            low = max(start, before - _FORM_REACH)
            if _AGENCY_FORM_CUES.search(text, low, min(end, at + _FORM_REACH)):
                yield before


def _folded_spots(folded: str) -> Iterator[int]:
    """Where a case-folded cue may stand in case-folded text."""
    for gate in _FOLDED_LITERALS:
        yield from _find_all(folded, gate, 0, len(folded))
    for gate in _LABEL_MARKS:
        for at in _find_all(folded, gate, 0, len(folded)):
            if _LABEL_BEFORE.match(folded, 0, at):
                yield at


def _cue_spots(
    text: str, lo: int, hi: int, folded: str, small: list[int]
) -> Iterator[tuple[str, int, int]]:
    """Where each kind of cue may stand in ``text[lo:hi]``.

    *folded* is that range case-folded, or ``""`` when case folding changed its length.
    """
    for kind, cue in (("agency", _AGENCY_CUES), ("capital", _CAPITAL_CUES)):
        for m in cue.finditer(text, lo, hi):
            yield kind, m.start(), m.end()
    for at in small:
        yield "small-agency", at, at + 1
    for at in _folded_spots(folded):
        yield "folded", lo + at, lo + at + 1
    for gate, kind in _LITERAL_KINDS:
        for at in _find_all(text, gate, lo, hi):
            yield kind, at, at + 1
    for m in _PAGE_UI_CAPITALS.finditer(text, lo, hi):
        yield "glued", m.start(), m.start() + 1
    for at in _form_spots(text, lo, hi):
        yield "prefix", at, at + 1


def _folded_blocks(text: str, blocks: Sequence[Span]) -> dict[int, set[str]]:
    """The blocks where a case-folded cue may stand, each case-folded alone."""
    return {
        i: {"folded"}
        for i, block in enumerate(blocks)
        if next(_folded_spots(casefold(text, block.start, block.end)), None) is not None
    }


def cue_candidates(
    text: str, blocks: Sequence[Span]
) -> tuple[dict[int, set[str]], dict[int, set[str]] | None]:
    """Which kinds of cue each block surely shows, and which it may show.

    Rule: each kind of cue :func:`may_be_caption` looks for
    (:data:`CUE_KINDS`) is looked for once over the whole run of blocks
    (blocks stand on lines of their own, so a pattern reads the same around
    a block's edge as at a text's edge): an agency, restriction cue, caption
    label, stamp word or fold-surprise letter inside a block surely stands
    there; a small-letter agency's key word
    (:func:`~newsdoc._parser.credits.small_agency_spots`), the literal every
    case-folded cue holds (a credit label's only where the label stands
    before its mark), a bracket, page furniture, Getty's colon or an agency
    form means that kind may. A block with neither shows no caption cue. (A
    small-letter agency is looked for only in a block that no sure cue
    marks: there it would change nothing.)

    Args:
        text: the full text.
        blocks: the spans of the blocks, in order, not overlapping.

    Returns:
        Per block, the kinds of cue it surely shows, and the kinds it may
        show (sure ones included; ``None``: any block may show any kind).
    """
    sure: dict[int, set[str]] = {}
    if not blocks:
        return sure, {}
    starts = [b.start for b in blocks]
    ends = [b.end for b in blocks]
    lo, hi = starts[0], ends[-1]
    small = small_agency_spots(text, blocks)
    if small is None:
        return sure, None
    folded = casefold(text, lo, hi)
    maybe: dict[int, set[str]] = {}
    if len(folded) != hi - lo:  # offsets no longer match: case-fold each block alone
        folded = ""
        maybe.update(_folded_blocks(text, blocks))
    for kind, a, b in _cue_spots(text, lo, hi, folded, small):
        i = _block_at(starts, ends, a)
        if i is not None and b <= ends[i]:  # inside one block (the common case)
            if kind in {"agency", "capital"}:
                sure.setdefault(i, set()).add(kind)
            elif kind == "small-agency" and (
                i in sure  # cued already: the kind would change nothing
                or "small-agency" in maybe.get(i, ())
                or not names_small_agency_near(text, a, starts[i], ends[i])
            ):
                continue
            maybe.setdefault(i, set()).add(kind)
            continue
        j = max(0, bisect.bisect_right(starts, a) - 1)
        while j < len(blocks) and starts[j] < b:
            if ends[j] > a:
                maybe.setdefault(j, set()).add(kind)
            j += 1
    return sure, maybe


def parse_caption(  # noqa: PLR0913 (a range and how much is known of it)
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    reference_date: dt.date | None = None,
    kinds: Collection[str] | None = None,
    opening: Opening | None = None,
) -> CaptionResult:
    """Read ``text[start:end]`` as a caption; always returns one.

    Args:
        text: the full text (spans are offsets into it).
        start: where the caption starts.
        end: where it ends (default: the end of *text*).
        reference_date: the article's date, for prefix dates without a year.
        kinds: the kinds of cue the range may show (:func:`cue_candidates`;
            ``None``: any kind).
        opening: the range read up to its first tail step
            (:func:`open_caption`), to go on with; used up by the reading.

    Returns:
        The caption, the diagnostics and the caption evidence found.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    caption, state = _read(text, begin, stop, reference_date, kinds=kinds, opening=opening)
    return CaptionResult(
        caption=caption,
        diagnostics=tuple(state.diagnostics),
        evidence=tuple(dict.fromkeys(state.evidence)),
        dated=state.date_span is not None,
    )


def match_caption(
    text: str, start: int = 0, end: int | None = None, *, reference_date: dt.date | None = None
) -> CaptionResult | None:
    """Read ``text[start:end]`` as a caption only if it shows caption evidence.

    Evidence is a credit in one of the agency conventions, a Getty-style (or
    agency) prefix, usage restrictions, or a caption label ("Image caption",
    "Cover image:").

    Args:
        text: the full text (spans are offsets into it).
        start: where the block starts.
        end: where it ends (default: the end of *text*).
        reference_date: the article's date, for prefix dates without a year.

    Returns:
        The caption result, or ``None`` when the block shows no caption evidence.
    """
    if not may_be_caption(text, start, end):
        return None
    result = parse_caption(text, start=start, end=end, reference_date=reference_date)
    if not result.evidence:
        return None
    return result
