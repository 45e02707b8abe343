"""The page title and the headline that repeats it.

Html-to-text tools put a page's ``<title>`` on the first line; the headline
repeats it further down, often without the site's name.
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["Title", "title_core"]

_WORD = regex.compile(r"\w+")
_TITLE_SEPARATOR = regex.compile(r"\s[|–—:-]{1,2}\s|\s?\|\s?")
"""What separates a page title from the site's name."""
_MIN_CHARS = 10
_MIN_WORDS = 3
_MIN_PARTS = 3


def _norm(text: str) -> str:
    """Fold case and punctuation: the words of *text*, lowercased, one space apart."""
    return " ".join(_WORD.findall(text.casefold()))


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

    def __attrs_post_init__(self) -> None:
        """Fold the title once."""
        core = _norm(title_core(self.text)).split()
        parts = [_norm(p) for p in _TITLE_SEPARATOR.split(self.text)]
        longest = parts[0] if len(parts) >= _MIN_PARTS and parts[0] == max(parts, key=len) else ""
        object.__setattr__(self, "folded", _norm(self.text))
        object.__setattr__(self, "core_words", frozenset(core))
        object.__setattr__(self, "core_size", len(core))
        object.__setattr__(self, "longest", longest if " " in longest else "")
        words = self.folded.split()
        object.__setattr__(self, "edges", (words[0], words[-1]) if words else ("", ""))

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
        if folded is None:
            folded = text.casefold()
        first, last = self.edges
        if first not in folded and last not in folded:
            return False
        b = " ".join(_WORD.findall(folded))
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
