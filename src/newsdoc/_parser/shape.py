"""The shape of a block: how long it weighs, whether it reads like running text.

Signals that hold in every language: length (wide CJK characters count
double, as each carries about a word), a closing sentence stop, the share of
lowercase words among the cased ones (scripts without case are left neutral),
rows of figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "block_weight",
    "ends_like_sentence",
    "has_content",
    "is_prose",
    "is_table_row",
    "is_title_case",
    "prose_heads",
    "table_row_words",
    "title_case_heads",
    "word_heads",
]

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
"""Characters that carry about a word each: count them double."""
_MAYBE_WIDE = re.compile(
    "[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc"
    "\U00016fe2-\U00033479]"
)
"""The blocks of code points that hold every wide character: a text without any has
none (a quick ``re`` test; general punctuation such as curly quotes lies outside)."""

_SENTENCE_END = regex.compile(r"[.!?。！？…:;](?:[\"'”’»)\]]{0,3})$")
"""A closing sentence stop, maybe followed by closing quotes or brackets."""
_SENTENCE_END_CHARS = 5
"""How far from the end a closing stop may stand (three closers and a final newline)."""
_SENTENCE_LAST = frozenset(".!?。！？…:;\"'”’»)]\n")
"""How a text that ends like a sentence ends: a stop, a closer or the final newline."""

_CONTENT = regex.compile(r"[\p{L}\p{N}]")
_SPACE = re.compile(r"\s")
"""Where :meth:`str.split` may cut (``re`` knows the same whitespace)."""
_PIECE = 4096
"""How many characters of a long block are read at a time."""
_NUMBER = regex.compile(r"[+-]?\d[\d.,:%/-]{0,15}")


def block_weight(text: str) -> int:
    """Return the length of *text* with wide (CJK) characters counted double."""
    if text.isascii() or _MAYBE_WIDE.search(text) is None:
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def ends_like_sentence(text: str) -> bool:
    """Whether *text* ends with a sentence stop (closing quotes or brackets allowed)."""
    if text[-1:] not in _SENTENCE_LAST:
        return False
    return _SENTENCE_END.search(text, max(0, len(text) - _SENTENCE_END_CHARS)) is not None


def has_content(text: str) -> bool:
    """Whether *text* holds a letter or a digit (not only punctuation or symbols)."""
    return text[:1].isalpha() or _CONTENT.search(text) is not None


def word_heads(words: list[str]) -> str:
    """The first character of each word, in order ("Latest Sports News" -> "LSN")."""
    return "".join([w[:1] for w in words])


def is_prose(text: str) -> bool:
    """Whether a short block reads like running text rather than a link.

    Rule: at least three words, and at least half of the words that start
    with a cased letter start lowercase ("Eat every two hours", not "Latest
    Sports News").
    """
    return prose_heads(word_heads(text.split()))


def prose_heads(heads: str) -> bool:
    """:func:`is_prose` of a block given its :func:`word_heads` (one per word)."""
    if len(heads) < 3:
        return False
    lower = sum(map(str.islower, heads))
    return lower >= 2 and 2 * lower >= lower + sum(map(str.isupper, heads))


def is_title_case(text: str) -> bool:
    """Whether a block reads like a link to a story: capitalised words, no closing stop.

    Rule: it does not end like a sentence and two thirds of its cased words
    (three at least) are capitalised ("Volker Testifies He Was Unaware of Delayed Aid").
    """
    if ends_like_sentence(text):
        return False
    if len(text) <= _PIECE:
        return title_case_heads(word_heads(text.split()))
    # a long block is read a piece at a time (cut at a space): no list of all its words is made
    upper = cased = 0
    for piece in _pieces(text):
        heads = "".join([w[:1] for w in piece.split()])
        capitals = sum(map(str.isupper, heads))
        upper += capitals
        cased += capitals + sum(map(str.islower, heads))
    return cased >= 3 and 3 * upper >= 2 * cased


def title_case_heads(heads: str) -> bool:
    """Whether two thirds of the cased word heads (three at least) are capitals.

    This is :func:`is_title_case` of a block that does not end like a
    sentence, given its :func:`word_heads`.
    """
    upper = sum(map(str.isupper, heads))
    cased = upper + sum(map(str.islower, heads))
    return cased >= 3 and 3 * upper >= 2 * cased


def _pieces(text: str) -> Iterator[str]:
    """*text* in pieces of about :data:`_PIECE` characters, each cut at a whitespace."""
    start, size = 0, len(text)
    while start < size:
        cut = _SPACE.search(text, min(start + _PIECE, size))
        end = size if cut is None else cut.start()
        yield text[start:end]
        start = end + 1


def is_table_row(text: str) -> bool:
    """Whether a block is a row of figures: four or more words, three of them numbers."""
    words = text.split()
    return table_row_words(words, word_heads(words))


def table_row_words(words: list[str], heads: str) -> bool:
    """:func:`is_table_row` of a block given its words (``text.split()``) and :func:`word_heads`."""
    if len(words) < 4 or (heads.isascii() and heads.isalpha()):
        return False
    numeric = [w for w in words if w[0] in "+-0123456789" or not w[0].isascii()]
    return len(numeric) >= 3 and sum(_NUMBER.fullmatch(w) is not None for w in numeric) >= 3
