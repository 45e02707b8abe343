"""The page title and the headline that repeats it.

Html-to-text tools put a page's ``<title>`` on the first line; the headline
repeats it further down, often without the site's name.
"""

from __future__ import annotations

import regex

__all__ = ["title_core", "title_matches", "title_overlap", "title_words"]

_WORD = regex.compile(r"\w+")
_TITLE_SEPARATOR = regex.compile(r"\s[|–—:-]{1,2}\s|\s?\|\s?")
"""What separates a page title from the site's name."""
_MIN_CHARS = 10
_MIN_WORDS = 3


def _norm(text: str) -> str:
    """Fold case and punctuation: the words of *text*, lowercased, one space apart."""
    return " ".join(_WORD.findall(text.casefold()))


def title_matches(title: str, text: str) -> bool:
    """Whether a block repeats the page title, or the title without its site name.

    Rule: after folding case and punctuation, the block equals the title, or
    the title starts or ends with the block and the block is the longer part
    of the title (the rest being the site's name; a headline opens the title
    more often than it closes it, so an opening part may be a little
    shorter), holding three words or ten characters at least.

    Args:
        title: The page title (the first line of the page).
        text: The block's text.

    Returns:
        Whether the block is the title's headline.
    """
    if len(text) > 2 * len(title) + 10:
        return False
    t, b = _norm(title), _norm(text)
    if not b or len(b) > len(t):
        return False
    if b == t:
        return True
    if len(b) < _MIN_CHARS and len(b.split()) < _MIN_WORDS:
        return False
    if t.startswith(b + " "):
        return 20 * len(b) >= 9 * len(t)
    return t.endswith(" " + b) and 20 * len(b) >= 11 * len(t)


def title_core(title: str) -> str:
    """The page title without its trailing site name ("Headline | Site" -> "Headline")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and len(parts[-1]) < max(len(p) for p in parts[:-1]):
        return " ".join(parts[:-1])
    return title


def title_words(title: str) -> int:
    """How many words the title's core holds."""
    return len(_norm(title_core(title)).split())


def title_overlap(title: str, text: str) -> float:
    """Share of the block's words found in the title's core (a loose headline match).

    Blocks of fewer than three words share nothing.
    """
    t, b = set(_norm(title_core(title)).split()), _norm(text).split()
    if len(b) < _MIN_WORDS:
        return 0.0
    return sum(w in t for w in b) / len(b)
