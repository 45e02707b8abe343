"""Regression tests for bugs found by the fuzz and linear-time suites.

Each test names the bug it guards against; see ``test_linear.py`` for how
times are compared (CPU time, best of several, as a ratio: no wall-clock bound).
"""

from __future__ import annotations

from newsdoc import parse
from newsdoc._parser.captions import match_caption, parse_caption
from test_linear import BOUND, ratio


def test_caption_description_trims_a_long_run_of_end_marks_in_linear_time() -> None:
    # _description sliced the whole remaining text once per trailing dash, so a
    # caption-like line ending in thousands of em dashes took quadratic time.
    for read in (match_caption, parse_caption):
        assert ratio(lambda size: "Photo: Jane Doe " + "—" * size, read, size=6_000) <= BOUND


def test_attribution_contents_do_not_pile_up_on_a_run_of_cues() -> None:
    # Each cue's content ran on over the following cues (up to 1500 characters),
    # so n cues in one sentence made n overlapping contents: quadratic output.
    text = "Harbour plan approved\n\nBy Jane Doe\n\n" + "he said, " * 400
    article = parse(text)
    covered = sum(s.end - s.start for a in article.attributions for s in a.content_spans)
    assert covered <= len(text)


def test_an_attribution_source_is_trimmed_of_a_stray_opening_bracket() -> None:
    text = "Drills begin\n\nAccording to[ the Defence Ministry, the drills will start on Monday.\n"
    [attribution] = parse(text).attributions
    assert attribution.source == "the Defence Ministry"
