from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser._text import collapse
from newsdoc._parser.credit_names import (
    is_agency,
    is_known_agency,
    is_person,
    is_role,
    segments,
    split_credit,
    trie,
)


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("Photo by Maria Lopez/Getty Images", "Maria Lopez", "Getty Images"),
        ("Tom Hardy/AFP via Getty Images", "Tom Hardy", "AFP via Getty Images"),
        ("AP Photo/Ann Smith", "Ann Smith", "AP"),
        ("AP Photo/Ann Smith, File", "Ann Smith", "AP"),
        ("AP Photo/Uncredited", None, "AP"),
        ("REUTERS/Omar Khaled", "Omar Khaled", "REUTERS"),
        ("REUTERS/Omar Khaled/File Photo", "Omar Khaled", "REUTERS"),
        ("Photo by Lucas Moreau / AFP", "Lucas Moreau", "AFP"),
        ("EPA/PETER NOVAK", "PETER NOVAK", "EPA"),
        ("EPA-EFE/ANA GARCIA", "ANA GARCIA", "EPA-EFE"),
        ("Kemal Aydin - Anadolu Agency", "Kemal Aydin", "Anadolu Agency"),
        ("AA Photo", None, "AA"),
        ("Xinhua/Zhang Wei", "Zhang Wei", "Xinhua"),
        ("EFE/Pablo Ruiz", "Pablo Ruiz", "EFE"),
        ("Pablo Ruiz | EFE", "Pablo Ruiz", "EFE"),
        ("Rui Costa/Agência Brasil", "Rui Costa", "Agência Brasil"),
        ("Jane Doe for The New York Times", "Jane Doe", "The New York Times"),
        ("Sam Lee-USA TODAY Sports", "Sam Lee", "USA TODAY Sports"),
        ("Photo by Pool/Ken Ito/WireImage", "Ken Ito", "WireImage"),
        ("HANDOUT / AFP", None, "AFP"),
        ("Getty", None, "Getty"),
        ("Lena Berg (REUTERS)", "Lena Berg", "REUTERS"),
        ("Photo/Xinhua", None, "Xinhua"),
        ("Photo provided to China Daily", None, "China Daily"),
        ("Photo by Ann Smith / POOL / AFP", "Ann Smith", "AFP"),
        ("AP Foto/Ann Smith", "Ann Smith", "AP"),
        ("Photo Ann SMITH / AFP", "Ann SMITH", "AFP"),
        ("Photo by STR / AFP", None, "AFP"),
        ("Xinhua/Li Wei via Getty Images", "Li Wei", "Xinhua"),
        ("Ann Lee / AP file", "Ann Lee", "AP"),
    ],
)
def test_split_credit_names_photographer_and_agency(
    credit: str, photographer: str | None, agency: str | None
) -> None:
    result = split_credit(credit)
    assert result.text == credit
    assert result.photographer == photographer
    assert result.agency == agency


def test_agency_lexicon_lookup() -> None:
    assert is_known_agency("Getty Images")
    assert is_known_agency("via Getty Images")
    assert is_known_agency("REUTERS")
    assert not is_known_agency("rEUTERS")
    assert is_agency("Hindustan Times")
    assert not is_agency("Jane Doe")


def test_roles_and_people() -> None:
    assert is_role("Pool")
    assert is_role("File Photo")
    assert not is_role("Ann Smith")
    assert is_person("Ann Smith")
    assert is_person("J. Scott Applewhite")
    assert is_person("Juan de la Cruz")
    assert not is_person("Hindustan Times")
    assert not is_person("Ann")


def test_segments_cut_at_the_credit_joins() -> None:
    credit = "Ann Smith / Pool via Getty Images for Acme"
    assert [credit[a:b] for a, b in segments(credit)] == [
        "Ann Smith",
        "Pool",
        "via Getty Images",
        "Acme",
    ]


@given(st.text(max_size=200))
def test_split_credit_is_total_and_keeps_the_text(text: str) -> None:
    credit = split_credit(text)
    assert credit.text == collapse(text)
    for part in (credit.photographer, credit.agency):
        assert part is None or part in credit.text


@pytest.mark.parametrize(
    ("words", "inside", "outside"),
    [
        (["AFP", "AP", "AP Photo"], ["AFP", "AP", "AP  Photo", "AP\nPhoto"], ["A", "APhoto", ""]),
        (["a", "ab", "abc", "x.y"], ["a", "ab", "abc", "x.y"], ["xzy", "b"]),
    ],
)
def test_trie_matches_exactly_its_words(
    words: list[str], inside: list[str], outside: list[str]
) -> None:
    pattern = re.compile(f"(?:{trie(words)})")
    assert all(pattern.fullmatch(w) for w in inside)
    assert not any(pattern.fullmatch(w) for w in outside)
