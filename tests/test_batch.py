"""Tests for the batch API: parse_many and parse_partition."""

from __future__ import annotations

import functools
import itertools
import json
import pickle
from typing import TYPE_CHECKING, TypeVar

import pytest

import newsdoc
from newsdoc import from_dict, parse, parse_many, parse_partition, to_dict

if TYPE_CHECKING:
    from collections.abc import Iterator


def _text(number: int) -> str:
    return (
        f"Storm number {number} reaches the coast\n\n"
        f"By Jane Doe\n\n"
        f"The storm damaged {number} houses overnight, officials said.\n\n"
        f'"We have never seen anything like it," the mayor told reporters.\n'
    )


TEXTS = [_text(n) for n in range(25)]
_T = TypeVar("_T")


def _round_trip(value: _T) -> _T:
    """Pickle and unpickle *value*, as a process pool or a cluster does."""
    return pickle.loads(pickle.dumps(value))  # type: ignore[no-any-return]  # noqa: S301 -- our own bytes, just made


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_yields_one_article_per_text_in_input_order(workers: int) -> None:
    articles = list(parse_many(TEXTS, workers=workers, chunksize=2))
    assert articles == [parse(text) for text in TEXTS]


def test_parse_many_passes_its_options_to_parse() -> None:
    [article] = parse_many(TEXTS[:1], workers=1, language="en")
    assert article == parse(TEXTS[0], language="en")


def test_parse_many_streams_an_endless_input() -> None:
    endless = (_text(n) for n in itertools.count())
    first = list(itertools.islice(parse_many(endless, workers=2, chunksize=3), 7))
    assert first == [parse(_text(n)) for n in range(7)]


def test_parse_many_accepts_a_generator_and_an_empty_input() -> None:
    assert list(parse_many(iter([]), workers=2)) == []
    assert len(list(parse_many((t for t in TEXTS[:3]), workers=1))) == 3


@pytest.mark.parametrize(("workers", "chunksize"), [(0, 1), (1, 0), (-2, 4)])
def test_parse_many_rejects_counts_below_one_when_called(workers: int, chunksize: int) -> None:
    with pytest.raises(ValueError, match="must be >= 1"):
        parse_many(TEXTS, workers=workers, chunksize=chunksize)


def test_batch_functions_pickle_by_reference() -> None:
    for func in (parse, parse_many, parse_partition, to_dict, from_dict):
        assert _round_trip(func) is func
    bound = functools.partial(parse_partition, language="en")
    assert list(_round_trip(bound)(TEXTS[:2])) == list(bound(TEXTS[:2]))


def test_articles_and_partition_results_pickle() -> None:
    article = parse(TEXTS[0])
    assert _round_trip(article) == article
    [data] = parse_partition(TEXTS[:1])
    assert _round_trip(data) == data


def test_parse_partition_yields_dicts_that_load_back_to_parse_results() -> None:
    results = list(parse_partition(iter(TEXTS)))
    assert len(results) == len(TEXTS)
    for text, data in zip(TEXTS, results, strict=True):
        assert isinstance(data, dict)
        assert from_dict(data) == parse(text)
        assert from_dict(json.loads(json.dumps(data))) == parse(text)


def test_parse_partition_keeps_the_ids_of_id_text_pairs() -> None:
    pairs = [(f"doc-{n}", text) for n, text in enumerate(TEXTS[:4])]
    results = list(parse_partition(pairs))
    assert [r["id"] for r in results] == ["doc-0", "doc-1", "doc-2", "doc-3"]
    assert [from_dict(r["article"]) for r in results] == [parse(t) for _, t in pairs]


def test_parse_partition_is_lazy() -> None:
    def texts() -> Iterator[str]:
        yield TEXTS[0]
        msg = "read past the first item"
        raise AssertionError(msg)

    assert from_dict(next(parse_partition(texts()))) == parse(TEXTS[0])


def test_batch_functions_are_public() -> None:
    assert {"parse_many", "parse_partition"} <= set(newsdoc.__all__)
