"""The compiled per-language grammar of the attribution stage, and its small word helpers.

:data:`GRAMMARS` holds one :class:`Grammar` per language of
:mod:`newsdoc._lexicons.cues`, built once at import: the word sets, and one
cue pattern that finds, in a single pass over a masked region, every
according-to phrase and every reporting verb form (a named-list alternation,
so matching costs the same whatever the lexicon's size).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from newsdoc._lexicons import cues

__all__ = ["GRAMMARS", "WORD", "WORD_BACK", "Grammar", "first_words", "last_words"]

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.]*(?<!\.)|[\p{L}]\.")
"""A word, apostrophes, hyphens and inner periods included ("O'Neill", "U.S")."""
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
    time_words: frozenset[str]
    intro: frozenset[str]
    conjunctions: frozenset[str]
    relatives: frozenset[str]
    source_stops: tuple[str, ...]
    pronouns: frozenset[str]
    abbreviations: frozenset[str]
    boundary: regex.Pattern[str]
    time: regex.Pattern[str]
    extension: regex.Pattern[str]


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
        time_words=cues.TIME_WORDS[language],
        intro=frozenset(intro),
        conjunctions=cues.CONJUNCTIONS[language],
        relatives=cues.RELATIVES[language],
        source_stops=cues.SOURCE_STOPS[language],
        pronouns=cues.PRONOUNS[language],
        abbreviations=cues.ABBREVIATIONS[language],
        boundary=boundary,
        extension=regex.compile(cues.CUE_EXTENSIONS[language], regex.IGNORECASE),
        time=regex.compile(
            r"\s*(?:" + cues.TIME_ADVERBIALS[language] + r")(?![\p{L}\p{N}])", regex.IGNORECASE
        ),
    )


GRAMMARS = {language: _compile(language) for language in cues.LANGUAGES}
"""One compiled grammar per language with cue data."""


def first_words(masked: str, start: int, end: int, limit: int) -> Iterator[regex.Match[str]]:
    """Yield up to *limit* words of ``masked[start:end]``, first to last."""
    for count, m in enumerate(WORD.finditer(masked, start, end)):
        if count >= limit:
            return
        yield m


def last_words(masked: str, start: int, end: int, limit: int) -> Iterator[regex.Match[str]]:
    """Yield up to *limit* words of ``masked[start:end]``, last to first."""
    for count, m in enumerate(WORD_BACK.finditer(masked, start, end)):
        if count >= limit:
            return
        yield m
