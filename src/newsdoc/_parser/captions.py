"""The caption grammar: ``LOCATION - DATE: (RESTRICTIONS) description (CREDIT)``.

A caption is read from both ends towards its description:

- the head (:func:`_read_head`): caption labels ("Image caption", "Cover
  image:"), gallery counters and desk marks ("FILE PHOTO:", "epaselect ...",
  "EDITORS NOTE: ... /"), a dpa "HANDOUT -", a leading prefix
  (:data:`PREFIXES`: Getty's ``LOCATION - MONTH DD:`` and the agencies' own
  forms) and bracketed restrictions right after it;
- the tail (:func:`_read_tail`): page furniture ("more >"), restriction blocks
  (:func:`_restriction_run`), the credit (:func:`~newsdoc._parser.credits.find_credit`)
  and a second, earlier credit when the caption carries two (the last one wins).

What is left between them is the description. :func:`parse_caption` always
returns a caption; :func:`match_caption` returns one only when the range shows
real caption evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser._text import collapse, trim
from newsdoc._parser.credits import CreditMatch, find_credit, find_leading_credit
from newsdoc._parser.datelines import match_dateline, resolve_date
from newsdoc.model import Caption, Diagnostic, Span

__all__ = [
    "PREFIXES",
    "CaptionResult",
    "match_caption",
    "parse_caption",
    "public_parse_caption",
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
    ``"restriction"``, ``"label"`` (empty when nothing does)."""


@attrs.define
class _State:
    """The pieces found so far while reading one caption (local to one call)."""

    start: int
    end: int
    location: str | None = None
    date_span: Span | None = None
    restrictions: list[tuple[int, int]] = attrs.field(factory=list)
    credit: CreditMatch | None = None
    byline_credit: tuple[int, int] | None = None
    evidence: list[str] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)


def _words(table: object) -> tuple[str, ...]:
    out: tuple[str, ...] = ()
    for words in getattr(table, "values", dict)():
        out += tuple(words)
    return out


def _label_pattern(label: str) -> str:
    body = regex.escape(label.rstrip(":- ")).replace(r"\ ", r"\s+")
    if label.endswith(":"):
        return body + r"\s*:"
    if label.endswith("-"):
        return body + r"\s+[-–—]"
    return body + r"(?:\s*:)?"


_CAPTION_LABEL = regex.compile(
    r"\s*(?:"
    + "|".join(
        _label_pattern(w) for w in sorted(set(_words(lex.CAPTION_LABELS)), key=len, reverse=True)
    )
    + r")(?=\s|$)",
)
_WEAK_LABEL = regex.compile(
    r"\s*(?:" + "|".join(_label_pattern(w) for w in lex.WEAK_CAPTION_LABELS) + r")",
    regex.IGNORECASE,
)
_COUNTER = regex.compile(r"\s*(?:\d{1,3}\s*(?:/|of|de|von)\s*\d{1,3})(?=\s|\p{Lu})")
_DESK = regex.compile(r"\s*(?:" + "|".join(lex.DESK_MARKERS) + r")")
_HANDOUT = regex.compile(r"\s*(?P<r>HANDOUT)\s*[-–—]\s+")
_PHRASE = "|".join(lex.RESTRICTION_PHRASES)
_RESTRICTION = regex.compile(
    rf"(?:{'|'.join(lex.NOTICE_LEADS)})|{lex.TERRITORY_CODE}|(?<![\p{{L}}])(?:{_PHRASE})(?![\p{{L}}])|(?i:editorial\s+use\s+only)"
)
_TERRITORY_OUT = regex.compile(
    r"\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s+OUT(?:\s+FOR\s+\d{1,3}\s+DAYS)?"
)
_LEAD = regex.compile(rf"\s*(?:{'|'.join(lex.NOTICE_LEADS)})\s*")
_ITEM_SEP = regex.compile(
    r"\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”|\s+[-–—]+\s+|\s*-{2,}\s*|(?<=[.!])\s+(?=\p{Lu})|\s+/\s+"
)
_PAGE_UI = regex.compile(r"(?:" + "|".join(lex.PAGE_UI) + r")\s*$")
_CONTACT = regex.compile(
    r"\s*(?:\p{Lu}{2,3}:\s*)?\+\d[\d ]{5,20}\d\s*/\s*[\w.+-]{1,40}@[\w.-]{1,60}\.\w{2,6}\s*$"
)
_NOTE = regex.compile(r"(?<!\S)\*\p{L}[^*\n]{3,240}\*\s*$")
_AGENCY_DATELINE = regex.compile(
    r"\s\p{Lu}{3,}(?:\s+\p{Lu}{2,3})?\s+\d{1,2}\s+\p{Lu}{3,9}\s+\d{4}\s*$"
)
_BYLINE_MUST = regex.compile(r"BYLINE\s+MUST\s+READ:\s*(?P<c>[^:*\n]{2,100}?)\s*$")
_MANDATORY_LABEL = regex.compile(r"(?i:mandatory\s+credit)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WRAP = "-–—()[]/ \t\n"

# ---------------------------------------------------------------- prefixes
_MONTHISH = r"\p{L}{3,10}\.?"
_DAY_MONTH = rf"(?:{_MONTHISH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTHISH}(?:\s+\d{{4}})?|UNSPECIFIED)"
_NUMERIC = r"\d{1,2}/\d{1,2}/\d{4}"
_GETTY = regex.compile(
    rf"\s*(?P<loc>[^\n:;()]{{2,80}}?(?:\([^)\n]{{1,30}}\))?)\s*(?:\.-|[-–—]{{1,2}})\s*(?P<date>{_DAY_MONTH})\s*:\s*"
)
_XINHUA = regex.compile(
    rf"\s*(?P<loc>\p{{Lu}}[\p{{Lu}}\p{{M}} .'’\-]{{1,40}}\s*\([^)\n]{{2,40}}\)),\s*(?P<date>{_MONTHISH}\s+\d{{1,2}},\s+\d{{4}})\s*--\s*"
)
_NUMERIC_PLACE = regex.compile(
    rf"\s*(?P<loc>\p{{Lu}}[\p{{L}}\p{{M}} .'’\-]{{1,40}}(?:\s*\([^)\n]{{1,20}}\))?),\s*(?P<date>{_NUMERIC})\s*(?:\.-|[-–—])\s*"
)
_DPA = regex.compile(r"\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4}),\s*(?P<loc>[^:\n]{2,60}?):\s*")
_SPORTS = regex.compile(
    rf"\s*(?P<date>{_MONTHISH}\s+\d{{1,2}},\s+\d{{4}});\s*(?P<loc>[^;\n]{{2,80}}?);\s*"
)
_BARE_DATE = regex.compile(rf"\s*(?P<date>{_NUMERIC})\s*(?:\.-|[-–—:])?\s+")
_PLACE_ONLY = regex.compile(
    r"\s*(?P<loc>\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,3},\s\p{Lu}{2})\s+[-–—]\s+(?=\p{Lu})"
)


def _uppercase_share(piece: str) -> float:
    letters = [ch for ch in piece if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def _getty(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: an upper-case LOCATION, a dash, MONTH DD (or UNSPECIFIED) and a colon."""
    m = _GETTY.match(text, start, end)
    if m is None or _uppercase_share(m["loc"]) < 0.8:
        return None
    return m


def _xinhua(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: Xinhua's ``CITY (COUNTRY), Mon. D, YYYY --``."""
    return _XINHUA.match(text, start, end)


def _numeric_place(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: EFE's ``CITY, DD/MM/YYYY.-`` and Agência Brasil's ``City (UF), DD/MM/YYYY -``."""
    return _NUMERIC_PLACE.match(text, start, end)


def _dpa(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: dpa's ``DD.MM.YYYY, COUNTRY, CITY:``."""
    return _DPA.match(text, start, end)


def _sports(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: USA TODAY Sports' ``Mon D, YYYY; City, ST, COUNTRY;``."""
    return _SPORTS.match(text, start, end)


def _bare_date(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: a bare leading ``DD/MM/YYYY``."""
    return _BARE_DATE.match(text, start, end)


def _place_only(text: str, start: int, end: int) -> regex.Match[str] | None:
    """Rule: a location without a date, ``New York, NY -``."""
    return _PLACE_ONLY.match(text, start, end)


PREFIXES: tuple[tuple[str, Callable[[str, int, int], regex.Match[str] | None], bool], ...] = (
    ("getty", _getty, True),
    ("xinhua", _xinhua, True),
    ("numeric", _numeric_place, True),
    ("dpa", _dpa, True),
    ("sports", _sports, True),
    ("bare-date", _bare_date, False),
    ("place", _place_only, False),
)
"""The leading-prefix rules, in order: (name, recogniser, counts as caption evidence)."""


def _read_prefix(text: str, state: _State, reference_date: dt.date | None) -> None:
    """Read a leading ``LOCATION - DATE:`` (or an agency's form of it) into *state*."""
    for name, recognise, evidence in PREFIXES:
        m = recognise(text, state.start, state.end)
        if m is None:
            continue
        _take_prefix(text, state, m, evidence=evidence, name=name)
        return
    wire = match_dateline(text, state.start, state.end, reference_date=reference_date)
    if wire is not None:
        state.location = wire.dateline.location
        if wire.dateline.date is not None or wire.diagnostics:
            date_match = _DATE_IN_DATELINE.search(
                text, wire.dateline.span.start, wire.dateline.span.end
            )
            if date_match is not None:
                state.date_span = Span(start=date_match.start("date"), end=date_match.end("date"))
        state.start = wire.dateline.span.end


_DATE_IN_DATELINE = regex.compile(
    rf",\s*(?P<date>{_MONTHISH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHISH}(?:\s+\d{{4}})?|{_NUMERIC})"
)


def _take_prefix(
    text: str, state: _State, m: regex.Match[str], *, evidence: bool, name: str
) -> None:
    groups = m.groupdict()
    if groups.get("loc"):
        loc = collapse(m["loc"]).strip(" ,.-–—")
        state.location = loc or None
    if groups.get("date") and m["date"].strip().upper() != "UNSPECIFIED":
        state.date_span = Span(start=m.start("date"), end=m.end("date"))
    state.start = m.end()
    if evidence:
        state.evidence.append("prefix")
    if name == "place" and state.location is None:
        state.location = None


# ---------------------------------------------------------------- head
def _head_step(text: str, state: _State) -> bool:
    """Consume one leading label, counter, desk mark, "HANDOUT -" or bracketed restriction."""
    s, e = state.start, state.end
    for pattern, kind in ((_CAPTION_LABEL, "label"), (_COUNTER, ""), (_DESK, "")):
        m = pattern.match(text, s, e)
        if m is not None and m.end() > s and text[s : m.end()].strip():
            state.start = m.end()
            if kind and _WEAK_LABEL.match(text, s, m.end()) is None:
                state.evidence.append(kind)
            return True
    m = _HANDOUT.match(text, s, e)
    if m is not None:
        state.restrictions.append((m.start("r"), m.end("r")))
        state.evidence.append("restriction")
        state.start = m.end()
        return True
    return _leading_bracket(text, state)


def _leading_bracket(text: str, state: _State) -> bool:
    """A bracket opening the caption whose content is a restriction block."""
    s, e = trim(text, state.start, state.end)
    if s >= e or text[s] not in "([":
        return False
    close = text.find(")" if text[s] == "(" else "]", s, min(e, s + 1200))
    if close < 0:
        return False
    inner_s, inner_e = _unwrap(text, s + 1, close)
    if _RESTRICTION.match(text, inner_s, inner_e) is None and not _TERRITORY_OUT.fullmatch(
        text, inner_s, inner_e
    ):
        return False
    _split_items(text, inner_s, inner_e, state)
    state.evidence.append("restriction")
    state.start = close + 1
    return True


def _read_head(text: str, state: _State, reference_date: dt.date | None) -> None:
    for _ in range(_MAX_STEPS):
        if not _head_step(text, state):
            break
    before = state.start
    _read_prefix(text, state, reference_date)
    if state.start != before:
        for _ in range(_MAX_STEPS):
            if not _head_step(text, state):
                break


# ---------------------------------------------------------------- restrictions
def _unwrap(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a range past wrappers: dashes, brackets, slashes and whitespace."""
    while start < end and text[start] in _WRAP:
        start += 1
    while end > start and text[end - 1] in _WRAP:
        end -= 1
    return start, end


def _split_items(text: str, start: int, end: int, state: _State) -> None:
    """Split a restriction block into one item per phrase the source separates.

    Items are cut at spaced dashes, ``--``, sentence ends, spaced slashes and
    between two known phrases; ``MANDATORY CREDIT`` keeps the quoted credit
    that follows it; lead-ins ("ATTENTION EDITORS -") and wrappers are dropped.
    """
    lead = _LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _ITEM_SEP.finditer(text, start, end):
        if m.group(0)[:1] in '"“':
            continue
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    items: list[tuple[int, int]] = []
    for a, b in pieces:
        items.extend(_split_phrases(text, a, b))
    merged: list[tuple[int, int]] = []
    for a, b in items:
        a, b = _unwrap(text, a, b)
        if b <= a:
            continue
        if (
            merged
            and text[a] in '"“'
            and _MANDATORY_LABEL.fullmatch(collapse(text[merged[-1][0] : merged[-1][1]]))
        ):
            merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    state.restrictions.extend(merged)


def _split_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a piece where a known phrase follows another with only a space or comma between."""
    cuts: list[tuple[int, int]] = []
    pos = start
    previous_end: int | None = None
    for m in _RESTRICTION.finditer(text, start, end):
        if previous_end is not None and regex.fullmatch(r"[\s,]*", text[previous_end : m.start()]):
            cuts.append((pos, previous_end))
            pos = m.start()
        previous_end = m.end()
    cuts.append((pos, end))
    return cuts


def _restriction_run(text: str, state: _State) -> bool:
    """A restriction block closing the caption.

    Rule: the earliest known restriction phrase (or imago code, or notice
    lead-in) from which the rest of the caption is agency capitals, or the
    phrase itself when it ends the caption ("Editorial use only").
    """
    s, e = state.start, state.end
    lo = max(s, e - 1500)
    for m in _RESTRICTION.finditer(text, lo, e):
        rest = text[m.start() : e]
        tail = regex.sub(lex.TERRITORY_CODE, "", rest)
        note = m.group(0).startswith("ACHTUNG") and e - m.start() <= 600
        if note or _uppercase_share(tail) >= 0.85 or not text[m.end() : e].strip(" .\t\n"):
            if m.group(0) == "HANDOUT":
                continue
            begin = m.start()
            sep = regex.search(r"[/\-–—(]+\s*$", text[max(s, begin - 4) : begin])
            cut = max(s, begin - 4) + sep.start() if sep is not None else begin
            _split_items(text, begin, e, state)
            state.evidence.append("restriction")
            state.end = cut
            return True
    return False


# ---------------------------------------------------------------- tail
def _tail_step(text: str, state: _State) -> bool:
    """Consume one trailing element: page furniture, restrictions or a credit."""
    s, e = trim(text, state.start, state.end)
    if e <= s:
        return False
    for pattern in (_PAGE_UI, _CONTACT, _AGENCY_DATELINE):
        m = pattern.search(text, max(s, e - 300), e)
        if m is not None and m.start() > s:
            state.end = m.start()
            return True
    note = _NOTE.search(text, max(s, e - 260), e)
    if note is not None and note.start() > s:
        a, b = trim(text, note.start(), note.end())
        state.restrictions.append((a, b))
        state.evidence.append("restriction")
        state.end = note.start()
        return True
    if _achtung(text, state, s, e):
        return True
    if _byline_must_read(text, state, s, e):
        return True
    if _restriction_run(text, state):
        return True
    return _credit_step(text, state, s, e)


def _achtung(text: str, state: _State, s: int, e: int) -> bool:
    """dpa's bracketed ``(ACHTUNG: ...)`` note closing the caption: one item."""
    if text[e - 1] != ")":
        return False
    opening = text.rfind("(ACHTUNG", max(s, e - 600), e)
    if opening < 0 or ")" in text[opening : e - 1]:
        return False
    state.restrictions.append(trim(text, opening + 1, e - 1))
    state.evidence.append("restriction")
    state.end = opening
    return True


def _byline_must_read(text: str, state: _State, s: int, e: int) -> bool:
    """BACKGRID's ``BYLINE MUST READ: NAME / AGENCY``: a restriction that names the credit."""
    m = _BYLINE_MUST.search(text, max(s, e - 200), e)
    if m is None:
        return False
    state.restrictions.append(trim(text, m.start(), m.end()))
    state.evidence.append("restriction")
    if state.credit is None:
        state.credit = find_credit(text, m.start("c"), m.end("c"))
        if state.credit is not None:
            state.credit = attrs.evolve(state.credit, outer=Span(start=m.start(), end=m.end()))
    state.end = m.start()
    return True


def _credit_step(text: str, state: _State, s: int, e: int) -> bool:
    """The credit closing the caption; a second, earlier credit is dropped (the last wins)."""
    found = find_credit(text, s, e)
    if found is None or found.outer.start < s:
        return False
    if state.credit is not None and not found.strong:
        return False
    if state.credit is None:
        state.credit = found
        label = _MANDATORY_LABEL.search(text, found.outer.start, found.span.start)
        if label is not None:
            state.restrictions.append((label.start(), label.end()))
            state.evidence.append("restriction")
    if found.strong:
        state.evidence.append("credit")
    state.end = found.outer.start
    return True


def _read_tail(text: str, state: _State) -> None:
    for _ in range(_MAX_STEPS):
        if not _tail_step(text, state):
            break


# ---------------------------------------------------------------- dates
def _context_year(text: str, start: int, end: int) -> int | None:
    """The year written most often in ``text[start:end]`` (the latest on a tie)."""
    years = [int(m.group(0)) for m in _YEAR.finditer(text, start, end)]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


def _same_day_year(text: str, start: int, end: int, month_day: tuple[int, int]) -> int | None:
    """The year of a full date in ``text[start:end]`` on the same month and day."""
    for m in _FULL_DATE.finditer(text, start, end):
        value, _ = resolve_date(text, Span(start=m.start(), end=m.end()), reference_date=None)
        if value is not None and (value.month, value.day) == month_day:
            return value.year
    return None


_FULL_DATE = regex.compile(
    rf"{_MONTHISH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHISH}\s+\d{{4}}"
)


def _caption_date(
    text: str, state: _State, reference_date: dt.date | None, context: tuple[int, int]
) -> dt.date | None:
    """The prefix date; a missing year comes from a same-day date in the caption,
    then from *reference_date*, then from a year written in the caption."""
    if state.date_span is None:
        return None
    probe, _ = resolve_date(text, state.date_span, reference_date=dt.date(2000, 12, 31))
    if probe is None:
        return None
    value, diagnostics = resolve_date(text, state.date_span, reference_date=None)
    if value is not None:
        return value
    same_day = _same_day_year(text, context[0], context[1], (probe.month, probe.day))
    if same_day is not None:
        value, diagnostics = resolve_date(
            text, state.date_span, reference_date=None, context_year=same_day
        )
    else:
        value, diagnostics = resolve_date(
            text,
            state.date_span,
            reference_date=reference_date,
            context_year=_context_year(text, context[0], context[1]),
        )
    state.diagnostics.extend(attrs.evolve(d, code=f"caption-{d.code}") for d in diagnostics)
    return value


# ---------------------------------------------------------------- entry points
def _read(
    text: str, start: int, end: int, reference_date: dt.date | None
) -> tuple[Caption, _State]:
    s, e = trim(text, start, end)
    state = _State(start=s, end=e)
    lead = find_leading_credit(text, s, e)
    if lead is not None and "\n" in text[lead.span.end : e]:
        state.credit = lead
        state.evidence.append("credit")
        state.start = lead.outer.end
    _read_head(text, state, reference_date)
    body_start = state.start
    _read_tail(text, state)
    if state.credit is None and state.start == body_start:
        lead = find_leading_credit(text, state.start, state.end)
        if lead is not None and lead.outer.end < state.end:
            state.credit = lead
            state.evidence.append("credit")
            state.start = lead.outer.end
    a, b = trim(text, state.start, state.end)
    while a < b and text[b - 1] in "|/—–-·•,;:(" and not text[max(a, b - 2) : b].endswith("--"):
        a, b = trim(text, a, b - 1)
    while a < b and text[a] in "|/—–-·•,;:)":
        a, b = trim(text, a + 1, b)
    date = _caption_date(text, state, reference_date, (s, e))
    restrictions = tuple(collapse(text[x:y]) for x, y in sorted(state.restrictions))
    caption = Caption(
        text=collapse(text[a:b]) if b > a else "",
        span=Span(start=s, end=max(s, e)),
        location=state.location,
        date=date,
        restrictions=tuple(r for r in restrictions if r),
        credit=state.credit.credit if state.credit is not None else None,
    )
    return caption, state


def parse_caption(
    text: str, *, start: int = 0, end: int | None = None, reference_date: dt.date | None = None
) -> CaptionResult:
    """Read ``text[start:end]`` as a caption; always returns one.

    Args:
        text: the full text (spans are offsets into it).
        start: where the caption starts.
        end: where it ends (default: the end of *text*).
        reference_date: the article's date, for prefix dates without a year.

    Returns:
        The caption, the diagnostics and the caption evidence found.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    caption, state = _read(text, begin, stop, reference_date)
    return CaptionResult(
        caption=caption,
        diagnostics=tuple(state.diagnostics),
        evidence=tuple(dict.fromkeys(state.evidence)),
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
    result = parse_caption(text, start=start, end=end, reference_date=reference_date)
    if not result.evidence:
        return None
    return result


def public_parse_caption(text: str, *, reference_date: dt.date | None = None) -> Caption:
    """Read one photo caption into a :class:`~newsdoc.model.Caption`; never raises.

    The caption grammar is ``LOCATION - DATE: (RESTRICTIONS) description
    (CREDIT)``, with the prefixes, restriction notices and credit conventions
    of the major agencies. A prefix date without a year takes it from a date
    in the caption on the same day, else from *reference_date*, else from a
    year written in the caption (and says so in the article's diagnostics).

    >>> import newsdoc
    >>> cap = newsdoc.parse_caption("A man walks. (AP Photo/Jane Roe)")
    >>> cap.text, cap.credit.agency, cap.credit.photographer
    ('A man walks.', 'AP', 'Jane Roe')

    Args:
        text: the caption string.
        reference_date: the date of the article the caption belongs to.

    Returns:
        The caption; its span covers the whole of *text* (trimmed).

    .. versionadded:: 0.1.0
    """
    return parse_caption(text, reference_date=reference_date).caption
