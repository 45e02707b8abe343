"""Where a content begins and ends after its cue, and whether a cue closes its clause.

Each function takes a :class:`~newsdoc._parser.attribution_phrases.Sentence`
and region-relative positions, and returns region-relative ``(start, end)``
pairs (or ``None`` when its rule does not apply). They look at a bounded
window after the cue, so the work per cue is constant.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from newsdoc._parser.attribution_grammar import WORD, Grammar, first_words
from newsdoc._parser.attribution_phrases import (
    DETERMINERS,
    PREPOSITIONS,
    TRIM,
    Sentence,
    skip_time,
    trim_pair,
)
from newsdoc._parser.attribution_quotes import MASK

if TYPE_CHECKING:
    import regex

__all__ = ["closes_clause", "complement"]

_OBJECT_OPENERS = DETERMINERS - {"that"} | {"our", "your"}
_MAX_CONTENT = 1500
_LOOK = 2000
"""How far a complementizer is looked for in one string test (further, word by word)."""
_COORDINATORS = frozenset({"and", "e", "y", "but", "pero", "mas"})
_INFINITIVES = ("ar", "er", "ir", "ér", "ír")


def _skip_adverbials(s: Sentence, pos: int, g: Grammar, *, tell: bool) -> int:
    """Rule: after a cue, time adverbials and (for "told") the addressee come before the content."""
    pos = skip_time(s, pos, g)
    if not tell:
        return pos
    words = list(first_words(s.masked, pos, s.end, 6))
    if not words or s.masked[pos : words[0].start()].strip():
        return pos
    lower = words[0].group().casefold()
    if not (lower in g.addressees or words[0].group()[0].isupper()):
        return pos
    i = 0
    pos = words[0].end()
    while i + 1 < len(words) and words[i + 1].group()[0].isupper():
        i += 1
        pos = words[i].end()
    if lower in DETERMINERS and i + 1 < len(words):
        pos = words[i + 1].end()
    return skip_time(s, pos, g)


def _cap(s: Sentence, start: int) -> int:
    """Rule: a content runs to its sentence end, but never past a few thousand characters."""
    return min(s.end, start + _MAX_CONTENT)


def complement(s: Sentence, cue_end: int, g: Grammar, verb: str) -> tuple[int, int] | None:
    """Rule: what follows a cue is its content when it is a clause, a quotation or after a colon.

    A quotation or a colon right after the cue (perhaps after its addressee
    and a comma) opens the content; so does a complementizer ("that",
    "que") within the next few words. Without either, a speech verb still
    takes a following clause ("said the deal was off"), and in Spanish and
    Portuguese an infinitive ("aseguró haber ...").
    """
    pos = cue_end
    while pos < s.end and s.masked[pos] in " \u00a0\t\n":
        pos += 1
    if pos >= s.end:
        return None
    lower_verb = verb.casefold()
    opened = _opening_complement(s, pos, g, lower_verb)
    if opened is not None:
        return opened if opened[0] < opened[1] or opened[0] == s.end else None
    that = _that_complement(s, pos, g, lower_verb)
    if that is not None:
        return that
    if lower_verb in g.weak and lower_verb not in g.noun_phrase:
        return None
    return _bare_complement(s, pos, g, lower_verb)


def _opening_complement(
    s: Sentence, pos: int, g: Grammar, lower_verb: str
) -> tuple[int, int] | None:
    """Rule: a quotation, "as much" or a colon opens the content; a bare comma closes it.

    Returns an empty pair when the content is known to be missing.
    """
    near = _skip_adverbials(s, pos, g, tell=lower_verb in g.tell)
    while near < s.end and s.masked[near] == " ":
        near += 1
    if near < s.end and s.masked[near] in ",:":
        nxt = near + 1
        while nxt < s.end and s.masked[nxt] == " ":
            nxt += 1
        if nxt in s.opens:
            return nxt, _cap(s, nxt)
    if s.masked.startswith("as much", pos):
        return pos, pos + 7
    if pos in s.opens:
        return pos, _cap(s, pos)
    if s.masked[pos] == ":":
        start, end = trim_pair(s.masked, pos + 1, _cap(s, pos + 1), TRIM + ".")
        return (start, end) if start < end else (s.end, s.end)
    return None


def _that_complement(s: Sentence, pos: int, g: Grammar, lower_verb: str) -> tuple[int, int] | None:
    """Rule: "said on Tuesday that ...", "told reporters that ..." -- a near complementizer."""
    stop = min(s.end, pos + _LOOK)
    rest = s.masked[pos:stop].casefold()
    if stop == s.end and not any(word in rest for word in g.complementizers):
        return None  # no complementizer at all: nothing to look for word by word
    for i, w in enumerate(first_words(s.masked, pos, s.end, 12)):
        lower = w.group().casefold()
        if lower in _COORDINATORS or lower in g.speech or lower in g.weak:
            return None
        if i == 0 and lower_verb in g.noun_phrase and lower in _OBJECT_OPENERS:
            return None
        if lower in g.complementizers:
            between = s.masked[pos : w.start()]
            rest = s.masked[w.end() : min(s.end, w.end() + 60)].strip(" .!?")
            quoted = MASK in between and lower_verb not in g.tell
            if not quoted and ":" not in between and rest:
                return w.end(), _cap(s, w.end())
            return None
    return None


def _bare_complement(s: Sentence, pos: int, g: Grammar, lower_verb: str) -> tuple[int, int] | None:
    """Rule: a clause with no complementizer ("said the deal was off", "aseguró haber ...")."""
    start = _skip_adverbials(s, pos, g, tell=lower_verb in g.tell)
    words = list(first_words(s.masked, start, s.end, 2))
    if not words or s.masked[start : words[0].start()].strip(" \u00a0"):
        return None
    first = words[0].group()
    lower = first.casefold()
    if g.language != "en":
        infinitive = first.islower() and len(first) > 3 and lower.endswith(_INFINITIVES)
        if infinitive or (lower_verb in g.noun_phrase and lower in DETERMINERS):
            return words[0].start(), _cap(s, words[0].start())
        return None
    if lower == "to" and lower_verb in g.noun_phrase | g.tell:
        return words[0].start(), _cap(s, words[0].start())
    quoted = MASK in s.masked[start : min(s.end, start + 40)]
    if (lower in PREPOSITIONS and not _approximate(s, words)) or (len(words) < 2 and not quoted):
        return None
    return words[0].start(), _cap(s, words[0].start())


def _approximate(s: Sentence, words: list[regex.Match[str]]) -> bool:
    """Rule: "about 20 people", "over 300 jobs" -- a preposition before a number is "roughly"."""
    return (
        len(words) > 1
        and words[0].group().casefold() in {"about", "over", "nearly", "around"}
        and words[1].group()[0].isdigit()
        and not s.masked[words[0].end() : words[1].start()].strip()
    )


def closes_clause(  # noqa: C901, PLR0911 -- one early answer per kind of follower, in order
    s: Sentence, cue_end: int, g: Grammar, verb: str
) -> bool:
    """Rule: a cue ends its clause ("..., X said.", "X said late Tuesday and ...").

    After it come only the sentence end, a comma, a coordinator, or an
    adverbial (a time word, a preposition phrase, the addressee of "told")
    with no complementizer before the next comma.
    """
    pos = _skip_adverbials(s, cue_end, g, tell=verb.casefold() in g.tell)
    while pos < s.end and s.masked[pos] == " ":
        pos += 1
    if pos in s.opens:
        return False
    rest = s.masked[pos : min(s.end, pos + 60)]
    if not rest or rest[0] in ",;.!?)" or rest[0] in MASK or rest[0] in '"”’»':
        return True
    head = WORD.search(s.masked, pos, s.end)
    if head is None or s.masked[pos : head.start()].strip():
        return False
    first = head.group().casefold()
    if first in {"and", "but", "y", "e", "pero", "mas"}:
        return True
    if first.endswith("ly") and g.language == "en" and WORD.search(s.masked, head.end(), s.end):
        return closes_clause(s, head.end(), g, "")
    if first not in g.time_words or first in DETERMINERS:
        return False
    for w in itertools.islice(first_words(s.masked, pos, s.end, 20), 1, None):
        if "," in s.masked[pos : w.start()] or MASK in s.masked[pos : w.start()]:
            return True
        if w.group().casefold() in g.complementizers:
            return False
    return True
