"""Tests for language identification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser import language
from newsdoc._parser.language import detect_language

SAMPLES = {
    "en": (
        "The city council said on Monday that it would close the old bridge for repairs, "
        "and that traffic would be sent through the centre of town while the work was done."
    ),
    "es": (
        "El ayuntamiento anunció el lunes que cerrará el puente viejo para su reparación y "
        "que el tráfico se desviará por el centro de la ciudad mientras duren las obras."
    ),
    "pt": (
        "A prefeitura anunciou na segunda-feira que vai fechar a ponte velha para reparos e "
        "que o trânsito será desviado pelo centro da cidade enquanto as obras não terminam."
    ),
    "de": (
        "Die Stadtverwaltung teilte am Montag mit, dass die alte Brücke für Reparaturen "
        "gesperrt wird und der Verkehr durch die Innenstadt umgeleitet werden soll."
    ),
    "fr": (
        "La mairie a annoncé lundi que le vieux pont sera fermé pour des travaux et que la "
        "circulation sera déviée par le centre de la ville pendant toute la durée du chantier."
    ),
    "it": (
        "Il comune ha annunciato lunedì che il vecchio ponte sarà chiuso per lavori e che il "
        "traffico sarà deviato nel centro della città per tutta la durata del cantiere."
    ),
    "id": (
        "Pemerintah kota mengatakan pada hari Senin bahwa jembatan tua itu akan ditutup untuk "
        "perbaikan dan lalu lintas akan dialihkan ke pusat kota selama pekerjaan berlangsung."
    ),
    "ca": (
        "L'ajuntament va anunciar dilluns que tancarà el pont vell per reparar-lo i que el "
        "trànsit es desviarà pel centre de la ciutat mentre durin les obres."
    ),
    "pl": (
        "Władze miasta poinformowały w poniedziałek, że stary most zostanie zamknięty na czas "
        "remontu, a ruch zostanie skierowany przez centrum miasta do końca prac."
    ),
    "sv": (
        "Kommunen meddelade på måndagen att den gamla bron stängs för reparation och att "
        "trafiken leds genom centrum medan arbetet pågår."
    ),
    "ru": (
        "Городские власти в понедельник сообщили, что старый мост закроют на ремонт, а "
        "движение транспорта направят через центр города на всё время работ."
    ),
    "uk": (
        "Міська влада в понеділок повідомила, що старий міст закриють на ремонт, а рух "
        "транспорту спрямують через центр міста на весь час робіт і її підрядників."
    ),
    "ja": "市議会は月曜日、古い橋を修理のために閉鎖し、"
    "工事の間は交通を市の中心部に迂回させると発表した。",
    "ko": "시의회는 월요일 낡은 다리를 수리하기 위해 폐쇄하고 "
    "공사 기간 동안 교통을 도심으로 우회시킨다고 밝혔다.",
    "zh": "市议会周一表示，将关闭旧桥进行维修，施工期间交通将绕行市中心。",
    "el": "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η παλιά γέφυρα "
    "θα κλείσει για επισκευές.",
}


@pytest.mark.parametrize(("language", "text"), sorted(SAMPLES.items()))
def test_detects_the_language_of_a_paragraph(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text", ["", "   ", "2022-04-27 12:00", "OK", "Bridge closed", "© 2019 | Home | Login"]
)
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_the_dominant_language_of_a_mix_wins() -> None:
    assert detect_language(SAMPLES["es"] + " " + SAMPLES["pt"] * 3) == "pt"
    assert detect_language(SAMPLES["en"] * 3 + " Die Brücke ist gesperrt.") == "en"


def test_close_neighbours_are_told_apart_by_the_words_they_do_not_share() -> None:
    assert detect_language(SAMPLES["ca"] * 2) == "ca"
    assert detect_language(SAMPLES["es"] * 2) == "es"
    assert detect_language(SAMPLES["pl"] * 2) == "pl"
    assert detect_language(SAMPLES["pt"] * 2) == "pt"


def test_words_shared_by_two_languages_do_not_decide() -> None:
    assert detect_language("Entre de que para como se sobre entre de que para como se") is None


def test_latin_page_chrome_does_not_outweigh_a_russian_article() -> None:
    chrome = "Home News Sport Login Subscribe Share Facebook Twitter\n"
    assert detect_language(chrome + SAMPLES["ru"] * 3) == "ru"


def test_japanese_with_kanji_and_kana_is_not_chinese() -> None:
    text = "2016.12.01 ブログ\n" + SAMPLES["ja"] * 2
    assert detect_language(text) == "ja"


def test_long_texts_are_sampled_and_still_right() -> None:
    text = (SAMPLES["pt"] + "\n\n") * 2000
    assert detect_language(text) == "pt"


@given(st.text(max_size=300))
def test_detect_language_is_total(text: str) -> None:
    result = detect_language(text)
    assert result is None or (result.isalpha() and result.islower() and len(result) == 2)


_ROOT = Path(__file__).resolve().parents[1]
_CORPUS = next(
    (
        p / "shared" / "corpus"
        for p in (_ROOT.parent, _ROOT.parent.parent)
        if (p / "shared").is_dir()
    ),
    _ROOT.parent / "shared" / "corpus",
)
"""The shared gold corpus beside the repository (or beside its worktree folder)."""


def _gold_languages() -> list[tuple[str, str]]:
    if not _CORPUS.is_dir():
        return []
    cases = []
    for folder in ("seed", "attr-es", "attr-pt"):
        for gold_path in sorted((_CORPUS / folder).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if "language" in gold.get("fields", []):
                cases.append((str(gold_path.with_suffix(".txt")), gold["language"]))
    return cases


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not present")
@pytest.mark.parametrize(("path", "language"), _gold_languages())
def test_gold_corpus_languages(path: str, language: str) -> None:
    assert detect_language(Path(path).read_text(encoding="utf-8")) == language


@given(st.text(alphabet=st.sampled_from("ab ЖЯ日本カ,.\n1ñé"), max_size=80))
def test_the_latin_shortcut_agrees_with_the_full_count(text: str) -> None:
    ahead = language._latin_ahead(text)  # noqa: SLF001 (the shortcut under test)
    counts = language._script_counts(text)  # noqa: SLF001
    letters = sum(counts.values())
    if ahead is None:
        assert 2 * counts["Latin"] <= letters
    else:
        assert ahead[0] == counts["Latin"]
        assert 2 * counts["Latin"] > letters
        assert (ahead[1] >= 20) == (letters >= 20)


@given(
    st.lists(st.sampled_from([*SAMPLES.values(), "0123 4567 89 " * 40]), min_size=1, max_size=30),
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=0, max_value=60_000),
    st.integers(min_value=0, max_value=90_000),
)
def test_a_range_reads_as_its_copy_would(
    pieces: list[str], times: int, start: int, length: int
) -> None:
    # the orchestrator asks for the body's language where it stands, without copying it
    text = " ".join(pieces) * times
    end = min(start + length, len(text))
    start = min(start, end)
    copy = text[start:end]
    assert detect_language(text, start, end) == detect_language(copy)
    # the samplers under test (SLF001): the same chunks as from the copy
    assert language._quick_sample(text, start, end) == language._quick_sample(copy)  # noqa: SLF001
    assert language._sample(text, start, end) == language._sample(copy, 0, len(copy))  # noqa: SLF001


def test_a_long_text_undecided_in_short_samples_is_read_at_length() -> None:
    filler = "0123 4567 89 " * 160  # no letters where the short samples fall
    assert detect_language(filler + SAMPLES["pt"] * 2 + filler * 2) == "pt"


def test_short_samples_do_not_cut_words_into_function_words() -> None:
    # a word cut at a sample's edge ("otherwise" into "se") could read as a function word
    text = "otherwise " * 1603
    sample = language._quick_sample(text)  # noqa: SLF001 (the sampler under test)
    assert sample is not None
    assert set(sample.split()) == {"otherwise"}


@given(st.text(alphabet=st.sampled_from("ab Жé日'’ \t\n\u2028\u00a0\x1c,.1-"), max_size=80))
def test_words_read_a_run_at_a_time_are_the_words_read_one_at_a_time(text: str) -> None:
    runs = regex.findall(language._WORDS, text)  # noqa: SLF001 (the reading under test)
    assert " ".join(runs).split() == regex.findall(language._WORD, text)  # noqa: SLF001
