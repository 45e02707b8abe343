from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from news_samples import SYNTHETIC
from newsdoc import BlockRole, parse
from newsdoc._invariants import violations
from newsdoc._parser.limits import MAX_CHARS

PAGE = SYNTHETIC[0]


def _truncations(article: newsdoc.Article) -> list[newsdoc.Diagnostic]:
    return [d for d in article.diagnostics if d.code == "input-truncated"]


def test_the_default_limit_is_a_million_characters() -> None:
    assert MAX_CHARS == 1_000_000
    assert _truncations(parse("x" * MAX_CHARS)) == []
    article = parse("x " * (MAX_CHARS // 2 + 1))
    assert len(_truncations(article)) == 1


def test_a_text_over_the_limit_is_cut_at_a_line_break_and_the_rest_kept_as_one_block() -> None:
    limit = PAGE.index("Residents' groups") + 30
    article = parse(PAGE, max_chars=limit)
    cut = PAGE.rindex("\n", 0, limit)
    [diagnostic] = _truncations(article)
    rest = article.blocks[-1]
    assert rest.role is BlockRole.BOILERPLATE
    assert rest.span.start == cut + 1
    assert rest.span.end == len(PAGE.rstrip())
    assert diagnostic.span == rest.span
    assert article.blocks[:-1] == parse(PAGE[:cut]).blocks
    assert violations(PAGE, article) == []


def test_a_text_without_line_breaks_is_cut_at_a_space() -> None:
    text = "word " * 100
    article = parse(text, max_chars=52)
    assert article.blocks[-1].span.start == 50  # after the space at 49
    assert violations(text, article) == []


def test_a_text_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * 100
    article = parse(text, max_chars=40)
    assert [b.span for b in article.blocks] == [
        newsdoc.Span(start=0, end=40),
        newsdoc.Span(start=40, end=100),
    ]


def test_a_blank_rest_makes_no_block_but_is_still_reported() -> None:
    text = "A headline\n\nA paragraph that said something.\n" + " \n" * 50
    article = parse(text, max_chars=60)
    assert article.blocks == parse(text[: text.index("\n \n")]).blocks
    assert len(_truncations(article)) == 1


def test_no_limit_parses_everything() -> None:
    text = "\n\n".join([PAGE] * 3)
    assert _truncations(parse(text, max_chars=None)) == []
    assert parse(text, max_chars=None) == parse(text)


def test_parse_bytes_applies_the_limit_to_the_decoded_text() -> None:
    article = newsdoc.parse_bytes(PAGE.encode("utf-16"), max_chars=200)
    assert len(_truncations(article)) == 1
    assert violations(PAGE, article) == []


@pytest.mark.parametrize("limit", [0, -5])
def test_tiny_and_negative_limits_keep_everything_in_one_block(limit: int) -> None:
    article = parse(PAGE, max_chars=limit)
    assert len(article.blocks) == 1
    assert violations(PAGE, article) == []


@given(st.text(alphabet=st.sampled_from("ab \n\r\t.\u2028\u200b\x00\ud800")), st.integers(0, 60))
def test_any_text_cut_anywhere_keeps_the_contract(text: str, limit: int) -> None:
    article = parse(text, max_chars=limit)
    assert violations(text, article) == []
    assert len(_truncations(article)) == (len(text) > limit)
