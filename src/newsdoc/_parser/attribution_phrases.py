"""Phrase finders for the attribution rules: where a source or a content begins and ends.

Each function takes a :class:`Sentence` (a sentence of a masked region, see
:mod:`newsdoc._parser.attribution_quotes`) and positions relative to the
region, and returns region-relative ``(start, end)`` pairs, or ``None`` when
its rule does not apply. They look at a bounded window around the cue, so the
work per cue is constant whatever the length of the text.
"""

from __future__ import annotations

import attrs
import regex

from newsdoc._parser.attribution_grammar import Grammar, first_words, last_words
from newsdoc._parser.attribution_quotes import MASK, Quote

__all__ = [
    "DETERMINERS",
    "Sentence",
    "closes_clause",
    "complement",
    "extend_cue_left",
    "is_intro",
    "skip_time",
    "source_after",
    "source_before",
    "strip_intro",
    "trim_pair",
]

_WINDOW = 400
_MAX_SOURCE_WORDS = 28
_PREPOSITIONS = frozenset(
    {"of", "about", "to", "for", "with", "by", "at", "from", "on", "in", "into", "as", "so",
     "during", "after", "before", "over", "under", "through", "against", "it.", "up", "out",
     "goodbye", "hello", "thanks", "yes", "no", "nothing", "something", "anything", "more",
     "much", "little", "otherwise", "sorry", "grace", "and", "but", "or"}
)  # fmt: skip
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "el", "la", "los", "las", "un", "una",
     "o", "os", "as", "um", "uma", "his", "her", "their", "its", "su", "sus", "seu", "sua"}
)  # fmt: skip
_TRIM = " ,;:\u00a0\t\n\r" + MASK
_WEEKDAY_CAPS = regex.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri)\b"
)


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence of a masked region: ``masked[start:end]``, with the region's quotations."""

    masked: str
    start: int
    end: int
    quotes: tuple[Quote, ...]
    """The region's quotations, in region-relative offsets."""


def trim_pair(masked: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    """Shrink ``[start, end)`` past *chars* on both sides."""
    while start < end and masked[start] in chars:
        start += 1
    while end > start and masked[end - 1] in chars:
        end -= 1
    return start, end


def extend_cue_left(s: Sentence, cue_start: int, g: Grammar) -> int:
    """Rule: auxiliaries before a verb belong to its cue ("has said", "ha dicho", "has also said")."""
    words = list(last_words(s.masked, max(s.start, cue_start - 40), cue_start, 3))
    begin = cue_start
    taken = 0
    for i, w in enumerate(words):
        if s.masked[w.end() : begin].strip():
            break
        lower = w.group().casefold()
        pair = f"{lower} {words[i - 1].group().casefold()}" if i else lower
        if lower in g.auxiliaries or (i and pair in g.auxiliaries):
            begin = w.start()
            taken = i + 1
        elif (lower in g.adverbs or lower.endswith("ly")) and i + 1 < len(words) and (
            words[i + 1].group().casefold() in g.auxiliaries
        ):
            continue
        elif not (i == 0 and (lower in g.adverbs or lower.endswith("ly"))):
            break
    return begin if taken else cue_start


_SUBORDINATE_INTRO = frozenset(
    {"while", "although", "though", "as", "when", "if", "after", "before", "because", "since",
     "despite", "whether", "unless", "aunque", "cuando", "mientras", "si", "embora", "quando",
     "enquanto", "se", "apesar", "pese", "tras", "após"}
)  # fmt: skip
_BARE_INTRO = frozenset({"however", "also", "as", "when", "while", "if", "because", "after", "once"})
_RELATIVE_WORDS = frozenset(
    {"who", "which", "whose", "que", "quien", "quienes", "quem", "cuja", "cujo", "cuyo", "cuya"}
)
_AMBIGUOUS_INTRO = frozenset({"a", "o", "e", "y", "as", "os"})


def is_intro(words: list[regex.Match[str]], g: Grammar) -> bool:
    """Rule: a phrase opens with an intro word; "A"/"O" only as a preposition ("A su turno")."""
    if not words:
        return False
    first = words[0].group().casefold()
    if first not in g.intro:
        return False
    if first in _AMBIGUOUS_INTRO and g.language != "en":
        return len(words) > 1 and words[1].group().casefold() in DETERMINERS | {"partir", "pesar"}
    return True


def strip_intro(s: Sentence, start: int, end: int, g: Grammar) -> int:
    """Rule: a comma-closed opening phrase ("Last week,", "Sin embargo,") is not the source.

    A comma that opens a relative clause ("X, cuja função ...,") closes no opening phrase.
    """
    for _ in range(4):
        words = list(first_words(s.masked, start, end, 30))
        if not words:
            return start
        first = words[0].group().casefold()
        if first not in _SUBORDINATE_INTRO:
            words = words[:14]
        comma = s.masked.find(",", start, words[-1].end() + 1)
        following = list(first_words(s.masked, comma + 1, end, 1)) if comma != -1 else []
        relative = bool(following) and following[0].group().casefold() in _RELATIVE_WORDS
        if is_intro(words, g) and comma != -1 and not relative:
            start = comma + 1
        elif first in g.intro and first in g.conjunctions | g.adverbs | _BARE_INTRO:
            start = words[0].end()
        else:
            return start
    return start


def _strip_tail(s: Sentence, start: int, end: int, g: Grammar) -> int:
    """Rule: adverbs and clitics between a source and its cue belong to neither ("X also said")."""
    for w in last_words(s.masked, start, end, 3):
        lower = w.group().casefold()
        adverb = lower in g.adverbs or (g.language == "en" and lower.endswith("ly") and len(lower) > 4)
        if s.masked[w.end() : end].strip(" ,") or not (
            adverb or lower in g.clitics or lower in g.auxiliaries
        ):
            break
        end = w.start()
    return end


def _chunks(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at commas outside parentheses, each part trimmed."""
    out: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for i in range(start, end):
        ch = masked[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append(trim_pair(masked, begin, i))
            begin = i + 1
    out.append(trim_pair(masked, begin, end))
    return [c for c in out if c[0] < c[1]]


def _appositive_like(s: Sentence, chunk: tuple[int, int], g: Grammar, *, last: bool) -> bool:
    """Rule: a chunk that describes rather than names ("a Miami lawyer", "who served as ...")."""
    words = list(first_words(s.masked, *chunk, 2))
    if not words:
        return False
    first = words[0].group()
    lower = first.casefold()
    if lower in g.relatives or lower in {"and", "y", "e", "cuja", "cujo", "cuyo", "cuya", "whose"}:
        return True
    if lower in DETERMINERS:
        return not last
    return first[0].islower() and not first[0].isdigit()


def _pick_chunks(s: Sentence, start: int, end: int, closed: bool, g: Grammar) -> int:
    """Rule: of "A, B, C said", the source is the last name and the descriptions after it.

    Walking back from the cue over descriptive chunks ("a Miami lawyer",
    "who served as ..."), the source starts at the first naming chunk; a
    clause before it ("Looking ahead, Ham said") is left out.
    """
    chunks = _chunks(s.masked, start, end)
    if len(chunks) < 2:
        return start
    i = len(chunks) - 1
    while i > 0 and _appositive_like(s, chunks[i], g, last=i == len(chunks) - 1 and not closed):
        i -= 1
    if i > 0 and len(list(first_words(s.masked, *chunks[i], 9))) > 8:
        i += 1
    if i == 1 and len(chunks) == 2 and len(list(first_words(s.masked, *chunks[0], 6))) <= 5:
        head = next(first_words(s.masked, *chunks[0], 1), None)
        if head is not None and (head.group()[0].isupper() or head.group().casefold() in DETERMINERS):
            i = 0
    return chunks[min(i, len(chunks) - 1)][0]


def source_before(s: Sentence, lo: int, cue_start: int, g: Grammar) -> tuple[int, int] | None:
    """Rule: the source of "X said ..." is the noun phrase from the clause start to the cue.

    The clause starts after the last ``;``/``:``/parenthesis/dash, a
    comma-joined coordinator ("..., and") or a subordinator ("because",
    "que"); an opening adverbial is dropped; of comma-separated parts, the
    last name and its descriptions are kept (:func:`_pick_chunks`).
    """
    lo = max(lo, cue_start - _WINDOW)
    limit = cue_start
    if s.masked[lo:cue_start].rstrip().endswith(","):
        relative = _RELATIVE_CHUNK.search(s.masked, lo, cue_start)
        limit = relative.start() if relative is not None else cue_start
    b = g.boundary.search(s.masked, lo, limit)
    start = b.end() if b is not None else lo
    paren = s.masked.rfind("(", start, cue_start)
    if paren != -1 and s.masked.find(")", paren, cue_start) == -1:
        start = paren + 1
    start = strip_intro(s, start, cue_start, g)
    end = _strip_tail(s, start, cue_start, g)
    closed = s.masked[start:end].rstrip().endswith(",")
    start, end = trim_pair(s.masked, start, end)
    if start >= end or MASK in s.masked[start:end]:
        return None
    start = _pick_chunks(s, start, end, closed, g)
    words = list(first_words(s.masked, start, end, _MAX_SOURCE_WORDS + 1))
    if len(words) > _MAX_SOURCE_WORDS:
        return None
    if not any(ch.isalnum() for ch in s.masked[start:end]):
        return None
    return start, end


_RELATIVE_CHUNK = regex.compile(
    r"(?r),\s*(?:who|which|whose|que|quien|quienes|quem|cuyo|cuya|cujo|cuja)\s", regex.IGNORECASE
)
_COMMA_WORD = regex.compile(r",\s*([\p{L}]+)")


def source_after(s: Sentence, cue_end: int, g: Grammar) -> tuple[int, int] | None:
    """Rule: the source of an inverted cue ("..., said the minister") runs to the clause end.

    It stops before a non-restrictive relative (", who", ", que"), a
    comma-led adverbial or participle (", on his first day", ", adding"),
    or an adverbial of time or manner ("in a statement", "este lunes").
    """
    cue_end = skip_time(s, cue_end, g)
    stop = min(s.end, cue_end + _WINDOW)
    window = s.masked[cue_end:stop].casefold()
    cut = len(window)
    for marker in g.source_stops:
        at = window.find(marker)
        if 0 <= at < cut:
            cut = at
    for ch in ";:" + MASK:
        at = window.find(ch)
        if 0 <= at < cut:
            cut = at
    for m in _COMMA_WORD.finditer(window, 0, cut):
        word = m.group(1)
        if word in g.relatives or word.endswith("ing") or word in g.time_words and word not in DETERMINERS:
            cut = m.start()
            break
    start, end = trim_pair(s.masked, cue_end, cue_end + cut, _TRIM + ".!?\"”’»'")
    words = list(first_words(s.masked, start, end, _MAX_SOURCE_WORDS + 1))
    if not words or len(words) > _MAX_SOURCE_WORDS:
        return None
    first = words[0].group()
    if first.casefold() in g.time_words and first.casefold() not in DETERMINERS and not first[0].isupper():
        return None
    if first.casefold() in g.complementizers or first.casefold() in _PREPOSITIONS:
        return None
    if not (first[0].isupper() or first.casefold() in DETERMINERS or first.isdigit()) and (
        g.language != "en" or first.endswith(("ing", "ed"))
    ):
        return None
    return start, words[-1].end() if s.masked[end - 1] != ")" else end


def skip_time(s: Sentence, pos: int, g: Grammar) -> int:
    """Rule: time adverbials after a cue ("late Tuesday", "este lunes festivo") are skipped."""
    for _ in range(3):
        m = g.time.match(s.masked, pos, s.end)
        if m is None:
            return pos
        pos = m.end()
    return pos


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


def complement(s: Sentence, cue_end: int, g: Grammar, verb: str) -> tuple[int, int] | None:
    """Rule: what follows a cue is its content when it is a clause, a quotation or after a colon.

    A complementizer ("that", "que") within the next few words opens the
    content; so does a colon or a quotation mark. Without either, a speech
    verb still takes a following clause ("said the deal was off"), and in
    Spanish and Portuguese an infinitive ("aseguró haber ...").
    """
    pos = cue_end
    while pos < s.end and s.masked[pos] in " \u00a0\t\n":
        pos += 1
    if pos >= s.end:
        return None
    lower_verb = verb.casefold()
    near = _skip_adverbials(s, pos, g, tell=lower_verb in g.tell)
    near += len(s.masked[near : s.end]) - len(s.masked[near : s.end].lstrip(" "))
    if near < s.end and s.masked[near] in ",:":
        nxt = near + 1
        while nxt < s.end and s.masked[nxt] == " ":
            nxt += 1
        for q in s.quotes:
            if q.open == nxt:
                return nxt, s.end
    if s.masked.startswith("as much", pos):
        return pos, pos + 7
    if s.masked[pos] in ":,":
        after = pos + 1
        start, end = trim_pair(s.masked, after, s.end, _TRIM + ".")
        if s.masked[pos] == ":" and start < end:
            return start, end
        if s.masked[pos] == ",":
            return None
    for q in s.quotes:
        if q.open == pos:
            return pos, s.end
    for i, w in enumerate(first_words(s.masked, pos, s.end, 12)):
        lower = w.group().casefold()
        if lower in {"and", "e", "y", "but", "pero", "mas"} or lower in g.speech or lower in g.weak:
            break
        if i == 0 and lower_verb in g.noun_phrase and lower in DETERMINERS - {"that"} | {"her", "our", "your"}:
            break
        if lower in g.complementizers:
            between = s.masked[pos : w.start()]
            rest = s.masked[w.end() : s.end].strip(" .!?")
            if MASK not in between and ":" not in between and rest:
                return w.end(), s.end
            break
    if lower_verb in g.weak and lower_verb not in g.noun_phrase:
        return None
    start = _skip_adverbials(s, pos, g, tell=lower_verb in g.tell)
    words = list(first_words(s.masked, start, s.end, 2))
    if not words or s.masked[start : words[0].start()].strip(" \u00a0"):
        return None
    first = words[0].group()
    if g.language in {"es", "pt"}:
        if first.islower() and first.endswith(("ar", "er", "ir", "ér", "ír")) and len(first) > 3:
            return words[0].start(), s.end
        if lower_verb in g.noun_phrase and first.casefold() in DETERMINERS:
            return words[0].start(), s.end
        return None
    if first.casefold() == "to" and lower_verb in g.noun_phrase | g.tell:
        return words[0].start(), s.end
    if first.casefold() in _PREPOSITIONS or len(words) < 2:
        return None
    return words[0].start(), s.end


def closes_clause(s: Sentence, cue_end: int, g: Grammar, verb: str) -> bool:
    """Rule: a cue ends its clause ("..., X said.", "X said late Tuesday and ...").

    After it come only the sentence end, a comma, a coordinator, or an
    adverbial (a time word, a preposition phrase, the addressee of "told")
    with no complementizer before the next comma.
    """
    pos = _skip_adverbials(s, cue_end, g, tell=verb.casefold() in g.tell)
    rest = s.masked[pos : s.end].lstrip(" ")
    if not rest or rest[0] in ",;.!?)" or rest[0] in MASK or rest[0] in "\"”’»":
        return True
    words = list(first_words(s.masked, pos, s.end, 20))
    if not words or s.masked[pos : words[0].start()].strip():
        return False
    first = words[0].group().casefold()
    if first in {"and", "but", "y", "e", "pero", "mas"}:
        return True
    if first.endswith("ly") and g.language == "en" and len(words) > 1:
        return closes_clause(s, words[0].end(), g, "")
    if first not in g.time_words or first in DETERMINERS:
        return False
    for w in words[1:]:
        if "," in s.masked[pos : w.start()] or MASK in s.masked[pos : w.start()]:
            return True
        if w.group().casefold() in g.complementizers:
            return False
    return True
