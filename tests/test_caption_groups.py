from __future__ import annotations

import datetime as dt

import pytest

from newsdoc._parser.caption_groups import group_captions, reread_group
from newsdoc.model import Span


def _line_spans(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return spans


def test_group_captions_joins_a_credit_line_to_its_description() -> None:
    text = (
        "Headline of the story\n\nSmoke hangs over the city after a week of fires.\n"
        "Ann Lee/Hindustan Times/Getty Images\n\nThe body of the story starts here and goes on."
    )
    groups = group_captions(text, _line_spans(text))
    assert len(groups) == 1
    caption = groups[0].result.caption
    assert (groups[0].first, groups[0].last) == (1, 2)
    assert caption.text == "Smoke hangs over the city after a week of fires."
    assert caption.credit is not None
    assert caption.credit.text == "Ann Lee/Hindustan Times/Getty Images"


def test_group_captions_bbc_copyright_over_caption() -> None:
    text = "Image copyright Reuters\nImage caption Ministers arrive for the summit\nBody text."
    groups = group_captions(text, _line_spans(text))
    assert len(groups) == 1
    caption = groups[0].result.caption
    assert caption.text == "Ministers arrive for the summit"
    assert caption.credit is not None
    assert caption.credit.text == "Reuters"


def test_group_captions_lone_label_takes_the_next_line() -> None:
    text = "Фото:\nличный архив Анны Ивановой\n\nАккаунт"
    groups = group_captions(text, _line_spans(text))
    assert len(groups) == 1
    caption = groups[0].result.caption
    assert caption.text == ""
    assert caption.credit is not None
    assert caption.credit.text == "личный архив Анны Ивановой"


def test_group_captions_leaves_a_credit_only_line_after_a_title() -> None:
    text = "Royal Visit Ends\n\n© REUTERS / POOL\n\nThe visit ended on Monday."
    groups = group_captions(text, _line_spans(text))
    assert len(groups) == 1
    assert groups[0].result.caption.text == ""
    assert (groups[0].first, groups[0].last) == (1, 1)


def test_group_captions_keeps_plain_paragraphs_out() -> None:
    text = "A title\n\nThe minister said the talks would continue.\n\nOfficials agreed."
    assert group_captions(text, _line_spans(text)) == ()


def test_group_captions_does_not_join_a_bare_copyright_line() -> None:
    text = "Remove the jars and let them cool for a day.\n© Jane Roe"
    groups = group_captions(text, _line_spans(text))
    assert [(g.first, g.last) for g in groups] == [(1, 1)]


def test_group_captions_blocks_are_used_once() -> None:
    text = "Photo:\nAnn Lee/AFP\nCredit: Ann Lee/AFP\nA crowd in the square at night."
    groups = group_captions(text, _line_spans(text))
    used = [i for g in groups for i in range(g.first, g.last + 1)]
    assert len(used) == len(set(used))


def test_group_captions_joins_a_weak_credit_line_to_its_description() -> None:
    text = "Cells glow green under the microscope in this image.\nPixelWorks for Science Magazine"
    groups = group_captions(text, _line_spans(text))
    assert len(groups) == 1
    caption = groups[0].result.caption
    assert caption.text == "Cells glow green under the microscope in this image."
    assert caption.credit is not None
    assert caption.credit.text == "PixelWorks for Science Magazine"


@pytest.mark.parametrize(
    "credit",
    ["Ann Lee | Science Magazine", "Ann Lee/Science Magazine", "Ann Lee for Science Magazine"],
)
def test_group_captions_joins_every_kind_of_joined_weak_credit(credit: str) -> None:
    text = f"Cells glow green under the microscope in this image.\n{credit}\n\nBody text."
    groups = group_captions(text, _line_spans(text))
    assert [(g.first, g.last) for g in groups] == [(0, 1)]
    found = groups[0].result.caption.credit
    assert found is not None
    assert found.text == credit


def test_group_captions_leaves_a_line_with_a_joining_word_alone() -> None:
    text = "Cells glow green under the microscope in this image.\nThe lab waited for the results."
    assert group_captions(text, _line_spans(text)) == ()


def test_group_captions_lone_label_may_end_its_line_with_white_space() -> None:
    text = "Photo:   \nAnn Lee\n\nThe body of the story: it starts here."
    groups = group_captions(text, _line_spans(text))
    assert [(g.first, g.last) for g in groups] == [(0, 1)]
    found = groups[0].result.caption.credit
    assert found is not None
    assert found.text == "Ann Lee"


def test_group_captions_leaves_a_lone_agency_line_after_body_text() -> None:
    text = "Officials said the museum would reopen next spring after repairs.\n\nReuters"
    assert group_captions(text, _line_spans(text)) == ()


def test_group_captions_joins_a_video_stamp_to_its_description() -> None:
    text = (
        "Body camera footage shows officers reaching the house.\n\n(Published Monday, May 6, 2019)"
    )
    groups = group_captions(text, _line_spans(text))
    assert [(g.first, g.last) for g in groups] == [(0, 1)]
    assert groups[0].result.caption.text == "Body camera footage shows officers reaching the house."


_SHAPED_PAGE = """Smog over the city

Smoke hangs over the city after a week of fires.
Ann Lee/Hindustan Times/Getty Images

The body of the story starts here, and it goes on for a while about the smoke.

Farmers burn stubble in the fields outside the city.
Bo Chen/Hindustan Times/Getty Images

More of the story follows here, with figures from the city's monitors.

Readings in the city stayed high for the whole week.
Clean Air Institute

The end of the story comes here, after the last of the figures.
"""


def test_sibling_captions_share_the_shape_of_the_page() -> None:
    groups = group_captions(_SHAPED_PAGE, _line_spans(_SHAPED_PAGE))
    found = [g.result.caption.credit.text for g in groups if g.result.caption.credit]
    assert found == [
        "Ann Lee/Hindustan Times/Getty Images",
        "Bo Chen/Hindustan Times/Getty Images",
        "Clean Air Institute",
    ]
    assert groups[-1].result.caption.text == "Readings in the city stayed high for the whole week."


def test_one_caption_alone_sets_no_shape() -> None:
    page = _SHAPED_PAGE.replace("Bo Chen/Hindustan Times/Getty Images", "More fields burn")
    groups = group_captions(page, _line_spans(page))
    assert [g.result.caption.credit.text for g in groups if g.result.caption.credit] == [
        "Ann Lee/Hindustan Times/Getty Images"
    ]


def test_reread_group_keeps_the_credit_the_page_shape_gave() -> None:
    groups = group_captions(_SHAPED_PAGE, _line_spans(_SHAPED_PAGE))
    again = reread_group(_SHAPED_PAGE, groups[-1], reference_date=None)
    assert again.caption.credit is not None
    assert again.caption.credit.text == "Clean Air Institute"
    assert again.caption.text == groups[-1].result.caption.text


def test_reread_group_takes_the_year_from_the_reference_date() -> None:
    text = "LIMA, PERU - MAY 3: Crowds march. (Photo by Ann Lee/Getty Images)"
    group = group_captions(text, _line_spans(text))[0]
    assert group.result.caption.date is None
    again = reread_group(text, group, reference_date=dt.date(2021, 6, 1))
    assert again.caption.date == dt.date(2021, 5, 3)
