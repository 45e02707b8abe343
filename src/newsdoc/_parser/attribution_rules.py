"""The attribution rules: one recognizer per construction, tried on each cue of a sentence.

Every recognizer takes a :class:`~newsdoc._parser.attribution_phrases.Sentence`
and returns a :class:`Found` (region-relative spans) or ``None``:

* :func:`according` -- "According to X, ...", "..., according to X.",
  "X, according to Y, ..."; "según X", "de acuerdo con X"; "segundo X",
  "de acordo com X", sentence-opening "Para X, ...".
* :func:`reporting_verb` -- a reporting verb, read in this order:
  a quotation just before it (``"...," X said`` / ``"...," said X`` /
  ``- ... - disse X``); a comma just before it (``..., said X``); a cue that
  closes its clause (``..., X said late Tuesday``); a complement after it
  (``X said (that) ...``, ``X said: "..."``, ``X told reporters ...``).
* :func:`name_colon` -- ``Name: "quote"``.
* :func:`dash_name` -- ``"quote" — Name``.
"""

from __future__ import annotations

import attrs
import regex

from newsdoc._parser.attribution_grammar import Grammar, first_words, last_words
from newsdoc._parser.attribution_phrases import (
    DETERMINERS,
    Sentence,
    closes_clause,
    complement,
    extend_cue_left,
    is_intro,
    source_after,
    skip_time,
    source_before,
    strip_intro,
    trim_pair,
)
from newsdoc._parser.attribution_quotes import MASK, Quote

__all__ = ["Found", "according", "dash_name", "name_colon", "quote_content", "reporting_verb"]

Pair = tuple[int, int]

_ADJACENT = regex.compile(r"[\s,;]*(?:[-–—―]\s*)?")
_NAME_COLON = regex.compile(
    r"\s*(?P<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4})\s*(?P<colon>:)\s*(?=[\"“«„])"
)
_DASH_NAME = regex.compile(r"\s*(?P<dash>[—―–]|-{1,2})\s*(?P<name>\p{Lu}[^;:\"“”«»]{0,80})")
_PARTICIPLE = regex.compile(r"(?:ad|id)[oa]s?$|^(?:dicho|escrito|dito|previsto|visto)$", regex.IGNORECASE)
_PREPOSITION_INTRO = frozenset(
    {"in", "on", "at", "during", "after", "before", "since", "with", "without", "for", "from",
     "under", "over", "by", "despite", "amid", "en", "durante", "tras", "desde", "con", "sin",
     "para", "por", "ante", "sobre", "entre", "em", "no", "na", "nos", "nas", "após", "com",
     "sem", "pelo", "pela"}
)  # fmt: skip
_PASSIVE = frozenset(
    {"is", "was", "were", "are", "been", "being", "be", "fue", "fueron", "es", "son", "sido",
     "foi", "foram", "é", "são", "será", "serão", "sendo"}
)  # fmt: skip
_CONTENT_TRIM = " ,;:.\u00a0\t\n\r"


@attrs.frozen(kw_only=True)
class Found:
    """An attribution found in a sentence, in region-relative offsets."""

    cue: Pair
    source: Pair | None
    content: tuple[Pair, ...]
    relative: Pair | None = None
    """For a relative-pronoun source ("who said"), the antecedent it stands for."""


def quote_content(s: Sentence, start: int, end: int) -> Pair | None:
    """Rule: content is trimmed of edge punctuation; one whole quotation loses its marks."""
    start, end = trim_pair(s.masked, start, end, _CONTENT_TRIM)
    if start >= end:
        return None
    for q in s.quotes:
        if q.open != start:
            continue
        first, last = sorted((q.close, end))
        if not s.masked[first:last].strip(_CONTENT_TRIM + "!?\"”’»›'"):
            return q.start, q.end
    return start, end


def _words(s: Sentence, start: int, end: int, limit: int = 30) -> int:
    return len(list(first_words(s.masked, start, end, limit)))


def _last_quote_before(s: Sentence, pos: int) -> Quote | None:
    best = None
    for q in s.quotes:
        if q.close <= pos and q.close > s.start and q.closed:
            best = q
    return best


def _relative(s: Sentence, cue_start: int, g: Grammar) -> tuple[Pair, Pair | None] | None:
    """Rule: "X, who said ..." -- the source is the relative pronoun; it stands for X."""
    for i, w in enumerate(last_words(s.masked, max(s.start, cue_start - 40), cue_start, 4)):
        if w.group().casefold() not in g.relatives:
            continue
        if i and not s.masked[: w.start()].rstrip().endswith(","):
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
        rest = s.masked[skip_time(s, cue_end, g) : s.end].strip(" .!?\"”’»")
        return (not rest or rest[0] in ",;(" + MASK), None
    first = next(first_words(s.masked, *source, 1)).group().casefold()
    if g.language == "en" and first in _EN_SUBJECT_PRONOUNS:
        return False, None
    size = _words(s, *source, limit=41)
    after = s.masked[source[1] : s.end].lstrip(" )")
    if size > (40 if quoted else 15) or (size > 6 and after[:1] not in {"", ",", ".", ";", "!", "?", "(", MASK}):
        return False, None
    return True, source


def _after_quote(s: Sentence, q: Quote, cue: Pair, g: Grammar, verb: str) -> Found | None:
    """Rule: a cue right after a quotation attributes it (``"...," X said`` / ``said X``)."""
    gap = s.masked[q.close : cue[0]]
    lead_char = gap.lstrip()[:1]
    inner = s.masked[q.start : q.end].rstrip("’'\"”»› ")[-1:]
    if not q.dialogue and inner not in {",", "!", "?", "…"} and lead_char not in ",-–—―":
        return None
    lead = strip_intro(s, s.start, q.open, g)
    opening = not s.masked[lead : q.open].strip(" ,:")
    if _ADJACENT.fullmatch(gap):
        ok, source = _inverted_source(s, cue[1], g, quoted=True)
        if not ok or (source is None and g.language == "en"):
            return None
    else:
        m = _ADJACENT.match(gap)
        start, end = trim_pair(s.masked, q.close + (m.end() if m else 0), cue[0])
        if start >= end or MASK in gap or _words(s, start, end) > 20:
            return None
        if not opening and not closes_clause(s, cue[1], g, verb):
            return None
        source = source_before(s, start, cue[0], g)
        if source is None:
            return None
    piece = (q.start, q.end) if opening else quote_content(s, lead, q.close)
    if piece is None:
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _subject_like(s: Sentence, piece: Pair, g: Grammar) -> bool:
    """Rule: "Ann Lee, a former aide," is a subject with its description, not a content."""
    comma = s.masked.find(",", piece[0], piece[1])
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
    piece = quote_content(s, s.start, comma)
    if piece is None or _words(s, piece[0], piece[1], 3) < 3:
        return None
    chunk = s.masked.rfind(",", piece[0], comma)
    for w in first_words(s.masked, chunk + 1 if chunk != -1 else piece[0], comma, 1):
        if w.group().casefold() in g.relatives:
            return None
    if _subject_like(s, piece, g):
        return None
    ok, source = _inverted_source(s, cue[1], g)
    if not ok or (source is None and g.language == "en"):
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _parenthetical(s: Sentence, comma: int, cue: Pair, g: Grammar) -> tuple[Pair, ...] | None:
    """Rule: "A, X said, B." -- a cue set off by commas attributes the words around it.

    An opening adverbial before it ("During his term, X said, B") is not content.
    """
    after = s.masked.find(",", cue[1], min(s.end, cue[1] + 60))
    if after == -1 or s.masked[cue[1] : after].strip(" ") and not closes_clause(s, cue[1], g, ""):
        return None
    tail = quote_content(s, after + 1, s.end)
    if tail is None or _words(s, *tail, limit=3) < 3:
        return None
    if strip_intro(s, s.start, comma + 1, g) > comma:
        return (tail,)
    head = quote_content(s, s.start, comma)
    return (tail,) if head is None else (head, tail)


def _closing(s: Sentence, cue: Pair, g: Grammar) -> Found | None:
    """Rule: "..., X said late Tuesday." -- a cue closing its clause takes the words before."""
    comma = s.masked.rfind(",", max(s.start, cue[0] - 400), cue[0])
    if comma <= s.start:
        return None
    source = source_before(s, comma + 1, cue[0], g)
    if source is None:
        return None
    content_end = comma
    title = _title_before(s, comma, source, g)
    if title is not None:
        source, content_end = (title[0], source[1]), title[1]
    pieces = _parenthetical(s, content_end, cue, g)
    if pieces is None:
        piece = quote_content(s, s.start, content_end)
        if piece is None or _words(s, piece[0], piece[1], 3) < 3:
            return None
        pieces = (piece,)
    return Found(cue=cue, source=source, content=pieces)


def _title_before(s: Sentence, comma: int, source: Pair, g: Grammar) -> tuple[int, int] | None:
    """Rule: "... and Turkish broadcaster, TRT reports" -- a title before a name is its source.

    Returns where the title starts and where the content before it ends.
    """
    names = list(first_words(s.masked, *source, 4))
    if len(names) > 3 or not all(w.group()[0].isupper() for w in names):
        return None
    for i, w in enumerate(last_words(s.masked, max(s.start, comma - 80), comma, 6)):
        lower = w.group().casefold()
        if lower in {"and", "y", "e"} and i > 0:
            return w.end(), w.start()
        if "," in s.masked[w.end() : comma] or w.group()[0].isupper() and i == 0:
            return None
    return None


def _participle(s: Sentence, cue: Pair, previous: Found | None, g: Grammar) -> Found | None:
    """Rule: "X said ..., adding that ..." -- a participle after a comma shares its clause's source."""
    before = s.masked[s.start : cue[0]].rstrip()
    if not (before.endswith(",") or _coordinated(s, cue, previous) or _after_and(s, cue)):
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
    """Rule: "X stressed ... and said ..." / "... but noted ..." -- a coordinated cue."""
    for w in last_words(s.masked, max(s.start, cue[0] - 12), cue[0], 1):
        lower = w.group().casefold()
        return lower in {"and", "y", "e", "but", "pero", "mas"} and not s.masked[w.end() : cue[0]].strip()
    return False


def _leading_name(s: Sentence, g: Grammar) -> Pair | None:
    """Rule: the subject a participle shares is the sentence's opening name ("Trump attacked ...")."""
    start = strip_intro(s, s.start, min(s.end, s.start + 300), g)
    comma = s.masked.find(",", start, min(s.end, start + 80))
    if comma != -1:
        chunk = list(first_words(s.masked, start, comma, 7))
        if chunk and len(chunk) <= 6 and (
            chunk[0].group()[0].isupper() or chunk[0].group().casefold() in DETERMINERS
        ):
            return trim_pair(s.masked, start, comma)
    end = None
    for w in first_words(s.masked, start, s.end, 8):
        word = w.group()
        if s.masked[end if end is not None else start : w.start()].strip(" "):
            break
        if word[0].isupper() or (end is not None and word.casefold() in {"of", "de", "do", "da", "and"}):
            end = w.end()
        elif end is None and word.casefold() in DETERMINERS:
            continue
        else:
            break
    if end is None:
        return None
    return trim_pair(s.masked, start, end)


def _blocked(s: Sentence, m: regex.Match[str], g: Grammar) -> bool:
    """Rule: "to admit", "without saying", "Says" (title case) are not cues."""
    verb = m.group()
    if not verb.islower() and (verb[1:] != verb[1:].lower() or s.masked[s.start : m.start()].strip()):
        return True
    for w in last_words(s.masked, max(s.start, m.start() - 20), m.start(), 1):
        before = w.group().casefold()
        if before in {"to", "without", "for"} and not verb.endswith(("ed", "s")):
            return True
        if before in {"the", "a", "an", "his", "her", "their", "its", "our", "my"}:
            return True
        if before in _PASSIVE and not verb.endswith(("ing", "ndo")):
            return True
    for w in first_words(s.masked, m.end(), min(s.end, m.end() + 12), 1):
        if w.group() in {"by", "por", "pelo", "pela"} and verb.endswith(("ed", "ado", "ada", "ido", "ida")):
            return True
    return False


def _subject_of_intro(s: Sentence, source: Pair, g: Grammar) -> Pair | None:
    """Rule: "In a Bloomberg interview Trump said" -- with no comma, the name before the cue."""
    words = list(first_words(s.masked, *source, 30))
    if len(words) < (4 if g.language == "en" else 2) or words[0].group().casefold() not in _PREPOSITION_INTRO:
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


def _coordinated(s: Sentence, cue: Pair, previous: Found | None) -> bool:
    """Rule: "X stressed ... and said ..." -- a verb after "and" shares its clause's source."""
    if previous is None:
        return False
    for w in last_words(s.masked, max(s.start, cue[0] - 12), cue[0], 1):
        return w.group().casefold() in {"and", "y", "e"} and not s.masked[w.end() : cue[0]].strip()
    return False


def reporting_verb(
    s: Sentence, m: regex.Match[str], g: Grammar, previous: Found | None = None, floor: int = 0
) -> Found | None:
    """Read the attribution a reporting verb makes, trying its constructions in order.

    *previous* is the attribution found before it in the sentence, *floor*
    where the previous cue of the sentence ends (a source never reaches back
    over another cue).
    """
    if _blocked(s, m, g):
        return None
    verb = m.group()
    extension = g.extension.match(s.masked, m.end(), s.end)
    cue = (extend_cue_left(s, m.start(), g), m.end() if extension is None else extension.end())
    if cue[0] == m.start() and g.language != "en" and _PARTICIPLE.search(verb):
        return None
    if verb.endswith(("ing", "ndo")) or _coordinated(s, cue, previous) or _after_and(s, cue):
        return _participle(s, cue, previous, g)
    q = _last_quote_before(s, cue[0])
    if q is not None:
        found = _after_quote(s, q, cue, g, verb)
        if found is not None:
            return found
    before = s.masked[s.start : cue[0]].rstrip()
    if before.endswith(",") and (q is None or q.close < s.start + len(before) - 1):
        found = _after_comma(s, s.start + len(before) - 1, cue, g)
        if found is not None:
            return found
    if closes_clause(s, cue[1], g, verb):
        found = _closing(s, cue, g)
        if found is not None:
            return found
    comp = complement(s, cue[1], g, verb)
    if comp is None:
        return None
    semicolon = s.masked.find(";", comp[0], comp[1])
    piece = quote_content(s, comp[0], comp[1] if semicolon == -1 else semicolon)
    if piece is None:
        return None
    relative = _relative(s, cue[0], g)
    if relative is not None:
        return Found(cue=cue, source=relative[0], content=(piece,), relative=relative[1])
    source = source_before(s, max(s.start, floor), cue[0], g)
    if source is not None:
        source = _subject_of_intro(s, source, g)
    if source is not None and all(w.group().casefold() in g.intro for w in first_words(s.masked, *source, 4)):
        source = None
    if source is None and g.language == "en":
        return None
    return Found(cue=cue, source=source, content=(piece,))


def _false_friend(s: Sentence, m: regex.Match[str], g: Grammar) -> bool:
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
    if first[0].isupper() or lower in g.complementizers or lower in g.pronouns or lower in g.intro:
        return None
    if first.casefold() in {"the", "el", "la", "los", "las", "o", "os", "as", "this", "it", "he", "she"}:
        return None
    return nxt


def according(s: Sentence, m: regex.Match[str], g: Grammar) -> Found | None:
    """Read "according to X" and its kin: the source follows the cue, the content is around it."""
    cue = m.span()
    phrase = m.group().casefold()
    if _false_friend(s, m, g):
        return None
    initial = not s.masked[strip_intro(s, s.start, cue[0], g) : cue[0]].strip(" ,")
    if phrase in g.according_initial and not initial:
        return None
    if not initial and " " not in phrase and not s.masked[s.start : cue[0]].rstrip().endswith(","):
        return None
    comma = s.masked.find(",", cue[1], min(s.end, cue[1] + 240))
    if comma != -1 and initial:
        extended = _appositive_end(s, comma, g)
        comma = comma if extended is None else extended
    src_end = comma if comma != -1 else s.end
    source = trim_pair(s.masked, cue[1], src_end, " ,;:.\u00a0")
    if source[0] >= source[1] or _words(s, *source) > 20 or MASK in s.masked[source[0] : source[1]]:
        return None
    if phrase in g.according_initial and comma == -1:
        return None
    if initial:
        if comma == -1:
            return None
        piece = quote_content(s, comma + 1, s.end)
        return None if piece is None else Found(cue=cue, source=source, content=(piece,))
    before = quote_content(s, s.start, cue[0])
    if before is None:
        return None
    pieces = [before]
    if comma != -1:
        after = quote_content(s, comma + 1, s.end)
        if after is not None:
            pieces.append(after)
    return Found(cue=cue, source=source, content=tuple(pieces))


def name_colon(s: Sentence) -> Found | None:
    """Rule: ``Name: "quote"`` -- a short capitalised name and a colon introduce a quotation."""
    m = _NAME_COLON.match(s.masked, s.start, s.end)
    if m is None:
        return None
    for q in s.quotes:
        if q.open >= m.end() and not s.masked[m.end() : q.open].strip():
            return Found(cue=m.span("colon"), source=m.span("name"), content=((q.start, q.end),))
    return None


def dash_name(s: Sentence) -> Found | None:
    """Rule: ``"quote" — Name`` -- a dash and a name after a quotation sign it."""
    for q in s.quotes:
        if not q.closed or q.dialogue or q.close >= s.end:
            continue
        if q.close < s.start and s.masked[q.close : s.start].strip():
            continue
        m = _DASH_NAME.match(s.masked, max(q.close, s.start), s.end)
        if m is None:
            continue
        name = trim_pair(s.masked, m.start("name"), s.end, " ,;:.\u00a0")
        if _words(s, *name, limit=12) <= 10:
            return Found(cue=m.span("dash"), source=name, content=((q.start, q.end),))
    return None
