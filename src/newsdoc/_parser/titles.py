"""The page title and the headline that repeats it.

Html-to-text tools put a page's ``<title>`` on the first line; the headline
repeats it further down, often without the site's name.
"""

from __future__ import annotations

from itertools import chain

import attrs
import regex

__all__ = ["Title", "fold", "title_core"]

_WORD = regex.compile(r"\w+")
_TITLE_SEPARATOR = regex.compile(r"\s[|–—:-]{1,2}\s|\s?\|\s?")
"""What separates a page title from the site's name."""
_MIN_CHARS = 10
_MIN_WORDS = 3
_MIN_PARTS = 3
_NON_WORD = regex.compile(r"\W")
_PIECE = 2048
"""How many characters of a long text are folded at a time."""


def fold(text: str) -> str:
    """Return ``text.casefold()``, a piece at a time when the text is long.

    Folding a text that is not ASCII takes a buffer of twelve bytes per
    character while it works; taken a piece at a time, a long text needs
    little more than itself (case folding maps each character on its own).

    Args:
        text: Any string.

    Returns:
        The casefolded text.
    """
    if len(text) <= _PIECE or text.isascii():
        return text.casefold()
    return "".join([text[i : i + _PIECE].casefold() for i in range(0, len(text), _PIECE)])


def _norm(text: str) -> str:
    """Fold case and punctuation: the words of *text*, lowercased, one space apart."""
    return _words(fold(text))


def _words(folded: str) -> str:
    """The words of *folded*, one space apart.

    A long text is taken a piece at a time, each piece cut where no word
    runs, so that no list of all its words is ever made.
    """
    size = len(folded)
    if size <= _PIECE:
        return " ".join(_WORD.findall(folded))
    pieces = []
    start = 0
    while start < size:
        cut = _NON_WORD.search(folded, min(start + _PIECE, size))
        end = size if cut is None else cut.start()
        piece = " ".join(_WORD.findall(folded, start, end))
        if piece:
            pieces.append(piece)
        start = end + 1
    return " ".join(pieces)


def _core_end(title: str) -> int:
    """Where the title's core ends: before the last separator when a site name follows it.

    Rule: the part after the last separator is shorter than some part before it.
    """
    last_end, core_end, longest = 0, len(title), 0
    for match in _TITLE_SEPARATOR.finditer(title):
        longest = max(longest, match.start() - last_end)
        last_end, core_end = match.end(), match.start()
    return core_end if len(title) - last_end < longest else len(title)


def _longest_first(title: str) -> str:
    """The first part of a title of three parts or more, folded, when no part is longer."""
    first, longest, count, last_end = "", 0, 0, 0
    for match in chain(_TITLE_SEPARATOR.finditer(title), (None,)):
        part = _norm(title[last_end : len(title) if match is None else match.start()])
        if count == 0:
            first = part
        longest = max(longest, len(part))
        count += 1
        if match is not None:
            last_end = match.end()
    return first if count >= _MIN_PARTS and len(first) >= longest else ""


def title_core(title: str) -> str:
    """The page title without its trailing site name ("Headline | Site" -> "Headline")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and len(parts[-1]) < max(len(p) for p in parts[:-1]):
        return " ".join(parts[:-1])
    return title


@attrs.frozen
class Title:
    """A page title, folded once, to compare blocks with."""

    text: str
    """The title as written."""
    folded: str = attrs.field(init=False)
    """The title's words, lowercased, one space apart."""
    core_words: frozenset[str] = attrs.field(init=False)
    """The words of the title without its site name."""
    core_size: int = attrs.field(init=False)
    """How many words the title holds without its site name."""
    longest: str = attrs.field(init=False)
    """The first part of a title of three parts or more ("Headline | Site | Section"),
    folded, when it is the longest part; ``""`` otherwise."""
    edges: tuple[str, str] = attrs.field(init=False)
    """The first and last words of the folded title: a block that repeats the
    title holds one of them."""
    sizes: tuple[int, int] = attrs.field(init=False)
    """The shortest and the longest block that may repeat the title (in characters):
    :meth:`matches` is false outside (an empty range when the title has no word)."""
    shortest_folded: int = attrs.field(init=False)
    """The fewest characters a block holds, casefolded, to repeat the title (its
    words must be the title, its first part, or most of the title)."""

    def __attrs_post_init__(self) -> None:
        """Fold the title once."""
        # no list of the title's words is made: the first line of a text may be all of it
        folded = _norm(self.text)
        core_end = _core_end(self.text)
        core = folded if core_end == len(self.text) else _norm(self.text[:core_end])
        longest = _longest_first(self.text)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "core_words", frozenset(core.split()))
        object.__setattr__(self, "core_size", core.count(" ") + 1 if core else 0)
        object.__setattr__(self, "longest", longest if " " in longest else "")
        object.__setattr__(self, "edges", (folded.partition(" ")[0], folded.rpartition(" ")[2]))
        least = -(-9 * len(folded) // 20)  # a block repeating most of the title
        shortest = min(least, len(self.longest))
        object.__setattr__(self, "sizes", (shortest, 2 * len(self.text) + 10) if folded else (1, 0))
        object.__setattr__(self, "shortest_folded", shortest if self.longest else least)

    def matches(self, text: str) -> bool:
        """Whether a block repeats the title, or the title without its site name.

        Rule: after folding case and punctuation, the block equals the title,
        or its first part when it has three or more and that part is the
        longest ("Headline | Site | Section"),
        or the title starts or ends with the block and the block is the
        longer part of the title (the rest being the site's name; a headline
        opens the title more often than it closes it, so an opening part may
        be a little shorter), holding three words or ten characters at least.

        Args:
            text: The block's text.

        Returns:
            Whether the block is the title's headline.
        """
        return self.matches_folded(text, None)

    def matches_folded(self, text: str, folded: str | None) -> bool:
        """:meth:`matches`, given the block's casefolded text when it is at hand.

        Args:
            text: The block's text.
            folded: ``text.casefold()``, or ``None`` to fold it here.

        Returns:
            Whether the block is the title's headline.
        """
        t = self.folded
        too_long = len(text) > 2 * len(self.text) + 10
        too_short = 20 * len(text) < 9 * len(t) and len(text) < len(self.longest)
        if not t or too_long or too_short:
            return False
        if text == self.text:
            return True  # it folds to the title itself
        if folded is None:
            folded = fold(text)
        first, last = self.edges
        if first not in folded and last not in folded:
            return False
        b = _words(folded)
        if b in (t, self.longest):
            return bool(b)
        return self._part(b)

    def _part(self, b: str) -> bool:
        """Whether the folded block *b* opens or closes the title as its longer part."""
        t = self.folded
        if len(b) > len(t) or (len(b) < _MIN_CHARS and len(b.split()) < _MIN_WORDS):
            return False
        if t.startswith(b + " "):
            return 20 * len(b) >= 9 * len(t)
        return t.endswith(" " + b) and 20 * len(b) >= 11 * len(t)

    def overlap(self, text: str) -> float:
        """Share of the block's words found in the title's core (a loose headline match).

        Blocks that share fewer than three words with the title share nothing.

        Args:
            text: The block's text.

        Returns:
            The share, between 0 and 1.
        """
        words = _norm(text).split()
        shared = sum(w in self.core_words for w in words)
        if shared < _MIN_WORDS:
            return 0.0
        return shared / len(words)
