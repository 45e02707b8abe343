from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.caption_prefixes import match_prefix, may_open_with_evidence


@pytest.mark.parametrize(
    ("text", "kind", "location", "date", "evidence"),
    [
        ("OSLO, NORWAY - MAY 17: Children march.", "getty", "OSLO, NORWAY", "MAY 17", True),
        ("ROME – FEB. 2: Crowds.", "getty", "ROME", "FEB. 2", True),
        ("LOS ANGELES, CA.- JUNE 5: Stars.", "getty", "LOS ANGELES, CA", "JUNE 5", True),
        ("UNSPECIFIED - UNSPECIFIED: A picture.", "getty", "UNSPECIFIED", None, True),
        ("LIMA (PERU), Oct. 5, 2020 -- People.", "xinhua", "LIMA (PERU)", "Oct. 5, 2020", True),
        ("SEVILLA, 12/03/2021.- Vecinos.", "numeric", "SEVILLA", "12/03/2021", True),
        ("Recife (PE), 04/07/2022 - Moradores.", "numeric", "Recife (PE)", "04/07/2022", True),
        ("21.06.2023, Bayern, München: Menschen.", "dpa", "Bayern, München", "21.06.2023", True),
        (
            "Sep 9, 2023; Denver, CO, USA; A player.",
            "sports",
            "Denver, CO, USA",
            "Sep 9, 2023",
            True,
        ),
        ("04/07/2022 - Moradores.", "bare-date", None, "04/07/2022", False),
        ("Miami, FL - A couple walks.", "place", "Miami, FL", None, False),
        ("QUITO, May 3 (Xinhua) -- People.", "dateline", "QUITO", "May 3", False),
    ],
)
def test_prefixes(
    text: str, kind: str, location: str | None, date: str | None, *, evidence: bool
) -> None:
    found = match_prefix(text, 0, len(text))
    assert found is not None
    assert found.kind == kind
    assert found.location == location
    assert (found.date_span.slice(text) if found.date_span else None) == date
    assert found.evidence is evidence
    assert text[found.end - 1] in " :-;"


@pytest.mark.parametrize(
    "text",
    [
        "Update - May 4: The company said.",
        "Russian missile attack in Dnipro, Ukraine - 15 Jan 2023 Rescuers work.",
        "The minister said: nothing.",
        "A man walks in the park.",
    ],
)
def test_no_prefix(text: str) -> None:
    found = match_prefix(text, 0, len(text))
    assert found is None or not found.evidence


@given(st.text(max_size=200))
def test_prefix_is_total_and_in_range(text: str) -> None:
    found = match_prefix(text, 0, len(text))
    if found is not None:
        assert 0 <= found.end <= len(text)
        if found.date_span is not None:
            assert found.date_span.end <= found.end


@pytest.mark.parametrize(
    "line",
    [
        "LAS VEGAS, NV - FEBRUARY 11: A man walks.",
        "ROME – FEB. 2: Crowds.",
        "LOS ANGELES, CA.- JUNE 5: Stars.",
        "Washington, DC - 6 January 2021: A man walks.",
        "KYIV, UKRAINE - UNSPECIFIED: A man walks.",
        "MADRID, 12/03/2021.- A man walks.",
        "12.03.2021, Berlin: A man walks.",
        "BEIJING (CHINA), April 11, 2021 -- A man walks.",
        "Nov 19, 2019; Denver, CO, USA; A man walks.",
    ],
)
def test_every_evidence_prefix_passes_the_cheap_test(line: str) -> None:
    found = match_prefix(line, 0, len(line))
    assert found is not None
    assert found.evidence
    assert may_open_with_evidence(line)


@pytest.mark.parametrize(
    "line",
    [
        "A man walks 3 miles.",
        "Score: 3",
        "Home - News",
        "Update - the 3 winners: a good week.",  # a dash, a digit, a colon, but no date
        "UNKNOWN SOLDIER MEMORIAL REOPENS",  # a missing-date word, but no dash and colon
    ],
)
def test_lines_without_a_prefix_shape_fail_the_cheap_test(line: str) -> None:
    assert not may_open_with_evidence(line)
