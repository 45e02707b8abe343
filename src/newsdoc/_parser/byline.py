"""Bylines: the line naming who wrote an article, and the person names in it.

A byline opens with a byline word ("By", "Por", "Von", "Oleh", "Автор",
"Текст:") followed by one or more names: "By Jane Doe and John Roe",
"By JANE DOE, Reuters", "Por Ana Souza e João Lima", "Text: Jane Doe · 24
September 2018". On pages the byline often shares its line with a date or a
category, the parts separated by "|", "/", "·" or "•"; each part is read on its
own. Names are split on commas, "and" / "&" and their translations; parts that
are not person-shaped (agencies, desks, "Staff", a lone handle) are kept apart
as *organisations*.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons.bylines import (
    BYLINE_PREFIXES,
    BYLINE_STOPS,
    DESK_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    PLACE_WORDS,
)
from newsdoc._lexicons.credits import AGENCIES

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Byline",
    "is_person_name",
    "leading_name",
    "match_byline",
    "person_names",
    "split_names",
]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PREFIX_WORDS = sorted(
    {w for words in BYLINE_PREFIXES.values() for w in words}, key=len, reverse=True
)
_PREFIX = regex.compile(
    r"^\s{0,8}(?:" + "|".join(regex.escape(w) for w in _PREFIX_WORDS) + r")\b\s{0,4}:?\s{0,8}",
    regex.IGNORECASE,
)
"""A byline word at the start of a part, with an optional colon."""
_ANY_PREFIX = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in (*_PREFIX_WORDS, "by")) + r")\b", regex.IGNORECASE
)
"""A byline word anywhere: every byline holds one (a quick test before the parts are read)."""

_PARTS = regex.compile(r"\s{0,8}(?:[|·•]|\s/\s|\s[-–—]\s)\s{0,8}")
"""What separates a byline from the date or category sharing its line."""

_JOINERS = regex.compile(
    r"\s{0,8}(?:,|;|&|\b(?:"
    + _alternation(w for words in NAME_JOINERS.values() for w in words)
    + r")\b)\s{0,8}"
)
"""What separates two names: a comma, "&", "and" and its translations."""

_NAME_WORD = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|\p{Lu}\.|(?:"
    + _alternation(NAME_PARTICLES)
    + r")|\p{Lo}{1,10})"
)
"""One word of a person's name: capitalised, an initial, or a lowercase particle."""

_ORG_WORDS = regex.compile(
    r"\b(?:" + _alternation((*DESK_WORDS, *(a for a in AGENCIES if " " not in a))) + r")\b",
    regex.IGNORECASE,
)
"""Words that mark a byline part as an organisation, a desk or a job title."""

_STOPS = frozenset(w for words in BYLINE_STOPS.values() for w in words)

_INNER_BY = regex.compile(r"(?<=\s)(?:by|By|BY)\s+")
"""A byline word inside a part, after a date or a one-word label ("... 7:45 am by Jane Doe")."""

_TITLE_WORDS = 3
"""How many capitalised words of job title may follow a bare name."""
_INNER_BY_CHARS = 100
"""A "by" inside a part makes a byline only in a part this short (a sentence is longer)."""

_HANDLE = regex.compile(r"\s@\w{1,40}\s*$")
"""A social-media handle after a name ("Jane Doe @janedoe")."""

_TRAILER = regex.compile(r"\s(?:" + _alternation(PLACE_WORDS) + r")\s.{0,80}$")
"""A trailing place ("Jane Doe in Washington") that is not part of the name."""


@attrs.frozen(kw_only=True)
class Byline:
    """What a byline says."""

    authors: tuple[str, ...]
    """Person names, as written."""
    organisations: tuple[str, ...]
    """Agencies, desks and other non-person parts, as written."""


def split_names(text: str) -> tuple[str, ...]:
    """Split a list of names on commas, "&", "and" and their translations.

    Args:
        text: The names part of a byline ("Jane Doe and John Roe, Reuters").

    Returns:
        The stripped, non-empty parts in order.
    """
    parts = (p.strip(" \t.:;,()[]") for p in _JOINERS.split(text) if p)
    return tuple(p for p in parts if p)


def is_person_name(text: str) -> bool:
    """Whether *text* is shaped like a person's name.

    Rule: two to five words, each capitalised, an initial or a name particle,
    the first and last capitalised, no organisation word and no word that
    ends a byline's names ("Updated", "On").
    """
    words = text.split()
    # the cheap tests first: most texts asked about are no names
    if not (2 <= len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if not all(_NAME_WORD.fullmatch(w) and w.casefold() not in _STOPS for w in words):
        return False
    return _ORG_WORDS.search(text) is None


def _ends_names(word: str) -> bool:
    """Whether *word* cannot continue a name: a figure, a stop word, a job or a handle."""
    return (
        any(map(str.isdigit, word))
        or word.casefold().strip(",.:;") in _STOPS
        or _ORG_WORDS.fullmatch(word.strip(",.:;")) is not None
        or word[:1] in "(@[|"
    )


def _undouble(text: str) -> str:
    """Return a name written twice in a row once ("Jane Doe Jane Doe" -> "Jane Doe")."""
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def leading_name(text: str) -> str | None:
    """Return the person's name that *text* is or opens with, or ``None``.

    Rule: the whole text is a person's name, or its first two to four words
    are one and the next word cannot continue a name ("Jane Doe Updated
    Nov 13", "Jane Doe Senior Contributor") without naming an organisation
    ("European Space Agency" is no one's name).

    Args:
        text: One part of a byline.

    Returns:
        The name as written, or ``None``.
    """
    text = _undouble(_TRAILER.sub("", text).strip())
    words = text.split()
    if not words or not words[0][:1].isupper():
        return None  # a name opens with a capital
    if is_person_name(text):
        return text
    for size in (4, 3, 2):
        if len(words) > size and _ends_names(words[size]) and not _ORG_WORDS.fullmatch(words[size]):
            head = " ".join(words[:size])
            if is_person_name(head):
                return head
    return None


def person_names(text: str) -> Byline:
    """Read the names part of a byline into persons and organisations.

    Args:
        text: What follows the byline word ("Jane Doe, Reuters").

    Returns:
        The :class:`Byline`.
    """
    authors: list[str] = []
    orgs: list[str] = []
    for part in split_names(text):
        name = leading_name(part)
        if name is not None:
            authors.append(name)
        else:
            orgs.append(part)
    return Byline(authors=tuple(authors), organisations=tuple(orgs))


def _is_org_shaped(text: str) -> bool:
    """Whether *text* could name an agency or desk: one to four capitalised words."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or w[:1] in "@&" for w in words)


def match_byline(text: str, *, bare: bool = False) -> Byline | None:
    """Read a block as a byline, or return ``None``.

    Rule: some part of the block (parts being separated by "|", "/", "·", "•"
    or a spaced dash) opens with a byline word followed by names. With *bare*,
    a block of names without a byline word counts too (see :func:`_bare_names`):
    the caller says the block stands where a byline stands.

    Args:
        text: The block's collapsed text.
        bare: Accept a block of names without a byline word.

    Returns:
        The byline, or ``None`` when the block is not one.
    """
    if len(text) > 200:
        return None
    # the parts are read only when a byline word stands somewhere in the block
    parts = _PARTS.split(text) if _ANY_PREFIX.search(text) is not None else ()
    for part in parts:
        names = _names_after_byline_word(part)
        if names:
            byline = person_names(names)
            orgs = byline.organisations
            if byline.authors or (orgs and all(_is_org_shaped(o) for o in orgs)):
                return byline
    return _bare_names(text) if bare else None


def _bare_names(text: str) -> Byline | None:
    """Read a block of names without a byline word, or return ``None``.

    Rule: the block is nothing but person names ("Jane Doe and John Roe"),
    maybe with a handle after them ("Jane Doe @janedoe"), or one name and a
    job title of at most three capitalised words ("Jane Doe Senior Contributor").
    """
    parts = split_names(_HANDLE.sub("", text))
    if parts and all(is_person_name(p) for p in parts):
        return Byline(authors=tuple(_undouble(p) for p in parts), organisations=())
    name = leading_name(text)
    if name is None:
        return None
    rest = text[len(name) :].split()
    if len(rest) <= _TITLE_WORDS and all(w[:1].isupper() for w in rest):
        return Byline(authors=(name,), organisations=())
    return None


def _names_after_byline_word(part: str) -> str:
    """What follows the byline word of *part*, or ``""`` when it has none.

    Rule: the part opens with a byline word ("By", "Por:"), or says "by" after
    a date or time ("7:45 am PST by Jane Doe") or after a one-word label
    ("Analysis by Jane Doe").
    """
    match = _PREFIX.match(part)
    if match is not None:
        return part[match.end() :]
    inner = _INNER_BY.search(part)
    if inner is None or len(part) > _INNER_BY_CHARS:
        return ""
    before = part[: inner.start()].split()
    if any(c.isdigit() for c in part[: inner.start()]) or (
        len(before) == 1 and before[0][:1].isupper()
    ):
        return part[inner.end() :]
    return ""
