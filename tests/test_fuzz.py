"""Fuzz tests: parse is total and keeps its contract; loaders raise only DeserializationError.

Each target runs ``NEWSDOC_FUZZ_EXAMPLES`` inputs (default 300, a few seconds);
set it to 100000 or more for a long run. The atheris targets in ``fuzz/`` run
the same properties under libFuzzer (``nox -s fuzz``).
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from news_samples import SYNTHETIC, corpus_texts
from newsdoc import Article, DeserializationError, from_dict, from_json, parse, to_dict
from newsdoc._invariants import violations
from newsdoc.strategies import articles

EXAMPLES = int(os.environ.get("NEWSDOC_FUZZ_EXAMPLES", "300"))
fuzz = settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
fuzz_documents = settings(fuzz, max_examples=max(20, EXAMPLES // 4))
"""Generating whole articles is slow: a quarter as many of them."""

_CORPUS = corpus_texts()
SEEDS: tuple[str, ...] = SYNTHETIC + _CORPUS[:: max(1, len(_CORPUS) // 40)]
"""Synthetic texts, plus about forty corpus texts when the shared corpus is present."""

# ------------------------------------------------------------ text pieces
LINE_ENDS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n", "\r\n\r\n")
ODD_CHARACTERS = (
    "\x00",  # NUL
    "\ufeff",  # BOM / zero-width no-break space
    "\ufffe",
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u2060",
    "\u200e",  # left-to-right mark
    "\u200f",
    "\u202a",  # bidi embeddings and overrides
    "\u202b",
    "\u202d",
    "\u202e",
    "\u2066",  # bidi isolates
    "\u2069",
    "\ud800",  # lone surrogates
    "\udfff",
    "\u0301",  # combining acute
    "\u00a0",  # no-break space
    "\u3000",
    "\t",
    "\x1b",
    "\x7f",
    "\U0001f600",
    "\U0010ffff",
)
NEWS_TOKENS = (
    "said", "says", "told reporters", "according to", "dijo", "afirmó", "según", "disse",
    "afirmou", "segundo", "de acordo com", '"', "“", "”", "‘", "’", "«", "»", "'", "(", ")",
    "[", "]", " - ", " — ", " – ", "-", ":", ",", ".", "By", "Photo by", "/Getty Images",
    "(AP Photo/", "REUTERS/", "EFE/", "AFP via Getty Images", "- Anadolu Agency", "Image caption",
    "Photo:", "Foto:", "EDITORIAL USE ONLY", "MANDATORY CREDIT", "HANDOUT", "NO SALES",
    "WASHINGTON", "MADRID, 27 abr (EFE).-", "ANKARA (AA) -", "(Reuters)", "FEBRUARY 09",
    "April 27, 2022", "2022-04-27", "27/04/2022", "Nov. 19, 2019 5:31 p.m. ET", "yesterday",
    "Updated", "Published", "Jane Doe", "John Smith", "Share", "Read more", "©", "Home", "|",
)  # fmt: skip


def _chars() -> st.SearchStrategy[str]:
    """Any code point at all, surrogates included, or one of the odd ones above."""
    return st.one_of(
        st.characters(codec=None, categories=None),
        st.sampled_from(ODD_CHARACTERS),
        st.sampled_from(LINE_ENDS),
    )


def any_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Arbitrary Unicode, weighted towards control, zero-width, bidi and line-end characters."""
    return st.lists(_chars(), max_size=max_size).map("".join)


def news_like(max_size: int = 120) -> st.SearchStrategy[str]:
    """Streams of news tokens, words and odd characters, broken by every kind of line end."""
    word = st.from_regex(r"[A-Z]?[a-zà-ÿ]{1,9}|[A-Z]{2,10}|[0-9]{1,4}", fullmatch=True)
    piece = st.one_of(st.sampled_from(NEWS_TOKENS), word, st.sampled_from(ODD_CHARACTERS), _chars())
    separator = st.sampled_from((" ", " ", " ", "", "  ", *LINE_ENDS))
    pairs = st.lists(st.tuples(piece, separator), max_size=max_size)
    return pairs.map(lambda ps: "".join(p + s for p, s in ps))


_MUTATION_SEEDS = tuple(seed[:2000] for seed in SEEDS)


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[str, ...] = _MUTATION_SEEDS) -> str:
    """A seed text (its first 2000 characters) cut, spliced with another, and sprinkled
    with odd characters and line ends."""
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        at = draw(st.integers(0, n))
        to = draw(st.integers(at, min(n, at + 400)))
        action = draw(st.sampled_from(("delete", "insert", "duplicate", "splice", "line-ends")))
        if action == "delete":
            text = text[:at] + text[to:]
        elif action == "insert":
            text = text[:at] + draw(st.one_of(any_text(20), news_like(10))) + text[at:]
        elif action == "duplicate":
            text = text[:to] + text[at:to] * draw(st.integers(1, 5)) + text[to:]
        elif action == "splice":
            other = draw(st.sampled_from(seeds))
            text = text[:at] + other[draw(st.integers(0, len(other))) :]
        else:
            text = text.replace("\n", draw(st.sampled_from(LINE_ENDS)))
    return text


def long_line() -> st.SearchStrategy[str]:
    """A very long line (no line break) of words, quotes or capitals."""
    unit = st.sampled_from(
        ("word ", "Capital ", '"quoted" ', "(aside) ", "said ", "— ", "x", "ÁÉÍ ", "\u200b")
    )
    return st.tuples(unit, st.integers(500, 5000)).map(lambda t: t[0] * t[1])


def assert_contract(text: str) -> None:
    article = parse(text)
    assert isinstance(article, Article)
    assert violations(text, article) == []


# ------------------------------------------------------------ parse
@fuzz
@given(any_text())
def test_parse_keeps_its_contract_on_arbitrary_unicode(text: str) -> None:
    assert_contract(text)


@fuzz
@given(news_like())
def test_parse_keeps_its_contract_on_news_like_token_soup(text: str) -> None:
    assert_contract(text)


@fuzz
@given(mutated())
def test_parse_keeps_its_contract_on_mutated_and_spliced_texts(text: str) -> None:
    assert_contract(text)


@settings(max_examples=max(10, EXAMPLES // 30), suppress_health_check=list(HealthCheck))
@given(long_line())
def test_parse_keeps_its_contract_on_very_long_lines(text: str) -> None:
    assert_contract(text)


@pytest.mark.parametrize("text", SEEDS, ids=range(len(SEEDS)))
def test_parse_keeps_its_contract_on_the_seeds(text: str) -> None:
    assert_contract(text)


@pytest.mark.parametrize("end", LINE_ENDS)
def test_parse_keeps_its_contract_whatever_the_line_ends(end: str) -> None:
    for text in SYNTHETIC:
        assert_contract(text.replace("\n", end))
        assert_contract("\ufeff" + text.replace("\n", end + "\u200b"))


@fuzz
@given(st.binary(max_size=300))
def test_parse_bytes_keeps_its_contract_on_arbitrary_bytes(data: bytes) -> None:
    article = newsdoc.parse_bytes(data)
    assert violations(newsdoc.decode_bytes(data).text, article) == []


# ------------------------------------------------------------ loaders
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from((-1, 2**63, -(2**63) - 1, 10**100, 0)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(("", "2022-04-27", "2022-02-30", "yesterday", "direct", "paragraph", "1e309")),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _deep(depth: int, *, as_dict: bool) -> Any:  # noqa: ANN401 -- any JSON value
    value: Any = 0
    for _ in range(depth):
        value = {"x": value} if as_dict else [value]
    return value


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:  # noqa: ANN401 -- any JSON value
    """Every path into a JSON value, the root included, at most 12 levels deep."""
    found = [path]
    if len(path) >= 12:
        return found
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:  # noqa: ANN401 -- any JSON value
    if not path:
        return new
    head, *rest = path
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(value[head], tuple(rest), new)
    return copy


def _drop(value: Any, path: tuple[Any, ...]) -> Any:  # noqa: ANN401 -- any JSON value
    if len(path) == 1:
        copy: Any = dict(value) if isinstance(value, dict) else list(value)
        del copy[path[0]]
        return copy
    return _replace(value, path[:1], _drop(value[path[0]], path[1:]))


def _documents() -> st.SearchStrategy[dict[str, Any]]:
    """Valid documents: generated articles (every type), or parses of the synthetic texts."""
    parsed = [to_dict(parse(text)) for text in SYNTHETIC]
    return st.one_of(articles(max_items=2).map(to_dict), st.sampled_from(parsed))


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:  # noqa: ANN401 -- any JSON value
    """A valid document with a few values replaced, removed, or nested absurdly deep."""
    document: Any = draw(_documents())
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_paths(document)))
        action = draw(st.sampled_from(("replace", "drop", "deep", "add")))
        if action == "drop" and path:
            document = _drop(document, path)
        elif action == "deep":
            depth = draw(st.sampled_from((50, 500, 5000)))
            document = _replace(document, path, _deep(depth, as_dict=draw(st.booleans())))
        elif action == "add" and isinstance(document, dict):
            document = {**document, draw(st.text(max_size=10)): draw(JSON_VALUES)}
        else:
            document = _replace(document, path, draw(JSON_VALUES))
    return document


def _load(data: Any, *, strict: bool = False) -> Article | None:  # noqa: ANN401 -- any value at all
    """The article *data* holds, or None when it is refused with DeserializationError."""
    try:
        return from_dict(data, strict=strict)
    except DeserializationError as error:
        errors = error.errors
    assert errors  # the error names at least one offending path
    return None


@fuzz_documents
@given(mutated_documents(), st.booleans())
def test_from_dict_raises_only_deserialization_error(document: Any, strict: bool) -> None:  # noqa: ANN401, FBT001 -- any JSON value; a drawn flag
    article = _load(document, strict=strict)
    if article is not None:
        assert from_dict(to_dict(article)) == article


@fuzz_documents
@given(mutated_documents())
def test_from_json_raises_only_deserialization_error(document: Any) -> None:  # noqa: ANN401 -- any JSON value
    try:
        text = json.dumps(document)
    except (ValueError, RecursionError):
        return
    for data in (text, text.encode()):
        try:
            article = from_json(data)
        except DeserializationError:
            continue
        assert from_json(newsdoc.to_json(article)) == article


@fuzz_documents
@given(st.data())
def test_from_json_raises_only_deserialization_error_on_corrupted_bytes(
    data: st.DataObject,
) -> None:
    raw = bytearray(json.dumps(data.draw(_documents())).encode())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        raw[at : at + 1] = data.draw(st.binary(max_size=3))
    try:
        from_json(bytes(raw))
    except DeserializationError:
        return


@fuzz
@given(JSON_VALUES)
def test_from_dict_raises_only_deserialization_error_on_any_json_value(value: Any) -> None:  # noqa: ANN401 -- any JSON value
    _load(value)


@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
@pytest.mark.parametrize("opener", ["[", '{"a":', '{"paragraphs":'])
def test_from_json_refuses_deep_nesting_with_deserialization_error(opener: str, depth: int) -> None:
    closer = {"[": "]", '{"a":': "}", '{"paragraphs":': "}"}[opener]
    with pytest.raises(DeserializationError, match="nested"):
        from_json(opener * depth + "0" + closer * depth)


def test_from_json_reads_extension_data_nested_a_few_levels() -> None:
    document = newsdoc.to_json(parse(SYNTHETIC[0]))
    extended = document[:-1] + ', "extension": ' + '{"a": [' * 10 + "0" + "]}" * 10 + "}"
    assert from_json(extended) == parse(SYNTHETIC[0])


def test_from_dict_refuses_self_referencing_data() -> None:
    document: dict[str, Any] = to_dict(parse(SYNTHETIC[0]))
    document["extension"] = document
    with pytest.raises(DeserializationError, match="nested"):
        from_dict(document)


def test_from_json_refuses_documents_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    document = newsdoc.to_json(parse(SYNTHETIC[0]))
    monkeypatch.setattr(newsdoc.serialize, "MAX_JSON_LENGTH", len(document) - 1)
    with pytest.raises(DeserializationError, match="exceeds"):
        from_json(document)
    with pytest.raises(DeserializationError, match="exceeds"):
        from_json(document.encode())


@pytest.mark.parametrize("as_dict", [True, False])
def test_from_dict_refuses_deep_nesting_with_deserialization_error(as_dict: bool) -> None:  # noqa: FBT001 -- a parameter
    document = to_dict(parse(SYNTHETIC[0]))
    for key in ("paragraphs", "dateline", "headline", "blocks"):
        assert _load({**document, key: _deep(20_000, as_dict=as_dict)}) is None


@pytest.mark.parametrize(
    "number", ["1" * 5000, "1e400", "-1e400", "1" * 300 + ".5", "NaN", "Infinity", "-1"]
)
def test_from_json_takes_huge_numbers_without_crashing(number: str) -> None:
    document = newsdoc.to_json(parse(SYNTHETIC[0]))
    start = document.index('"span": [') + len('"span": [')
    corrupted = document[:start] + number + document[document.index(",", start) :]
    with pytest.raises(DeserializationError):
        from_json(corrupted)
