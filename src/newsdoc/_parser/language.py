"""Which language a text is written in, from its scripts and its function words.

The rule, in order: count the letters of each writing system in a sample of
the text; kana means Japanese, Hangul Korean, Han alone Chinese, Cyrillic
Russian (unless letters peculiar to Ukrainian, Bulgarian or Serbian are
frequent), and so on for scripts that one language dominates. Latin-script
text is told apart by its most frequent function words ("the", "de", "que",
"não", "yang"): the language whose words cover the most tokens wins if it
is clearly ahead. Anything too short or too close to call gives ``None``.
Work is linear and bounded: a long text is first read in four short evenly
spaced samples (function words usually settle a language within a couple of
hundred words); only when those leave it undecided is it read in eight long
samples.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from newsdoc._lexicons.languages import CYRILLIC_MARKERS, SCRIPTS, STOP_WORDS
from newsdoc._parser import _guard

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["detect_language"]

_QUICK_SAMPLE = (4, 300)
"""A text longer than this many chunks of this size is first read in such chunks."""
_SAMPLE_CHUNKS = 8
_CHUNK = 4000
"""A text longer than this many chunks is read in this many evenly spaced chunks."""
_CHUNK_EDGE = 40
"""How far a chunk's edges move to fall between words."""
_MAX_WORDS = 4000
"""Function words settle a language long before this many words."""
_MIN_LETTERS = 20
_MIN_STOP_HITS = 4
_MIN_LEAD = 1.5
"""The winner's own function words must outnumber the runner-up's by this factor."""
_MIN_OWN_HITS = 2
"""The winner must show at least this many function words its runner-up lacks."""

_WORD = r"\p{L}+(?:['’]\p{L}+)?"
"""A word: letters, and an elision or contraction ("l'homme", "don't") kept in one."""
_WORDS = regex.compile(rf"{_WORD}(?:\s++{_WORD})*+")
"""A run of words separated by spaces only: read one run per match, and split at the
spaces, the words are those :data:`_WORD` finds one per match (the regex timeout check
costs per match)."""
_SCRIPT_OF = regex.compile(
    r"(?P<Latin>\p{Latin}+)|(?P<Cyrillic>\p{Cyrillic}+)|(?P<Kana>[\p{Hiragana}\p{Katakana}]+)"
    r"|(?P<Han>\p{Han}+)|(?P<Arabic>\p{Arabic}+)|"
    + "|".join(rf"(?P<{name}>\p{{{name}}}+)" for name in SCRIPTS)
)
"""A run of letters of one writing system (runs keep the match count low)."""
_LATIN = regex.compile(r"\p{Latin}+")
_ANY_SCRIPT = regex.compile(
    r"[\p{Latin}\p{Cyrillic}\p{Hiragana}\p{Katakana}\p{Han}\p{Arabic}"
    + "".join(rf"\p{{{name}}}" for name in SCRIPTS)
    + "]+"
)
"""A run of letters of any script :data:`_SCRIPT_OF` counts."""
_SPACE = regex.compile(r"\s")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FARSI_LETTERS = frozenset("پچژگک")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language for language, words in STOP_WORDS.items() if word in words)
    for word in frozenset().union(*STOP_WORDS.values())
}
"""Each function word, with the languages it belongs to."""


def _sample(text: str, start: int, end: int) -> str:
    """Return ``text[start:end]``, or evenly spaced chunks of it when it is long."""
    if end - start <= _SAMPLE_CHUNKS * _CHUNK:
        return text[start:end]
    step = (end - start) // _SAMPLE_CHUNKS
    return "\n".join(
        text[start + i * step : min(start + i * step + _CHUNK, end)] for i in range(_SAMPLE_CHUNKS)
    )


def _quick_sample(text: str, start: int = 0, end: int | None = None) -> str | None:
    """Short evenly spaced chunks of a long ``text[start:end]`` (``None`` when not much longer).

    Each chunk starts and ends between words where a space is near, so that
    no word is cut into a shorter one ("the" into "he").
    """
    stop = len(text) if end is None else end
    chunks, size = _QUICK_SAMPLE
    if stop - start <= 2 * chunks * size:
        return None
    step = (stop - start) // chunks
    edges = (
        (_between_words(text, at, start, stop), _between_words(text, at + size, start, stop))
        for at in range(start, start + chunks * step, step)
    )
    return "\n".join(text[a:b] for a, b in edges)


def _between_words(text: str, pos: int, start: int, end: int) -> int:
    """The first position after a space at or after *pos* (within reach), else *pos*.

    The range ``[start, end)`` is the text read: its start is between words.
    """
    if pos == start:
        return pos
    space = _SPACE.search(text, pos, min(pos + _CHUNK_EDGE, end))
    return pos if space is None else space.end()


def _mostly_ascii_letters(sample: str) -> bool:
    """Whether ASCII letters alone make more than half of *sample* (and are enough).

    ASCII letters are Latin letters, so the sample is then surely Latin
    script: a shortcut past the counts of :func:`_latin_ahead`.
    """
    ascii_only = sample.encode("ascii", "ignore")
    letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    return 2 * letters > len(sample) and letters >= _MIN_LETTERS


def _latin_ahead(sample: str) -> tuple[int, int] | None:
    """The Latin letters of *sample* and a count of its letters, when Latin letters are most.

    A shortcut for :func:`detect_language`: one or two C-level scans instead
    of one Python step per run of letters. When Latin letters make more than
    half of the sample (and are enough), all letters are not counted: the
    second number is then only a stand-in that is at least
    :data:`_MIN_LETTERS`. ``None`` sends the caller to the full count.
    """
    latin = sum(map(len, _LATIN.findall(sample, timeout=_guard.REGEX_TIMEOUT)))
    if 2 * latin > len(sample) and latin >= _MIN_LETTERS:  # more than half of any letters
        return latin, latin
    letters = sum(map(len, _ANY_SCRIPT.findall(sample, timeout=_guard.REGEX_TIMEOUT)))
    return (latin, letters) if 2 * latin > letters else None


def _script_counts(sample: str) -> Counter[str]:
    """Count the letters of each writing system in *sample*."""
    counts: Counter[str] = Counter()
    for m in _SCRIPT_OF.finditer(sample, timeout=_guard.REGEX_TIMEOUT):
        name = m.lastgroup
        if name is not None:
            counts[name] += m.end() - m.start()
    return counts


def _cyrillic(sample: str, letters: int) -> str | None:
    """Rule: Cyrillic text is Russian unless another language's own letters are frequent."""
    folded = sample.casefold()
    for language, markers in CYRILLIC_MARKERS.items():
        if sum(folded.count(c) for c in markers) > 0.01 * letters:
            return language
    return "ru"


def _cjk(counts: Counter[str]) -> str | None:
    """Rule: any real share of kana means Japanese; Han alone means Chinese."""
    if counts["Kana"] >= max(5, 0.05 * (counts["Kana"] + counts["Han"])):
        return "ja"
    return "zh" if counts["Han"] else None


def _latin(sample: str, _letters: int) -> str | None:
    """Rule: the language whose function words cover the most tokens, if clearly ahead.

    The two front-runners are then compared on the words only one of them has
    ("não" against "no"), so close neighbours (Portuguese and Galician,
    Spanish and Catalan) are told apart by what differs, or not at all.
    """
    tokens = " ".join(_WORDS.findall(sample, timeout=_guard.REGEX_TIMEOUT)).split()
    # one casefold over the joined tokens: the same as folding each, much cheaper
    folded = " ".join(tokens[:_MAX_WORDS]).casefold().split(" ")
    words = Counter(filter(_LANGUAGES_OF.__contains__, folded))
    hits: Counter[str] = Counter()
    for word, count in words.items():
        for language in _LANGUAGES_OF[word]:
            hits[language] += count
    ranked = [language for language, _ in hits.most_common(2)]
    if not ranked or hits[ranked[0]] < _MIN_STOP_HITS:
        return None
    if len(ranked) == 1:
        return ranked[0]
    first, second = (_own_hits(words, a, b) for a, b in (ranked, ranked[::-1]))
    if first >= _MIN_LEAD * second and first >= _MIN_OWN_HITS:
        return ranked[0]
    if second >= _MIN_LEAD * first and second >= _MIN_OWN_HITS:
        return ranked[1]
    return None


def _own_hits(words: Counter[str], language: str, rival: str) -> int:
    """How many tokens are function words of *language* but not of *rival*."""
    return sum(
        count
        for word, count in words.items()
        if language in _LANGUAGES_OF[word] and rival not in _LANGUAGES_OF[word]
    )


def _arabic(sample: str, _letters: int) -> str | None:
    """Rule: Arabic script is Arabic unless letters peculiar to Persian or Urdu occur."""
    return None if any(c in _FARSI_LETTERS for c in sample) else "ar"


_BY_SCRIPT: dict[str, Callable[[str, int], str | None]] = {
    "Latin": _latin,
    "Cyrillic": _cyrillic,
    "Arabic": _arabic,
}
"""Scripts shared by several languages, each with its own rule."""


def detect_language(text: str, start: int = 0, end: int | None = None) -> str | None:
    """Guess the language of ``text[start:end]`` as a BCP 47 primary tag ("en", "es", "pt", ...).

    Args:
        text: Any text; long texts are sampled, so the cost is bounded.
        start: Where the range to read starts.
        end: Where it ends (default: the end of *text*). A long range is
            sampled where it stands, not copied first.

    Returns:
        The language tag, or ``None`` when the text is too short or no
        language is clearly ahead.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    quick = _quick_sample(text, begin, stop)
    found = _detect(quick) if quick is not None else None
    return found if found is not None else _detect(_sample(text, begin, stop))


def _detect(sample: str) -> str | None:
    """The language of *sample* (see :func:`detect_language`)."""
    if _mostly_ascii_letters(sample):
        return _latin(sample, len(sample))
    ahead = _latin_ahead(sample)
    if ahead is not None:
        latin, letters = ahead
        return _latin(sample, latin) if letters >= _MIN_LETTERS else None
    counts = _script_counts(sample)
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return None
    if counts["Kana"] + counts["Han"] > letters / 2:
        return _cjk(counts)
    script, count = counts.most_common(1)[0]
    if count <= letters / 2:
        return None
    rule = _BY_SCRIPT.get(script)
    return rule(sample, count) if rule is not None else SCRIPTS.get(script)
