"""Phrase finders for the attribution rules: the sentence, and where a source begins and ends.

Each function takes a :class:`Sentence` (a sentence of a masked region, see
:mod:`newsdoc._parser.attribution_quotes`) and positions relative to the
region, and returns region-relative ``(start, end)`` pairs, or ``None`` when
its rule does not apply. They look at a bounded window around the cue, so the
work per cue is constant whatever the length of the text.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from newsdoc._parser.attribution_grammar import WORD, WORD_BACK, Grammar, first_words, last_words
from newsdoc._parser.attribution_quotes import MASK, Quote

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "DETERMINERS",
    "PREPOSITIONS",
    "TRIM",
    "Sentence",
    "blank",
    "extend_cue_left",
    "is_intro",
    "skip_leading_time",
    "skip_time",
    "source_after",
    "source_before",
    "strip_intro",
    "trim_pair",
]

_WINDOW = 400
_MAX_SOURCE_WORDS = 28
PREPOSITIONS = frozenset(
    {"of", "about", "to", "for", "with", "by", "at", "from", "on", "in", "into", "as", "so",
     "during", "after", "before", "over", "under", "through", "against", "it.", "up", "out",
     "goodbye", "hello", "thanks", "yes", "no", "nothing", "something", "anything", "more",
     "much", "little", "otherwise", "sorry", "grace", "and", "but", "or"}
)  # fmt: skip
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "el", "la", "los", "las", "un", "una",
     "o", "os", "as", "um", "uma", "his", "her", "their", "its", "su", "sus", "seu", "sua"}
)  # fmt: skip
TRIM = " ,;:\u00a0\t\n\r" + MASK
_WEEKDAY_CAPS = regex.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri)\b"
)


class Sentence:
    """A sentence of a masked region: ``masked[start:end]``, with its quotations.

    A plain slotted class (made for every sentence read, in the hot loop).
    """

    __slots__ = ("closes", "end", "headline", "masked", "opens", "quotes", "skips", "start")

    masked: str
    start: int
    end: int
    quotes: tuple[Quote, ...]
    """The quotations overlapping the sentence (or closing just before it), region-relative."""
    headline: bool
    """Whether the sentence is a headline's, where verbs may be capitalised ("Lee Says ...")."""
    opens: Mapping[int, Quote]
    """The quotations by the offset of their opening mark."""
    closes: tuple[int, ...]
    """Where each quotation closes, in order."""
    skips: dict[int, int]
    """Where the time adverbials after a place end (see :func:`skip_time`), as found."""

    def __init__(
        self,
        *,
        masked: str,
        start: int,
        end: int,
        quotes: tuple[Quote, ...],
        headline: bool = False,
    ) -> None:
        """Make the sentence ``masked[start:end]`` with its *quotes*."""
        self.masked = masked
        self.start = start
        self.end = end
        self.quotes = quotes
        self.headline = headline
        self.opens = {q.open: q for q in quotes}
        self.closes = tuple(q.close for q in quotes)
        self.skips = {}

    def quote_before(self, pos: int) -> Quote | None:
        """The last closed quotation that ends at or before *pos* inside the sentence."""
        i = bisect.bisect_right(self.closes, pos) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.close <= self.start:
                return None
            if q.closed:
                return q
            i -= 1
        return None


def blank(masked: str, start: int, end: int, chars: str = " ") -> bool:
    """Whether ``masked[start:end]`` holds only *chars* (looking at most 200 characters)."""
    if end - start > 200:
        return False
    return not masked[start:end].strip(chars)


def trim_pair(masked: str, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
    """Shrink ``[start, end)`` past *chars* on both sides."""
    while start < end and masked[start] in chars:
        start += 1
    while end > start and masked[end - 1] in chars:
        end -= 1
    return start, end


def extend_cue_left(s: Sentence, cue_start: int, g: Grammar) -> int:
    """Rule: auxiliaries before a verb belong to its cue ("has said", "ha dicho", "has also said").

    Returns where the cue starts.
    """
    near = WORD_BACK.search(s.masked, max(s.start, cue_start - 40), cue_start)
    if near is None or s.masked[near.end() : cue_start].strip():
        return cue_start
    lower = near.group().casefold()
    if (
        lower not in g.auxiliaries
        and lower not in g.adverbs
        and lower != "to"
        and not lower.endswith("ly")
    ):
        return cue_start  # the word before is neither an auxiliary nor an adverb: the common case
    words = list(last_words(s.masked, max(s.start, cue_start - 40), cue_start, 3))
    begin = edge = cue_start
    taken = 0
    for i, w in enumerate(words):
        if s.masked[w.end() : edge].strip():
            break
        edge = w.start()
        lower = w.group().casefold()
        pair = f"{lower} {words[i - 1].group().casefold()}" if i else lower
        if i == 0 and lower == "to":
            continue  # "continues to insist": the pair decides
        if lower in g.auxiliaries or (i and pair in g.auxiliaries):
            begin = w.start()
            taken = i + 1
        elif (
            (lower in g.adverbs or lower.endswith("ly"))
            and i + 1 < len(words)
            and (words[i + 1].group().casefold() in g.auxiliaries)
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
_BARE_INTRO = frozenset(
    {"however", "also", "as", "when", "while", "if", "because", "after", "once"}
)
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
        head = WORD.search(s.masked, start, end)
        if head is None or head.group().casefold() not in g.intro:
            return start  # neither an intro phrase nor an intro word: the common case
        words = list(first_words(s.masked, start, end, 30))
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
    last = WORD_BACK.search(s.masked, start, end)
    if last is None:
        return end
    lower = last.group().casefold()
    if not (
        lower in g.adverbs
        or lower in g.clitics
        or lower in g.auxiliaries
        or (g.language == "en" and lower.endswith("ly") and len(lower) > 4)
    ):
        return end  # the last word is the source's own: the common case
    for w in last_words(s.masked, start, end, 3):
        lower = w.group().casefold()
        adverb = lower in g.adverbs or (
            g.language == "en" and lower.endswith("ly") and len(lower) > 4
        )
        if s.masked[w.end() : end].strip(" ,") or not (
            adverb or lower in g.clitics or lower in g.auxiliaries
        ):
            break
        end = w.start()
    return end


def _chunks(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at commas outside parentheses, each part trimmed."""
    out: list[tuple[int, int]] = []
    begin = start
    if masked.find("(", start, end) == -1:  # no parenthesis: every comma splits
        comma = masked.find(",", start, end)
        while comma != -1:
            out.append(trim_pair(masked, begin, comma))
            begin = comma + 1
            comma = masked.find(",", begin, end)
        out.append(trim_pair(masked, begin, end))
        return [c for c in out if c[0] < c[1]]
    depth = 0
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
    """Rule: a chunk that describes rather than names ("a Miami lawyer", "who served ...", "56")."""
    words = list(first_words(s.masked, *chunk, 2))
    if not words:
        return False
    first = words[0].group()
    lower = first.casefold()
    if lower in g.relatives or lower in {"and", "y", "e", "cuja", "cujo", "cuyo", "cuya", "whose"}:
        return True
    if lower in DETERMINERS:
        return not last
    if first.isdigit() and len(words) == 1 and not last:
        return True  # an age: "Schiff, 56, who ..."
    return first[0].islower() and not first[0].isdigit()


def _pick_chunks(s: Sentence, start: int, end: int, g: Grammar, *, closed: bool) -> tuple[int, int]:
    """Rule: of "A, B, C said", the source is the last name and the descriptions after it.

    Walking back from the cue over descriptive chunks ("a Miami lawyer",
    "who served as ..."), the source starts at the first naming chunk; a
    clause before it ("Looking ahead, Ham said") is left out.
    """
    chunks = _chunks(s.masked, start, end)
    if len(chunks) < 2:
        return start, end
    i = len(chunks) - 1
    while i > 0 and _appositive_like(s, chunks[i], g, last=i == len(chunks) - 1 and not closed):
        i -= 1
    if i < len(chunks) - 1 and len(list(first_words(s.masked, *chunks[i], 9))) > 8:
        nxt = next(first_words(s.masked, *chunks[i + 1], 1), None)
        if nxt is None or nxt.group().casefold() not in _RELATIVE_WORDS:
            i += 1
    if i == 1 and len(chunks) == 2 and len(list(first_words(s.masked, *chunks[0], 8))) <= 7:
        head = next(first_words(s.masked, *chunks[0], 1), None)
        lower = "" if head is None else head.group().casefold()
        preposed = g.language != "en" or lower not in {"a", "an", "the"}
        if head is not None and preposed and (head.group()[0].isupper() or lower in DETERMINERS):
            i = 0
    i = min(i, len(chunks) - 1)
    for chunk in chunks[i + 1 :]:
        word = next(first_words(s.masked, *chunk, 1), None)
        lower = "" if word is None else word.group().casefold()
        relative = lower in _RELATIVE_WORDS and not g.keep_relatives
        gerund = lower.endswith(_GERUNDS) and lower not in _PREPOSITION_GERUNDS
        if relative or (word is not None and word.group().islower() and gerund):
            return chunks[i][0], s.masked.rfind(",", chunks[i][0], chunk[0])
    return chunks[i][0], end


def _pronoun_subject(s: Sentence, start: int, end: int, g: Grammar) -> int:
    """Rule: a subject pronoun right before the cue is the whole source ("In 2012, he said")."""
    w = WORD_BACK.search(s.masked, max(start, end - 20), end)
    if w is not None and w.start() > start and w.group().casefold() in g.subject_pronouns:
        return w.start()
    return start


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
        closing = s.masked.rfind(",", lo, cue_start)
        last_chunk = s.masked.rfind(",", lo, closing)
        if last_chunk != -1:
            limit = min(limit, last_chunk)
    b = g.boundary.search(s.masked, lo, limit)
    start = b.end() if b is not None else lo
    paren = s.masked.rfind("(", start, cue_start)
    if paren != -1 and s.masked.find(")", paren, cue_start) == -1:
        start = paren + 1
    start = skip_leading_time(s, strip_intro(s, start, cue_start, g), cue_start, g)
    end = _strip_tail(s, start, cue_start, g)
    closed = s.masked[start:end].rstrip().endswith(",")
    start, end = trim_pair(s.masked, start, end)
    if start >= end:
        return None
    start, end = trim_pair(s.masked, *_pick_chunks(s, start, end, g, closed=closed))
    start = _pronoun_subject(s, start, end, g)
    start = trim_pair(s.masked, start, end, TRIM + "”»›")[0]  # the close of a quotation before
    if s.masked.count(MASK, start, end) > _MAX_QUOTED_IN_SOURCE:
        return None
    # n words take 2n - 1 characters at least: a shorter source is not counted
    long = end - start >= 2 * _MAX_SOURCE_WORDS + 1
    if (
        long
        and len(list(first_words(s.masked, start, end, _MAX_SOURCE_WORDS + 1))) > _MAX_SOURCE_WORDS
    ):
        head = s.masked.find(",", start, end)
        if head == -1 or len(list(first_words(s.masked, start, head, 7))) > 6:
            return None
        end = head
    if not any(ch.isalnum() for ch in s.masked[start:end]):
        return None
    return start, end


_RELATIVE_CHUNK = regex.compile(
    r"(?r),\s*(?:who|which|whose|que|quien|quienes|quem|cuyo|cuya|cujo|cuja|\p{Ll}+ing)\s",
    regex.IGNORECASE,
)
_COMMA_WORD = regex.compile(r",\s*([\p{L}]+)")


def source_after(  # noqa: C901 -- the stops, then the checks on the first word, in order
    s: Sentence, cue_end: int, g: Grammar
) -> tuple[int, int] | None:
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
        if (
            word in g.relatives
            or word.endswith("ing")
            or (word in g.time_words and word not in DETERMINERS)
        ):
            cut = m.start()
            break
    start, end = trim_pair(s.masked, cue_end, cue_end + cut, TRIM + ".!?\"”’»'")
    words = list(first_words(s.masked, start, end, 41))
    if not words or len(words) > 40:
        return None
    first = words[0].group()
    if (
        first.casefold() in g.time_words
        and first.casefold() not in DETERMINERS
        and not first[0].isupper()
    ):
        return None
    if (
        first.casefold() in g.complementizers
        or first.casefold() in PREPOSITIONS | g.addressee_openers
    ):
        return None
    named = first[0].isupper() or first.isdigit() or first.casefold() in DETERMINERS | g.pronouns
    if not named and (g.language != "en" or first.endswith(("ing", "ed"))):
        return None
    return start, words[-1].end() if s.masked[end - 1] != ")" else end


def skip_leading_time(s: Sentence, start: int, end: int, g: Grammar) -> int:
    """Rule: a time adverbial opening a source with no comma ("Last year Lee said") is not in it."""
    m = g.time.match(s.masked, start, end)
    if (
        m is None
        or not s.masked[m.end() : end].strip(" ,")
        or s.masked[m.end() : m.end() + 1] != " "
    ):
        return start
    return m.end()


def skip_time(s: Sentence, pos: int, g: Grammar) -> int:
    """Rule: time adverbials after a cue ("late Tuesday", "este lunes festivo") are skipped."""
    known = s.skips.get(pos)
    if known is not None:
        return known
    start = pos
    for _ in range(3):
        m = g.time.match(s.masked, pos, min(s.end, pos + 80))
        if m is None:
            break
        pos = m.end()
    s.skips[start] = pos
    return pos


_MAX_QUOTED_IN_SOURCE = 12
_GERUNDS = ("ing", "ndo")
_PREPOSITION_GERUNDS = frozenset({"including", "excluding", "following", "regarding", "incluyendo"})
