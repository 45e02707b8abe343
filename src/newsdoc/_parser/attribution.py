"""Attribution: who said what, and according to whom, in English, Spanish and Portuguese.

:func:`extract_attributions` reads PARC-style attribution relations -- a
*source* (who, as written), a *cue* (the attributing words) and a *content*
(what is attributed, perhaps in several pieces) -- from the body paragraphs
and caption descriptions of an article, with plain rules over a cue lexicon
(:mod:`newsdoc._lexicons.cues`); no model, no tagger.

What newsdoc reports
--------------------
newsdoc reports acts of communication and their sources:

* speech and writing by people and organisations, direct (``"We will win,"
  she said``), indirect (``She said (that) they would win``) and mixed
  (``She said they would "surely win"``);
* reports and findings of documents, polls and studies when they state a
  proposition (``the report says ...``, ``a poll shows that ...``,
  ``el informe señala que ...``), because a reader asks "according to what?"
  of them as of a person;
* according-to constructions (``according to X``, ``según X``,
  ``de acuerdo con X``, ``segundo X``, ``de acordo com X``, sentence-opening
  ``Para X, ...``), and the quotation conventions ``Name: "..."`` and
  ``"..." — Name``.

It does not report what PolNeAR's broader notion also covers: internal states
(``wants``, ``believes``, ``hopes``, ``plans``, ``is expected``), nominal cues
(``questions about``, ``so-called``), attributions with no written cue, and
headline colons. An internal state is not a statement anyone made -- "X wants
a wall" puts no words in X's mouth -- and the Spanish and Portuguese gold
leaves such states out for the same reason; the nominal and sourceless
kinds cannot be read from text alone without a flood of false hits. A
weak verb (``shows``, ``found``, ``señala``, ``aponta``) counts only before a
complementizer (``that``, ``que``), a colon or a quotation, or right after
a quotation.

Sources are kept as written: a name, a description, a pronoun. A Spanish or
Portuguese subject the grammar drops (``"...", explicó.``) gives ``source``
``None``. When an English pronoun or relative (``he``, ``who``) stands for a
name written earlier in the paragraph, :attr:`~newsdoc.model.Attribution.resolved_source`
holds that name; ``source`` never changes. Content is what is attributed,
without the ``that``/``que`` that introduces it and without the quotation
marks around a whole quotation; a quotation broken by its cue, continued in
the next sentence, or continued in the next paragraph (an unclosed quotation
whose next paragraph opens with a quotation mark) is one attribution with
several content spans.

Every span points at its own text in the full input and lies inside one
region, or in consecutive regions of one continued quotation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from newsdoc._parser._text import collapse, trim_span
from newsdoc._parser.attribution_grammar import GRAMMARS, Grammar
from newsdoc._parser.attribution_phrases import Sentence, trim_pair
from newsdoc._parser.attribution_quotes import MASK, Quote, find_quotes, mask, split_sentences
from newsdoc._parser.attribution_rules import (
    Found,
    according,
    dash_name,
    name_colon,
    reporting_verb,
)
from newsdoc.model import Attribution, AttributionKind, Span

__all__ = ["extract_attributions"]

_COORDINATED = regex.compile(r",\s+(?:and|but|while|y|e|pero|mas|mientras|enquanto)\s|;")
_SPACES = str.maketrans({c: " " for c in "\t\n\r\u00a0\u2028\u2029\u202f\u2007\u2009\x0b\x0c"})


@attrs.frozen(kw_only=True)
class _Region:
    """One region, masked, with its quotations and sentences (region-relative offsets)."""

    offset: int
    masked: str
    quotes: tuple[Quote, ...]
    sentences: tuple[tuple[int, int], ...]


def _prepare(text: str, start: int, end: int, g: Grammar) -> _Region:
    quotes = find_quotes(text, start, end, dialogue=g.language != "en")
    masked = mask(text, start, end, quotes).translate(_SPACES)
    rel = tuple(
        attrs.evolve(q, open=q.open - start, start=q.start - start, end=q.end - start, close=q.close - start)
        for q in quotes
    )
    return _Region(offset=start, masked=masked, quotes=rel, sentences=split_sentences(masked, 0, g.abbreviations))


def _sentence_found(s: Sentence, g: Grammar) -> list[Found]:
    """Every attribution whose cue lies in one sentence."""
    found: list[Found] = []
    special = name_colon(s) or dash_name(s)
    if special is not None:
        found.append(special)
    floor = s.start
    for m in g.cue.finditer(s.masked, s.start, s.end):
        previous = found[-1] if found else None
        f = according(s, m, g) if m.group("acc") else reporting_verb(s, m, g, previous, floor)
        if f is not None:
            found.append(f)
        floor = m.end()
    return found


def _is_quote_sentence(s: Sentence) -> Quote | None:
    """Rule: a sentence that is one quotation and nothing else."""
    start, end = trim_pair(s.masked, s.start, s.end, " .!?")
    for q in s.quotes:
        if q.open == start and q.close >= end - 1 and q.close <= s.end:
            return q
    return None


def _continue(
    found: Found, s: Sentence, following: Sequence[Sentence], used: set[int], g: Grammar
) -> Found:
    """Rule: a quotation split by its cue, or quotation sentences right after, continue it."""
    pieces = list(found.content)
    last = max(found.cue[1], found.source[1] if found.source else 0, pieces[-1][1])
    for q in s.quotes:
        if q.open < last or q.open >= s.end:
            continue
        gap = s.masked[last : q.open].strip(" ").casefold()
        short = (
            gap.endswith(",") and len(gap.split()) <= 8 and MASK not in gap and g.cue.search(gap) is None
        )
        if gap.strip(" ,") in {"", "and", "but", "y", "e", "pero", "mas"} or short:
            pieces.append((q.start, q.end))
            used.add(q.open)
            last = q.close
    for nxt in following:
        q = _is_quote_sentence(nxt)
        if q is None or q.open in used:
            break
        pieces.append((q.start, q.end))
        used.add(q.open)
    return attrs.evolve(found, content=tuple(pieces))


def _region_found(region: _Region, g: Grammar) -> list[Found]:
    sentences = [
        Sentence(masked=region.masked, start=a, end=b, quotes=region.quotes) for a, b in region.sentences
    ]
    out: list[Found] = []
    used: set[int] = set()
    for i, s in enumerate(sentences):
        found = _cut_at_next(s, _sentence_found(s, g))
        for j, f in enumerate(found):
            if j == len(found) - 1:
                f = _continue(f, s, sentences[i + 1 :], used, g)  # noqa: PLW2901 -- extended in place
            out.append(f)
    return out


def _cut_at_next(s: Sentence, found: list[Found]) -> list[Found]:
    """Rule: a content ends before the next attribution of its sentence (", and X said ...")."""
    out: list[Found] = []
    for i, f in enumerate(found):
        later = [x for x in found[i + 1 :] if x.cue[0] > f.cue[1]]
        last = f.content[-1]
        if later and last[0] < later[0].cue[0] < last[1]:
            nxt = later[0]
            limit = min(nxt.cue[0], nxt.source[0] if nxt.source else nxt.cue[0])
            cut = _COORDINATED.search(s.masked, last[0], limit)
            end = cut.start() if cut is not None else s.masked.rfind(",", last[0], limit)
            if end > last[0]:
                f = attrs.evolve(f, content=(*f.content[:-1], (last[0], end)))  # noqa: PLW2901
        out.append(f)
    return out


def _kind(text: str, pieces: Iterable[Span], quotes: Iterable[Quote]) -> AttributionKind:
    interiors = {(q.start, q.end) for q in quotes}
    spans = list(pieces)
    if spans and all((p.start, p.end) in interiors for p in spans):
        return AttributionKind.DIRECT
    if any(any(ch in "\"“”„«»" for ch in text[p.start : p.end]) for p in spans):
        return AttributionKind.MIXED
    return AttributionKind.INDIRECT


def _record(
    text: str, f: Found, offset: int, quotes: Sequence[Quote], resolved: str | None
) -> Attribution | None:
    cue = trim_span(text, offset + f.cue[0], offset + f.cue[1])
    pieces = [trim_span(text, offset + a, offset + b) for a, b in f.content]
    pieces = [p for p in pieces if p.end > p.start]
    if cue.end <= cue.start or not pieces:
        return None
    source = None if f.source is None else trim_span(text, offset + f.source[0], offset + f.source[1])
    if source is not None and source.end <= source.start:
        source = None
    return Attribution(
        cue=collapse(cue.slice(text)),
        cue_span=cue,
        kind=_kind(text, pieces, quotes),
        source=None if source is None else collapse(source.slice(text)),
        source_span=source,
        content=" ".join(collapse(p.slice(text)) for p in pieces),
        content_spans=tuple(pieces),
        resolved_source=resolved,
    )


def _resolve(text: str, f: Found, offset: int, last_name: str | None, g: Grammar) -> str | None:
    """Rule: a pronoun source stands for the last named source of the paragraph."""
    if f.relative is not None:
        return collapse(text[offset + f.relative[0] : offset + f.relative[1]])
    if f.source is None:
        return None
    written = collapse(text[offset + f.source[0] : offset + f.source[1]]).casefold()
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


def _extract(text: str, regions: Sequence[Span], g: Grammar) -> list[Attribution]:
    prepared = [
        _prepare(text, r.start, r.end, g)
        for r in regions
        if 0 <= r.start < r.end <= len(text)
    ]
    chains = _chain(prepared)
    quotes = _full_quotes(prepared)
    out: list[Attribution] = []
    for region in prepared:
        last_name: str | None = None
        for f in _region_found(region, g):
            full = {(region.offset + a, region.offset + b) for a, b in f.content}
            for piece in list(full):
                full.update(chains.get(piece, ()))
            found = attrs.evolve(
                f, content=tuple((a - region.offset, b - region.offset) for a, b in sorted(full))
            )
            resolved = _resolve(text, f, region.offset, last_name, g)
            record = _record(text, found, region.offset, quotes, resolved)
            if record is None:
                continue
            out.append(record)
            if record.source is not None and record.source.casefold() not in g.pronouns:
                last_name = record.source
    return out


def _full_quotes(regions: Sequence[_Region]) -> list[Quote]:
    return [
        attrs.evolve(q, open=q.open + r.offset, start=q.start + r.offset, end=q.end + r.offset, close=q.close + r.offset)
        for r in regions
        for q in r.quotes
    ]


def extract_attributions(
    text: str, regions: Sequence[Span], *, language: str | None
) -> tuple[Attribution, ...]:
    """Return the attributions in *regions* of *text*, ordered by cue position.

    Args:
        text: The full text given to :func:`newsdoc.parse`; every span is an offset into it.
        regions: The spans of the body paragraphs and caption descriptions, in
            reading order. A quotation may continue from one region into the next.
        language: The text's language ("en", "es", "pt", or a BCP 47 tag
            starting with one); ``None`` or another language tries every
            lexicon and keeps the reading that finds the most.

    Returns:
        The attributions, sorted by the start of their cue.
    """
    primary = (language or "").split("-")[0].casefold()
    if primary in GRAMMARS:
        found = _extract(text, regions, GRAMMARS[primary])
    else:
        readings = [_extract(text, regions, g) for g in GRAMMARS.values()]
        found = max(readings, key=len)
    return tuple(sorted(found, key=lambda a: (a.cue_span.start, a.cue_span.end)))

