from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser.credits import find_credit, find_leading_credit, may_name_small_agency


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("A man waves. (Photo by Maria Lopez/Getty Images)", "Photo by Maria Lopez/Getty Images"),
        ("A man waves. (AP Photo/Ann Smith)", "AP Photo/Ann Smith"),
        ("A man waves. REUTERS/Omar Khaled", "REUTERS/Omar Khaled"),
        ("A man waves. ( Kemal Aydin - Anadolu Agency )", "Kemal Aydin - Anadolu Agency"),
        ("A man waves. (AA Photo)", "AA Photo"),
        ("A man waves. Photo: Lucas Moreau/AFP", "Lucas Moreau/AFP"),
        ("A man waves. Photograph: Lucas Moreau/Reuters", "Lucas Moreau/Reuters"),
        ("Ein Mann winkt (Bild: Lucas Moreau / EPA)", "Lucas Moreau / EPA"),
        ("Un hombre saluda. Foto: EFE/Pablo Ruiz.", "EFE/Pablo Ruiz"),
        ("A man waves.Credit...Jane Doe for The New York Times", "Jane Doe for The New York Times"),
        ("A man waves in 2019Credit: Getty", "Getty"),
        ("Un homme salue© Lucas Moreau/AFP", "Lucas Moreau/AFP"),
        ("A man waves (Image: Getty)", "Getty"),
        ("A man waves. EPA-EFE/ANA GARCIA", "EPA-EFE/ANA GARCIA"),
        ("Un hombre saluda en la plaza / EFE - Pablo Ruiz", "EFE - Pablo Ruiz"),
        ("Un hombre saluda en la plazaPablo Ruiz/EFE", "Pablo Ruiz/EFE"),
        ("A man waves. Photo by Tim Cole/UPI", "Photo by Tim Cole/UPI"),
        ("A man waves. | Ann Smith/AP Photo", "Ann Smith/AP Photo"),
        ("Un hombre saluda, Juan Pérez / AFP", "AFP"),
        ("Tourists on the wall. [Photo/Xinhua]", "Photo/Xinhua"),
        ("Visitors at the fair. (Photo provided to China Daily)", "Photo provided to China Daily"),
        ("Fans in the stadium. (DHA Photo)", "DHA Photo"),
        ("Fans in the stadium. (Sabah Photo)", "Sabah Photo"),
        ("Tifosi allo stadio. (Foto ANSA)", "Foto ANSA"),
        ("Le président à Paris. Photo AFP", "Photo AFP"),
        ("Vecinos en la plaza. MARÍA PÉREZ", "MARÍA PÉREZ"),
        ("A lab at the university. Courtesy of Ann Smith", "Courtesy of Ann Smith"),
        ("Ein Mann winkt. AP Foto/Ann Smith", "AP Foto/Ann Smith"),
    ],
)
def test_find_credit_recognises_each_convention(caption: str, credit: str) -> None:
    found = find_credit(caption)
    assert found is not None
    assert found.credit.text == credit
    assert caption[found.span.start : found.span.end].rstrip(".") == credit


@pytest.mark.parametrize(
    "line",
    [
        "Business News",
        "Terms of Service",
        "About Me/Contact",
        "© 2019 Example Media Group. All rights reserved.",
        "Copyright © 2020 Example News",
        "Officials met at the Foreign Office.",
        "The report was published by Reuters.",
        "By Jane Doe | Example News",
        "How it all began - The New York Times and its rivals in a long story",
    ],
)
def test_page_chrome_is_no_strong_credit(line: str) -> None:
    found = find_credit(line)
    assert found is None or not found.strong


def test_leading_copyright_credit_stops_before_the_description() -> None:
    text = "© Ann Smith Nurses gather outside the hospital."
    found = find_leading_credit(text)
    assert found is not None
    assert found.credit.text == "Ann Smith"


def test_leading_label_line_is_a_credit_for_the_next_line() -> None:
    text = "Image copyright EPA\nImage caption Ministers arrive for the summit"
    found = find_leading_credit(text)
    assert found is not None
    assert found.credit.text == "EPA"
    assert found.outer.end == text.index("\n")


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_find_credit_spans_stay_inside_the_range(text: str, start: int, end: int) -> None:
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    found = find_credit(text, start, end)
    if found is not None:
        assert start <= found.outer.start <= found.span.start <= found.span.end <= end
        assert found.span.end <= found.outer.end <= end


def test_a_window_cutting_into_a_word_takes_no_credit_from_it() -> None:
    tail = "reuters" + "/Ann Lee" * 31 + "/Al L"
    assert len(tail) == 260  # the credit window starts right at "reuters"
    found = find_credit("Then " + "fooreuters"[:3] + tail)
    assert found is None or "reuters" not in found.credit.text
    glued = find_credit("Then " + tail)
    assert glued is not None
    assert glued.credit.text.startswith("reuters")


@pytest.mark.parametrize(
    ("piece", "named"),
    [
        ("photo by reuters", True),
        ("credit: getty images.", True),
        ("an apple a day", False),
        ("they paid the part", False),
        ("the associated press said", True),
        ("paparazzi", False),
        ("foto: télam", True),
        ("(agência brasil)", True),
        ("estadão conteúdo", True),
        ("the agênciax said", False),
        ("caf\u00e9 reuters\ud800", True),
        ("lone \udc80 surrogate", False),
    ],
)
def test_small_letter_agencies(piece: str, *, named: bool) -> None:
    assert may_name_small_agency(piece) is named
