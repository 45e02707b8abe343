"""Linear time: parsing 8 times the input takes at most 12 times as long, for every family.

Each family builds a pathological text of about *n* characters from one
repeated fragment (runs of quotes, dashes, brackets, capitalised words,
credit-like and date-like fragments, no line breaks at all, ...). The parse
times (CPU time) of *n* and 8 *n* characters are measured in the same run,
best of several tries after a warm-up, and only their RATIO is asserted: no
wall-clock threshold, so a slow machine does not fail the test, while a
quadratic stage (64 times the time) does. The bound leaves room for timer
noise on a busy machine; the measured ratios (at most 9 on a quiet one) are
reported by the benchmarks.

The second half checks every compiled pattern of the package for catastrophic
backtracking with regexploit, when it is installed.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import time
from typing import TYPE_CHECKING

import attrs
import pytest
import regex

import newsdoc
from news_samples import SYNTHETIC
from newsdoc import Span, decode_bytes, parse
from newsdoc._parser.attribution import extract_attributions
from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.captions import match_caption, parse_caption
from newsdoc._parser.datelines import match_dateline
from newsdoc._parser.dates import find_dates, find_published
from newsdoc._parser.language import detect_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

SIZE = 1_500
"""The small input, in characters; the large one is eight times longer."""
FACTOR = 8
BOUND = 12.0
"""8 times the input may take at most this many times as long."""
TRIES = 3

FAMILIES: dict[str, str] = {
    "straight double quotes": '"',
    "quoted words": '"Word" ',
    "unbalanced curly quotes": "“word ",
    "guillemets": "«palabra» ",
    "apostrophes": "'",
    "single quotes around words": "'a' ",
    "hyphens": "-",
    "spaced dashes": " - ",
    "em dashes": "—",
    "open parentheses": "(",
    "open brackets of every kind": "([{",
    "parenthesised words": "(word) ",
    "capitalised words": "Word ",
    "upper-case words": "WASHINGTON ",
    "name-like pairs": "Jane Doe, ",
    "a sentence without line breaks": "The minister said the plan would work. ",
    "credit-like fragments": "(Photo by Jane Doe/Getty Images) ",
    "agency credits": "REUTERS/Jane Doe ",
    "restriction phrases": "EDITORIAL USE ONLY - MANDATORY CREDIT - ",
    "caption labels": "Photo: ",
    "date-like fragments": "April 27, 2022 ",
    "numeric dates": "27/04/2022 ",
    "day-month pairs": "FEBRUARY 09 ",
    "times": "5:31 p.m. ET ",
    "dateline-like fragments": "MADRID, 27 abr (EFE).- ",
    "attribution cues": "he said, ",
    "according to": "according to ",
    "quotes with cues": '"We will win," she said. ',
    "bylines": "By Jane Doe and ",
    "many short lines": "Home\n",
    "many blank-line paragraphs": "A short paragraph.\n\n",
    "hard-wrapped lines": "a hard wrapped line of wire copy that goes on for a while\n",
    "digits": "1",
    "letters": "a",
    "whitespace and zero-width": " \u200b\u00a0",
    "mixed line ends": "word\r\nword\rword\u2028",
}


def _text(fragment: str, size: int) -> str:
    """*fragment* repeated to *size* characters."""
    return (fragment * (size // len(fragment) + 1))[:size]


def best_time(function: Callable[[], object], tries: int = TRIES) -> float:
    """The shortest of *tries* timings of *function*, in CPU time of this process.

    CPU time, not wall-clock time: on a loaded machine a preempted run would
    otherwise look slow. The garbage collector is off while timing: a full
    collection costs as much as the whole heap of the test process, not of
    the input, and would land more often in the larger run.
    """
    best = float("inf")
    for _ in range(tries):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def ratio(
    make: Callable[[int], str], stage: Callable[[str], object] = parse, size: int = SIZE
) -> float:
    """How many times longer ``stage(make(8 n))`` takes than ``stage(make(n))``.

    Measured again (up to three rounds) while above :data:`BOUND`, keeping the
    lowest: noise only ever makes a ratio look worse.
    """
    small, large = make(size), make(size * FACTOR)
    stage(small)  # warm-up: caches, lazily built tables
    stage(large)
    found = float("inf")
    for _ in range(3):
        found = min(found, best_time(lambda: stage(large)) / best_time(lambda: stage(small)))
        if found <= BOUND:
            break
    return found


BODY_SIZE = 6_000
BODY = "Harbour plan approved\n\nBy Jane Doe\n\n"
"""A headline and a byline, so that the pathological text is read as a body paragraph."""


KNOWN_SLOW: dict[tuple[str, str], pytest.MarkDecorator] = {}
"""Known quadratic stages (none: the attribution ones were fixed), marked xfail(strict=True)."""


@pytest.mark.parametrize(
    "fragment",
    [
        pytest.param(
            fragment, id=family, marks=KNOWN_SLOW.get(("extract_attributions", family), ())
        )
        for family, fragment in FAMILIES.items()
    ],
)
def test_parse_time_grows_linearly_on_pathological_input(fragment: str) -> None:
    assert ratio(lambda size: _text(fragment, size)) <= BOUND


@pytest.mark.parametrize(
    ("fragment", "size"),
    [
        pytest.param(
            fragment,
            SIZE if (("extract_attributions", family)) in KNOWN_SLOW else BODY_SIZE,
            id=family,
            marks=KNOWN_SLOW.get(("extract_attributions", family), ()),
        )
        for family, fragment in FAMILIES.items()
        if "\n" not in fragment and "\r" not in fragment  # one line: one body paragraph
    ],
)
def test_parse_time_grows_linearly_on_pathological_body_paragraphs(
    fragment: str, size: int
) -> None:
    # Long enough from the start that the text is a paragraph at both sizes (a
    # block of a few thousand characters can still be read as a caption); the
    # known quadratic cases stay small, or they would take minutes.
    assert ratio(lambda n: BODY + _text(fragment, n), size=size) <= BOUND


@pytest.mark.parametrize("depth", ["(", "[", "“"])
def test_parse_time_grows_linearly_on_deep_nesting(depth: str) -> None:
    closer = {"(": ")", "[": "]", "“": "”"}[depth]

    def make(size: int) -> str:
        half = size // 2
        return depth * half + closer * half

    assert ratio(make) <= BOUND


def test_parse_time_grows_linearly_on_a_long_realistic_page() -> None:
    page = "\n\n".join(SYNTHETIC)
    assert ratio(lambda size: _text(page, size), size=BODY_SIZE) <= BOUND


# ---------------------------------------------------------------- stages
def _whole(text: str) -> tuple[Span, ...]:
    return (Span(start=0, end=len(text)),)


STAGES: dict[str, Callable[[str], object]] = {
    "split_blocks": split_blocks,
    "find_dates": find_dates,
    "find_published": lambda t: find_published(t, headline=None, body=_whole(t)[0]),
    "detect_language": detect_language,
    "match_caption": match_caption,
    "parse_caption": parse_caption,
    "match_dateline": match_dateline,
    "extract_attributions": lambda t: extract_attributions(t, _whole(t), language="en"),
}
"""The parser's stages, each called on the whole text (the orchestrator calls
most of them on one block or paragraph at a time, so this is harsher)."""


@pytest.mark.parametrize(
    ("stage", "fragment"),
    [
        pytest.param(
            stage, fragment, id=f"{stage}-{family}", marks=KNOWN_SLOW.get((stage, family), ())
        )
        for stage in STAGES
        for family, fragment in FAMILIES.items()
    ],
)
def test_each_stage_takes_linear_time_on_pathological_input(stage: str, fragment: str) -> None:
    assert ratio(lambda size: _text(fragment, size), STAGES[stage]) <= BOUND


OPENINGS: dict[str, str] = {
    "a wire dateline's agency": "WASHINGTON (Reuters)",
    "a dateline's stop": "MADRID, 27 abr (EFE).",
    "an upper-case place": "SAN FRANCISCO",
}
"""Beginnings of a rule, each followed by a long run of white space and then the mark
the rule ends on, so that a pattern which splits the run in several ways shows."""


@pytest.mark.parametrize("opening", OPENINGS.values(), ids=OPENINGS.keys())
@pytest.mark.parametrize("stage", ["match_dateline", "parse"])
def test_a_long_run_of_white_space_inside_a_rule_takes_linear_time(
    stage: str, opening: str
) -> None:
    run = STAGES.get(stage, parse)
    assert ratio(lambda size: f"{opening}{' ' * size}x) - word", run, size=BODY_SIZE) <= BOUND


# ---------------------------------------------------------------- bytes
BYTE_FAMILIES: dict[str, bytes] = {
    "mojibake": "Ã©".encode(),
    "double mojibake": "Ã¢â‚¬â„¢".encode(),
    "mojibake-like but invalid": "Ã¢â‚".encode(),
    "invalid bytes": b"\xff",
    "lone lead bytes": b"\xc3",
    "truncated sequences": b"\xe2\x82",
    "windows-1252 text": "café – “ok” ".encode("cp1252"),
    "utf-8 mixed with windows-1252": "é".encode() + b"\xe9 ",
    "utf-16 without bom": "word ".encode("utf-16-le"),
    "nul bytes": b"\x00a",
}


@pytest.mark.parametrize("fragment", BYTE_FAMILIES.values(), ids=BYTE_FAMILIES.keys())
def test_decoding_takes_linear_time_on_pathological_bytes(fragment: bytes) -> None:
    def make(size: int) -> str:
        return (fragment * (size // len(fragment) + 1))[:size].decode("latin-1")

    def decode(text: str) -> object:
        return decode_bytes(text.encode("latin-1"))

    assert ratio(make, decode, size=BODY_SIZE) <= BOUND


# ---------------------------------------------------------------- patterns
def _modules() -> Iterator[object]:
    """Every module of the package, imported."""
    yield newsdoc
    for info in pkgutil.walk_packages(newsdoc.__path__, "newsdoc."):
        yield importlib.import_module(info.name)


def _patterns_in(
    value: object, path: str, depth: int = 0
) -> Iterator[tuple[str, regex.Pattern[str]]]:
    """The compiled patterns in a module-level value: itself, or inside containers and records."""
    if isinstance(value, regex.Pattern):
        yield path, value
        return
    if depth >= 3:  # grammars keep patterns in records inside mappings
        return
    if isinstance(value, dict):
        items: Iterable[tuple[object, object]] = value.items()
    elif isinstance(value, list | tuple | frozenset | set):
        items = enumerate(value)
    elif attrs.has(type(value)):
        items = ((name, getattr(value, name)) for name in attrs.asdict(value, recurse=False))  # type: ignore[arg-type]
    else:
        return
    for key, item in items:
        yield from _patterns_in(item, f"{path}[{key!r}]", depth + 1)


def compiled_patterns() -> dict[str, regex.Pattern[str]]:
    """Every compiled ``regex`` pattern the package holds at module level, by name.

    Patterns inside module-level mappings, sequences and attrs records (such as
    per-language grammars) count too.
    """
    found: dict[str, regex.Pattern[str]] = {}
    for module in _modules():
        prefix = getattr(module, "__name__", "?")
        for name, value in vars(module).items():
            found.update(_patterns_in(value, f"{prefix}.{name}"))
    return found


# regexploit reads the syntax of the re module; the regex module's property
# classes and a few other constructs are rewritten to an equivalent class.
_TRANSLATIONS = (
    (regex.compile(r"\\[pP]\{\^?[^}]*\}"), r"\\w"),
    (regex.compile(r"\[\[:\^?\w+:\]\]"), r"\\w"),
    (regex.compile(r"\[:\^?\w+:\]"), r"\\w"),
    (regex.compile(r"\(\?[|>]"), "(?:"),
    (regex.compile(r"(?<!\\)([*+?}])\+"), r"\1"),  # possessive quantifiers
    (regex.compile(r"\\[XRK]"), "."),
    (regex.compile(r"\(\?V[01]\)"), ""),
    (regex.compile(r"\(\?r\)"), ""),  # reverse searching
    (regex.compile(r"\(\?P?<\w+>"), "(?:"),  # the regex module allows a group name twice
    (regex.compile(r"\(\?P=\w+\)"), "(?:.)"),  # so back references lose their group
    (regex.compile(r"\\L<\w+>"), r"\\w+"),  # a named list of words: at worst a run of letters
)


def _for_regexploit(pattern: str) -> str:
    for rule, replacement in _TRANSLATIONS:
        pattern = rule.sub(replacement, pattern)
    return pattern


def test_no_compiled_pattern_backtracks_catastrophically() -> None:
    sre = pytest.importorskip("regexploit.ast.sre")
    redos = pytest.importorskip("regexploit.redos")
    patterns = compiled_patterns()
    assert len(patterns) > 20  # the collector finds the parser's patterns
    unreadable, dangerous = [], []
    for name, pattern in patterns.items():
        source = _for_regexploit(pattern.pattern)
        try:
            parsed = sre.SreOpParser().parse_sre(source, pattern.flags & 0xFF)
        except Exception:  # noqa: BLE001 -- regexploit cannot read every regex-module construct
            unreadable.append(name)
            continue
        dangerous += [
            f"{name}: {pattern.pattern[:80]!r} (starriness {found.starriness})"
            for found in redos.find(parsed)
            if found.starriness > 2
        ]
    assert dangerous == []
    assert len(unreadable) <= len(patterns) // 10, unreadable
