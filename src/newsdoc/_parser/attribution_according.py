"""According-to constructions: the source follows the cue, the content stands around them.

:func:`according` reads "According to X, ...", "..., according to X.",
"X, according to Y, ..."; "según X", "de acuerdo con X"; "segundo X",
"de acordo com X", sentence-opening "Para X, ...", minding the false friends
("o segundo turno", "según sea el caso").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdoc._parser.attribution_grammar import Grammar, first_words, last_words
from newsdoc._parser.attribution_phrases import DETERMINERS, Sentence, blank, strip_intro, trim_pair
from newsdoc._parser.attribution_quotes import MASK
from newsdoc._parser.attribution_rules import MAX_BEFORE, Found, Pair, count_words, quote_content

if TYPE_CHECKING:
    from newsdoc._parser.attribution_grammar import CueMatch

__all__ = ["according"]


def _false_friend(s: Sentence, m: CueMatch, g: Grammar) -> bool:
    """Rule: "o segundo turno", "según sea el caso" -- not according-to."""
    multiword = " " in m.group()
    for w in last_words(s.masked, max(s.start, m.start() - 20), m.start(), 1):
        before = w.group().casefold()
        if multiword and (before in DETERMINERS or len(before) < 3):
            continue
        if before in g.false_leaders and not s.masked[w.end() : m.start()].strip():
            return True
    if multiword:
        return False
    nxt = list(first_words(s.masked, m.end(), min(s.end, m.end() + 40), 2))
    if not nxt:
        return True
    one = nxt[0].group().casefold()
    two = f"{one} {nxt[1].group().casefold()}" if len(nxt) > 1 else one
    return one in g.false_followers or two in g.false_followers or one.isdigit()


def _appositive_end(s: Sentence, comma: int, g: Grammar) -> int | None:
    """Rule: "según X, director de Y, ..." -- a title after a name belongs to the source."""
    nxt = s.masked.find(",", comma + 1, min(s.end, comma + 160))
    if nxt == -1:
        return None
    words = list(first_words(s.masked, comma + 1, nxt, 13))
    if not words or len(words) > 12 or MASK in s.masked[comma:nxt]:
        return None
    first = words[0].group()
    lower = first.casefold()
    if (
        first[0].isupper()
        or first[0].isdigit()
        or lower in g.complementizers
        or lower in g.pronouns
        or lower in g.intro
    ):
        return None
    if first.casefold() in {
        "the",
        "el",
        "la",
        "los",
        "las",
        "o",
        "os",
        "as",
        "this",
        "it",
        "he",
        "she",
    }:
        return None
    return nxt


def _according_place(s: Sentence, m: CueMatch, g: Grammar) -> bool | None:
    """Rule: an according-to phrase opens its sentence, or follows a comma.

    Returns whether it opens the sentence, or ``None`` where it may not stand:
    a one-word cue ("según", "segundo") mid-sentence needs a comma before it,
    and a sentence-initial-only cue ("Para X, ...") must open the sentence.
    """
    phrase = m.group().casefold()
    initial = blank(s.masked, strip_intro(s, s.start, m.start(), g), m.start(), " ,")
    if phrase in g.according_initial and not initial:
        return None
    before = s.masked[max(s.start, m.start() - 20) : m.start()].rstrip()
    if not initial and " " not in phrase and not before.endswith(","):
        return None
    return initial


def _according_source(
    s: Sentence, cue: Pair, g: Grammar, *, initial: bool
) -> tuple[Pair, int] | None:
    """Rule: the source runs from the cue to the next comma (with a title after a name).

    Returns the source and the comma that closes it (-1 at the sentence end).
    """
    comma = s.masked.find(",", cue[1], min(s.end, cue[1] + 240))
    if comma != -1 and initial:
        extended = _appositive_end(s, comma, g)
        comma = comma if extended is None else extended
    source = trim_pair(s.masked, cue[1], comma if comma != -1 else s.end, " ,;:.\u00a0")
    if (
        source[0] >= source[1]
        or count_words(s, *source) > 20
        or MASK in s.masked[source[0] : source[1]]
    ):
        return None
    return source, comma


def according(s: Sentence, m: CueMatch, g: Grammar) -> Found | None:
    """Read "according to X" and its kin: the source follows the cue, the content is around it."""
    cue = m.span()
    initial = None if _false_friend(s, m, g) else _according_place(s, m, g)
    if initial is None:
        return None
    found = _according_source(s, cue, g, initial=initial)
    if found is None:
        return None
    source, comma = found
    if comma == -1 and (initial or m.group().casefold() in g.according_initial):
        return None
    if initial:
        piece = quote_content(s, comma + 1, s.end)
        return None if piece is None else Found(cue=cue, source=source, content=(piece,))
    before = quote_content(s, max(s.start, cue[0] - MAX_BEFORE), cue[0])
    if before is None:
        return None
    after = quote_content(s, comma + 1, s.end) if comma != -1 else None
    pieces = (before,) if after is None else (before, after)
    return Found(cue=cue, source=source, content=pieces)
