"""Tests for attribution extraction: who said what, in English, Spanish and Portuguese."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc._parser._text import collapse
from newsdoc._parser.attribution import _collapse, extract_attributions
from newsdoc._parser.attribution_grammar import (
    _TOKEN_HEAD,
    GRAMMARS,
    WORD,
    cue_scan,
    find_cues,
    has_cue_head,
    lower,
    match_cue,
)
from newsdoc._parser.attribution_quotes import (
    _PLAIN_SENTENCE_END,
    _SENTENCE_END,
    MASK,
    find_quotes,
    mask,
)
from newsdoc.model import Attribution, AttributionKind, Span

ROOT = Path(__file__).resolve().parents[1]
# The team's shared corpus sits beside the repository (or beside its worktrees).
SEED = next(
    (
        base / "shared" / "corpus" / "seed"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpus" / "seed").is_dir()
    ),
    ROOT / "shared-corpus-not-found",
)


def extract(text: str, language: str | None = "en") -> tuple[Attribution, ...]:
    """Extract from one text whose paragraphs are separated by blank lines."""
    regions = []
    start = 0
    for part in text.split("\n\n"):
        regions.append(Span(start=start, end=start + len(part)))
        start += len(part) + 2
    return extract_attributions(text, regions, language=language)


def triples(text: str, language: str | None = "en") -> list[tuple[str | None, str, str | None]]:
    return [(a.source, a.cue, a.content) for a in extract(text, language)]


# ---------------------------------------------------------------- direct quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," she said.', ("she", "said", "We will win,")),
        ("“The plan is dead,” said the minister.", ("the minister", "said", "The plan is dead,")),
        ("«The plan is dead», said the minister.", ("the minister", "said", "The plan is dead")),
        ("„The plan is dead,“ the minister said.", ("the minister", "said", "The plan is dead,")),
        ("‹The plan is dead,› the minister said.", ("the minister", "said", "The plan is dead,")),
        ("‘The plan is dead,’ the minister said.", ("the minister", "said", "The plan is dead,")),
        ("''The plan is dead,'' the minister said.", ("the minister", "said", "The plan is dead,")),
        ('The mayor said: "Schools will reopen."', ("The mayor", "said", "Schools will reopen.")),
        ('"Why now?" asked Ann Lee.', ("Ann Lee", "asked", "Why now?")),
        (
            '"It is over," said Tom Reyes, a spokesman for the agency, who declined to say more.',
            ("Tom Reyes, a spokesman for the agency", "said", "It is over,"),
        ),
    ],
)
def test_direct_quote_styles_and_orders(text: str, expected: tuple[str, str, str]) -> None:
    [found] = extract(text)
    assert (found.source, found.cue, found.content) == expected
    assert found.kind is AttributionKind.DIRECT


def test_quote_broken_by_its_cue_is_one_attribution() -> None:
    [found] = extract('"We will win," he said, "and we will win soon."')
    assert found.content == "We will win, and we will win soon."
    assert len(found.content_spans) == 2


def test_quotation_sentence_after_the_cue_continues_it() -> None:
    [found] = extract('"The bridge is safe," the engineer said. "We tested every cable."')
    assert found.content == "The bridge is safe, We tested every cable."


def test_unclosed_quote_continues_in_the_next_paragraph() -> None:
    text = 'The governor said: "We will rebuild the bridge.\n\n"It will take two years."'
    [found] = extract(text)
    assert found.source == "The governor"
    assert found.content == "We will rebuild the bridge. It will take two years."
    first, second = found.content_spans
    assert first.end <= text.index("\n\n") < second.start


def test_cue_and_colon_closing_a_paragraph_take_the_next_quotation() -> None:
    text = 'The mayor said:\n\n"We will rebuild the bridge."'
    [found] = extract(text)
    assert (found.source, found.cue, found.content) == (
        "The mayor",
        "said",
        "We will rebuild the bridge.",
    )
    assert found.kind is AttributionKind.DIRECT


def test_cue_and_colon_closing_a_paragraph_take_an_unquoted_paragraph() -> None:
    [found] = extract("The governor added:\n\nIt is typical of the agency. It never listens.")
    assert found.source == "The governor"
    assert found.content == "It is typical of the agency. It never listens."


def test_dash_name_and_name_colon_conventions() -> None:
    assert triples('"Never give up." — Ann Lee') == [("Ann Lee", "—", "Never give up.")]
    assert triples('Ann Lee: "We are ready."') == [("Ann Lee", ":", "We are ready.")]


def test_mixed_quote_keeps_its_marks() -> None:
    [found] = extract('The minister said the plan was "a disaster" for farmers.')
    assert found.kind is AttributionKind.MIXED
    assert found.content == 'the plan was "a disaster" for farmers'


# ---------------------------------------------------------------- reported speech


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said that taxes would rise.", ("The minister", "said", "taxes would rise")),
        ("The minister said taxes would rise.", ("The minister", "said", "taxes would rise")),
        (
            "Taxes will rise next year, the minister said.",
            ("the minister", "said", "Taxes will rise next year"),
        ),
        (
            "Taxes will rise next year, said the minister.",
            ("the minister", "said", "Taxes will rise next year"),
        ),
        (
            "The company told reporters on Monday that sales fell.",
            ("The company", "told", "sales fell"),
        ),
        (
            "Last week, the union added that talks had failed.",
            ("the union", "added", "talks had failed"),
        ),
        ("The bank has noted that rates are high.", ("The bank", "has noted", "rates are high")),
        ("The agency reports that prices fell.", ("The agency", "reports", "prices fell")),
        ("The board announced that it would sell.", ("The board", "announced", "it would sell")),
        (
            "However, the city insists that the water is safe.",
            ("the city", "insists", "the water is safe"),
        ),
        ("The agency's report says prices fell.", ("The agency's report", "says", "prices fell")),
        ("A new poll shows that voters are split.", ("A new poll", "shows", "voters are split")),
        (
            "In a long speech to the party faithful he said taxes would fall.",
            ("he", "said", "taxes would fall"),
        ),
        (
            "Lee, speaking after the vote, said the bill was dead.",
            ("Lee", "said", "the bill was dead"),
        ),
    ],
)
def test_reported_speech(text: str, expected: tuple[str, str, str]) -> None:
    [found] = extract(text)
    assert (found.source, found.cue, found.content) == expected
    assert found.kind is AttributionKind.INDIRECT


def test_according_to_before_after_and_inside() -> None:
    assert triples("According to the report, sales fell.") == [
        ("the report", "According to", "sales fell")
    ]
    assert triples("Sales fell sharply, according to the report.") == [
        ("the report", "according to", "Sales fell sharply")
    ]
    [inside] = extract("Sales, according to the report, fell sharply.")
    assert inside.content == "Sales fell sharply"
    assert len(inside.content_spans) == 2


def test_pronoun_source_is_kept_and_resolved_within_the_paragraph() -> None:
    first, second = extract("Ann Lee said the bridge would open. She added that it would be free.")
    assert first.source == "Ann Lee"
    assert second.source == "She"
    assert second.resolved_source == "Ann Lee"


def test_internal_states_and_bare_weak_verbs_are_not_reported() -> None:
    assert extract("The minister believes that taxes will rise.") == ()
    assert extract("Police found the car near the river.") == ()
    assert extract("The state of the union is strong.") == ()


# ---------------------------------------------------------------- Spanish


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Vamos a ganar», dijo el entrenador.", ("el entrenador", "dijo", "Vamos a ganar")),
        ('"Es un día histórico", afirmó.', (None, "afirmó", "Es un día histórico")),
        ("—Vamos a ganar —dijo el entrenador.", ("el entrenador", "dijo", "Vamos a ganar")),
        (
            "El ministro aseguró que la economía crecerá.",
            ("El ministro", "aseguró", "la economía crecerá"),
        ),
        ("Explicó que la obra terminará en mayo.", (None, "Explicó", "la obra terminará en mayo")),
        ("Según el informe, la economía creció.", ("el informe", "Según", "la economía creció")),
        ("La economía creció, según el informe.", ("el informe", "según", "La economía creció")),
        (
            "De acuerdo con la OMS, los casos bajaron.",
            ("la OMS", "De acuerdo con", "los casos bajaron"),
        ),
        (
            "La alcaldesa de la ciudad, Ana Ruiz, señaló que el metro abrirá.",
            ("La alcaldesa de la ciudad, Ana Ruiz", "señaló", "el metro abrirá"),
        ),
    ],
)
def test_spanish(text: str, expected: tuple[str | None, str, str]) -> None:
    [found] = extract(text, "es")
    assert (found.source, found.cue, found.content) == expected


def test_spanish_addressee_and_coordinated_cues() -> None:
    [found] = extract('"Hay que luchar", pidió a los jugadores.', "es")
    assert (found.source, found.cue) == (None, "pidió")
    first, second = extract("La ministra lamentó los hechos y dijo que habrá cambios.", "es")
    assert (first.cue, first.content) == ("lamentó", "los hechos")
    assert (second.source, second.content) == ("La ministra", "habrá cambios")


def test_spanish_false_friends() -> None:
    assert extract("El precio varía según la temporada.", "es") == ()
    assert extract("El equipo está de acuerdo con la decisión.", "es") == ()


# ---------------------------------------------------------------- Portuguese


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Vamos vencer", disse o técnico.', ("o técnico", "disse", "Vamos vencer")),
        ("“Foi um erro”, afirmou.", (None, "afirmou", "Foi um erro")),
        ("- Soubemos aproveitar - disse Keno.", ("Keno", "disse", "Soubemos aproveitar")),
        (
            "O ministro afirmou que a inflação vai cair.",
            ("O ministro", "afirmou", "a inflação vai cair"),
        ),
        ("Segundo o IBGE, o desemprego caiu.", ("o IBGE", "Segundo", "o desemprego caiu")),
        (
            "De acordo com a polícia, o suspeito fugiu.",
            ("a polícia", "De acordo com", "o suspeito fugiu"),
        ),
        ("O desemprego caiu, segundo o IBGE.", ("o IBGE", "segundo", "O desemprego caiu")),
        ("Para o economista, a taxa vai subir.", ("o economista", "Para", "a taxa vai subir")),
        ('"Vamos vencer", disse ele.', ("ele", "disse", "Vamos vencer")),
        (
            "A empresa informou, em nota, que vai recorrer.",
            ("A empresa", "informou", "vai recorrer"),
        ),
    ],
)
def test_portuguese(text: str, expected: tuple[str | None, str, str]) -> None:
    [found] = extract(text, "pt")
    assert (found.source, found.cue, found.content) == expected


def test_portuguese_false_friends() -> None:
    assert extract("O segundo turno será em outubro.", "pt") == ()
    assert extract("Ele marcou no segundo tempo.", "pt") == ()
    assert extract("O dinheiro vai para o banco.", "pt") == ()


# ---------------------------------------------------------------- regions and languages


def test_only_regions_are_read_and_offsets_are_into_the_full_text() -> None:
    text = 'MENU Home said Sports\n"We will win," she said.'
    region = Span(start=text.index('"'), end=len(text))
    [found] = extract_attributions(text, [region], language="en")
    assert found.cue_span.slice(text) == "said"
    assert found.cue_span.start > region.start


def test_unknown_language_tries_every_lexicon() -> None:
    [found] = extract("El ministro aseguró que la economía crecerá.", None)
    assert found.cue == "aseguró"
    [tagged] = extract("O ministro afirmou que a inflação vai cair.", "pt-BR")
    assert tagged.cue == "afirmou"


@pytest.mark.skipif(not SEED.is_dir(), reason="the shared corpus is not beside this clone")
def test_seed_attributions_including_the_caption() -> None:
    text = (SEED / "turkiye-s400.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "turkiye-s400.json").read_text(encoding="utf-8"))
    parts = [gold["captions"][0]["text"], *gold["body"].split("\n\n")]
    regions = [Span(start=text.index(p), end=text.index(p) + len(p)) for p in parts]
    found = {(a.source, a.cue) for a in extract_attributions(text, regions, language="en")}
    assert {(g["source"], g["cue"]) for g in gold["attributions"]} <= found


# ---------------------------------------------------------------- properties


@st.composite
def texts_with_regions(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """Any text, including quotation marks, dashes and cue words, cut into regions."""
    alphabet = st.sampled_from(
        [*"abcXY .,;:!?-—\n\"'“”«»„‘’‹›()", " said ", " according to ", " dijo ", " que ", " that "]
    )
    text = "".join(draw(st.lists(alphabet, max_size=80)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
    bounds = [0, *cuts, len(text)]
    regions = [Span(start=a, end=b) for a, b in itertools.pairwise(bounds) if b > a]
    return text, regions


def _inside_regions(span: Span, regions: list[Span]) -> bool:
    return any(r.contains(span) for r in regions)


@given(texts_with_regions(), st.sampled_from(["en", "es", "pt", None]))
def test_extraction_is_total_deterministic_and_spans_point_at_their_text(
    case: tuple[str, list[Span]], language: str | None
) -> None:
    text, regions = case
    found = extract_attributions(text, regions, language=language)
    assert found == extract_attributions(text, regions, language=language)
    for a in found:
        assert a.cue == collapse(a.cue_span.slice(text))
        assert _inside_regions(a.cue_span, regions)
        assert (a.source is None) == (a.source_span is None)
        if a.source_span is not None:
            assert a.source == collapse(a.source_span.slice(text))
            assert _inside_regions(a.source_span, regions)
        assert a.content == " ".join(collapse(s.slice(text)) for s in a.content_spans)
        assert all(_inside_regions(s, regions) for s in a.content_spans)
    assert [a.cue_span.start for a in found] == sorted(a.cue_span.start for a in found)


_NAMES = st.sampled_from(["Ann Lee", "Tom Reyes", "the minister", "Maria Gomez", "the agency"])
_WORDS = st.sampled_from(["bridge", "budget", "river", "school", "tax", "plan", "road", "price"])


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A (source, cue, content) triple rendered into an English sentence with a known cue."""
    source = draw(_NAMES)
    subject = draw(_WORDS)
    content = f"the {subject} will {draw(st.sampled_from(['open', 'close', 'grow', 'fall']))}"
    template, cue = draw(
        st.sampled_from(
            [
                ("{S} said that {C}.", "said"),
                ("{S} said {C}.", "said"),
                ('"{U}," {S} said.', "said"),
                ('"{U}," said {S}.', "said"),
                ("{U}, {S} told reporters.", "told"),
                ("{U}, according to {S}.", "according to"),
                ("According to {S}, {C}.", "According to"),
                ('{S} added: "{U}."', "added"),
            ]
        )
    )
    upper = content[0].upper() + content[1:]
    sentence = template.format(S=source, C=content, U=upper)
    if sentence[0].islower():
        sentence = sentence[0].upper() + sentence[1:]
        source = (
            source[0].upper() + source[1:] if sentence.startswith(source.capitalize()) else source
        )
    return sentence, source, cue, content


@given(rendered())
def test_rendered_attributions_come_back(case: tuple[str, str, str, str]) -> None:
    sentence, source, cue, content = case
    [found] = extract(sentence)
    assert found.cue == cue
    assert (found.source or "").casefold() == source.casefold()
    assert (found.content or "").rstrip(".,").casefold() == content.casefold()


# ---------------------------------------------------------------- headlines


def headline_triples(text: str, language: str = "en") -> list[tuple[str | None, str, str | None]]:
    """Read *text* as a headline alone."""
    whole = Span(start=0, end=len(text))
    found = extract_attributions(text, [], language=language, headline=whole)
    return [(a.source, a.cue, a.content) for a in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Mayor: City Budget Will Not Cover New Stadium",
            "en",
            ("Mayor", ":", "City Budget Will Not Cover New Stadium"),
        ),
        (
            "Ann Lee: schools will reopen in March.",
            "en",
            ("Ann Lee", ":", "schools will reopen in March"),
        ),
        (
            "Senator Ann Lee Hammers City Council: 'You Failed Us.'",
            "en",
            ("Senator Ann Lee Hammers City Council", ":", "You Failed Us."),
        ),
        (
            "Ministra de Salud: la vacuna llegará en marzo",
            "es",
            None,
        ),
        (
            "Ministro Rocha: inflação vai cair no segundo semestre",
            "pt",
            ("Ministro Rocha", ":", "inflação vai cair no segundo semestre"),
        ),
    ],
)
def test_headline_colon_names_the_speaker(
    text: str, language: str, expected: tuple[str, str, str] | None
) -> None:
    found = headline_triples(text, language)
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "Trouble Over Water: Drought Hits the Valley",
        "Analysis: Why the Budget Talks Failed Again",
        "Tsunamis no Ártico: a nova ameaça do clima",
        "Ana Lee: Yes",
    ],
)
def test_headline_colon_needs_a_speaker_label_and_a_claim(text: str) -> None:
    language = "pt" if "Ártico" in text else "en"
    assert headline_triples(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Schools Will Reopen in March, Governor Says",
            "en",
            ("Governor", "Says", "Schools Will Reopen in March"),
        ),
        ("Lee says the plan is dead", "en", ("Lee", "says", "the plan is dead")),
        (
            "Former Minister Calls For New Election",
            "en",
            ("Former Minister", "Calls For", "New Election"),
        ),
        (
            "Ministro niega haber recibido sobornos",
            "es",
            ("Ministro", "niega", "haber recibido sobornos"),
        ),
        (
            "Inflação vai cair em 2025, afirma Banco Central",
            "pt",
            ("Banco Central", "afirma", "Inflação vai cair em 2025"),
        ),
    ],
)
def test_headline_cues_may_be_capitalised(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert headline_triples(text, language) == [expected]


def test_headline_cue_in_a_colon_label_is_read_at_the_verb() -> None:
    found = headline_triples("Senator Ann Lee Warns Voters: 'This Is Our Last Chance.'")
    assert found == [("Senator Ann Lee", "Warns", "This Is Our Last Chance.")]


def test_capitalised_cue_outside_a_headline_is_not_read() -> None:
    assert triples("Schools Will Reopen in March, Governor Says") == []


def test_headline_is_read_with_the_body() -> None:
    text = "Mayor: Taxes Will Rise Next Year\n\nThe mayor said the budget was short."
    found = extract_attributions(
        text, [Span(start=34, end=len(text))], language="en", headline=Span(start=0, end=32)
    )
    assert [(a.source, a.cue) for a in found] == [("Mayor", ":"), ("The mayor", "said")]


# ---------------------------------------------------------------- sources and cues in context


@pytest.mark.parametrize(
    "text",
    [
        "The vote went ahead despite repeated warnings from the clerk.",
        "The agency is dealing with claims of fraud in the program.",
        "Prices rose, as shown in the table below.",
    ],
)
def test_a_verb_form_after_a_preposition_is_no_cue(text: str) -> None:
    assert triples(text) == []


def test_an_age_between_commas_stays_in_the_source() -> None:
    [found] = extract("Lee, 56, who chairs the panel, said the vote was fair.")
    assert found.source == "Lee, 56, who chairs the panel"


def test_according_to_source_ends_before_a_number() -> None:
    [found] = extract("According to census data, 40 percent of homes lack broadband.")
    assert (found.source, found.content) == ("census data", "40 percent of homes lack broadband")


def test_about_before_a_number_opens_a_bare_complement() -> None:
    [found] = extract("The mayor has said about 30 people applied for the post.")
    assert found.content == "about 30 people applied for the post"


def test_participle_takes_a_quotation_after_a_pronoun() -> None:
    found = triples('The group attacked the mayor, saying he "has failed every family."')
    assert ("The group", "saying", 'he "has failed every family."') in found


def test_source_after_an_according_phrase_starts_after_its_source() -> None:
    found = triples("According to the paper, aide Ann Lee said that the talks had failed.")
    assert ("aide Ann Lee", "said", "the talks had failed") in found


def test_a_verb_form_after_a_possessive_is_a_noun() -> None:
    assert [c for _, c, _ in triples("Voters say the senator's claims are false.")] == ["say"]


def test_a_time_adverbial_opening_the_source_is_left_out() -> None:
    [found] = extract("Last week Ann Lee said the plant would close.")
    assert found.source == "Ann Lee"


def test_a_negated_auxiliary_belongs_to_the_cue() -> None:
    [found] = extract("The agency didn’t say that the plant would close.")
    assert (found.source, found.cue) == ("The agency", "didn’t say")


def test_a_phrasal_participle_takes_the_opening_noun_phrase() -> None:
    found = triples("A group of nurses sent a letter to the board, calling for a new vote.")
    assert found == [("A group of nurses", "calling for", "a new vote")]


# ---------------------------------------------------------------- transcripts


def test_transcript_turns_name_their_speakers() -> None:
    text = (
        "The interview went as follows:\n\n"
        '"HOST: Will you run again next year?\n\n'
        '"MR. LEE: I have not decided. My family comes first."'
    )
    found = [(a.source, a.cue, a.content) for a in extract(text)]
    assert ("HOST", ":", "Will you run again next year?") in found
    assert ("MR. LEE", ":", "I have not decided. My family comes first.") in found


def test_transcript_turns_need_two_speakers() -> None:
    assert triples("SEE MORE: Floods close the coastal road for a week") == []


def test_transcript_turns_are_read_in_spanish() -> None:
    text = "PERIODISTA: ¿Habrá elecciones?\n\nMINISTRA: Sí, en marzo, como estaba previsto."
    found = triples(text, "es")
    assert ("MINISTRA", ":", "Sí, en marzo, como estaba previsto.") in found


def test_section_labels_are_no_transcript_speakers() -> None:
    text = "CORRECTION: An earlier version misspelled a name.\n\nUPDATE: The road reopened."
    assert triples(text) == []


def test_a_source_after_a_quoted_title_leaves_its_closing_mark() -> None:
    [found] = extract("Speaking on “Meet the Press,” Senator Ann Lee said the bill would pass.")
    assert found.source == "Senator Ann Lee"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor has also said that the city is safe.", "has also said"),
        ("The mayor has never said that the city is safe.", "has never said"),
        ("The senator continues to insist that the bill is fair.", "continues to insist"),
    ],
)
def test_auxiliaries_and_adverbs_before_a_verb_join_its_cue(text: str, cue: str) -> None:
    [found] = extract(text)
    assert (found.source, found.cue) == (text.split(" ", 2)[0] + " " + text.split(" ")[1], cue)


def test_a_base_form_after_to_is_still_no_cue() -> None:
    assert triples("The mayor wants to say that the city is safe.") == []


def test_a_language_without_cue_data_gives_no_attributions() -> None:
    text = '"Wir schaffen das," sagte die Kanzlerin, and she said it twice.'
    assert extract(text, "de") == ()
    assert extract(text, None) != ()


def test_agreed_that_reports_a_shared_claim() -> None:
    assert triples("All three economists agreed that the plan would raise taxes.") == [
        ("All three economists", "agreed", "the plan would raise taxes")
    ]
    assert triples("They agreed to meet on Monday.") == []


def test_a_sentence_crowded_with_cues_keeps_each_content_short() -> None:
    text = "he said, " * 200
    found = extract(text)
    assert len(found) > 100
    assert max(len(a.content or "") for a in found) < 40


def test_nested_speech_keeps_the_inner_cue_in_the_outer_content() -> None:
    found = triples("The aide said that the minister told him the plan was dead.")
    assert found[0] == (
        "The aide",
        "said",
        "the minister told him the plan was dead",
    )


_CUE_SOUP = st.lists(
    st.sampled_from(
        ["said", "Says", "según", "disse", "according to", "de acuerdo con", "ſaid", "SAİD",
         "saıd", "e-mail", "o'said", " ", " ", ",", ".", "\u00a0", "É", "told", "x"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(_CUE_SOUP)
def test_the_cue_word_scan_finds_what_the_cue_pattern_finds(text: str) -> None:
    for g in GRAMMARS.values():
        fast = [m.span() for m in find_cues(g, text, 0, len(text))]
        assert fast == [m.span() for m in g.cue.finditer(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to[ the ministry, the drills start on Monday.", "the ministry"),
        ("Rep. Ann Lee (D-Va.) said the drills start on Monday.", "Rep. Ann Lee (D-Va.)"),
    ],
)
def test_fields_lose_unmatched_brackets_and_keep_their_own(text: str, source: str) -> None:
    [found] = extract(text)
    assert found.source == source


# ---------------------------------------------------------------- fast paths


_PROSE_SOUP = st.lists(
    st.sampled_from(
        ["said", "Said", "según", "disse", "according to", "in the words of", "called for",
         "called", "add", "added", "ſaid", "İ", "ı", "x", "e", "a", "in", "as", "o'said",
         "co-said", "3said", "’s", "“", "”", '"', "'", "-", "—", " ", " ", " ", ",", ".", ". ",
         "? ", "!) ", '." ', ".' ", ".'' ", "\u00a0", "\n", "É", "é", "e\u0301", "Mr. ", "U.S. ",
         "http://x.y/z ", "Lee", "He"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@given(_PROSE_SOUP)
def test_the_cue_lookup_finds_what_the_cue_pattern_finds_at_each_place(text: str) -> None:
    if len(text.lower()) != len(text) or any(ch in text for ch in "ßẞİıŉſẚ\u212a"):
        return  # lower case does not mirror case-insensitive matching: the pattern is used
    low = text.lower()
    for g in GRAMMARS.values():
        for i in range(len(text)):
            m = g.cue.match(text, i)
            found = match_cue(g, text, low, i, base=0, end=len(text))
            assert (found and (found.span(), found.according)) == (
                m and (m.span(), m.group("acc") is not None)
            )


@given(st.lists(_PROSE_SOUP, min_size=1, max_size=4))
def test_the_batched_cue_scan_sees_each_range_as_a_word_scan_would(parts: list[str]) -> None:
    text = "\n".join(parts)
    ranges, start = [], 0
    for part in parts:
        ranges.append((start, start + len(part)))
        start += len(part) + 1
    for g in GRAMMARS.values():
        for (a, b), scan in zip(ranges, cue_scan(g, text, ranges), strict=True):
            part = text[a:b]
            if scan is None:
                assert any(ch in part for ch in "ßẞİıŉſẚ\u212a\ufb00\ufb01\ufb02\ufb03\ufb04")
                continue
            heads = {
                m.start() for m in _TOKEN_HEAD.finditer(part.lower()) if m.group() in g.cue_heads
            }
            assert {m.start() for m in g.cue.finditer(part)} <= set(scan) <= heads
            assert has_cue_head(g, part) == bool(heads)


@given(_PROSE_SOUP)
def test_sentence_ends_are_found_alike_with_or_without_links_and_line_breaks(text: str) -> None:
    text = text.replace("\n", " ").replace("http", "hxxp")
    fast = [(m.start("gap"), m.end()) for m in _PLAIN_SENTENCE_END.finditer(text)]
    assert fast == [(m.start("gap"), m.end()) for m in _SENTENCE_END.finditer(text)]


@given(_PROSE_SOUP)
def test_masking_hides_exactly_the_words_of_each_quotation(text: str) -> None:
    quotes = find_quotes(text, 0, len(text))
    masked = mask(text, 0, len(text), quotes)
    assert len(masked) == len(text)
    for i, (before, after) in enumerate(zip(text, masked, strict=True)):
        if after != before:
            assert after == MASK
            assert any(q.start <= i < q.end for q in quotes)


@given(st.text(alphabet="aB \t\n\xa0\x1c\u2028é"))
def test_fields_collapse_as_the_shared_helper_does(text: str) -> None:
    assert _collapse(text) == collapse(text)


def test_attribution_spans_are_model_spans() -> None:
    [found] = extract('"We will win," said Ann Lee, the party leader.')
    for span in (found.cue_span, found.source_span, *found.content_spans):
        assert span is not None
        rebuilt = Span(start=span.start, end=span.end)
        assert span == rebuilt
        assert hash(span) == hash(rebuilt)
        assert repr(span) == repr(rebuilt)


@given(_PROSE_SOUP)
def test_words_take_two_characters_each_but_the_last(text: str) -> None:
    # the source-length test counts words only in a range long enough to hold too many
    words = list(WORD.finditer(text))
    assert all(a.end() < b.start() for a, b in itertools.pairwise(words))


@pytest.mark.parametrize("unit", ["ΟΔΥΣΣΕΥΣ ΣΑΣ ", "Said “SAID” İstanbul ", "ΣΑΣ\u00a0Σ  x ", "ab"])
def test_long_text_is_lower_cased_as_a_whole(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    assert lower(text) == text.lower()
