"""Tests for labelling blocks with their roles."""

from __future__ import annotations


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
