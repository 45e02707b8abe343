"""Tests for labelling blocks with their roles."""

from __future__ import annotations

import tracemalloc

from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.roles import best_run, block_facts, label_blocks
from newsdoc.model import BlockRole

PARAGRAPH = (
    "The city council approved the new budget on Monday after a debate that ran "
    "late into the night, and the mayor said the vote would let work on the "
    "bridge start in the spring."
)

PAGE_LINES = (
    "Council approves budget for new bridge | The Daily Example",
    "",
    "Home",
    "News",
    "Sport",
    "Weather",
    "Sign in",
    "",
    "Council approves budget for new bridge",
    "",
    "By Jane Doe and John Roe",
    "12 March 2021",
    "",
    PARAGRAPH,
    "",
    (
        "Opponents said the cost had doubled since the plan was first shown, "
        "and several members asked for an independent review of the figures."
    ),
    "",
    "Construction is expected to take three years.",
    "",
    "Share this article",
    "",
    "Related stories",
    "Council elects new chair",
    "Road closures this weekend",
    "",
    "© 2021 The Daily Example. All rights reserved.",
)
PAGE = "\n".join(PAGE_LINES)


def _roles(text: str) -> list[tuple[BlockRole, str]]:
    blocks = split_blocks(text)
    dated = [b.text == "12 March 2021" for b in blocks]
    layout = label_blocks(blocks, block_facts(blocks, caption=[False] * len(blocks), dated=dated))
    return [(r, b.text) for r, b in zip(layout.roles, blocks, strict=True)]


def test_a_page_gets_headline_byline_date_and_body() -> None:
    roles = {text: role for role, text in _roles(PAGE)}
    assert roles["Council approves budget for new bridge"] is BlockRole.HEADLINE
    assert roles["By Jane Doe and John Roe"] is BlockRole.BYLINE
    assert roles["12 March 2021"] is BlockRole.DATE
    assert roles[PARAGRAPH] is BlockRole.PARAGRAPH
    assert roles["Construction is expected to take three years."] is BlockRole.PARAGRAPH


def test_page_chrome_is_boilerplate() -> None:
    roles = {text: role for role, text in _roles(PAGE)}
    for chrome in (
        "Council approves budget for new bridge | The Daily Example",
        "Home",
        "Sign in",
        "Share this article",
        "Related stories",
        "Road closures this weekend",
        "© 2021 The Daily Example. All rights reserved.",
    ):
        assert roles[chrome] is BlockRole.BOILERPLATE, chrome


def test_bylines_are_read_into_authors() -> None:
    blocks = split_blocks(PAGE)
    layout = label_blocks(
        blocks, block_facts(blocks, caption=[False] * len(blocks), dated=[False] * len(blocks))
    )
    assert [b.authors for b in layout.bylines] == [("Jane Doe", "John Roe")]


def test_captions_are_never_body() -> None:
    blocks = split_blocks(PAGE)
    caption = [b.text.startswith("Opponents") for b in blocks]
    layout = label_blocks(blocks, block_facts(blocks, caption=caption, dated=[False] * len(blocks)))
    assert BlockRole.CAPTION in layout.roles
    assert all(r is BlockRole.CAPTION for r, c in zip(layout.roles, caption, strict=True) if c)


def test_plain_text_headline_is_the_first_line() -> None:
    text = f"Council approves budget\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    roles = _roles(text)
    assert roles[0] == (BlockRole.HEADLINE, "Council approves budget")
    assert [r for r, _ in roles[1:]] == [BlockRole.PARAGRAPH, BlockRole.PARAGRAPH]


def test_no_blocks_no_headline() -> None:
    layout = label_blocks((), ())
    assert layout.headline is None
    assert {d.code for d in layout.diagnostics} == {"no-body", "no-headline"}


def test_best_run_finds_the_maximum_sum_run() -> None:
    assert best_run([-5, 3, 4, -1, 5, -20, 2], 0, 7) == (1, 4, 11)
    assert best_run([-5, -1], 0, 2) is None


def test_best_run_starts_inside_its_window() -> None:
    assert best_run([1, -5, 50], 0, 1) == (0, 2, 46)


def test_links_under_a_heading_inside_the_body_are_no_body() -> None:
    more = (
        "Work on the bridge is due to finish in three years, the council said, "
        "and the old crossing will stay open until then for buses and bicycles."
    )
    text = "\n".join(
        [
            "Council approves budget for new bridge",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("Monday", "Tuesday"),
            "",
            "Related stories",
            "Council elects new chair",
            "Road closures this weekend",
            "",
            more,
            "",
            more.replace("three", "four"),
            "",
            more.replace("three", "five"),
        ]
    )
    roles = {t: r for r, t in _roles(text)}
    assert roles["Council elects new chair"] is BlockRole.BOILERPLATE
    assert roles["Road closures this weekend"] is BlockRole.BOILERPLATE
    assert roles[more] is BlockRole.PARAGRAPH


def test_a_bare_name_under_the_headline_is_a_guessed_byline() -> None:
    text = f"Council approves budget for new bridge\n\nJane Doe\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    blocks = split_blocks(text)
    facts = block_facts(blocks, caption=[False] * len(blocks), dated=[False] * len(blocks))
    layout = label_blocks(blocks, facts)
    assert [b.authors for b in layout.bylines] == [("Jane Doe",)]
    assert "byline-guessed" in {d.code for d in layout.diagnostics}


def test_a_caption_under_the_headline_stays_a_caption() -> None:
    text = f"Council approves budget\n\nPhoto by Jane Doe\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    blocks = split_blocks(text)
    caption = [b.text == "Photo by Jane Doe" for b in blocks]
    facts = block_facts(blocks, caption=caption, dated=[False] * len(blocks))
    layout = label_blocks(blocks, facts)
    assert layout.roles[1] is BlockRole.CAPTION
    assert layout.bylines == ()


def test_a_text_on_one_long_line_is_labelled_in_little_memory() -> None:
    sentence = "The minister said the “plan” would pass, officials told Reuters. "
    for text in (sentence * 800, sentence.title() * 800):
        blocks = split_blocks(text)
        tracemalloc.start()
        try:
            facts = block_facts(blocks, caption=[False], dated=[False])
            label_blocks(blocks, facts)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 10 * len(text.encode())


def test_a_text_standing_twice_or_in_another_case_is_repeated() -> None:
    blocks = split_blocks("Sign up\n\nSIGN UP\n\nWeather\n\nLive\n\nLive\n\nMarkets")
    facts = block_facts(blocks, caption=[False] * len(blocks), dated=[False] * len(blocks))
    assert [f.repeated for f in facts] == [True, True, False, True, True, False]
