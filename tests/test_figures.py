"""Tests for finding captions among a page's blocks and pairing their lines."""

from __future__ import annotations

from newsdoc._parser.blocks import split_blocks
from newsdoc._parser.figures import description_span, find_captions, lone_caption
from newsdoc._parser.roles import block_facts, label_blocks
from newsdoc.model import BlockRole

FIRST = (
    "The city council approved the new budget on Monday after a debate that ran "
    "late into the night, and the mayor said the vote would let work on the "
    "bridge start in the spring."
)
SECOND = (
    "Opponents said the cost had doubled since the plan was first shown, and "
    "several members asked for an independent review of the figures."
)


def _found(text: str) -> dict[int, tuple[str, str | None]]:
    blocks = split_blocks(text)
    facts = block_facts(blocks, caption=[False] * len(blocks), dated=[False] * len(blocks))
    found = find_captions(text, blocks, label_blocks(blocks, facts), None)
    return {
        i: (
            g.result.caption.text,
            g.result.caption.credit.text if g.result.caption.credit else None,
        )
        for i, g in found.items()
    }


def test_a_block_with_a_credit_is_a_caption() -> None:
    text = f"Council approves budget\n\nThe old bridge. (AP Photo/Jane Doe)\n{FIRST}\n\n{SECOND}"
    assert _found(text) == {1: ("The old bridge.", "AP Photo/Jane Doe")}


def test_a_description_over_its_credit_line_is_one_caption() -> None:
    text = f"Council approves budget\n\nThe old bridge at dawn.\nJane Doe/Getty Images\n\n{FIRST}"
    found = _found(text)
    assert found[1] == found[2] == ("The old bridge at dawn.", "Jane Doe/Getty Images")


def test_a_body_paragraph_is_no_description_across_a_blank_line() -> None:
    text = f"Council approves budget\n\n{FIRST}\n\n{SECOND}\n\n© Jane Doe"
    found = _found(text)
    assert all(caption == "" for caption, _ in found.values())


def test_a_headline_is_no_description() -> None:
    text = f"Council approves budget\nREUTERS/Jane Doe\n\n{FIRST}\n\n{SECOND}"
    found = _found(text)
    assert all(caption == "" for caption, _ in found.values())


def test_one_caption_line_is_a_caption_article() -> None:
    text = "A man walks past the old bridge. (AP Photo/Jane Doe)"
    article = lone_caption(text, split_blocks(text), None)
    assert article is not None
    assert [c.text for c in article.captions] == ["A man walks past the old bridge."]
    assert [b.role for b in article.blocks] == [BlockRole.CAPTION]
    assert lone_caption(FIRST, split_blocks(FIRST), None) is None


def test_description_span_points_at_the_description() -> None:
    text = "The old bridge at dawn. (AP Photo/Jane Doe)"
    article = lone_caption(text, split_blocks(text), None)
    assert article is not None
    (caption,) = article.captions
    assert description_span(text, caption).slice(text) == "The old bridge at dawn."


def test_a_labelled_caption_without_marks_is_found() -> None:
    text = (
        f"Council approves budget\n\n{FIRST}\n\nMedia caption The old bridge at dawn.\n\n{SECOND}"
    )
    found = _found(text)
    assert [caption for caption, _ in found.values()] == ["The old bridge at dawn."]
