from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._lexicons import credits as lex
from newsdoc._parser.restrictions import (
    RESTRICTION_CUES,
    leading_restrictions,
    split_restrictions,
    trailing_restrictions,
    uppercase_share,
)

if TYPE_CHECKING:
    from newsdoc.model import Span


def _items(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [span.slice(text) for span in spans]


@pytest.mark.parametrize(
    ("block", "items"),
    [
        (
            'EDITORIAL USE ONLY - MANDATORY CREDIT "X PHOTO / Y" - NO SALES',
            ["EDITORIAL USE ONLY", 'MANDATORY CREDIT "X PHOTO / Y"', "NO SALES"],
        ),
        (
            "EDITORIAL USE ONLY – MANDATORY CREDIT - “X / HANDOUT” - NO MARKETING",
            ["EDITORIAL USE ONLY", "MANDATORY CREDIT - “X / HANDOUT”", "NO MARKETING"],
        ),
        (
            "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO ARCHIVES.",
            ["THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "NO ARCHIVES."],
        ),
        ("----NO SALES----", ["NO SALES"]),
        (
            "NO SALES, THIS MATERIAL IS FOR PRINT ONLY, AND FOR NEWS.",
            ["NO SALES", "THIS MATERIAL IS FOR PRINT ONLY, AND FOR NEWS."],
        ),
        (
            "NO USE IN FRANCE PUBLICATIONxINxGERxONLY",
            ["NO USE IN FRANCE", "PUBLICATIONxINxGERxONLY"],
        ),
        (
            "DISTRIBUTED AS A SERVICE TO CLIENTS--NO ARCHIVES",
            ["DISTRIBUTED AS A SERVICE TO CLIENTS", "NO ARCHIVES"],
        ),
    ],
)
def test_split_restrictions(block: str, items: list[str]) -> None:
    assert _items(block, split_restrictions(block, 0, len(block))) == items


def test_leading_bracket_block() -> None:
    text = "(----EDITORIAL USE ONLY - NO SALES----) A man walks."
    block = leading_restrictions(text, 0, len(text))
    assert block is not None
    assert _items(text, block.items) == ["EDITORIAL USE ONLY", "NO SALES"]
    assert text[block.outer.end :].strip() == "A man walks."


def test_leading_territorial_bracket_and_handout() -> None:
    text = "(FRANCE OUT) A man walks."
    block = leading_restrictions(text, 0, len(text))
    assert block is not None
    assert _items(text, block.items) == ["FRANCE OUT"]
    text = "HANDOUT - Ein Mann geht."
    block = leading_restrictions(text, 0, len(text))
    assert block is not None
    assert _items(text, block.items) == ["HANDOUT"]


def test_an_ordinary_bracket_is_no_restriction() -> None:
    text = "(From left) Ann and Bo at the fair."
    assert leading_restrictions(text, 0, len(text)) is None


def test_trailing_run_takes_the_separator_before_it() -> None:
    text = "A statue. (Photo by Ann Lee / AFP) / RESTRICTED TO EDITORIAL USE - NO SALES"
    block = trailing_restrictions(text, 0, len(text))
    assert block is not None
    assert _items(text, block.items) == ["RESTRICTED TO EDITORIAL USE", "NO SALES"]
    assert text[: block.outer.start].rstrip().endswith("AFP)")


def test_trailing_byline_names_the_credit() -> None:
    text = "A singer leaves. BYLINE MUST READ: Ann Lee / BACKGRID"
    block = trailing_restrictions(text, 0, len(text))
    assert block is not None
    assert block.credit is not None
    assert text[block.credit.start : block.credit.end] == "Ann Lee / BACKGRID"


def test_handout_credit_is_no_trailing_restriction() -> None:
    text = "Firefighters at work. HANDOUT / AFP"
    assert trailing_restrictions(text, 0, len(text)) is None


def test_mixed_case_sentence_is_no_trailing_restriction() -> None:
    text = "Shops posted NO SALES signs on Monday as the strike went on."
    assert trailing_restrictions(text, 0, len(text)) is None


def test_uppercase_share() -> None:
    assert uppercase_share("ABC def") == 0.5
    assert uppercase_share("123") == 0.0


@given(st.text(max_size=300))
def test_restriction_spans_stay_inside(text: str) -> None:
    for found in (
        leading_restrictions(text, 0, len(text)),
        trailing_restrictions(text, 0, len(text)),
    ):
        if found is not None:
            assert 0 <= found.outer.start <= found.outer.end <= len(text)
            for item in found.items:
                assert found.outer.start <= item.start <= item.end <= found.outer.end


def test_every_restriction_phrase_holds_a_cue() -> None:
    sources = (*lex.RESTRICTION_PHRASES, *lex.NOTICE_LEADS, lex.TERRITORY_CODE)
    for source in sources:
        assert any(cue in source for cue in RESTRICTION_CUES), source
