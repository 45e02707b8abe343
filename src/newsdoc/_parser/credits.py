"""Picture credits: find the credit that ends (or opens) a caption and split it.

A credit is recognised by one of these rules, tried in order on the end of a
caption (:data:`TAIL_RECOGNISERS`):

1. a bracketed credit, ``(Photo by NAME/Getty Images)``, ``(AP Photo/NAME)``,
   ``(Image: Getty)``, ``(AA Photo)``, ``( NAME - Anadolu Agency )``, possibly
   after a short name (``NAME (REUTERS)``);
2. a label ending in a colon, ``Photo: NAME/AFP``, ``Foto: ...``, ``Credit: ...``,
   and the New York Times' glued ``Credit...NAME``;
3. a copyright sign, ``© NAME/AFP``;
4. a "by" phrase, ``Photo by NAME/UPI``;
5. a chain of names and agencies joined by ``/``, ``|`` or a spaced dash,
   ``REUTERS/NAME``, ``EPA-EFE/NAME``, ``NAME / Anadolu Agency``, ``NAME | EFE``.

The credit's text is as written, without enclosing brackets, leading labels,
a leading ``©`` or the separator before it; "Photo by" stays.
:func:`split_credit` then names the photographer and the agency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from newsdoc._lexicons import credits as lex
from newsdoc._parser._text import collapse, trim
from newsdoc.model import Credit, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = [
    "TAIL_RECOGNISERS",
    "CreditMatch",
    "find_credit",
    "find_leading_credit",
    "is_agency",
    "is_known_agency",
    "split_credit",
]

_TAIL = 260
"""How far back from the end of a caption a credit may start."""


@attrs.frozen(kw_only=True)
class CreditMatch:
    """A credit found in a caption."""

    credit: Credit
    """The credit, photographer and agency split out."""
    span: Span
    """Where the credit text stands (no brackets, label or separator)."""
    outer: Span
    """Everything the credit takes from the caption: brackets, label, separator."""
    strong: bool
    """Whether the credit alone shows that its block is a caption."""


def _alternation(words: tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _union(table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every word of a per-language table."""
    return tuple(word for words in table.values() for word in words)


_AGENCY_SET = frozenset(collapse(a).casefold() for a in lex.AGENCIES)
_ROLE_SET = frozenset(w.casefold() for w in lex.ROLE_WORDS)
_ORG_SET = frozenset(w.casefold() for w in lex.ORGANISATION_WORDS)
_LABELS = _alternation(_union(lex.CREDIT_LABELS))
_BY = _alternation(_union(lex.CREDIT_BY))

_BARE = _alternation(lex.BARE_CREDIT_LABELS)
_LABEL_UNIT = rf"(?i:{_LABELS})\s*(?::|\.\.\.|…)\s*"

_LABEL = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}])|(?<=[\p{{Ll}}\p{{N}}.,;:!?)\]”\"]))"
    rf"(?:(?:Credit)?(?:{_LABEL_UNIT})+|(?i:{_BARE})\s+)"
    r"|(?<=[\p{Ll}\p{N}.,;!?)\]”\"])Credit(?=\p{Lu})"
)
"""A credit label ("Photo:", "Foto:", "Credit...", "Credit: Photo:", "Image
copyright"), or the NYT's "Credit" glued to the credit ("...2017CreditJane Doe")."""

_LABEL_START = regex.compile(rf"\s*(?:(?:{_LABEL_UNIT})+|(?i:{_BARE})\s+)")
_BY_PHRASE = regex.compile(rf"(?<![\p{{L}}])(?:{_BY})(?::)?\s+(?=\S)")
_BY_START = regex.compile(rf"(?:{_BY})(?::)?\s+", regex.IGNORECASE)
_AP_STYLE = regex.compile(
    r"(?P<agency>AP|AP\s+Photo|AP\s+Foto)\s*/\s*(?P<rest>.+)", regex.IGNORECASE
)
_SEGMENT_SEP = regex.compile(
    r"\s*/\s*|\s+\|\s+|\s+[-–—]\s+|\s+(?=via\s)|\s+for\s+|\s*\((?=[^)]+\)\s*$)"
)
_PHOTO_SUFFIX = regex.compile(r"\s+(?:Photo|Foto|Photos|Fotos)$", regex.IGNORECASE)
_HYPHEN_AGENCY = regex.compile(r"(?<=\p{L})-(?=USA\s+TODAY)")
"""USA TODAY Sports' "NAME-USA TODAY Sports": the hyphen joins photographer and agency."""
_SENTENCE_END = regex.compile(r"[.!?…:;|/—–\-)\]”\"'’»]$")
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}?\.")
_GLUE = regex.compile(r"\p{Ll}{3,}(?=\p{Lu})|[.,;:!?)\]”\"](?=\p{Lu})")
_CONNECTORS = frozenset(w.casefold() for w in lex.NAME_PARTICLES)
_TRAILING_DOT = regex.compile(r"[\s.]+$")
_WORD = regex.compile(r"[^\s/|]+|/|\|")
_NAME_WORD = regex.compile(r"[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-&]*|\p{Ll}{1,3}\p{Lu}[\p{L}]*")


def _core_words(segment: str) -> list[str]:
    """The words of a segment without a leading "via"/"for"/"the" or trailing role words."""
    words = collapse(segment).split(" ")
    while words and words[0].casefold() in {"via", "for", "the"}:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in _ROLE_SET | {"photo", "foto"}:
        words = words[:-1]
    return words


def is_known_agency(segment: str) -> bool:
    """Return whether *segment* names a listed picture agency or publisher.

    Rule: the segment (without a leading "via"/"for" or a trailing "Photo",
    "file" or role word) is in the agency lexicon, or ends with a listed
    agency after at most five other words ("Kent Nishimura via Getty Images",
    "Universal Images Group via Getty Images").
    """
    words = _core_words(segment)
    if not words:
        return False
    if _listed(" ".join(words)):
        return True
    return len(words) <= 7 and any(_listed(" ".join(words[i:])) for i in range(1, len(words)))


def _listed(name: str) -> bool:
    """Whether *name* is a listed agency written as listed, in capitals or in lower case."""
    if name.casefold() not in _AGENCY_SET:
        return False
    return name in _AGENCY_SPELLINGS or name in {name.upper(), name.lower()}


_AGENCY_SPELLINGS = frozenset(collapse(a) for a in lex.AGENCIES)


def is_agency(segment: str) -> bool:
    """Return whether *segment* names an agency, publisher or other organisation.

    Rule: a listed agency (:func:`is_known_agency`), a segment with "via" in
    it, or one whose last word marks an organisation ("Hindustan Times").
    """
    words = _core_words(segment)
    if not words:
        return False
    if is_known_agency(segment) or "via" in (w.casefold() for w in words):
        return True
    return len(words) > 1 and words[-1].casefold() in _ORG_SET


def _is_role(segment: str) -> bool:
    """Rule: a role word ("Pool", "Handout", "File Photo") or a bare "Photo"."""
    words = collapse(segment).split(" ")
    if len(words) > 1 and words[-1].casefold() in {"photo", "foto", "photos", "fotos"}:
        words = words[:-1]
    return " ".join(words).casefold() in _ROLE_SET | {"photo", "foto"}


def _is_person(segment: str) -> bool:
    """Rule: two to five capitalised words or initials (name particles allowed), no digits."""
    words = collapse(segment).split(" ")
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in segment):
        return False
    if any(w.casefold() in _ORG_SET for w in words):
        return False
    return all(_NAME_WORD.fullmatch(w) or w.casefold() in _CONNECTORS for w in words)


def _segments(text: str) -> list[tuple[int, int]]:
    """Split a credit into (start, end) segments at "/", "|", spaced dashes, "via", "for"."""
    out: list[tuple[int, int]] = []
    pos = 0
    for sep in _SEGMENT_SEP.finditer(text):
        if sep.start() > pos:
            out.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        out.append((pos, len(text)))
    trimmed = [trim(text, s, e, brackets=True) for s, e in out]
    return [(s, e) for s, e in trimmed if e > s]


def split_credit(text: str) -> Credit:
    """Split a credit line into photographer and agency.

    Rule: "AP Photo/NAME" names AP and NAME; otherwise the credit (after any
    "Photo by") is cut into segments at "/", "|", spaced dashes, "via" and
    "for"; the first person-like segment is the photographer, role words
    ("Pool", "Handout", "File") are nobody, and the agency is the part as
    written after the photographer (or before it, when the photographer comes
    last), without role words and a trailing "Photo".

    Args:
        text: the credit as written, without brackets or labels.

    Returns:
        The :class:`~newsdoc.model.Credit` (its ``text`` is *text* collapsed).
    """
    credit_text = collapse(text)
    body = _BY_START.sub("", credit_text, count=1)
    body = _PROVIDED.sub("", body, count=1)
    body = _HYPHEN_AGENCY.sub(" - ", body)
    ap = _AP_STYLE.fullmatch(body)
    if ap:
        rest = ap.group("rest").split(",")[0].strip()
        who = rest if _is_person(rest) and not _is_role(rest) else None
        return Credit(text=credit_text, photographer=who, agency="AP")
    segs = _segments(body)
    kinds = [_kind(body[s:e]) for s, e in segs]
    photographer: str | None = None
    agency: str | None = None
    if "person" in kinds:
        i = kinds.index("person")
        photographer = body[segs[i][0] : segs[i][1]]
        after = [j for j in range(i + 1, len(segs)) if kinds[j] != "role"]
        before = [j for j in range(i) if kinds[j] != "role"]
        chosen = after or before
        if chosen:
            agency = body[segs[chosen[0]][0] : segs[chosen[-1]][1]]
    else:
        kept = [j for j in range(len(segs)) if kinds[j] != "role"]
        if kept:
            agency = body[segs[kept[0]][0] : segs[kept[-1]][1]]
    if agency is not None:
        agency = _PHOTO_SUFFIX.sub("", regex.sub(r"^via\s+", "", agency)).strip() or None
    return Credit(text=credit_text, photographer=photographer, agency=agency)


def _kind(segment: str) -> str:
    """Classify a credit segment: ``role``, ``agency``, ``person`` or ``other``."""
    if _is_role(segment):
        return "role"
    if is_agency(segment):
        return "agency"
    if _is_person(segment):
        return "person"
    return "other"


# ---------------------------------------------------------------- recognisers


def _make(
    text: str, start: int, end: int, outer: tuple[int, int], *, strong: bool
) -> CreditMatch | None:
    """Build a match for the credit at ``[start, end)`` (trimmed, without a final period)."""
    start, end = trim(text, start, end)
    end = (
        start + len(_TRAILING_DOT.sub("", text[start:end]))
        if not _INITIAL_END.search(text[start:end])
        else end
    )
    start, end = trim(text, start, end, brackets=False)
    if end <= start:
        return None
    raw = text[start:end]
    if not any(ch.isalnum() for ch in raw):
        return None
    return CreditMatch(
        credit=split_credit(raw),
        span=Span(start=start, end=end),
        outer=Span(start=min(outer[0], start), end=max(outer[1], end)),
        strong=strong,
    )


_INITIAL_END = regex.compile(r"(?<![\p{L}])\p{Lu}\.$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp)\.$")


def _bracket_open(text: str, start: int, close: int) -> int | None:
    """Return the index of the bracket opening the one at *close* (bounded scan)."""
    pair = {")": "(", "]": "["}[text[close]]
    depth = 0
    for i in range(close, max(start, close - _TAIL) - 1, -1):
        ch = text[i]
        if ch == text[close]:
            depth += 1
        elif ch == pair:
            depth -= 1
            if depth == 0:
                return i
    return None


def _closing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return ``(opening, end)`` of a bracket closing the range (a final "." allowed)."""
    s, e = trim(text, start, end)
    if e > s and text[e - 1] == ".":
        s, e = trim(text, s, e - 1)
    if e <= s or text[e - 1] not in ")]":
        return None
    opening = _bracket_open(text, s, e - 1)
    return None if opening is None else (opening, e)


def _bracketed(text: str, start: int, end: int) -> CreditMatch | None:  # noqa: PLR0911 (one exit per rule)
    """Rule 1: a bracket closing the caption whose content is a credit.

    "(Photo by NAME/Getty Images)", "(AP Photo/NAME)", "(Image: Getty)",
    "(AA Photo)", "(AFP)"; a short name right after a sentence end joins it:
    "NAME (REUTERS)".
    """
    bracket = _closing_bracket(text, start, end)
    if bracket is None:
        return None
    opening, e = bracket
    inner_s, inner_e = trim(text, opening + 1, e - 1)
    inner = text[inner_s:inner_e]
    label = _LABEL_START.match(inner) or _COPYRIGHT_START.match(inner)
    if label:
        inner_s += label.end()
        sign = regex.match(r"©\s*", text[inner_s:inner_e])
        if sign is not None:
            inner_s += sign.end()
        return _make(text, inner_s, inner_e, (opening, e), strong=True)
    if _BY_START.match(inner) or _BRACKET_LEAD.match(inner) or _ACRONYM_PHOTO.fullmatch(inner):
        return _make(text, inner_s, inner_e, (opening, e), strong=True)
    if not _credit_shaped(inner):
        return None
    segs = [inner[a:b] for a, b in _segments(inner)]
    if len(segs) == 1 and is_agency(segs[0]) and not _has_slash(inner):
        named = _name_before(text, start, opening)
        if named is not None:
            return _make(text, named, e, (named, e), strong=True)
    strength = _bracket_strength(inner, segs, boundary=_boundary_before(text, start, opening))
    if strength is None:
        return None
    return _make(text, inner_s, inner_e, (opening, e), strong=strength)


def _bracket_strength(inner: str, segs: list[str], *, boundary: bool) -> bool | None:
    """Whether bracketed text is a credit: strong, weak, or ``None`` (not one).

    Rule: strong with a listed agency, or with "/" between a person and an
    organisation; weak with any organisation, or a lone person's name after a
    sentence end ("... (Jane Roe)").
    """
    if any(is_known_agency(g) for g in segs) or (
        _has_slash(inner) and any(is_agency(g) for g in segs) and any(_is_person(g) for g in segs)
    ):
        return True
    if any(is_agency(g) for g in segs) or (_is_person(inner) and boundary):
        return False
    return None


_BRACKET_LEAD = regex.compile(
    "(?:" + "|".join(regex.escape(w) for w in lex.BRACKET_CREDIT_LEADS) + r")\s*\S",
    regex.IGNORECASE,
)
_FOR_ORGANISATION = regex.compile(r"\S+(?:\s+\S+){0,3}\s+for\s+\S+(?:\s+\S+){0,4}")
"""A photographer working for a publication: "NAME for Quanta Magazine"."""
_PROVIDED = regex.compile(
    r"(?i:(?:photo|foto)\s+(?:provided|cedida)\s+(?:to|by|por)|provided\s+to)\s+"
)
_ACRONYM_PHOTO = regex.compile(r"\p{Lu}{2,6}\s+(?:Photo|Foto|PHOTO|FOTO)")
"""Turkish and other agencies' "(DHA Photo)", "(AFP Photo)"."""
_COPYRIGHT_START = regex.compile(r"©\s*(?:(?:" + _LABELS + r")\s*:\s*)?", regex.IGNORECASE)


def _has_slash(inner: str) -> bool:
    return "/" in inner


def _credit_shaped(inner: str) -> bool:
    """Rule: no digits-only parts, no sentence inside, at most 12 words."""
    words = inner.split()
    if not words or len(words) > 12:
        return False
    if regex.search(r"[.!?]\s+\p{Ll}", inner):
        return False
    return bool(regex.search(r"\p{L}{2}", inner))


def _name_before(text: str, start: int, opening: int) -> int | None:
    """Return where a 2-4 word name right before *opening* starts, after a sentence end."""
    m = regex.search(
        r"(?:[\p{Lu}][\p{L}'’.\-]*\s+){1,3}[\p{Lu}][\p{L}'’.\-]*\s*$",
        text[max(start, opening - 80) : opening],
    )
    if m is None:
        return None
    begin = max(start, opening - 80) + m.start()
    if not _is_person(text[begin:opening]) or not _boundary_before(text, start, begin):
        return None
    return begin


def _boundary_before(text: str, start: int, pos: int) -> bool:
    """Whether *pos* starts the range or follows a sentence end or separator."""
    head = text[max(start, pos - 3) : pos].rstrip()
    if pos <= start or not text[start:pos].strip():
        return True
    return bool(_SENTENCE_END.search(head)) and not _INITIAL_END.search(
        text[max(start, pos - 6) : pos].rstrip()
    )


def _labelled(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 2: the last credit label ("Photo:", "Credit...", "Foto:") and what follows it."""
    lo = max(start, end - _TAIL)
    last = None
    for m in _LABEL.finditer(text, lo, end):
        if m.group(0)[:1].isupper():
            last = m
    if last is None:
        return None
    rest_s, rest_e = trim(text, last.end(), end)
    sign = regex.match(r"©\s*", text[rest_s:rest_e])
    if sign is not None:
        rest_s += sign.end()
    rest = text[rest_s:rest_e]
    if rest_e <= rest_s or len(rest.split()) > 16 or _NOTICE.search(rest):
        return None
    if regex.search(r"[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}", text[rest_s:rest_e]):
        return None
    if not _balanced(text[rest_s:rest_e]):
        return None
    begin = last.start()
    sep = regex.search(r"[|/—–\-·•]\s*$", text[max(start, begin - 3) : begin])
    if sep is not None:
        begin = max(start, begin - 3) + sep.start()
    copyright_sign = regex.search(r"©\s*$", text[max(start, begin - 3) : begin])
    if copyright_sign is not None:
        begin = max(start, begin - 3) + copyright_sign.start()
    plural = regex.match(r"(?i:photos|pictures|images|fotos|videos)\b", last.group(0)) is not None
    strong = not plural or "/" in rest or any(is_known_agency(g) for g in _segment_texts(rest))
    return _make(text, rest_s, rest_e, (begin, end), strong=strong)


def _segment_texts(credit: str) -> list[str]:
    return [credit[a:b] for a, b in _segments(credit)]


def _balanced(piece: str) -> bool:
    """Whether every closing bracket in *piece* is opened inside it."""
    depth = 0
    for ch in piece:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth < 0:
                return False
    return True


def _bracketed_then_remark(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 1b: a strong bracketed credit followed by a short remark of the site's.

    "... (Photo by NAME/Getty Images) Jane Doe on left." -- the remark (at
    most eight words) is dropped with the credit so the description stays one
    contiguous span.
    """
    s, e = trim(text, start, end)
    close = max(text.rfind(")", s, e), text.rfind("]", s, e))
    if close < 0 or len(text[close + 1 : e].split()) > 8 or not text[close + 1 : e].strip():
        return None
    if regex.search(r"[.!?]\s+\S", text[close + 1 : e].rstrip(".!? ")):
        return None
    found = _bracketed(text, s, close + 1)
    if found is None or not found.strong:
        return None
    return attrs.evolve(found, outer=Span(start=found.outer.start, end=e))


def _copyright(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 3: the last "©" near the end and the credit after it ("© NAME/AFP")."""
    lo = max(start, end - _TAIL)
    pos = text.rfind("©", lo, end)
    if pos < 0:
        return None
    rest = _COPYRIGHT_START.match(text, pos, end)
    rest_s = rest.end() if rest else pos + 1
    rest_s, rest_e = trim(text, rest_s, end)
    if rest_e <= rest_s or len(text[rest_s:rest_e].split()) > 10:
        return None
    if _NOTICE.search(text, rest_s, rest_e):
        return None
    return _make(text, rest_s, rest_e, (pos, end), strong=True)


_NOTICE = regex.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?i:rights\s+reserved|copyright|terms\s+of|privacy)"
    r"|\b(?:LLC|Inc|Ltd|GmbH|Pty|Corp)\b"
)
"""A site's copyright notice ("© 2019 Hearst", "All rights reserved"), not a picture credit."""


def _photo_by(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 4: the last "Photo by"/"Photograph by" phrase and what follows it."""
    lo = max(start, end - _TAIL)
    last = None
    for m in _BY_PHRASE.finditer(text, lo, end):
        last = m
    if last is None:
        return None
    rest = text[last.end() : end]
    if len(rest.split()) > 20 or regex.search(r"[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}", rest):
        return None
    if not _balanced(rest):
        return None
    begin = last.start()
    sep = regex.search(r"[|/—–\-·•]\s*$", text[max(start, begin - 3) : begin])
    if sep is not None:
        begin = max(start, begin - 3) + sep.start()
    return _make(text, last.start(), end, (begin, end), strong=True)


def _chain_tokens(text: str, lo: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, lo, end)]


def _token_kind(word: str) -> str:  # noqa: PLR0911 (one exit per word class)
    if word in {"/", "|"}:
        return "sep"
    if word in {"-", "–", "—"}:
        return "dash"
    bare = word.rstrip(",;")
    if bare != word:
        return "stop"
    if word.casefold() in _CONNECTORS:
        return "conn"
    if word.casefold() in _ROLE_SET or word.casefold() in _AGENCY_SET:
        return "name"
    if _INITIAL.fullmatch(word):
        return "name"
    if word.endswith(".") and len(word) > 3:
        return "stop"
    if _NAME_WORD.fullmatch(word):
        return "name"
    return "stop"


def _chain(text: str, start: int, end: int) -> CreditMatch | None:
    """Rule 5: names and agencies joined by "/", "|" or spaced dashes end the caption.

    "REUTERS/NAME", "EFE/EPA/NAME", "NAME / Anadolu Agency", "NAME | Bloomberg |
    Getty Images", a bare agency after a sentence end ("... Getty"). The chain
    is the run of name words, particles and separators that ends the caption;
    a word glued to the description ("...BédarEmergencias Andalucía/EFE")
    starts it. See :func:`_judge_chain` for where it starts otherwise.
    """
    s, e = trim(text, start, end)
    if e > s and text[e - 1] == "." and not _INITIAL_END.search(text[s:e]):
        e -= 1
    lo = max(s, e - _TAIL)
    tokens = _chain_tokens(text, lo, e)
    begin: int | None = None
    glued = False
    i = len(tokens) - 1
    while i >= 0:
        a, b = tokens[i]
        word = text[a:b]
        kind = _token_kind(word)
        glue = None if _INITIAL.fullmatch(word) or _starts_line(text, s, a) else _last_glue(word)
        if glue is not None and glue < len(word):
            begin, glued = a + glue, True
            break
        if kind == "stop":
            break
        i -= 1
    if begin is None:
        if i + 1 >= len(tokens):
            return None
        begin = tokens[i + 1][0]
    while True:
        m = regex.match(
            r"(?:[/|\-–—]|(?:" + "|".join(_CONNECTORS_RE) + r")(?=\s))\s*", text[begin:e]
        )
        if m is None or not m.group(0):
            break
        begin += m.end()
    if begin >= e:
        return None
    boundary = glued or _boundary_before(text, s, begin)
    return _judge_chain(text, s, begin, e, boundary=boundary)


_CONNECTORS_RE = tuple(regex.escape(c) for c in sorted(_CONNECTORS, key=len, reverse=True))


def _starts_line(text: str, start: int, pos: int) -> bool:
    """Whether *pos* opens the range, a line, or a sentence (then a word is no glued credit)."""
    before = text[max(start, pos - 3) : pos]
    return pos <= start or "\n" in before or _boundary_before(text, start, pos)


def _last_glue(word: str) -> int | None:
    """Offset in *word* where a credit glued to the description starts ("BédarEmergencias")."""
    found = None
    for m in _GLUE.finditer(word):
        found = m.end()
    return found


def _judge_chain(
    text: str, start: int, begin: int, end: int, *, boundary: bool
) -> CreditMatch | None:
    """Decide whether the chain ``[begin, end)`` is a credit, and where it starts."""
    body = text[begin:end]
    seps = list(regex.finditer(r"\s*/\s*|\s+\|\s+|\s+[-–—]\s+", body))
    segs = _segments(body)
    if not segs:
        return None
    if not boundary and seps:
        first_sep = seps[0]
        spaced = first_sep.group(0).strip() != first_sep.group(0)
        lead = body[: first_sep.start()]
        if spaced or "|" in first_sep.group(0):
            begin += first_sep.end()
            boundary = True
        else:
            begin += _same_case_tail(lead)
        body = text[begin:end]
        segs = _segments(body)
        if not segs:
            return None
    texts = [body[a:b] for a, b in segs]
    strength = _chain_strength(
        body, texts, boundary=boundary, at_start=not text[start:begin].strip()
    )
    if strength is None:
        return None
    strong = strength
    outer_begin = begin
    sep = regex.search(r"[|/—–\-·•]\s*$", text[max(start, begin - 3) : begin])
    if sep is not None:
        outer_begin = max(start, begin - 3) + sep.start()
    return _make(text, begin, end, (outer_begin, end), strong=strong)


def _chain_strength(  # noqa: PLR0911 (one exit per rule)
    body: str, texts: list[str], *, boundary: bool, at_start: bool
) -> bool | None:
    """Whether a chain is a credit: ``True`` (strong), ``False`` (weak) or ``None`` (not one).

    Rule: names joined by "/" are a credit after a sentence end (strong with a
    listed agency or a person in them); names joined by "|" or a spaced dash
    are one when a segment is an agency (strong when it is a listed one); a
    lone listed agency is a credit after a sentence end (strong when the
    sentence is on the same line); "NAME for ORGANISATION" and a capitalised
    name after a sentence end are weak; a line opening with "By" is a byline.
    """
    if regex.match(r"(?i:by|por|von|par)\s", body):
        return None
    known = any(is_known_agency(t) for t in texts)
    joined = len(texts) > 1 and bool(regex.search(r"/|\s\|\s|\s[-–—]\s", body))
    if not joined:
        if is_known_agency(body) and boundary:
            return not at_start
        if boundary and not at_start and body.isupper() and _is_person(body):
            return False
        if boundary and _FOR_ORGANISATION.fullmatch(body) and is_agency(texts[-1]):
            return False
        return None
    if any(len(t.split()) > 5 for t in texts):
        return None
    if known:
        return True
    organisation = any(is_agency(t) for t in texts)
    person = any(_is_person(t) for t in texts)
    if "/" in body and (organisation or person or any(_is_role(t) for t in texts)):
        return False if boundary or organisation else None
    if organisation and boundary:
        return False
    return None


def _same_case_tail(lead: str) -> int:
    """Offset in *lead* where its last one to three words of one letter case begin."""
    words = list(regex.finditer(r"\S+", lead))
    if not words:
        return len(lead)
    upper = words[-1].group(0).isupper()
    keep = 0
    for w in reversed(words):
        token = w.group(0)
        if keep >= 3 or token.isupper() != upper or _token_kind(token) != "name":
            break
        keep += 1
    if keep == 0:
        return len(lead)
    return words[len(words) - keep].start()


TAIL_RECOGNISERS: tuple[Callable[[str, int, int], CreditMatch | None], ...] = (
    _bracketed,
    _labelled,
    _copyright,
    _photo_by,
    _chain,
    _bracketed_then_remark,
)
"""The credit rules tried on the end of a caption, in order."""


def find_credit(text: str, start: int = 0, end: int | None = None) -> CreditMatch | None:
    """Return the credit that ends ``text[start:end]``, or ``None``.

    Args:
        text: the full text.
        start: where the caption starts.
        end: where it ends (default: the end of *text*).

    Returns:
        The first match of :data:`TAIL_RECOGNISERS`, or ``None``.
    """
    stop = len(text) if end is None else end
    for recognise in TAIL_RECOGNISERS:
        found = recognise(text, start, stop)
        if found is not None:
            return found
    return None


_LEADING = regex.compile(
    rf"\s*(?:©\s*(?:(?:{_LABELS})\s*:\s*)?|(?:{_LABELS})\s*(?::|\.\.\.|…)\s*|(?:{_BARE})\s+)",
    regex.IGNORECASE,
)


def find_leading_credit(text: str, start: int = 0, end: int | None = None) -> CreditMatch | None:
    """Return a credit that opens ``text[start:end]`` ("© NAME Description...").

    Rule: a "©" or a credit label, then either the rest of its line (when
    another line follows) or a run of two to four capitalised words, without
    the last one when a lower-case word follows (that word opens the description).

    Args:
        text: the full text.
        start: where the caption starts.
        end: where it ends (default: the end of *text*).

    Returns:
        The credit and its spans, or ``None``.
    """
    stop = len(text) if end is None else end
    lead = _LEADING.match(text, start, stop)
    if lead is None or lead.end() == lead.start():
        return None
    line_end = text.find("\n", lead.end(), stop)
    line = text[lead.end() : stop if line_end < 0 else line_end][:60]
    if _NOTICE.search(line) or regex.search(r"\d", line):
        return None
    newline = text.find("\n", lead.end(), stop)
    if newline >= 0 and text[newline:stop].strip():
        return _make(text, lead.end(), newline, (lead.start(), newline), strong=True)
    words = list(regex.finditer(r"\S+", text[lead.end() : min(stop, lead.end() + 120)]))
    run = 0
    for w in words:
        if _NAME_WORD.fullmatch(w.group(0)) and run < 5:
            run += 1
        else:
            break
    if run == 0:
        return None
    if run < len(words) and run >= 2:
        run -= 1
    cut = lead.end() + words[run - 1].end()
    return _make(text, lead.end(), cut, (lead.start(), cut), strong=True)
