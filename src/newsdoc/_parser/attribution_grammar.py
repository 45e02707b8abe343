"""The compiled per-language grammar of the attribution stage, and its small word helpers.

:data:`GRAMMARS` holds one :class:`Grammar` per language of
:mod:`newsdoc._lexicons.cues`, built once at import: the word sets, and one
cue pattern that finds, in a single pass over a masked region, every
according-to phrase and every reporting verb form (a named-list alternation,
so matching costs the same whatever the lexicon's size).
"""

from __future__ import annotations

import bisect
import itertools
import os.path
from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import cues
from newsdoc._parser import _guard
from newsdoc._parser._text import cut_at_spaces

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = [
    "GRAMMARS",
    "WORD",
    "WORD_BACK",
    "CueMatch",
    "Grammar",
    "cue_scan",
    "find_cue",
    "find_cues",
    "first_words",
    "has_cue",
    "has_cue_head",
    "last_words",
    "lower",
    "match_cue",
]

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.]*(?<!\.)|[\p{L}]\.")
"""A word, apostrophes, hyphens and inner periods included ("O'Neill", "U.S")."""
_TOKEN_HEAD = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’\-])[\p{L}\p{M}]+")
"""The leading letters of a word: where a cue may begin."""
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]")
_HEAD = regex.compile(r"[\p{L}\p{M}]*")
_CUT = bytes(
    c if chr(c).isalpha() or chr(c) in "0123456789'-" or c >= 0x80 else ord(" ") for c in range(256)
)
"""Bytes of lower-case UTF-8 text: ASCII delimiters become spaces; the rest is kept."""
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_RIGHT_QUOTE = "’".encode()
_AFTER_CUE = regex.compile(r"[\p{L}\p{M}\p{N}\-]")
"""A character that may not follow a cue."""
_LONG = 10_000
"""A range longer than this is scanned with the timeout of :mod:`newsdoc._parser._guard`
(asking for one costs a short scan more than the scan itself)."""
_BATCH = 1 << 13
"""How many characters of text :func:`cue_scan` reads at once."""
_SLICE = 1 << 11
"""How many characters of non-ASCII text are lower-cased at once."""
_FOLD_SURPRISE_CHARS = "ßẞİıŉſẚ\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_FOLD_SURPRISES = regex.compile(f"[{_FOLD_SURPRISE_CHARS}]")
"""Letters whose case-insensitive match differs from their lower case (long s, dotless i, ...)."""
WORD_BACK = regex.compile(r"(?r)[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.]*(?<!\.)|[\p{L}]\.")
"""The same, searched backwards from the end of the range."""


@attrs.frozen(kw_only=True)
class Grammar:
    """Everything the attribution rules know about one language."""

    language: str
    cue: regex.Pattern[str]
    speech: frozenset[str]
    weak: frozenset[str]
    noun_phrase: frozenset[str]
    tell: frozenset[str]
    according_initial: frozenset[str]
    false_leaders: frozenset[str]
    false_followers: frozenset[str]
    complementizers: frozenset[str]
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    clitics: frozenset[str]
    addressees: frozenset[str]
    addressee_openers: frozenset[str]
    time_words: frozenset[str]
    intro: frozenset[str]
    conjunctions: frozenset[str]
    relatives: frozenset[str]
    source_stops: tuple[str, ...]
    pronouns: frozenset[str]
    abbreviations: frozenset[str]
    boundary: regex.Pattern[str]
    time: regex.Pattern[str]
    keep_relatives: bool
    subject_pronouns: frozenset[str]
    extension: regex.Pattern[str]
    cue_heads: frozenset[str]
    """The leading letters of every cue, lower case: only a word starting so may begin one."""
    cue_heads_utf8: frozenset[bytes]
    """The same, UTF-8 encoded."""
    prefixes: Mapping[str, str]
    """For each cue beginning, what all its cues begin with ("in the words of" for "in")."""
    forms: Mapping[str, tuple[tuple[str, bool], ...]]
    """The cues (lower case) by their leading letters, as the cue pattern tries them:
    according-to phrases first, longest first; whether each is an according-to phrase."""
    headline_stops: frozenset[str]
    headline_kickers: frozenset[str]


def _compile(language: str) -> Grammar:
    according = cues.ACCORDING_TO[language]
    speech = cues.SPEECH_VERBS[language]
    weak = cues.WEAK_VERBS[language]
    cue = regex.compile(
        r"(?<![\p{L}\p{M}\p{N}'’\-])(?:(?P<acc>\L<acc>)|(?P<verb>\L<verbs>))(?![\p{L}\p{M}\p{N}\-])",
        regex.IGNORECASE,
        acc=list(according),
        verbs=sorted(speech | weak | cues.NOUN_PHRASE_VERBS[language]),
    )
    coordinators = r"and|but|or|y|e|pero|mas|o|ou|sino|while|whereas"
    subordinators = sorted(cues.CONJUNCTIONS[language] - {"and", "but", "or", "y", "e", "o", "ou"})
    boundary = regex.compile(
        r"(?r)[;:]|\s[—–―-]{1,2}\s|,\s+(?:" + coordinators + r")\s"
        r"|,\s+(?:[\p{L}]+\s+)?(?:after|before|when|while|since|as|until|cuando|mientras|quando|enquanto)\s"
        r"|(?<![\p{L}])(?:\L<subs>|after|before|when|while|once|because|whereas)\s",
        regex.IGNORECASE,
        subs=subordinators,
    )
    intro = cues.INTRO_WORDS[language] | {a.split()[0] for a in according}
    every = (*according, *speech, *weak, *cues.NOUN_PHRASE_VERBS[language])
    heads = frozenset(m.group().lower() for m in map(_HEAD.match, every) if m and m.group())
    forms = _forms(according, sorted(speech | weak | cues.NOUN_PHRASE_VERBS[language]))
    return Grammar(
        language=language,
        cue=cue,
        speech=speech,
        weak=weak,
        noun_phrase=cues.NOUN_PHRASE_VERBS[language],
        tell=cues.TELL_VERBS[language],
        according_initial=cues.SENTENCE_INITIAL_ACCORDING[language],
        false_leaders=cues.FALSE_FRIEND_LEADERS[language],
        false_followers=cues.FALSE_FRIEND_FOLLOWERS[language],
        complementizers=cues.COMPLEMENTIZERS[language],
        auxiliaries=cues.AUXILIARIES[language],
        adverbs=cues.ADVERBS[language],
        clitics=cues.CLITICS[language],
        addressees=cues.ADDRESSEES[language],
        addressee_openers=cues.ADDRESSEE_OPENERS[language],
        time_words=cues.TIME_WORDS[language],
        intro=frozenset(intro),
        conjunctions=cues.CONJUNCTIONS[language],
        relatives=cues.RELATIVES[language],
        source_stops=cues.SOURCE_STOPS[language],
        pronouns=cues.PRONOUNS[language],
        abbreviations=cues.ABBREVIATIONS[language],
        boundary=boundary,
        keep_relatives=cues.SOURCE_KEEPS_RELATIVE[language],
        subject_pronouns=cues.SUBJECT_PRONOUNS[language],
        extension=regex.compile(cues.CUE_EXTENSIONS[language], regex.IGNORECASE),
        cue_heads=heads,
        cue_heads_utf8=frozenset(h.encode() for h in heads),
        forms=forms,
        prefixes={
            # character by character is what is meant: the text all the forms begin with
            head: os.path.commonprefix([form for form, _ in found])  # noqa: RUF071
            for head, found in forms.items()
        },
        headline_stops=cues.HEADLINE_LABEL_STOPS[language],
        headline_kickers=cues.HEADLINE_KICKERS[language],
        time=regex.compile(
            r"\s*(?:" + cues.TIME_ADVERBIALS[language] + r")(?![\p{L}\p{N}])", regex.IGNORECASE
        ),
    )


def _forms(
    according: Iterable[str], verbs: Iterable[str]
) -> dict[str, tuple[tuple[str, bool], ...]]:
    """The cue forms by leading letters, in the order the cue pattern tries them."""
    table: dict[str, list[tuple[str, bool]]] = {}
    for forms, is_according in ((according, True), (verbs, False)):
        for form in sorted({f.lower() for f in forms}, key=len, reverse=True):
            head = _HEAD.match(form)
            if head is not None and head.group():
                table.setdefault(head.group(), []).append((form, is_according))
    return {head: tuple(forms) for head, forms in table.items()}


GRAMMARS = {language: _compile(language) for language in cues.LANGUAGES}
"""One compiled grammar per language with cue data."""


def first_words(masked: str, start: int, end: int, limit: int) -> Iterator[regex.Match[str]]:
    """Yield up to *limit* words of ``masked[start:end]``, first to last."""
    return itertools.islice(WORD.finditer(masked, start, end), limit)


def last_words(masked: str, start: int, end: int, limit: int) -> Iterator[regex.Match[str]]:
    """Yield up to *limit* words of ``masked[start:end]``, last to first."""
    return itertools.islice(WORD_BACK.finditer(masked, start, end), limit)


class CueMatch:
    """A cue found in a text, read like a pattern match: :meth:`group`, :meth:`span`, ..."""

    __slots__ = ("_end", "_start", "according", "string")

    def __init__(self, string: str, start: int, end: int, *, according: bool) -> None:
        """Record the cue ``string[start:end]``; *according* for an according-to phrase."""
        self.string = string
        self._start = start
        self._end = end
        self.according = according

    def group(self) -> str:
        """The cue's words as written."""
        return self.string[self._start : self._end]

    def start(self) -> int:
        """Where the cue begins."""
        return self._start

    def end(self) -> int:
        """Where the cue ends."""
        return self._end

    def span(self) -> tuple[int, int]:
        """Where the cue begins and ends."""
        return self._start, self._end


def match_cue(  # noqa: PLR0913 -- the text, its lower case, and where to look
    g: Grammar, masked: str, low: str, i: int, *, base: int, end: int
) -> CueMatch | None:
    """The cue starting at ``masked[i]`` (and ending by *end*), or ``None``.

    What ``g.cue.match(masked, i, end)`` finds, by looking the word at *i*
    up: *low* is ``masked`` lower-cased from offset *base* on, in a text
    where lower case mirrors case-insensitive matching. An according-to
    phrase is preferred to a verb, and a longer form to a shorter one.
    """
    if i > 0 and _in_word(masked[i - 1]):
        return None
    head = _HEAD.match(low, i - base, end - base)
    forms = g.forms.get(head.group()) if head is not None else None
    if not forms:
        return None
    for form, according in forms:
        stop = i + len(form)
        if (
            stop <= end
            and low.startswith(form, i - base)
            and (stop == end or not _extends_cue(masked[stop]))
        ):
            return CueMatch(masked, i, stop, according=according)
    return None


def _in_word(char: str) -> bool:
    """Whether *char* may stand inside a word: a letter, mark, digit, apostrophe or hyphen.

    An ASCII character is answered without the pattern.
    """
    if char.isascii():
        return char.isalnum() or char in "'-"
    return _WORD_CHAR.match(char) is not None


def _extends_cue(char: str) -> bool:
    """Whether *char* may not follow a cue: a letter, mark, digit or hyphen."""
    if char.isascii():
        return char.isalnum() or char == "-"
    return _AFTER_CUE.match(char) is not None


def find_cues(g: Grammar, masked: str, start: int, end: int) -> Iterator[CueMatch]:
    """Yield the cue matches of ``masked[start:end]`` in order, without overlaps.

    The same matches as ``g.cue.finditer``, found faster: the words of the
    range are gathered in one scan, and a cue is looked up only where a word
    that may begin one stands (most sentences have none).
    """
    low = lower(masked[start:end])
    guard = _guard.REGEX_TIMEOUT if end - start > _LONG else None
    if len(low) != end - start or _FOLD_SURPRISES.search(masked, start, end):
        # case-insensitive matching that lower() does not mirror ("ſaid", "İ"): the full scan
        for found in g.cue.finditer(masked, start, end, timeout=guard):
            according = found.group("acc") is not None
            yield CueMatch(masked, found.start(), found.end(), according=according)
        return
    heads = g.cue_heads.intersection(_TOKEN_HEAD.findall(low, timeout=guard))
    if not heads:
        return
    pos = start
    for i in sorted({i for head in heads for i in _occurrences(low, head)}):
        if start + i < pos:
            continue
        m = match_cue(g, masked, low, start + i, base=start, end=end)
        if m is not None:
            pos = m.end()
            yield m


def find_cue(g: Grammar, masked: str, start: int = 0, end: int | None = None) -> CueMatch | None:
    """Return the first cue match of ``masked[start:end]``, or ``None``."""
    return next(find_cues(g, masked, start, len(masked) if end is None else end), None)


def has_cue(g: Grammar, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a cue."""
    return find_cue(g, text, start, end) is not None


def cue_scan(g: Grammar, text: str, ranges: Sequence[tuple[int, int]]) -> list[list[int] | None]:
    """Where a cue may begin in each range of *text*, found for many ranges at once.

    For each ``(start, end)`` range, the sorted offsets (from *start*) where
    a word stands whose letters are the first letters of a cue (or the
    first words of an according-to phrase): a cue is tried only there.
    ``None`` for a range holding a letter that case-insensitive matching
    pairs differently from :meth:`str.lower` ("ſ", "ı", "İ"), where nothing
    is known.
    """
    out: list[list[int] | None] = []
    batch: list[str] = []
    size = 0
    for start, end in ranges:
        batch.append(text[start:end])
        size += end - start + 1
        if size >= _BATCH:
            out += _scan_batch(g, batch)
            batch, size = [], 0
    if batch:
        out += _scan_batch(g, batch)
    return out


def _scan_batch(g: Grammar, texts: list[str]) -> list[list[int] | None]:
    """:func:`cue_scan` for a few texts, read as one."""
    joined = "\n".join(texts)
    low = lower(joined)
    if len(low) != len(joined) or (
        not joined.isascii() and any(ch in joined for ch in _FOLD_SURPRISE_CHARS)
    ):
        if len(texts) == 1:
            return [None]
        return [found for text in texts for found in _scan_batch(g, [text])]
    del joined
    bounds = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    starts: list[list[int]] = [[] for _ in texts]
    for head in _heads_in(g, low):
        prefix = g.prefixes[head]
        for i in _occurrences(low, prefix):
            if prefix != head or _LETTER.match(low, i + len(head)) is None:
                k = bisect.bisect_right(bounds, i) - 1
                starts[k].append(i - bounds[k])
    for found in starts:
        found.sort()
    return list(starts)


def lower(text: str) -> str:
    """:meth:`str.lower`, a slice at a time for a long text that is not ASCII.

    ``str.lower`` works in a buffer of 12 bytes a character for such a text
    (one character may become three); slices keep that buffer small. Only a
    capital sigma lower-cases after its neighbours (final "ς"), so a text
    holding one is cut before a space, and any other anywhere.
    """
    if len(text) <= _SLICE or text.isascii():
        return text.lower()
    sigma = "Σ" in text
    parts: list[str] = []
    pos = 0
    while pos < len(text):
        cut = text.find(" ", pos + _SLICE) if sigma else pos + _SLICE
        cut = len(text) if cut == -1 else min(cut, len(text))
        parts.append(text[pos:cut].lower())
        pos = cut
    return "".join(parts)


def has_cue_head(g: Grammar, text: str) -> bool:
    """Whether a word of *text* begins as a cue does (its leading letters are a cue's)."""
    return not g.cue_heads.isdisjoint(_TOKEN_HEAD.findall(lower(text)))


def _heads_in(g: Grammar, low: str) -> set[str]:
    """The cue beginnings among the words of *low* (lower-case text).

    The words are cut at ASCII punctuation and spaces by one byte
    translation, a slice of text at a time; a word of plain ASCII letters is
    looked up as it is, and only words with digits, apostrophes, hyphens or
    other letters are read with the word pattern.
    """
    found: set[str] = set()
    for part in cut_at_spaces(low):
        words = part.encode("utf-8", "surrogatepass").translate(_CUT).split()
        found.update(h.decode() for h in g.cue_heads_utf8.intersection(words))
        for word in set(itertools.filterfalse(bytes.isalpha, words)):
            plain = word.replace(_RIGHT_QUOTE, b"'")
            if plain.isascii():  # letters, digits, apostrophes, hyphens: only the first run begins
                lead = plain[: len(plain) - len(plain.lstrip(_ASCII_LOWER))]
                if lead in g.cue_heads_utf8:
                    found.add(lead.decode())
                continue
            letters = _TOKEN_HEAD.findall(word.decode("utf-8", "surrogatepass"))
            found.update(g.cue_heads.intersection(letters))
    return found


def _occurrences(low: str, head: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Yield where *head* stands in ``low[start:end]`` at the start of a word."""
    end = len(low) if end is None else end
    i = low.find(head, start, end)
    while i != -1:
        if not i or not _in_word(low[i - 1]):
            yield i
        i = low.find(head, i + 1, end)
