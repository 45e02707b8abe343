from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc._lexicons import credits as lex
from newsdoc._parser.captions import (
    cue_candidates,
    match_caption,
    may_be_caption,
    may_close,
    open_caption,
    parse_caption,
)
from newsdoc.model import Span

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"
SHARED_SEED = Path("/work/shared/corpus/seed")


def _seed_dir() -> Path | None:
    for folder in (SEED, SHARED_SEED):
        if (folder / "turkiye-s400.txt").exists():
            return folder
    return None


# ---------------------------------------------------------------- the seed
def test_seed_caption_is_read_exactly() -> None:
    folder = _seed_dir()
    if folder is None:
        pytest.skip("the shared corpus is not available")
    text = (folder / "turkiye-s400.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "turkiye-s400.json").read_text(encoding="utf-8"))["captions"][0]
    line_start = next(i for i, line in enumerate(text.split("\n")) if " - " in line and ":" in line)
    start = sum(len(line) + 1 for line in text.split("\n")[:line_start])
    end = text.index("\n", start)
    result = match_caption(text, start, end, reference_date=dt.date(2022, 4, 27))
    assert result is not None
    caption = result.caption
    assert caption.text == gold["text"]
    assert caption.location == gold["location"]
    assert caption.date is not None
    assert caption.date.isoformat() == gold["date"]
    assert list(caption.restrictions) == gold["restrictions"]
    assert caption.credit is not None
    assert caption.credit.text == gold["credit"]
    assert any(d.code == "date-year-inferred" for d in result.diagnostics)


# ---------------------------------------------------------------- prefixes
def test_getty_prefix_takes_the_year_from_the_reference_date() -> None:
    text = "PARIS, FRANCE - MARCH 03: A woman crosses the square. (Photo by Ann Lee/Getty Images)"
    result = parse_caption(text, reference_date=dt.date(2021, 4, 1))
    caption = result.caption
    assert caption.location == "PARIS, FRANCE"
    assert caption.date == dt.date(2021, 3, 3)
    assert caption.text == "A woman crosses the square."
    assert [d.code for d in result.diagnostics] == ["date-year-inferred"]


def test_getty_prefix_year_from_a_same_day_date_in_the_description() -> None:
    text = "ROME, ITALY - JUNE 2: Crowds gather on June 2, 2018 in Rome. (Photo by Ann Lee/Getty)"
    caption = parse_caption(text, reference_date=dt.date(2023, 1, 1)).caption
    assert caption.date == dt.date(2018, 6, 2)


def test_prefix_date_without_any_year_is_none_with_a_diagnostic() -> None:
    result = parse_caption("OSLO, NORWAY - MAY 17: Children march. (Photo by Ann Lee/Getty Images)")
    assert result.caption.date is None
    assert result.caption.location == "OSLO, NORWAY"
    assert any(d.code == "date-year-unknown" for d in result.diagnostics)


def test_dates_inside_the_description_do_not_fill_the_date() -> None:
    caption = parse_caption("Crowds gather in Rome on June 2, 2018. REUTERS/Ann Lee").caption
    assert caption.date is None
    assert caption.location is None


@pytest.mark.parametrize(
    ("text", "location", "date", "description"),
    [
        (
            "LAS VEGAS – FEB. 11: Fans cheer. (Photo by Ann Lee/Getty Images)",
            "LAS VEGAS",
            dt.date(2024, 2, 11),
            "Fans cheer.",
        ),
        (
            "Washington, DC - January 6: Crowds gather. (Photo by Ann Lee/Getty Images)",
            "Washington, DC",
            dt.date(2024, 1, 6),
            "Crowds gather.",
        ),
        (
            "LONDON, ENGLAND - UNDATED: An old picture. (Photo by Hulton Archive/Getty Images)",
            "LONDON, ENGLAND",
            None,
            "An old picture.",
        ),
        (
            "UNSPECIFIED - UNSPECIFIED: An undated picture. (Photo by Handout/Getty Images)",
            "UNSPECIFIED",
            None,
            "An undated picture.",
        ),
        (
            "LIMA (PERU), Oct. 5, 2020 -- People queue at a market. (Xinhua/Li Wei)",
            "LIMA (PERU)",
            dt.date(2020, 10, 5),
            "People queue at a market.",
        ),
        (
            "QUITO, May 3 (Xinhua) -- People queue at a market. (Xinhua/Li Wei)",
            "QUITO",
            dt.date(2024, 5, 3),
            "People queue at a market.",
        ),
        (
            "SEVILLA, 12/03/2021.- Varias personas pasean. EFE/Pablo Ruiz",
            "SEVILLA",
            dt.date(2021, 3, 12),
            "Varias personas pasean.",
        ),
        (
            "Recife (PE), 04/07/2022 - Moradores fazem fila. Foto: Rui Costa/Agência Brasil",
            "Recife (PE)",
            dt.date(2022, 7, 4),
            "Moradores fazem fila.",
        ),
        (
            "21.06.2023, Bayern, München: Menschen gehen spazieren. Foto: Max Muster/dpa",
            "Bayern, München",
            dt.date(2023, 6, 21),
            "Menschen gehen spazieren.",
        ),
        (
            "Sep 9, 2023; Denver, CO, USA; A player runs. Mandatory Credit: Sam Lee-USA TODAY",
            "Denver, CO, USA",
            dt.date(2023, 9, 9),
            "A player runs.",
        ),
        (
            "04/07/2022 - Moradores fazem fila. Foto: Rui Costa/Agência Brasil",
            None,
            dt.date(2022, 7, 4),
            "Moradores fazem fila.",
        ),
        (
            "Miami, FL - A couple walks on the beach. Pictured: Jane Roe BACKGRID USA 1 MAY 2024",
            "Miami, FL",
            None,
            "A couple walks on the beach. Pictured: Jane Roe",
        ),
    ],
)
def test_agency_prefixes(
    text: str, location: str | None, date: dt.date | None, description: str
) -> None:
    caption = parse_caption(text, reference_date=dt.date(2024, 6, 1)).caption
    assert caption.location == location
    assert caption.date == date
    assert caption.text == description


def test_leading_desk_marks_and_labels_are_not_text() -> None:
    for text in (
        "FILE PHOTO: A car plant in Ohio. REUTERS/Ann Lee",
        "[2/7] A car plant in Ohio. REUTERS/Ann Lee",
        "epaselect epa01234567 A car plant in Ohio. EPA-EFE/ANN LEE",
        "Image caption A car plant in Ohio. REUTERS/Ann Lee",
        "EDITORS NOTE: Graphic content / A car plant in Ohio. REUTERS/Ann Lee",
    ):
        assert parse_caption(text).caption.text == "A car plant in Ohio.", text


# ---------------------------------------------------------------- restrictions
def test_getty_restriction_block_is_split_one_item_per_phrase() -> None:
    text = (
        'KYIV, UKRAINE - MAY 1: (----EDITORIAL USE ONLY - MANDATORY CREDIT - "UKRAINE MINISTRY'
        ' / HANDOUT" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO'
        " CLIENTS----) Soldiers train near the border. (Photo by Ukraine Ministry/Getty Images)"
    )
    caption = parse_caption(text).caption
    assert caption.restrictions == (
        "EDITORIAL USE ONLY",
        'MANDATORY CREDIT - "UKRAINE MINISTRY / HANDOUT"',
        "NO MARKETING NO ADVERTISING CAMPAIGNS",
        "DISTRIBUTED AS A SERVICE TO CLIENTS",
    )
    assert caption.text == "Soldiers train near the border."


def test_territorial_restriction_after_the_prefix() -> None:
    caption = parse_caption(
        "LONDON, ENGLAND - MAY 1: (UK OUT FOR 28 DAYS) A royal visit. (Photo by Ann Lee/Getty)"
    ).caption
    assert caption.restrictions == ("UK OUT FOR 28 DAYS",)
    assert caption.text == "A royal visit."


def test_reuters_third_party_notice_drops_its_lead_in() -> None:
    text = (
        "Rescuers search the rubble in Kharkiv, Ukraine. State Emergency Service/Handout via"
        " REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES."
        " NO ARCHIVES."
    )
    caption = parse_caption(text).caption
    assert caption.restrictions == (
        "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
        "NO RESALES.",
        "NO ARCHIVES.",
    )
    assert caption.credit is not None
    assert caption.credit.text == "State Emergency Service/Handout via REUTERS"
    assert caption.text == "Rescuers search the rubble in Kharkiv, Ukraine."


def test_afp_restriction_block_after_the_credit() -> None:
    text = (
        "A statue found at the site. (Photo by Handout / Culture Ministry / AFP) / RESTRICTED TO"
        ' EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / CULTURE MINISTRY" - NO MARKETING NO'
        " ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS"
    )
    caption = parse_caption(text).caption
    assert caption.restrictions == (
        "RESTRICTED TO EDITORIAL USE",
        'MANDATORY CREDIT "AFP PHOTO / CULTURE MINISTRY"',
        "NO MARKETING NO ADVERTISING CAMPAIGNS",
        "DISTRIBUTED AS A SERVICE TO CLIENTS",
    )
    assert caption.credit is not None
    assert caption.credit.text == "Photo by Handout / Culture Ministry / AFP"


def test_dpa_handout_marker_and_achtung_note() -> None:
    text = (
        "HANDOUT - Ein Wolf im Gehege. Foto: Zoo Leipzig/dpa"
        " (ACHTUNG: Nur zur redaktionellen Verwendung) +++ dpa-Bildfunk +++"
    )
    caption = parse_caption(text).caption
    assert caption.restrictions == ("HANDOUT", "ACHTUNG: Nur zur redaktionellen Verwendung")
    assert caption.text == "Ein Wolf im Gehege."
    assert caption.credit is not None
    assert caption.credit.text == "Zoo Leipzig/dpa"


def test_handout_inside_a_credit_is_no_restriction() -> None:
    caption = parse_caption("Firefighters at work in Lyon. HANDOUT / AFP").caption
    assert caption.restrictions == ()
    assert caption.credit is not None
    assert caption.credit.text == "HANDOUT / AFP"


def test_imago_codes_and_credit() -> None:
    text = (
        "Flood in the city Rescuers carry a boat. NO USE IN GERMANY"
        " PUBLICATIONxINxGERxSUIxAUTxONLY Copyright: xJanexRoex Editorial use only"
    )
    caption = parse_caption(text).caption
    assert caption.restrictions == (
        "NO USE IN GERMANY",
        "PUBLICATIONxINxGERxSUIxAUTxONLY",
        "Editorial use only",
    )
    assert caption.credit is not None
    assert caption.credit.text == "xJanexRoex"
    assert caption.text == "Flood in the city Rescuers carry a boat."


def test_backgrid_byline_is_restriction_and_credit() -> None:
    text = (
        "Los Angeles, CA - A singer leaves a studio. BACKGRID USA 2 MAY 2024 BYLINE MUST READ:"
        " Ann Lee / BACKGRID USA: +1 555 123 4567 / sales@example.com"
        " *UK Clients - Pictures Containing Children Please Pixelate Face Prior To Publication*"
    )
    caption = parse_caption(text).caption
    assert caption.credit is not None
    assert caption.credit.text == "Ann Lee / BACKGRID"
    assert caption.restrictions[0] == "BYLINE MUST READ: Ann Lee / BACKGRID"
    assert caption.restrictions[1].startswith("*UK Clients")
    assert caption.text == "A singer leaves a studio."


# ---------------------------------------------------------------- credits
def test_doubled_credits_keep_the_last() -> None:
    text = "Crowds in Lima. (Photo by Li Wei/Xinhua via Getty) (Xinhua/Li Wei via Getty Images)"
    caption = parse_caption(text).caption
    assert caption.credit is not None
    assert caption.credit.text == "Xinhua/Li Wei via Getty Images"
    assert caption.text == "Crowds in Lima."


def test_site_credit_after_an_embedded_credit() -> None:
    text = (
        "Friends toast at a bar. (Photo by: Ann Lee/Universal Images Group via Getty Images)"
        " Universal Images Group via Getty Images"
    )
    caption = parse_caption(text).caption
    assert caption.credit is not None
    assert caption.credit.text == "Universal Images Group via Getty Images"
    assert caption.text == "Friends toast at a bar."


def test_credit_only_line() -> None:
    for text, credit in (
        ("Photo: Ann Lee/AFP", "Ann Lee/AFP"),
        ("© Photograph: Ann Lee/Reuters", "Ann Lee/Reuters"),
        ("(Foto: ABr)", "ABr"),
        ("AP Photo/Ann Lee", "AP Photo/Ann Lee"),
    ):
        caption = parse_caption(text).caption
        assert caption.text == "", text
        assert caption.credit is not None
        assert caption.credit.text == credit


def test_glued_credits() -> None:
    caption = parse_caption("Ludzie na ulicy w WarszawieANNA NOWAK/PAP/EPA").caption
    assert caption.credit is not None
    assert caption.credit.text == "ANNA NOWAK/PAP/EPA"
    assert caption.text == "Ludzie na ulicy w Warszawie"


def test_trailing_page_furniture_is_dropped() -> None:
    caption = parse_caption(
        "A rally in Ohio. (AP Photo/Ann Lee) more >",
    ).caption
    assert caption.text == "A rally in Ohio."
    caption = parse_caption(
        "A rally in Ohio. REUTERS/Ann Lee Purchase Licensing Rights, opens new tab"
    ).caption
    assert caption.credit is not None
    assert caption.credit.text == "REUTERS/Ann Lee"
    caption = parse_caption("A rally in Ohio. Photo by Ann Lee/UPI | License Photo").caption
    assert caption.credit is not None
    assert caption.credit.text == "Photo by Ann Lee/UPI"


def test_public_parse_caption() -> None:
    caption = newsdoc.parse_caption("Ministers meet in Brussels. (AP Photo/Ann Lee)")
    assert caption.text == "Ministers meet in Brussels."
    assert caption.credit is not None
    assert caption.credit.photographer == "Ann Lee"
    assert caption.credit.agency == "AP"
    assert "parse_caption" in newsdoc.__all__
    assert newsdoc.parse_caption.__name__ == "parse_caption"


# ---------------------------------------------------------------- match_caption
@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks would continue next week.",
        "WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday to pass the bill.",
        "Business News",
        "© 2021 Example Media. All rights reserved.",
        "Video: Highlights from the final",
        "A LONG, DRAWN OUT HISTORY OF THE FEUD",
    ],
)
def test_match_caption_needs_caption_evidence(line: str) -> None:
    assert match_caption(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Media caption Who is the new prime minister?",
        "Ministers meet in Brussels (Image: GETTY)",
        "Photograph: Ann Lee/Getty Images",
        "Image Credit: Ann Lee",
        "Ministers meet in Brussels. REUTERS/Ann Lee",
    ],
)
def test_match_caption_finds_page_captions(line: str) -> None:
    assert match_caption(line, 0, len(line)) is not None


# ---------------------------------------------------------------- properties
@given(st.text(max_size=400), st.integers(0, 400), st.integers(0, 400))
def test_parse_caption_is_total_and_spans_stay_in_range(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    result = parse_caption(text, start=start, end=end, reference_date=dt.date(2022, 1, 1))
    span = result.caption.span
    assert start <= span.start <= span.end <= end
    for diagnostic in result.diagnostics:
        assert diagnostic.span is not None
        assert span.start <= diagnostic.span.start <= diagnostic.span.end <= span.end


_RESERVED = {
    w.casefold()
    for w in (*lex.AGENCIES, *lex.ROLE_WORDS, *lex.ORGANISATION_WORDS, "Photo", "Foto", "By")
    for w in w.split()
}
_NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(
    lambda w: w.casefold() not in _RESERVED
)
_NAMES = st.lists(_NAME_WORD, min_size=2, max_size=3).map(" ".join)
_SENTENCE = st.lists(st.from_regex(r"[a-z]{2,8}", fullmatch=True), min_size=3, max_size=12).map(
    lambda ws: "The " + " ".join(ws) + "."
)

CONVENTIONS = [
    ("{d} (Photo by {n}/Getty Images)", "Photo by {n}/Getty Images", "Getty Images"),
    ("{d} {n}/AFP via Getty Images", "{n}/AFP via Getty Images", "AFP via Getty Images"),
    ("{d} (AP Photo/{n})", "AP Photo/{n}", "AP"),
    ("{d} REUTERS/{n}", "REUTERS/{n}", "REUTERS"),
    ("{d} (Photo by {n} / AFP)", "Photo by {n} / AFP", "AFP"),
    ("{d} EPA/{n}", "EPA/{n}", "EPA"),
    ("{d} EPA-EFE/{n}", "EPA-EFE/{n}", "EPA-EFE"),
    ("{d} ( {n} - Anadolu Agency )", "{n} - Anadolu Agency", "Anadolu Agency"),
    ("{d} (Xinhua/{n})", "Xinhua/{n}", "Xinhua"),
    ("{d} EFE/{n}", "EFE/{n}", "EFE"),
    ("{d} {n} | EFE", "{n} | EFE", "EFE"),
    ("{d} Foto: {n}/Lusa", "{n}/Lusa", "Lusa"),
    ("{d} Foto: {n}/Agência Brasil", "{n}/Agência Brasil", "Agência Brasil"),
    ("{d} Photo: {n}/AFP", "{n}/AFP", "AFP"),
    ("{d} Photograph: {n}/Reuters", "{n}/Reuters", "Reuters"),
    ("{d} (Image: {n}/Getty)", "{n}/Getty", "Getty"),
    ("{d} Credit: {n}/Bloomberg", "{n}/Bloomberg", "Bloomberg"),
    ("{d} (Bild: {n}/dpa)", "{n}/dpa", "dpa"),
    ("{d}Credit...{n} for The New York Times", "{n} for The New York Times", "The New York Times"),
    ("{d} © {n}/AFP", "{n}/AFP", "AFP"),
    ("{d} Mandatory Credit: {n}-USA TODAY Sports", "{n}-USA TODAY Sports", "USA TODAY Sports"),
]


@pytest.mark.parametrize(("template", "credit", "agency"), CONVENTIONS)
@given(name=_NAMES, description=_SENTENCE)
def test_rendered_credit_conventions_round_trip(
    template: str, credit: str, agency: str, name: str, description: str
) -> None:
    text = template.format(d=description, n=name)
    caption = parse_caption(text).caption
    assert caption.text == description
    assert caption.credit is not None
    assert caption.credit.text == credit.format(n=name)
    assert caption.credit.photographer == name
    assert caption.credit.agency == agency


def test_video_stamp_marks_a_caption() -> None:
    line = "Police body camera footage shows the rescue on Monday. (Published Monday, May 6, 2019)"
    result = match_caption(line, 0, len(line))
    assert result is not None
    assert result.caption.text == "Police body camera footage shows the rescue on Monday."


_MONTH_NAMES = (
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
)
_PLACE_WORD = st.from_regex(r"[A-Z]{3,9}", fullmatch=True).filter(
    lambda w: w.casefold() not in _RESERVED and w not in _MONTH_NAMES
)
_RESTRICTION_ITEMS = (
    "EDITORIAL USE ONLY",
    'MANDATORY CREDIT - "MINISTRY OF DEFENCE / HANDOUT"',
    "NO MARKETING NO ADVERTISING CAMPAIGNS",
    "DISTRIBUTED AS A SERVICE TO CLIENTS",
    "NO SALES",
)


@given(
    city=st.lists(_PLACE_WORD, min_size=1, max_size=2).map(" ".join),
    country=_PLACE_WORD,
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    restrictions=st.lists(st.sampled_from(_RESTRICTION_ITEMS), unique=True, max_size=4),
    name=_NAMES,
    description=_SENTENCE,
)
def test_rendered_getty_caption_round_trips(
    *,
    city: str,
    country: str,
    month: int,
    day: int,
    restrictions: list[str],
    name: str,
    description: str,
) -> None:
    block = f"(----{' - '.join(restrictions)}----) " if restrictions else ""
    text = (
        f"{city}, {country} - {_MONTH_NAMES[month - 1]} {day:02d}: {block}{description}"
        f" (Photo by {name}/Getty Images)"
    )
    reference = dt.date(2023, 12, 20)
    result = parse_caption(text, reference_date=reference)
    caption = result.caption
    assert caption.location == f"{city}, {country}"
    expected = dt.date(2023, month, day)
    if expected > reference + dt.timedelta(days=2):
        expected = dt.date(2022, month, day)
    assert caption.date == expected
    assert list(caption.restrictions) == restrictions
    assert caption.text == description
    assert caption.credit is not None
    assert caption.credit.text == f"Photo by {name}/Getty Images"
    assert caption.credit.photographer == name
    assert "prefix" in result.evidence


def test_a_date_line_with_an_update_stamp_is_no_caption() -> None:
    line = "31/10/2020 - 02h00 (Atualizado em 01/11/2020 - 00h32)"
    assert match_caption(line, 0, len(line)) is None
    line = "Nov. 18, 2019 (Published Monday, Nov. 18, 2019)"
    assert match_caption(line, 0, len(line)) is None


# ---------------------------------------------------------------- the pre-filter
_CAPTION_PIECES = (
    "A man walks past a mural in Kyiv.",
    "(AP Photo/Jane Roe)",
    "REUTERS/John Smith",
    "Photo: Jane Roe/AFP",
    "© reuters",
    "(Daily Post)",
    "Jane Roe via Getty Images",
    "LAS VEGAS - FEB. 11:",
    "12/03/2021 -",
    "EDITORIAL USE ONLY",
    "(Published Monday, Nov. 18, 2019)",
    "Image caption",
    "Foto de Ana Pérez",
    "epaselect epa09440847",
    "*Privacy note here*",
    "Smith",
    " / ",
    " | ",
    " - ",
    "\n",
    ". ",
)


@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=6).map("".join))
def test_the_pre_filter_never_drops_a_caption(text: str) -> None:
    if not may_be_caption(text):
        assert match_caption(text) is None


def _line_spans(text: str) -> list[Span]:
    spans, at = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = at + line.index(stripped)
            spans.append(Span(start=start, end=start + len(stripped)))
        at += len(line) + 1
    return spans


_PAGE_PIECES = (*_CAPTION_PIECES, "\n", "\n", "straße ", "Today people said: ", "2019, ")


@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=12).map("".join))
def test_the_page_wide_cue_scan_never_drops_a_block(text: str) -> None:
    blocks = _line_spans(text)
    sure, maybe = cue_candidates(text, blocks)
    for i, block in enumerate(blocks):
        if not may_be_caption(text, block.start, block.end):
            continue
        assert i in sure or maybe is None or i in maybe
        if maybe is not None and i not in sure:
            assert may_be_caption(text, block.start, block.end, kinds=maybe[i])


@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=12).map("".join))
def test_the_fast_reading_by_kind_of_cue_never_drops_a_credit(text: str) -> None:
    blocks = _line_spans(text)
    _, maybe = cue_candidates(text, blocks)
    for i, block in enumerate(blocks):
        kinds = None if maybe is None else maybe.get(i, set())
        evidence, credit = may_close(text, block.start, block.end, kinds=kinds)
        read = parse_caption(text, start=block.start, end=block.end)
        assert evidence or not read.evidence
        assert credit or read.caption.credit is None


@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=12).map("".join))
def test_a_reading_gone_on_with_is_the_whole_reading(text: str) -> None:
    blocks = _line_spans(text)
    _, maybe = cue_candidates(text, blocks)
    for i, block in enumerate(blocks):
        kinds = None if maybe is None else maybe.get(i, set())
        *_, opening = open_caption(text, block.start, block.end, kinds=kinds)
        whole = parse_caption(text, start=block.start, end=block.end)
        assert (
            parse_caption(text, start=block.start, end=block.end, kinds=kinds, opening=opening)
            == whole
        )
        assert parse_caption(text, start=block.start, end=block.end, kinds=kinds) == whole


@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=6).map("".join))
def test_the_fast_reading_never_drops_evidence_or_a_credit(text: str) -> None:
    evidence, credit = may_close(text)
    read = parse_caption(text)
    assert evidence or not read.evidence
    assert credit or read.caption.credit is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said the talks would go on for Reuters.", (False, False)),
        ("The minister said the talks would go on. REUTERS/Jane Roe", (True, True)),
        ("Jane Roe for Quanta Magazine", (True, True)),  # a credit closes it: it may
    ],
)
def test_the_fast_reading_of_plain_lines_and_credits(
    text: str, expected: tuple[bool, bool]
) -> None:
    assert may_close(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to our newsletter",
        "Sign in",
        "The minister said the talks would go on.",
        "Home | World | Business",
    ],
)
def test_the_pre_filter_turns_plain_lines_away(text: str) -> None:
    assert not may_be_caption(text)
    assert match_caption(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "A man walks. (AP Photo/Jane Roe)",
        "A man walks. REUTERS/John Smith",
        "A man walks. Photo: Jane Roe",
        "A man walks (ſource: reuters)",
        "A man walks. CREDİT: Jane Roe",
        "A man walks in town. EDİTORİAL USE ONLY",
        "LAS VEGAS - FEB. 11: A man walks.",
        "A man walks to the park. (Published Monday, Nov. 18, 2019)",
    ],
)
def test_the_pre_filter_lets_captions_through(text: str) -> None:
    assert may_be_caption(text)
    assert match_caption(text) is not None


@pytest.mark.parametrize(
    "phrase",
    sorted(
        {
            *(f"{w}:" for words in lex.CREDIT_LABELS.values() for w in words),
            *lex.BARE_CREDIT_LABELS,
            *(w for words in lex.CREDIT_BY.values() for w in words),
            *lex.BRACKET_CREDIT_LEADS,
        }
    ),
)
def test_the_pre_filter_knows_every_credit_label_in_any_case(phrase: str) -> None:
    for written in (phrase, phrase.lower(), phrase.upper()):
        assert may_be_caption(f"A man walks to the park. {written} jane roe")


@pytest.mark.parametrize("source", lex.DESK_MARKERS)
def test_every_desk_marker_opens_with_a_known_literal(source: str) -> None:
    # the head reads a desk marker only where one of these openings stands
    literal = source.replace("\\(", "(").replace("\\[", "[")
    assert literal.startswith(("FI", "AR", "ep", "TP", "SE", "ED", "AT", "(", "["))


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: A man walks to the park. REUTERS/Jane Roe",
        "  epaselect epa09440847 A man walks to the park.",
        "(EDITORS NOTE: graphic content) A man walks. (AP Photo/Jane Roe)",
        "[Photo/Xinhua] A man walks to the park.",
        "\u2028HANDOUT - A man walks to the park.",
        "(UK OUT FOR 28 DAYS) A man walks to the park.",
        "3/12 A man walks to the park. Photo: Jane Roe",
    ],
)
def test_marks_opening_a_caption_are_dropped(text: str) -> None:
    caption = parse_caption(text).caption
    assert caption.text.startswith("A man walks")


@pytest.mark.parametrize(
    "line",
    [
        "A man walks to the park. usa" + " " * 40 + "today",
        "A man walks to the park. getty\t\t\t\t\timages",
        "A man walks to the park (the associated press)",
        "A man walks to the park. jane roe/reuters",
    ],
)
def test_the_page_wide_cue_scan_finds_small_letter_agencies(line: str) -> None:
    text = "Plain words here.\n" + line + "\nMore plain words."
    blocks = _line_spans(text)
    sure, maybe = cue_candidates(text, blocks)
    assert may_be_caption(text, blocks[1].start, blocks[1].end)
    assert maybe is not None
    assert "small-agency" in maybe.get(1, set())
    assert 1 not in sure


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("The daily press met the council. (Jane Roe)", False),  # its words stand before
        ("A man walks. (Jane Roe/Hindustan Times)", True),
        ("A man walks. [Jane Roe via Example]", True),
    ],
)
def test_the_bracket_cue_looks_for_its_words_inside_the_brackets(text: str, cued: bool) -> None:  # noqa: FBT001 -- a drawn flag
    assert may_be_caption(text, kinds=("bracket",)) is cued
    if not cued:
        assert match_caption(text) is None
