"""Attribution: who said what, and according to whom, in English, Spanish and Portuguese.

:func:`extract_attributions` reads PARC-style attribution relations -- a
*source* (who, as written), a *cue* (the attributing words) and a *content*
(what is attributed, perhaps in several pieces) -- from the body paragraphs
and caption descriptions of an article, with plain rules over a per-language
cue lexicon (:mod:`newsdoc._lexicons.cues`); no model, no tagger, time
linear in the input.

What newsdoc reports
--------------------
newsdoc reports *acts of communication* and who performed them:

* speech and writing by people and organisations: direct (``"We will win,"
  she said``), indirect (``She said (that) they would win``) and mixed
  (``She said they would "surely win"``); speech acts whose content is a
  noun phrase or an infinitive (``called for a ban``, ``urged Congress to
  act``, ``destacó la necesidad de ...``);
* reports and findings of documents, polls and studies when they state a
  proposition (``the report says ...``, ``a poll shows that ...``,
  ``el informe señala que ...``), because a reader asks "according to what?"
  of a document as of a person;
* according-to constructions (``according to X``, ``según X``,
  ``de acuerdo con X``, ``segundo X``, ``de acordo com X``, sentence-opening
  ``Para X, ...``), and the quotation conventions ``Name: "..."`` and
  ``"..." — Name``;
* transcripts: paragraphs that open with a speaker in capitals and a colon
  (``PENCE: Well, look, ...``), when two speakers or more take turns.

It does not report the rest of PolNeAR's broader notion: internal states
(``wants``, ``believes``, ``hopes``, ``plans``, ``is expected``), nominal cues
(``questions about``, ``so-called``, ``X's claim``), passives without an
agent (``has been criticized``) and attributions with no written cue. An internal
state is not a statement anyone made -- "X wants a wall" puts no words in
X's mouth -- and the Spanish and Portuguese annotation conventions leave
states out for the same reason; nominal, passive and cue-less attributions
cannot be told from ordinary prose by surface rules without a flood of false
hits. A *weak* verb (``shows``, ``found``, ``estimates``, ``señala``,
``aponta``) counts only before a complementizer (``that``, ``que``), a colon
or a quotation, or right after a quotation.

The headline, when the caller gives its span, is read like a paragraph of
its own, with two newsroom conventions: a capitalised cue counts there
(``Schools Will Reopen, Governor Says``), and a short speaker label before a
colon is a source whose cue is the colon (``Pence: Flowers Won't Be at
Debate``; PolNeAR and the Portuguese gold annotate it so). A label with a
function word or a section kicker (``Stealth Over Health:``, ``Analysis:``)
names no speaker. Headlines are where newsrooms put the claim they lead
with, so a reader looking for "who said what" expects them.

Sources are kept as written: a name with its title or description
(``Ann Lee, a spokeswoman for the agency``), a description, a pronoun. A
Spanish or Portuguese subject the grammar drops (``"...", explicó.``) gives
``source`` ``None``. An English relative pronoun is the source as written
(``who said ...``); a non-restrictive relative clause set off by commas
stays in an English source and is left out of a Spanish or Portuguese one,
after each language's reporting practice. When a pronoun or relative stands
for a name written earlier in the paragraph,
:attr:`~newsdoc.model.Attribution.resolved_source` holds that name;
``source`` never changes.

Content is what is attributed, without the ``that``/``que`` that introduces
it and without the quotation marks around a whole quotation (marks inside a
mixed quotation stay). A quotation broken by its cue, continued by whole
quotation sentences after it, continued in the next paragraph (an unclosed
quotation whose next paragraph opens with a quotation mark) is one
attribution with several content spans. A cue and colon closing a paragraph
(``X said:``) take the next paragraph as content: its opening quotation, or
the whole paragraph when it is not quoted.

Every span points at its own text in the full input and lies inside one
region, or in consecutive regions of one continued quotation.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import regex

from newsdoc._parser._text import collapse, trim
from newsdoc._parser.attribution_according import according
from newsdoc._parser.attribution_grammar import (
    GRAMMARS,
    CueMatch,
    Grammar,
    cue_scan,
    find_cues,
    has_cue,
    has_cue_head,
    lower,
    match_cue,
)
from newsdoc._parser.attribution_marks import (
    dash_name,
    headline_colon,
    name_colon,
    transcript_turn,
)
from newsdoc._parser.attribution_phrases import Sentence, trim_pair
from newsdoc._parser.attribution_quotes import MASK, Quote, find_quotes, mask, split_sentences
from newsdoc._parser.attribution_rules import Found, reporting_verb
from newsdoc.model import Attribution, AttributionKind, Span, valid_span

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["extract_attributions"]

_COORDINATED = regex.compile(r",\s+(?:and|but|while|y|e|pero|mas|mientras|enquanto)\s|;")
_JOINED = regex.compile(r"(?r)\s(?:and|but|y|e|pero|mas)\s+$")
_QUOTE_WORDS = 4
_QUOTE_CHARS = '"“”„«»'
"""The marks that make a piece holding one a mixed quotation."""
_CROWDED = 6
"""More attributions than this in one sentence make it a list, not nested speech."""
_QUOTE_MARKS = regex.compile(r"[\"“”„«‹‘]|''|^\s*['\-–—―]")
_MARK_CHARS = ('"', "“", "”", "„", "«", "‹", "‘", "''")
_SPACE_CHARS = "\t\n\r\xa0\u2028\u2029\u202f\u2007\u2009\x0b\x0c"
"""The characters masking turns into plain spaces."""


class _Region:
    """One region, masked, with its quotations and sentences (region-relative offsets)."""

    __slots__ = ("masked", "offset", "quotes", "sentences", "starts")

    def __init__(
        self,
        *,
        offset: int,
        masked: str,
        quotes: tuple[Quote, ...],
        sentences: tuple[tuple[int, int], ...],
        starts: list[int] | None = None,
    ) -> None:
        self.offset = offset
        self.masked = masked
        self.quotes = quotes
        self.sentences = sentences
        self.starts = starts
        """Where a word that may begin a cue stands in :attr:`masked`, when known."""


def _has_quote_mark(text: str, start: int, end: int, marks: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark (or opens with a dash).

    *marks* are the quotation marks that the whole text holds (see :func:`_marks_in`).
    """
    if any(text.find(mark, start, end) != -1 for mark in marks):
        return True
    return start == 0 and _QUOTE_MARKS.match(text, 0, end) is not None


def _marks_in(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quotation marks, and the single quotes, that *text* holds anywhere.

    A region is searched only for these: most texts use one or two kinds of mark.
    """
    marks = tuple(mark for mark in _MARK_CHARS if mark in text)
    return marks, tuple(mark for mark in ("'", "‚") if mark in text)


def _read(  # noqa: PLR0913 -- the region, its cue starts, and the marks of the text
    text: str,
    start: int,
    end: int,
    g: Grammar,
    starts: list[int] | None,
    *,
    marks: tuple[tuple[str, ...], tuple[str, ...]],
) -> _Region:
    """The body region masked and split, or left as it is when it can hold no attribution.

    Rule: a region with no word that may begin a cue and no quotation mark
    holds nothing; nor does a region with no place where a cue may start and
    no quotation. (Such a region may still be the content of a cue closing
    the paragraph before it, which reads its text as it is.) *starts* is the
    region's entry of :func:`cue_scan`; *marks* what :func:`_marks_in` gives
    for the text.
    """
    if starts is None:
        return _prepare(text, start, end, g)
    dialogue = g.language != "en"
    if starts:
        return _prepare(text, start, end, g, starts=starts)
    marked = _has_quote_mark(text, start, end, marks[0])
    if marked or dialogue or any(text.find(mark, start, end) != -1 for mark in marks[1]):
        quotes = _region_quotes(text, start, end, g)
        if quotes and (marked or has_cue_head(g, text[start:end])):
            return _prepare(text, start, end, g, starts=starts, quotes=quotes)
    return _Region(offset=start, masked=text[start:end], quotes=(), sentences=())


def _prepare(  # noqa: PLR0913 -- the region, and what is already known of it
    text: str,
    start: int,
    end: int,
    g: Grammar,
    *,
    starts: list[int] | None = None,
    quotes: tuple[Quote, ...] | None = None,
) -> _Region:
    """The region masked (quotations hidden, spaces made plain) and split into sentences.

    *starts* are where a cue may begin in the region (see :func:`cue_scan`),
    when known; *quotes* its quotations (region offsets), when found already.
    """
    if quotes is None:
        quotes = _region_quotes(text, start, end, g)
    masked = mask(text, start, end, quotes, base=start)
    for space in _SPACE_CHARS:
        if space in masked:
            masked = masked.replace(space, " ")
    return _Region(
        offset=start,
        masked=masked,
        quotes=quotes,
        sentences=split_sentences(masked, 0, g.abbreviations),
        starts=starts,
    )


def _region_quotes(text: str, start: int, end: int, g: Grammar) -> tuple[Quote, ...]:
    """The quotations of a region, in offsets from its start.

    Read in the full text, where the character after the region decides
    whether a mark at the region's end may open a quotation.
    """
    return find_quotes(text, start, end, dialogue=g.language != "en", base=start)


def _cues(region: _Region, g: Grammar, start: int, end: int, at: int) -> list[CueMatch]:
    """The cue matches of the sentence ``[start, end)`` of a region, in order, without overlaps.

    The region's cue starts are tried from index *at* on; without them the
    sentence itself is scanned.
    """
    starts = region.starts
    if starts is not None and (at >= len(starts) or starts[at] >= end):
        return []  # no cue may start in this sentence
    low = "" if starts is None else lower(region.masked[start:end])
    if starts is None or len(low) != end - start:
        return list(find_cues(g, region.masked, start, end))
    out: list[CueMatch] = []
    pos = start
    for k in range(at, len(starts)):  # by index: islice would walk the skipped starts
        i = starts[k]
        if i >= end:
            break
        if i < pos:
            continue
        m = match_cue(g, region.masked, low, i, base=start, end=end)
        if m is not None:
            pos = m.end()
            out.append(m)
    return out


def _sentence_found(s: Sentence, g: Grammar, cues: Sequence[CueMatch]) -> list[Found]:
    """Every attribution whose cue lies in one sentence (*cues*: its cue matches).

    A source never reaches back over an earlier cue or its source ("According
    to the paper, aide Ann Lee said ..." gives "aide Ann Lee").
    """
    found: list[Found] = []
    special = headline_colon(s, g) or name_colon(s) or dash_name(s)
    if special is not None:
        found.append(special)
    floor = s.start
    for m in cues:
        previous = found[-1] if found else None
        f = according(s, m, g) if m.according else reporting_verb(s, m, g, previous, floor)
        if f is not None:
            found.append(f)
        if f is not None or m.group().casefold() in g.speech:
            floor = max(m.end(), f.source[1] if f is not None and f.source else 0)
    return found


def _is_quote_sentence(s: Sentence, g: Grammar) -> Quote | None:
    """Rule: a sentence that opens with a quotation of a few words and has no cue of its own."""
    start, end = trim_pair(s.masked, s.start, s.end, " .!?")
    q = s.opens.get(start)
    if q is None or q.close > s.end or has_cue(g, s.masked, s.start, s.end):
        return None
    if end - 1 <= q.close or len(s.masked[q.start : q.end].split()) >= _QUOTE_WORDS:
        return q
    return None


def _continue(  # noqa: PLR0913 -- the sentence, its successors and the bookkeeping
    found: Found,
    s: Sentence,
    following: Sequence[Sentence | None],
    *,
    start: int,
    used: set[int],
    g: Grammar,
) -> Found:
    """Rule: a quotation split by its cue, or quotation sentences right after, continue it."""
    pieces = list(found.content)
    if not pieces:
        return found
    last = max(found.cue[1], found.source[1] if found.source else 0, pieces[-1][1])
    for q in s.quotes:
        if q.open < last or q.open >= s.end:
            continue
        if q.open - last > 120:
            break
        gap = s.masked[last : q.open].strip(" ").casefold()
        short = (
            gap.endswith(",") and len(gap.split()) <= 8 and MASK not in gap and not has_cue(g, gap)
        )
        if gap.strip(" ,") not in {"", "and", "but", "y", "e", "pero", "mas"} and not short:
            break
        pieces.append((q.start, q.end))
        used.add(q.open)
        last = q.close
    for k in range(start, len(following)):  # by index, as in _cues
        nxt = following[k]
        whole = None if nxt is None else _is_quote_sentence(nxt, g)
        if whole is None or whole.open in used:
            break
        pieces.append((whole.start, whole.end))
        used.add(whole.open)
    return found.with_content(tuple(pieces))


def _sentences(region: _Region, *, headline: bool = False) -> list[Sentence | None]:
    """The region's sentences, each with the quotations that overlap it (one linear merge).

    ``None`` stands for a sentence with no quotation, built only when it has a cue.
    """
    out: list[Sentence | None] = []
    quotes = region.quotes
    i = 0
    for a, b in region.sentences:
        while i < len(quotes) and quotes[i].close < a - 3:
            i += 1
        j = i
        while j < len(quotes) and quotes[j].open < b:
            j += 1
        out.append(
            Sentence(masked=region.masked, start=a, end=b, quotes=quotes[i:j], headline=headline)
            if j > i
            else None
        )
    return out


def _region_found(region: _Region, g: Grammar, *, headline: bool = False) -> Iterator[Found]:
    """Yield every attribution of a region, sentence by sentence.

    Rule: a sentence with no cue and no quotation holds no attribution (the
    punctuation cues all need a quotation, but for a headline's colon).
    """
    sentences = _sentences(region, headline=headline)
    used: set[int] = set()
    starts = region.starts
    at = 0
    for i, (a, b) in enumerate(region.sentences):
        if starts is not None:
            at = bisect.bisect_left(starts, a, at)
        cues = _cues(region, g, a, b, at)
        s = sentences[i]
        if s is None:
            if not cues and not headline:
                continue
            s = Sentence(masked=region.masked, start=a, end=b, quotes=(), headline=headline)
        found = _clip_crowded(_cut_at_next(s, _sentence_found(s, g, cues)))
        target = _continued(s, found)
        for j, f in enumerate(found):
            if j == target:
                f = _continue(f, s, sentences, start=i + 1, used=used, g=g)  # noqa: PLW2901 -- extended in place
            yield f


def _continued(s: Sentence, found: list[Found]) -> int:
    """Rule: later quotations continue the last direct quote of a sentence, else its last cue."""
    interiors = {(q.start, q.end) for q in s.quotes}
    for j in range(len(found) - 1, -1, -1):
        if found[j].content and found[j].content[-1] in interiors:
            return j
    return len(found) - 1


def _clip_crowded(found: list[Found]) -> list[Found]:
    """Rule: in a sentence crowded with cues, a content stays between its neighbours' cues.

    Nested speech ("X said that Y told Z ...") keeps the inner cue in the
    outer content; a sentence with many cues is a run of short attributions,
    and letting each run to the sentence end would repeat the sentence in
    every one of them.
    """
    if len(found) <= _CROWDED:
        return found
    cues = sorted(f.cue for f in found)
    place = {cue: i for i, cue in enumerate(cues)}
    out: list[Found] = []
    for f in found:
        i = place[f.cue]
        low = cues[i - 1][1] if i else 0
        high = cues[i + 1][0] if i + 1 < len(cues) else 1 << 62
        pieces = tuple(
            (max(a, low), min(b, high)) for a, b in f.content if max(a, low) < min(b, high)
        )
        out.append(f.with_content(pieces))
    return out


def _cut_at_next(s: Sentence, found: list[Found]) -> list[Found]:
    """Rule: a content ends before the next attribution of its sentence (", and X said ...")."""
    out: list[Found] = []
    for i, f in enumerate(found):
        later = found[i + 1 : i + 2]
        if not f.content:
            out.append(f)
            continue
        last = f.content[-1]
        if later and f.cue[1] < later[0].cue[0] and last[0] < later[0].cue[0] < last[1]:
            nxt = later[0]
            own = nxt.source is not None and nxt.source[0] > f.cue[1]
            limit = min(nxt.cue[0], nxt.source[0]) if own and nxt.source else nxt.cue[0]
            joined = _JOINED.search(s.masked, max(last[0], limit - 12), limit)
            cut = joined or _COORDINATED.search(s.masked, max(last[0], limit - 400), limit)
            end = (
                cut.start()
                if cut is not None
                else s.masked.rfind(",", max(last[0], limit - 400), limit)
            )
            if end > last[0]:
                f = f.with_content((*f.content[:-1], (last[0], end)))  # noqa: PLW2901
        out.append(f)
    return out


def _kind(
    text: str, pieces: Sequence[tuple[int, int]], interiors: set[tuple[int, int]]
) -> AttributionKind:
    """Rule: direct when every piece is a whole quotation, mixed when a piece holds a quote."""
    if pieces and all(p in interiors for p in pieces):
        return AttributionKind.DIRECT
    if any(text.find(mark, a, b) != -1 for a, b in pieces for mark in _QUOTE_CHARS):
        return AttributionKind.MIXED
    return AttributionKind.INDIRECT


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}


def _unbracket(text: str, start: int, end: int) -> tuple[int, int]:
    """Rule: a field loses surrounding whitespace, an unmatched end bracket, enclosing brackets.

    "[ the ministry" and "(the ministry)" give "the ministry"; "Ann Lee
    (D-Va.)" keeps its own brackets.
    """
    a, b = trim(text, start, end)
    for _ in range(4):
        if a >= b:
            break
        if text[a] in _OPENERS:
            close = _closing(text, a, b)
            if close not in {None, b - 1}:
                break
            a, b = trim(text, a + 1, b - 1 if close == b - 1 else b)
        elif text[b - 1] in _CLOSERS and text.rfind(_CLOSERS[text[b - 1]], a, b - 1) == -1:
            a, b = trim(text, a, b - 1)
        else:
            break
    return a, b


def _closing(text: str, a: int, b: int) -> int | None:
    """Where the bracket at *a* closes inside ``text[a:b]``, or ``None``."""
    opener, closer = text[a], _OPENERS[text[a]]
    depth = 0
    for i in range(a, b):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i
    return None


def _record(  # noqa: PLR0913 -- the attribution, where it stands, and the strings seen
    text: str,
    f: Found,
    offset: int,
    interiors: set[tuple[int, int]],
    *,
    resolved: str | None,
    seen: dict[str, str],
) -> Attribution | None:
    """The attribution as a model object; equal strings are shared through *seen*."""
    cue = _unbracket(text, offset + f.cue[0], offset + f.cue[1])
    pieces = [_unbracket(text, offset + a, offset + b) for a, b in f.content]
    pieces = [p for p in pieces if p[1] > p[0]]
    if cue[1] <= cue[0] or not pieces:
        return None
    source = (
        None if f.source is None else _unbracket(text, offset + f.source[0], offset + f.source[1])
    )
    if source is not None and source[1] <= source[0]:
        source = None
    written = None if source is None else _shared(seen, _collapse(text[source[0] : source[1]]))
    return Attribution(
        cue=_shared(seen, _collapse(text[cue[0] : cue[1]])),
        cue_span=valid_span(*cue),
        kind=_kind(text, pieces, interiors),
        source=written,
        source_span=None if source is None else valid_span(*source),
        content=_shared(seen, " ".join(_collapse(text[a:b]) for a, b in pieces)),
        content_spans=tuple(valid_span(a, b) for a, b in pieces),
        resolved_source=None if resolved is None else _shared(seen, resolved),
    )


def _collapse(value: str) -> str:
    """:func:`~newsdoc._parser._text.collapse`, answered at once for most fields.

    In a printable string the only whitespace is the plain space, so a field
    with no double space and no space at either end is already collapsed.
    """
    if value.isprintable():
        if "  " not in value and value[:1] != " " and value[-1:] != " ":
            return value
        return " ".join(value.split())
    return collapse(value)


def _shared(seen: dict[str, str], value: str) -> str:
    """Rule: equal strings of one parse are one object (a repeated cue or source is kept once)."""
    return seen.setdefault(value, value)


def _resolve(text: str, f: Found, offset: int, last_name: str | None, g: Grammar) -> str | None:
    """Rule: a pronoun source stands for the last named source of the paragraph."""
    if f.relative is not None:
        return collapse(text[offset + f.relative[0] : offset + f.relative[1]])
    if f.source is None:
        return None
    written = _collapse(text[offset + f.source[0] : offset + f.source[1]]).casefold()
    return last_name if written in g.pronouns else None


def _chain(regions: Sequence[_Region]) -> dict[tuple[int, int], tuple[tuple[int, int], ...]]:
    """Rule: an unclosed quotation continues in the next region when that region opens with one.

    Returns, for every piece of a continued quotation (full-text offsets), all
    the pieces of its quotation in order.
    """
    chains: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    previous_open = False
    for region in regions:
        first = region.quotes[0] if region.quotes else None
        opens = first is not None and not region.masked[: first.open].strip() and not first.dialogue
        if previous_open and opens and first is not None:
            current.append((region.offset + first.start, region.offset + first.end))
        else:
            if len(current) > 1:
                chains.append(current)
            current = []
        last = region.quotes[-1] if region.quotes else None
        previous_open = last is not None and not last.closed and not last.dialogue
        if previous_open and last is not None and (not current or last is not first):
            if current and last is not first:
                chains.append(current)
                current = []
            current.append((region.offset + last.start, region.offset + last.end))
    if len(current) > 1:
        chains.append(current)
    return {piece: tuple(chain) for chain in chains for piece in chain}


def _extract(
    text: str, regions: Sequence[Span], g: Grammar, headline: Span | None
) -> list[Attribution]:
    valid = [r for r in regions if 0 <= r.start < r.end <= len(text)]
    if headline is not None and not 0 <= headline.start < headline.end <= len(text):
        headline = None
    heads = [] if headline is None else [(headline.start, headline.end)]
    scans = cue_scan(g, text, [(r.start, r.end) for r in valid] + heads)  # the headline's last
    seen: dict[str, str] = {}
    out = [] if headline is None else _headline(text, headline, g, scans.pop(), seen)
    marks = _marks_in(text)
    prepared = [
        _read(text, r.start, r.end, g, scan, marks=marks)
        for r, scan in zip(valid, scans, strict=True)
    ]
    chains = _chain(prepared)
    interiors = {(r.offset + q.start, r.offset + q.end) for r in prepared for q in r.quotes}
    turns = _transcript(text, prepared, g)
    for index, region in enumerate(prepared):
        last_name: str | None = None
        following = prepared[index + 1] if index + 1 < len(prepared) else None
        turn = turns[index]
        if turn is None and not region.sentences:
            continue  # a region left as it is: nothing to read in it
        for f in itertools.chain([turn] if turn else (), _region_found(region, g)):
            if chains or (f.awaits_quote and following is not None):
                full = {(region.offset + a, region.offset + b) for a, b in f.content}
                if f.awaits_quote and following is not None:
                    full.update(_opening_quote(following))
                for piece in list(full):
                    full.update(chains.get(piece, ()))
                pieces = tuple((a - region.offset, b - region.offset) for a, b in sorted(full))
            else:  # no quotation continues over regions: the pieces stay, in order
                pieces = tuple(sorted(set(f.content)))
            found = f if pieces == f.content else f.with_content(pieces)
            resolved = _resolve(text, f, region.offset, last_name, g)
            record = _record(text, found, region.offset, interiors, resolved=resolved, seen=seen)
            if record is None:
                continue
            out.append(record)
            if record.source is not None and record.source.casefold() not in g.pronouns:
                last_name = record.source
    return out


def _transcript(text: str, regions: Sequence[_Region], g: Grammar) -> list[Found | None]:
    """Rule: paragraphs are transcript turns only when two speakers or more take turns."""
    turns = [transcript_turn(text, r.offset, r.offset + len(r.masked), g) for r in regions]
    speakers = {
        text[r.offset + t.source[0] : r.offset + t.source[1]].casefold()
        for r, t in zip(regions, turns, strict=True)
        if t is not None and t.source is not None
    }
    return turns if len(speakers) > 1 else [None] * len(regions)


def _headline(
    text: str, headline: Span, g: Grammar, starts: list[int] | None, seen: dict[str, str]
) -> list[Attribution]:
    """Rule: a headline is read like a paragraph of its own, where capitalised cues count.

    A headline with no place where a cue may start (*starts*, its entry of
    :func:`cue_scan`), no colon and no quotation holds none.
    """
    if starts == [] and text.find(":", headline.start, headline.end) == -1:
        quotes = _region_quotes(text, headline.start, headline.end, g)
        if not quotes:
            return []
        region = _prepare(text, headline.start, headline.end, g, starts=starts, quotes=quotes)
    else:
        region = _prepare(text, headline.start, headline.end, g, starts=starts)
    interiors = {(q.start + region.offset, q.end + region.offset) for q in region.quotes}
    records = (
        _record(text, f, region.offset, interiors, resolved=None, seen=seen)
        for f in _region_found(region, g, headline=True)
    )
    return [r for r in records if r is not None]


def _opening_quote(region: _Region) -> tuple[tuple[int, int], ...]:
    """Rule: "X said:" closing a paragraph takes the next: its opening quotation, or all of it."""
    first = region.quotes[0] if region.quotes else None
    if first is None or first.dialogue or region.masked[: first.open].strip():
        start, end = trim_pair(region.masked, 0, len(region.masked), " ")
        return ((region.offset + start, region.offset + end),) if start < end else ()
    return ((region.offset + first.start, region.offset + first.end),)


def _cue_key(a: Attribution) -> tuple[int, int]:
    return a.cue_span.start, a.cue_span.end


def extract_attributions(
    text: str, regions: Sequence[Span], *, language: str | None, headline: Span | None = None
) -> tuple[Attribution, ...]:
    """Return the attributions in *regions* of *text*, ordered by cue position.

    Args:
        text: The full text given to :func:`newsdoc.parse`; every span is an offset into it.
        regions: The spans of the body paragraphs and caption descriptions, in
            reading order. A quotation may continue from one region into the next.
        language: The text's language ("en", "es", "pt", or a BCP 47 tag
            starting with one); ``None`` tries every lexicon and keeps the
            reading that finds the most. A language without cue data ("de",
            "ru") gives no attributions: its reporting verbs are unknown, and
            reading it with another language's lexicon finds only noise.
        headline: The span of the article's headline, if any: read on its
            own, with headline conventions (``Speaker: claim``, ``X Says ...``).

    Returns:
        The attributions, sorted by the start of their cue.
    """
    primary = (language or "").split("-")[0].casefold()
    if primary in GRAMMARS:
        found = _extract(text, regions, GRAMMARS[primary], headline)
    elif primary:
        return ()
    else:  # the reading that finds the most (a generator: two readings held at most)
        found = max((_extract(text, regions, g, headline) for g in GRAMMARS.values()), key=len)
    if all(_cue_key(a) <= _cue_key(b) for a, b in itertools.pairwise(found)):
        return tuple(found)  # already in order: no sort keys held for a long list
    return tuple(sorted(found, key=_cue_key))
