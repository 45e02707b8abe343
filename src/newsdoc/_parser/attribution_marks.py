"""Punctuation cues: a colon or a dash, not a verb, ties a source to its content.

* :func:`name_colon` -- ``Name: "quote"`` opening a paragraph.
* :func:`dash_name` -- ``"quote" — Name``.
* :func:`transcript_turn` -- a paragraph of a transcript, ``SPEAKER: words``.
* :func:`headline_colon` -- a headline's ``Speaker: claim`` (``Pence: Flowers
  Won't Be at Debate``), the newsroom convention that PolNeAR and the
  Portuguese gold annotate with the colon as cue.
"""

from __future__ import annotations

import regex

from newsdoc._parser.attribution_grammar import Grammar, first_words, has_cue
from newsdoc._parser.attribution_phrases import Sentence, trim_pair
from newsdoc._parser.attribution_rules import Found, count_words, quote_content

__all__ = ["dash_name", "headline_colon", "name_colon", "transcript_turn"]

_NAME_COLON = regex.compile(
    r"\s*(?P<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,4})\s*(?P<colon>:)\s*(?=[\"“«„])"
)
_DASH_NAME = regex.compile(r"\s*(?P<dash>[—―–]|-{1,2})\s*(?P<name>\p{Lu}[^;:\"“”«»]{0,80})")
_HEADLINE_LABEL = regex.compile(r"\s*(?P<label>[^:;,.!?\"“”«»„\ue000]{1,80}?)\s*(?P<colon>:)\s")
_TRANSCRIPT = regex.compile(
    r"[\"“„«]?\s*(?P<name>\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3})"
    r"[ \t]*(?P<colon>:)\s+(?=\S)"
)
_CLOSERS = '"”»'
_LABEL_WORDS = 3
"""A longer label ("Warren Hammers Wells Fargo CEO:") must be followed by a quotation."""
_QUOTED_LABEL_WORDS = 6
_MIN_CLAIM_WORDS = 3


def name_colon(s: Sentence) -> Found | None:
    """Rule: ``Name: "quote"`` -- a short capitalised name and a colon introduce a quotation."""
    window = min(s.end, s.start + 120)
    if not s.quotes or s.masked.find(":", s.start, window) == -1:
        return None  # the pattern needs a colon, and a quotation after it
    m = _NAME_COLON.match(s.masked, s.start, window)
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
        m = _DASH_NAME.match(
            s.masked, max(q.close, s.start), min(s.end, max(q.close, s.start) + 120)
        )
        if m is None:
            continue
        name = trim_pair(s.masked, m.start("name"), s.end, " ,;:.\u00a0")
        if count_words(s, *name, limit=12) <= 10:
            return Found(cue=m.span("dash"), source=name, content=((q.start, q.end),))
    return None


def headline_colon(s: Sentence, g: Grammar) -> Found | None:
    """Rule: a headline's ``Speaker: claim`` -- a short name, a colon, a claim of a few words.

    The label is one to three capitalised words with no function word
    ("Pence", "Papa Francisco", "Poll"; not "Stealth Over Health", not
    "Tsunamis no Ártico"), no section kicker ("Analysis", "En vivo") and no
    cue ("Lee Warns Voters:" is read at its verb); up to six words when the
    claim is a quotation.
    """
    if not s.headline:
        return None
    m = _HEADLINE_LABEL.match(s.masked, s.start, min(s.end, s.start + 100))
    if m is None:
        return None
    size = _label_size(s, m, g)
    if size is None:
        return None
    quoted = m.end() in s.opens
    claim = quote_content(s, m.end(), s.end)
    if claim is None or (
        not quoted and count_words(s, *claim, limit=_MIN_CLAIM_WORDS) < _MIN_CLAIM_WORDS
    ):
        return None
    if size > (_QUOTED_LABEL_WORDS if quoted else _LABEL_WORDS):
        return None
    source = trim_pair(s.masked, *m.span("label"))
    return Found(cue=m.span("colon"), source=source, content=(claim,))


def _label_size(s: Sentence, m: regex.Match[str], g: Grammar) -> int | None:
    """Rule: a speaker label is capitalised words, none a function word, not a kicker.

    Returns how many words it has, or ``None`` when it is no speaker label.
    """
    label = list(first_words(s.masked, *m.span("label"), _QUOTED_LABEL_WORDS + 1))
    if not label or " ".join(w.group() for w in label).casefold() in g.headline_kickers:
        return None
    if has_cue(g, s.masked, *m.span("label")):
        return None
    for w in label:
        word = w.group()
        if not (word[0].isupper() or word[0].isdigit()) or word.casefold() in g.headline_stops:
            return None
    return len(label)


def transcript_turn(text: str, start: int, end: int, g: Grammar) -> Found | None:
    """Rule: ``SPEAKER: words`` -- a paragraph opening with a capitalised name and a colon.

    Interview transcripts give each turn its own paragraph, the speaker in
    capitals ("PENCE:", "MR. LEE:"), often inside one long quotation. The
    content is the rest of the paragraph. One-letter labels ("Q:") and
    section labels ("CORRECTION:", "UPDATE:") name no speaker. Offsets are
    relative to *start*.
    """
    window = min(end, start + 80)
    if text.find(":", start, window) == -1:
        return None  # the pattern needs the speaker's colon
    m = _TRANSCRIPT.match(text, start, window)
    if m is None or len(m.group("name").replace(".", "")) < 2:  # "Q:", "A:"
        return None
    if m.group("name").casefold().replace("’", "'") in g.headline_kickers:
        return None
    stop = end
    while stop > m.end() and text[stop - 1].isspace():
        stop -= 1
    if stop > m.end() and text[stop - 1] in _CLOSERS and text[m.start()] in '"“„«':
        stop -= 1
    if stop <= m.end():
        return None
    return Found(
        cue=(m.start("colon") - start, m.end("colon") - start),
        source=(m.start("name") - start, m.end("name") - start),
        content=((m.end() - start, stop - start),),
    )
