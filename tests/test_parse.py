"""Tests for ``newsdoc.parse``: examples from news conventions, and properties on any text."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, BlockRole
from newsdoc._parser._text import FOLD_SLICE, WHITESPACE, casefold, collapse, cut_at_spaces

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "turkiye-s400.txt"
if not SEED.exists():
    SEED = Path("/work/shared/corpus/seed/turkiye-s400.txt")

FIRST = (
    "The city council approved the new budget on Monday after a debate that ran "
    "late into the night, and the mayor said the vote would let work on the "
    "bridge start in the spring."
)
SECOND = (
    "Opponents said the cost had doubled since the plan was first shown, and "
    "several members asked for an independent review of the figures before any "
    "contract is signed."
)

WEB_PAGE = f"""Council approves budget for new bridge - The Daily Example

Skip to content
Home
News
Sport
English | Español | Português

Council approves budget for new bridge

By Jane Doe and John Roe, The Daily Example
March 12, 2021

{FIRST}

{SECOND}

Construction is expected to take three years.

Share this article
Facebook
Twitter

Related stories
Council elects new chair
Road closures this weekend

© 2021 The Daily Example. All rights reserved.
"""

WIRE = f"""Council approves budget for new bridge

{FIRST}

{SECOND}
"""

HARD_WRAPPED = """Council approves budget for new bridge

The city council approved the new budget on Monday after a debate that
ran late into the night, and the mayor said the vote would let work on
the bridge start in the spring.

Opponents said the cost had doubled since the plan was first shown,
and several members asked for an independent review of the figures
before any contract is signed.
"""


def test_web_page_headline_authors_and_body() -> None:
    article = newsdoc.parse(WEB_PAGE)
    assert article.headline == "Council approves budget for new bridge"
    assert article.authors == ("Jane Doe", "John Roe")
    assert [p.text for p in article.paragraphs] == [
        FIRST,
        SECOND,
        "Construction is expected to take three years.",
    ]


def test_web_page_chrome_is_set_aside() -> None:
    chrome = {b.text for b in newsdoc.parse(WEB_PAGE).boilerplate}
    assert "English | Español | Português" in chrome
    assert "Share this article" in chrome
    assert "Road closures this weekend" in chrome
    assert "© 2021 The Daily Example. All rights reserved." in chrome


def test_wire_copy_headline_is_its_first_line() -> None:
    article = newsdoc.parse(WIRE)
    assert article.headline == "Council approves budget for new bridge"
    assert article.body == f"{FIRST}\n\n{SECOND}"


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    article = newsdoc.parse(HARD_WRAPPED)
    assert [p.text for p in article.paragraphs] == [FIRST, SECOND]


def test_empty_text_says_what_is_missing() -> None:
    article = newsdoc.parse("")
    assert article == Article(diagnostics=article.diagnostics)
    assert {d.code for d in article.diagnostics} >= {"no-headline", "no-body"}


def test_language_given_is_kept() -> None:
    assert newsdoc.parse(WIRE, language="en").language == "en"


@pytest.mark.skipif(not SEED.exists(), reason="the shared corpus is not available")
def test_seed_structure() -> None:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    article = newsdoc.parse(text)
    assert article.headline == gold["headline"]
    assert article.published == dt.date.fromisoformat(gold["published"])
    assert article.authors == ()
    assert article.body == gold["body"]
    assert len(article.captions) == 1
    first_line = text.splitlines()[0].strip()
    assert first_line in {b.text for b in article.boilerplate}


CAPTIONED = f"""Council approves budget for new bridge

March 12, 2021
The old bridge at dawn on Monday. (Photo by Jane Doe/Getty Images)
{FIRST}

{SECOND}
"""


def test_a_caption_above_the_body_is_no_paragraph() -> None:
    article = newsdoc.parse(CAPTIONED)
    assert article.body == f"{FIRST}\n\n{SECOND}"
    (caption,) = article.captions
    assert caption.text == "The old bridge at dawn on Monday."
    assert caption.credit is not None
    assert caption.credit.text == "Photo by Jane Doe/Getty Images"
    assert article.published == dt.date(2021, 3, 12)


def test_a_description_over_its_credit_line_is_one_caption() -> None:
    text = CAPTIONED.replace(" (Photo by Jane Doe/Getty Images)", "\nJane Doe/Getty Images")
    article = newsdoc.parse(text)
    (caption,) = article.captions
    assert caption.text == "The old bridge at dawn on Monday."
    assert caption.credit is not None
    assert caption.credit.text == "Jane Doe/Getty Images"
    assert article.body == f"{FIRST}\n\n{SECOND}"


def test_a_text_that_is_one_caption_line_is_a_caption() -> None:
    text = "A man walks past the old bridge on Monday. (AP Photo/John Roe)"
    article = newsdoc.parse(text)
    (caption,) = article.captions
    assert caption.text == "A man walks past the old bridge on Monday."
    assert article.paragraphs == ()
    assert [b.role for b in article.blocks] == [BlockRole.CAPTION]


def test_wire_dateline_and_attributions() -> None:
    text = (
        "Council approves budget for new bridge\n\n"
        "SPRINGFIELD, March 12 (Reuters) - The city council approved the new budget "
        "on Monday, the mayor said, after a debate that ran late into the night.\n\n"
        f"{SECOND}\n"
    )
    article = newsdoc.parse(text, reference_date=dt.date(2021, 3, 13))
    assert article.dateline is not None
    assert article.dateline.location == "SPRINGFIELD"
    assert any(a.cue == "said" for a in article.attributions)


def test_a_megabyte_line_parses() -> None:
    text = ("word " * 200_000) + "\n" + ("x" * 1_000_000)
    article = newsdoc.parse(text)
    assert sum(len(b.text) for b in article.blocks) >= 1_000_000


@pytest.mark.parametrize("text", ["\n" * 10_000, "\x00" * 100, "\ud800 lone surrogate", "a" * 5000])
def test_odd_texts_parse(text: str) -> None:
    assert isinstance(newsdoc.parse(text), Article)


_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "\x00",
        "\x0c",
        "\u2028",
        "\ud83d",
        "By Jane Doe",
        "Share",
        "Home | News | Sport",
        "March 12, 2021",
        "(Photo by Jane Doe/Getty Images)",
        "WASHINGTON (Reuters) -",
        FIRST,
        "Council approves budget",
        '"We will build it," she said.',
        "日本語の文章です。",
    ]
)
PAGES = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))


@given(PAGES)
def test_parse_is_total_and_deterministic(text: str) -> None:
    article = newsdoc.parse(text)
    assert isinstance(article, Article)
    assert newsdoc.parse(text) == article


@given(PAGES)
def test_blocks_cover_every_visible_character_exactly_once(text: str) -> None:
    article = newsdoc.parse(text)
    end = 0
    for block in article.blocks:
        assert block.span.start >= end
        end = block.span.end
    visible = sum(not c.isspace() for c in text)
    assert sum(not c.isspace() for b in article.blocks for c in b.span.slice(text)) == visible


@given(PAGES)
def test_spans_point_at_their_text(text: str) -> None:
    article = newsdoc.parse(text)
    for item in article.blocks:
        assert collapse(item.span.slice(text)).strip("()[]{} ") == item.text.strip("()[]{} ")
    for paragraph in article.paragraphs:
        assert collapse(paragraph.span.slice(text)) == paragraph.text
    paragraphs = {(b.span, b.text) for b in article.blocks if b.role is BlockRole.PARAGRAPH}
    assert {(p.span, p.text) for p in article.paragraphs} == paragraphs


def test_a_headline_not_confirmed_by_the_title_is_flagged_as_guessed() -> None:
    page = WEB_PAGE.replace(
        "Council approves budget for new bridge - The Daily Example",
        "The Daily Example: local news",
    )
    article = newsdoc.parse(page)
    assert article.headline == "Council approves budget for new bridge"
    assert "headline-guessed" in {d.code for d in article.diagnostics}
    assert "headline-guessed" not in {d.code for d in newsdoc.parse(WEB_PAGE).diagnostics}


GERMAN_PAGE = """Stadtrat beschließt Haushalt für neue Brücke | Beispiel-Zeitung

Startseite
Politik
Sport
Anmelden

Stadtrat beschließt Haushalt für neue Brücke

Von Anna Schmidt und Jan Weber
12.03.2021

Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, \
mit dem die Arbeiten an der Brücke im Frühjahr beginnen können.

Gegner kritisierten, dass sich die Kosten seit der ersten Vorstellung des Plans \
verdoppelt hätten, und forderten eine unabhängige Prüfung der Zahlen.

Teilen
Kommentare
Mehr zum Thema
Neue Buslinie ab Mai
"""

JAPANESE_PAGE = """市議会、新しい橋の予算を可決 | 例新聞

ホーム
ニュース
スポーツ

市議会、新しい橋の予算を可決

2021年3月12日

市議会は月曜日、夜遅くまで続いた議論の末に新年度予算を可決し、市長は春に橋の工事を始められると述べた。

反対派は、計画が最初に示されて以来費用が倍増したと指摘し、数字の独立した検証を求めた。

関連記事
新しいバス路線が五月に開業
"""


def test_a_german_page() -> None:
    article = newsdoc.parse(GERMAN_PAGE)
    assert article.headline == "Stadtrat beschließt Haushalt für neue Brücke"
    assert article.authors == ("Anna Schmidt", "Jan Weber")
    assert [p.text[:20] for p in article.paragraphs] == [
        "Der Stadtrat hat am ",
        "Gegner kritisierten,",
    ]


def test_a_japanese_page() -> None:
    article = newsdoc.parse(JAPANESE_PAGE)
    assert article.headline == "市議会、新しい橋の予算を可決"
    assert [p.text[:5] for p in article.paragraphs] == ["市議会は月", "反対派は、"]


def test_a_one_line_story_is_body() -> None:
    text = " ".join([FIRST, SECOND, FIRST.replace("Monday", "Friday")])
    article = newsdoc.parse(text)
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [text]


def test_a_plain_headline_may_end_with_a_stop() -> None:
    text = f"Popular vote shifts toward the U.S. challenger.\n\n{FIRST}\n\n{SECOND}\n"
    article = newsdoc.parse(text)
    assert article.headline == "Popular vote shifts toward the U.S. challenger."
    assert article.body == f"{FIRST}\n\n{SECOND}"


def parse_traced(text: str) -> tuple[newsdoc.Article, int]:
    """The article of *text* and the peak bytes its parse allocated (a second parse:
    imports and compiled patterns are not the parse's own)."""
    newsdoc.parse(text)
    tracemalloc.start()
    try:
        article = newsdoc.parse(text)
        return article, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "unit",
    [
        "Prime Minister Jane Doe Visited The Northern Province On Monday ",
        "officials in the capital met reporters near the old harbour today ",
        # not ASCII: str.casefold and str.lower take 12 bytes a character at once
        '"" \u201c "\u201d \u00ab" \u2018\'\u2019 ',
        "- -- \u2014 \u2013 -- - \u2014\u2014 ",
    ],
)
def test_a_long_line_without_attributions_parses_in_little_memory(unit: str) -> None:
    # Nothing is found in such a text, so the article holds about the text
    # itself; what the stages build on the way must stay near that size.
    text = unit * (16_000 // len(unit))
    _, peak = parse_traced(text)
    assert peak < 10 * len(text.encode())


@given(st.text(alphabet=" ab\n\xa0", max_size=60), st.integers(min_value=1, max_value=8))
def test_texts_cut_at_spaces_keep_every_word_whole(text: str, size: int) -> None:
    pieces = list(cut_at_spaces(text, size))
    assert "".join(pieces) == text
    assert [w for piece in pieces for w in piece.split()] == text.split()
    data = text.encode()
    parts = list(cut_at_spaces(data, size))
    assert b"".join(parts) == data
    assert [w for part in parts for w in part.split()] == data.split()


def test_a_page_of_accented_paragraphs_parses_in_little_memory() -> None:
    # A text that is not ASCII is held at two bytes a character or more, and so
    # is every copy of it: the stages must not copy the body several times over.
    paragraph = (
        "El ayuntamiento cerró el puente viejo el lunes por reparaciones; el tráfico "
        "se desvía por el centro de la ciudad — durante las obras — y los vecinos "
        "esperan que la calle principal vuelva a abrir en la primavera."
    )
    text = "Título de la página\n\n" + "\n\n".join(f"{paragraph} {i}" for i in range(120))
    article, peak = parse_traced(text)
    assert len(article.paragraphs) == 120
    assert peak < 10 * len(text.encode())


@given(
    st.text(alphabet="aZßİΣς\ufb01 ", min_size=1, max_size=8),
    st.integers(min_value=0, max_value=3 * FOLD_SLICE),
    st.integers(min_value=-5, max_value=3 * FOLD_SLICE),
)
def test_long_texts_case_fold_a_slice_at_a_time_as_at_once(unit: str, start: int, end: int) -> None:
    # Case folding has no context rule: the folded slices joined are the folded range.
    text = unit * (2 * FOLD_SLICE // len(unit) + 1)
    assert casefold(text, start, end) == text[start:end].casefold()
    assert casefold(text) == text.casefold()


@given(st.text(alphabet=" \t\n\xa0\u2028\x1cab", max_size=30))
def test_collapse_joins_each_run_of_white_space_into_one_space(text: str) -> None:
    # The fast path (nothing to collapse) must agree with the substitution.
    assert collapse(text) == WHITESPACE.sub(" ", text).strip()
