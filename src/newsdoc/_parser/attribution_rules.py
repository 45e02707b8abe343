"""The attribution rules: one recognizer per construction, tried on each cue of a sentence.

Every recognizer takes a :class:`~newsdoc._parser.attribution_phrases.Sentence`
and returns a :class:`Found` (region-relative spans) or ``None``:

* :func:`reporting_verb` -- a reporting verb, read in this order:
  a quotation just before it (``"...," X said`` / ``"...," said X`` /
  ``- ... - disse X``); a comma just before it (``..., said X``); a cue that
  closes its clause (``..., X said late Tuesday``); a complement after it
  (``X said (that) ...``, ``X said: "..."``, ``X told reporters ...``).

"According to X" and its kin are in :mod:`newsdoc._parser.attribution_according`;
the punctuation cues (``Name: "quote"``, ``"quote" — Name``, headline colons)
are in :mod:`newsdoc._parser.attribution_marks`.
"""

from __future__ import annotations

import attrs
import regex

from newsdoc._parser.attribution_complements import closes_clause, complement
from newsdoc._parser.attribution_grammar import (
    WORD,
    WORD_BACK,
    CueMatch,
    Grammar,
    first_words,
    has_cue,
    last_words,
)
from newsdoc._parser.attribution_phrases import (
    DETERMINERS,
    Sentence,
    blank,
    extend_cue_left,
    skip_time,
    source_after,
    source_before,
    strip_intro,
    trim_pair,
)
from newsdoc._parser.attribution_quotes import MASK, Quote

__all__ = ["MAX_BEFORE", "Found", "Pair", "count_words", "quote_content", "reporting_verb"]

Pair = tuple[int, int]

_ADJACENT = regex.compile(r"[\s,;]*(?:[-–—―]\s*)?")
_PARTICIPLE = regex.compile(
    r"(?:ad|id)[oa]s?$|^(?:dicho|escrito|dito|previsto|visto)$", regex.IGNORECASE
)
_PREPOSITION_INTRO = frozenset(
    {"in", "on", "at", "during", "after", "before", "since", "with", "without", "for", "from",
     "under", "over", "by", "despite", "amid", "en", "durante", "tras", "desde", "con", "sin",
     "para", "por", "ante", "sobre", "entre", "em", "no", "na", "nos", "nas", "após", "com",
     "sem", "pelo", "pela"}
)  # fmt: skip
_TITLE_BREAKERS = frozenset({"in", "on", "at", "a", "an", "years", "days", "months", "en", "em"})
_COPULAS = frozenset({"is", "was", "are", "were"})
_ORDER_VERBS = frozenset({"told", "tells", "tell"})
_OBJECT_TO = regex.compile(r"\s+(?:him|her|them|me|us|you|\p{L}+)\s+to\s")


def _order(s: Sentence, cue_end: int) -> bool:
    """Rule: "told her to leave" is an order, not a report."""
    return _OBJECT_TO.match(s.masked, cue_end, min(s.end, cue_end + 40)) is not None


_PASSIVE = frozenset(
    {"is", "was", "were", "are", "been", "being", "be", "fue", "fueron", "es", "son", "sido",
     "foi", "foram", "é", "são", "será", "serão", "sendo"}
)  # fmt: skip
MAX_BEFORE = 1500
_CONTENT_TRIM = " ,;:.\u00a0\t\n\r"


@attrs.frozen(kw_only=True)
class Found:
    """An attribution found in a sentence, in region-relative offsets."""

    cue: Pair
    source: Pair | None
    content: tuple[Pair, ...]
    relative: Pair | None = None
    """For a relative-pronoun source ("who said"), the antecedent it stands for."""
    awaits_quote: bool = False
    """Whether the cue closes its paragraph with a colon: the next paragraph is its content."""

    def with_content(self, content: tuple[Pair, ...]) -> Found:
        """The same attribution with another content (cheaper than :func:`attrs.evolve`)."""
        return Found(
            cue=self.cue,
            source=self.source,
            content=content,
            relative=self.relative,
            awaits_quote=self.awaits_quote,
        )


def quote_content(s: Sentence, start: int, end: int) -> Pair | None:
    """Rule: content is trimmed of edge punctuation; one whole quotation loses its marks."""
    start, end = trim_pair(s.masked, start, min(end, start + MAX_BEFORE), _CONTENT_TRIM)
    if start >= end:
        return None
    q = s.opens.get(start)
    if q is not None:
        first, last = sorted((q.close, end))
        if blank(s.masked, first, last, _CONTENT_TRIM + "!?\"”’»›'"):
            return q.start, q.end
    return start, end


def count_words(s: Sentence, start: int, end: int, limit: int = 30) -> int:
    """How many words ``masked[start:end]`` holds, counting up to *limit*."""
    return len(list(first_words(s.masked, start, end, limit)))


def _last_quote_before(s: Sentence, pos: int) -> Quote | None:
    q = s.quote_before(pos)
    return q if q is not None and pos - q.close <= 400 else None


def _relative(s: Sentence, cue_start: int, g: Grammar) -> tuple[Pair, Pair | None] | None:
    """Rule: "X, who said ..." -- the source is the relative pronoun; it stands for X."""
    window = s.masked[max(s.start, cue_start - 40) : cue_start].casefold()
    if not any(word in window for word in g.relatives):
        return None  # no relative pronoun near: nothing to look for word by word
    words = list(last_words(s.masked, max(s.start, cue_start - 40), cue_start, 4))
    for i, w in enumerate(words):
        if w.group().casefold() not in g.relatives:
            continue
        if i and not s.masked[max(s.start, w.start() - 8) : w.start()].rstrip().endswith(","):
            return None
        between = words[i - 1].group().casefold() if i else ""
        if between and between not in g.time_words and between not in g.adverbs:
            return None
        antecedent = source_before(s, s.start, w.start(), g)
        if g.language == "en":
            return (w.start(), w.end()), antecedent
        if antecedent is not None:
            return antecedent, None
    return None


_EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})


def _inverted_source(
    s: Sentence, cue_end: int, g: Grammar, *, quoted: bool = False
) -> tuple[bool, Pair | None]:
    """Rule: after an inverted cue comes a short noun phrase that ends the clause, or nothing.

    Returns whether the construction holds, and the source (``None`` when no
    subject is written: "..., explicó.").
    """
    source = source_after(s, cue_end, g)
    if source is None:
        at = skip_time(s, cue_end, g)
        rest = s.masked[at : min(s.end, at + 60)].strip(' .!?"”’»')
        return (not rest or rest[0] in ",;(" + MASK), None
    first = next(first_words(s.masked, *source, 1)).group().casefold()
    if g.language == "en" and first in _EN_SUBJECT_PRONOUNS:
        return False, None
    size = count_words(s, *source, limit=41)
    after = s.masked[source[1] : min(s.end, source[1] + 60)].lstrip(" )")
    if size > (40 if quoted else 15) or (
        size > 6 and after[:1] not in {"", ",", ".", ";", "!", "?", "(", MASK}
    ):
        return False, None
    return True, source


def _after_quote(  # noqa: PLR0911 -- a recognizer: one early None per failed condition
    s: Sentence, q: Quote, cue: Pair, g: Grammar, verb: str
) -> Found | None:
    """Rule: a cue right after a quotation attributes it (``"...," X said`` / ``said X``)."""
    gap = s.masked[q.close : cue[0]]
    lead_char = gap.lstrip()[:1]
    inner = s.masked[max(q.start, q.end - 8) : q.end].rstrip("’'\"”»› ")[-1:]
    if not q.dialogue and inner not in {",", "!", "?", "…"} and lead_char not in ",-–—―":
        return None
    lead = strip_intro(s, s.start, q.open, g)
    opening = blank(s.masked, lead, q.open, " ,:")
    if _ADJACENT.fullmatch(gap):
        ok, source = _inverted_source(s, cue[1], g, quoted=True)
        if not ok or (source is None and g.language == "en"):
            return None
    else:
        m = _ADJACENT.match(gap)
        start, end = trim_pair(s.masked, q.close + (m.end() if m else 0), cue[0])
        if start >= end or MASK in gap or count_words(s, start, end, 31) > 30 or has_cue(g, gap):
            return None
        if not opening and not closes_clause(s, cue[1], g, verb):
            return None
        source = source_before(s, start, cue[0], g)
        if source is None:
            return None
    piece = (
        (q.start, q.end) if opening else quote_content(s, max(lead, q.close - MAX_BEFORE), q.close)
    )
    if piece is None:
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _subject_like(s: Sentence, piece: Pair, g: Grammar) -> bool:
    """Rule: "Ann Lee, a former aide," is a subject with its description, not a content."""
    comma = s.masked.find(",", piece[0], min(piece[1], piece[0] + 200))
    if comma == -1:
        return False
    head = list(first_words(s.masked, piece[0], comma, 6))
    if not head or len(head) > 5 or not all(w.group()[0].isupper() for w in head):
        return False
    nxt = list(first_words(s.masked, comma + 1, piece[1], 1))
    if not nxt:
        return False
    word = nxt[0].group()
    return word.casefold() in DETERMINERS or word.casefold() in g.relatives or word[0].islower()


def _after_comma(s: Sentence, comma: int, cue: Pair, g: Grammar) -> Found | None:
    """Rule: "..., said X." / "..., dijo X." -- the words before the comma are the content."""
    piece = quote_content(s, max(s.start, comma - MAX_BEFORE), comma)
    if piece is None or count_words(s, piece[0], piece[1], 3) < 3:
        return None
    chunk = s.masked.rfind(",", max(piece[0], comma - 400), comma)
    for w in first_words(s.masked, chunk + 1 if chunk != -1 else piece[0], comma, 1):
        if w.group().casefold() in g.relatives:
            return None
    if _subject_like(s, piece, g):
        return None
    ok, source = _inverted_source(s, cue[1], g)
    if not ok or (source is None and g.language == "en"):
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _parenthetical(
    s: Sentence, comma: int, cue: Pair, g: Grammar, verb: str
) -> tuple[Pair, ...] | None:
    """Rule: "A, X said, B." -- a cue set off by commas attributes the words around it.

    An opening adverbial before it ("During his term, X said, B") is not content.
    """
    after = s.masked.find(",", cue[1], min(s.end, cue[1] + 60))
    if after == -1 or (
        s.masked[cue[1] : after].strip(" ") and not closes_clause(s, cue[1], g, verb)
    ):
        return None
    tail = quote_content(s, after + 1, s.end)
    if tail is None or count_words(s, *tail, limit=3) < 3:
        return None
    if strip_intro(s, s.start, comma + 1, g) > comma:
        return (tail,)
    head = quote_content(s, max(s.start, comma - MAX_BEFORE), comma)
    return (tail,) if head is None else (head, tail)


def _closing(s: Sentence, cue: Pair, g: Grammar, verb: str) -> Found | None:
    """Rule: "..., X said late Tuesday." -- a cue closing its clause takes the words before."""
    comma = s.masked.rfind(",", max(s.start, cue[0] - 400), cue[0])
    if comma <= s.start:
        return None
    source = source_before(s, comma + 1, cue[0], g)
    if source is None:
        return None
    content_end = comma
    title = _title_before(s, comma, source)
    if title is not None:
        source, content_end = (title[0], source[1]), title[1]
    pieces = _parenthetical(s, content_end, cue, g, verb)
    if pieces is None:
        piece = quote_content(s, max(s.start, content_end - MAX_BEFORE), content_end)
        if piece is None or count_words(s, piece[0], piece[1], 3) < 3:
            return None
        pieces = (piece,)
    return Found(cue=cue, source=source, content=pieces)


def _title_before(s: Sentence, comma: int, source: Pair) -> tuple[int, int] | None:
    """Rule: "... and Turkish broadcaster, TRT reports" -- a title before a name is its source.

    Returns where the title starts and where the content before it ends.
    """
    names = list(first_words(s.masked, *source, 4))
    if len(names) > 3 or not all(w.group()[0].isupper() for w in names):
        return None
    for i, w in enumerate(last_words(s.masked, max(s.start, comma - 80), comma, 5)):
        lower = w.group().casefold()
        if lower in {"and", "y", "e"} and i > 0:
            title = list(first_words(s.masked, w.end(), comma, 5))
            if any(t.group().casefold() in _TITLE_BREAKERS for t in title):
                return None
            return w.end(), w.start()
        if "," in s.masked[w.end() : comma] or (w.group()[0].isupper() and i == 0):
            return None
    return None


def _participle(s: Sentence, cue: Pair, previous: Found | None, g: Grammar) -> Found | None:
    """Rule: "X said ..., adding that ..." -- a participle shares its clause's source."""
    before = s.masked[max(s.start, cue[0] - 20) : cue[0]].rstrip()
    if not (before.endswith(",") or _after_and(s, cue)):
        return None
    comp = complement(s, cue[1], g, "said")
    piece = None if comp is None else quote_content(s, *comp)
    if piece is None:
        return None
    if previous is not None:
        return Found(cue=cue, source=previous.source, content=(piece,), relative=previous.relative)
    source = _leading_name(s, g)
    if source is None and g.language == "en":
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _after_and(s: Sentence, cue: Pair) -> bool:
    """Rule: "X stressed ... and said ..." / "... but noted ..." -- a coordinated cue.

    A verb right after a coordinator shares its clause's source.
    """
    w = WORD_BACK.search(s.masked, max(s.start, cue[0] - 12), cue[0])
    return (
        w is not None
        and w.group().casefold() in {"and", "y", "e", "but", "pero", "mas"}
        and not s.masked[w.end() : cue[0]].strip()
    )


def _leading_name(s: Sentence, g: Grammar) -> Pair | None:
    """Rule: a participle's subject is the sentence's opening name ("Trump attacked ...")."""
    start = strip_intro(s, s.start, min(s.end, s.start + 300), g)
    comma = s.masked.find(",", start, min(s.end, start + 80))
    if comma != -1:
        chunk = list(first_words(s.masked, start, comma, 7))
        if (
            chunk
            and len(chunk) <= 6
            and (chunk[0].group()[0].isupper() or chunk[0].group().casefold() in DETERMINERS)
        ):
            return trim_pair(s.masked, start, comma)
    words = list(first_words(s.masked, start, s.end, 9))
    article = bool(words) and words[0].group().casefold() in DETERMINERS
    end = None
    for i, w in enumerate(words):
        word, lower = w.group(), w.group().casefold()
        gap = s.masked[words[i - 1].end() : w.start()] if i else ""
        if gap.strip(" ") and not (gap.strip(" ") == "." and len(words[i - 1].group()) <= 3):
            break
        if word[0].isupper() and not (i == 0 and article):
            end = w.end()
        elif (i == 0 and article) or lower in {"of", "for", "de", "do", "da", "and"}:
            continue
        elif article and i < 6 and not lower.endswith("ed") and lower not in g.auxiliaries:
            nxt = words[i + 1].group().casefold() if i + 1 < len(words) else ""
            if nxt in DETERMINERS or lower in _PREPOSITION_INTRO:
                break  # a verb with its object ("sent a letter"), a place or time ("in 2015")
            end = w.end()
        else:
            break
    if end is None:
        return None
    return trim_pair(s.masked, start, end)


_EN_PREPOSITIONS = frozenset(
    {"with", "of", "despite", "amid", "about", "from", "against", "over", "as", "into", "among"}
)


def _blocked_after(before: str, verb: str) -> bool:
    """Rule: no cue after "to"/"or" (a base form), a determiner (a noun) or "is" (a passive).

    Nor after a preposition, unless a gerund, or a possessive: "despite
    repeated warnings", "with claims of", "as shown", "Lee's claims" are a
    modifier or a noun.
    """
    if before in {"to", "without", "for", "or"} and not verb.endswith(("ed", "s")):
        return True
    if before in _EN_PREPOSITIONS and not verb.endswith("ing"):
        return True
    if before.endswith(("'s", "’s")) and len(before) > 2:
        return True  # a possessive: "the president's claims"
    if before in {"the", "a", "an", "his", "her", "their", "its", "our", "my"}:
        return True
    return before in _PASSIVE and not verb.endswith(("ing", "ndo"))


def _blocked(s: Sentence, m: CueMatch) -> bool:
    """Rule: "to admit", "without saying", "Says" (title case outside headlines) are not cues."""
    verb = m.group()
    if (
        not verb.islower()
        and not s.headline
        and (verb[1:] != verb[1:].lower() or not blank(s.masked, s.start, m.start()))
    ):
        return True
    near = WORD_BACK.search(s.masked, max(s.start, m.start() - 30), m.start())
    lower = "" if near is None else near.group().casefold()
    if lower != "to" and not (lower.endswith("ly") and len(lower) > 4):  # one word decides
        adjacent = near is not None and not s.masked[near.end() : m.start()].strip(" ")
        if adjacent and _blocked_after(lower, verb):
            return True
        return _passive_agent(s, m, verb)
    before: list[str] = []
    edge = m.start()
    for w in last_words(s.masked, max(s.start, m.start() - 30), m.start(), 2):
        if s.masked[w.end() : edge].strip(" "):
            break
        before.append(w.group().casefold())
        edge = w.start()
    if len(before) == 2 and before[0].endswith("ly") and len(before[0]) > 4:
        before = before[1:]
    if before[:1] == ["to"] and before[1:2] in (["continues"], ["continued"], ["continue"]):
        return False  # "continues to insist"
    if before and _blocked_after(before[0], verb):
        return True
    return _passive_agent(s, m, verb)


def _passive_agent(s: Sentence, m: CueMatch, verb: str) -> bool:
    """Rule: a participle followed by its agent ("stated by", "afirmado por") is no cue."""
    if verb.endswith(("ed", "ado", "ada", "ido", "ida")):
        agent = WORD.search(s.masked, m.end(), min(s.end, m.end() + 12))
        return agent is not None and agent.group() in {"by", "por", "pelo", "pela"}
    return False


def _subject_of_intro(s: Sentence, source: Pair, g: Grammar) -> Pair | None:
    """Rule: "In a Bloomberg interview Trump said" -- with no comma, the name before the cue."""
    head = WORD.search(s.masked, *source)
    if head is None or head.group().casefold() not in _PREPOSITION_INTRO:
        return source  # the common case, answered by the first word
    words = list(first_words(s.masked, *source, 30))
    if (
        len(words) < (4 if g.language == "en" else 2)
        or words[0].group().casefold() not in _PREPOSITION_INTRO
    ):
        return source
    if "," in s.masked[source[0] : source[1]]:
        return source
    tail = [w for w in reversed(words) if w.group()[0].isupper()]
    begin = None
    for w in reversed(words):
        if not w.group()[0].isupper():
            break
        begin = w.start()
    if begin is None or len(tail) > 4 or begin == words[0].start():
        return None
    return begin, source[1]


def _cue_span(s: Sentence, m: CueMatch, g: Grammar) -> Pair:
    """Rule: a cue takes its auxiliaries ("has said") and interview phrase ("in an interview")."""
    extension = g.extension.match(s.masked, m.end(), min(s.end, m.end() + 80))
    return extend_cue_left(s, m.start(), g), m.end() if extension is None else extension.end()


def _quoted(s: Sentence, cue: Pair, verb: str, g: Grammar, floor: int) -> Found | None:
    """Construction: the cue follows a quotation (``"...," X said``)."""
    del floor
    q = _last_quote_before(s, cue[0])
    return None if q is None else _after_quote(s, q, cue, g, verb)


def _inverted(s: Sentence, cue: Pair, verb: str, g: Grammar, floor: int) -> Found | None:
    """Construction: the cue follows a comma and precedes its source (``..., said X``)."""
    del floor
    if verb.casefold() not in g.speech or verb.casefold() in g.noun_phrase:
        return None
    comma = cue[0] - 1
    while comma > s.start and s.masked[comma] == " ":
        comma -= 1
    if comma <= s.start or s.masked[comma] != ",":
        return None
    q = _last_quote_before(s, cue[0])
    if q is not None and q.close >= comma:
        return None
    return _after_comma(s, comma, cue, g)


def _closing_cue(s: Sentence, cue: Pair, verb: str, g: Grammar, floor: int) -> Found | None:
    """Construction: the cue closes its clause (``..., X said late Tuesday``)."""
    del floor
    return _closing(s, cue, g, verb) if closes_clause(s, cue[1], g, verb) else None


def _complemented(s: Sentence, cue: Pair, verb: str, g: Grammar, floor: int) -> Found | None:
    """Construction: the cue takes a complement (``X said (that) ...``, ``X said: "..."``)."""
    comp = complement(s, cue[1], g, verb)
    if comp is None or (verb.casefold() in _ORDER_VERBS and _order(s, cue[1])):
        return None
    if g.language == "en" and s.masked[comp[0] : comp[0] + 6].split(" ")[0] in _COPULAS:
        return None
    awaits = comp[0] == comp[1] == len(s.masked)
    semicolon = s.masked.find(";", comp[0], comp[1])
    piece = quote_content(s, comp[0], comp[1] if semicolon == -1 else semicolon)
    if piece is None and not awaits:
        return None
    content = () if piece is None else (piece,)
    relative = _relative(s, cue[0], g)
    if relative is not None:
        return Found(
            cue=cue, source=relative[0], content=content, relative=relative[1], awaits_quote=awaits
        )
    source = source_before(s, max(s.start, floor), cue[0], g)
    if source is not None:
        source = _subject_of_intro(s, source, g)
    if source is not None and all(
        w.group().casefold() in g.intro for w in first_words(s.masked, *source, 4)
    ):
        source = None
    if source is None and g.language == "en":
        return None
    return Found(cue=cue, source=source, content=content, awaits_quote=awaits)


_CONSTRUCTIONS = (_quoted, _inverted, _closing_cue, _complemented)
"""The constructions a reporting verb is read in, in order; the first that holds wins."""


def reporting_verb(
    s: Sentence, m: CueMatch, g: Grammar, previous: Found | None = None, floor: int = 0
) -> Found | None:
    """Read the attribution a reporting verb makes, trying its constructions in order.

    *previous* is the attribution found before it in the sentence, *floor*
    where the previous cue of the sentence ends (a source never reaches back
    over another cue).
    """
    if _blocked(s, m):
        return None
    verb = m.group()
    cue = _cue_span(s, m, g)
    if cue[0] == m.start() and g.language != "en" and _PARTICIPLE.search(verb):
        return None
    gerund = verb.split(" ", 1)[0].endswith(("ing", "ndo"))
    if gerund or _after_and(s, cue):
        return _participle(s, cue, previous, g)
    for construction in _CONSTRUCTIONS:
        found = construction(s, cue, verb, g, floor)
        if found is not None:
            return found
    return None
