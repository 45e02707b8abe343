from __future__ import annotations

import codecs

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsdoc
from news_samples import SYNTHETIC, corpus_texts
from newsdoc import Article, decode_bytes, parse, parse_bytes

DECODE_CODES = frozenset(
    {
        "encoding-guessed",
        "encoding-mixed",
        "encoding-invalid",
        "encoding-unknown",
        "mojibake-repaired",
    }
)
_CP1252_ONLY = {b: bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0)}


def mojibake(text: str) -> str:
    """What *text* looks like after its UTF-8 bytes were read as Windows-1252."""
    table = str.maketrans({chr(b): c for b, c in _CP1252_ONLY.items() if c})
    return text.encode("utf-8").decode("latin-1").translate(table)


def without_decoding(article: Article) -> Article:
    """The article without the diagnostics about decoding."""
    kept = tuple(d for d in article.diagnostics if d.code not in DECODE_CODES)
    return attrs.evolve(article, diagnostics=kept)


def codes(article: Article | newsdoc.DecodedText) -> list[str]:
    return [d.code for d in article.diagnostics if d.code in DECODE_CODES]


def encodings_of(text: str) -> dict[str, bytes]:
    """*text* in every encoding parse_bytes must detect, where it is representable."""
    variants = {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": text.encode("utf-8-sig"),
        "utf-16": text.encode("utf-16"),
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
        "utf-32": text.encode("utf-32"),
        "utf-32-le": text.encode("utf-32-le"),
        "mojibake": mojibake(text).encode("utf-8"),
        "double mojibake": mojibake(mojibake(text)).encode("utf-8"),
    }
    for name in ("cp1252", "latin-1"):
        try:
            variants[name] = text.encode(name)
        except UnicodeEncodeError:
            continue
    return variants


# ------------------------------------------------------------------ round trips
@pytest.mark.parametrize("text", SYNTHETIC, ids=range(len(SYNTHETIC)))
def test_every_encoding_of_a_synthetic_text_parses_to_the_same_article(text: str) -> None:
    expected = parse(text)
    for name, data in encodings_of(text).items():
        assert decode_bytes(data).text == text, name
        assert without_decoding(parse_bytes(data)) == expected, name


def test_every_encoding_of_every_corpus_text_parses_to_the_same_article() -> None:
    texts = corpus_texts()
    if not texts:
        pytest.skip("the shared corpus is not available")
    for text in texts:
        variants = encodings_of(text)
        for name, data in variants.items():
            # parse is a pure function: the same decoded text is the same article.
            assert decode_bytes(data).text == text, (name, text[:60])
        article = parse_bytes(variants["mojibake"])
        assert without_decoding(article) == parse(text), text[:60]


@given(st.text())
def test_any_text_survives_utf8_and_utf16_with_bom(text: str) -> None:
    clean = text.encode("utf-8", errors="surrogatepass").decode("utf-8", errors="replace")
    # A UTF-16-LE text that begins with U+0000 reads as UTF-32-LE: their BOMs collide.
    assume(not clean.startswith("\x00"))
    for encoding in ("utf-8-sig", "utf-16", "utf-32"):
        data = clean.encode(encoding, errors="replace")
        decoded = decode_bytes(data)
        assert decoded.text == data.decode(encoding) or codes(decoded) == ["mojibake-repaired"]


@given(st.binary())
def test_any_bytes_decode_without_loss(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert isinstance(decoded.text, str)
    # Every byte is accounted for: nothing becomes the empty string.
    assert (
        bool(decoded.text) == bool(data.removeprefix(codecs.BOM_UTF8))
        or decoded.encoding != "utf-8"
    )
    decoded.text.encode("utf-8")  # no lone surrogates reach the parser's output


@given(st.binary(), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "ascii", "shift_jis"]))
def test_any_bytes_in_a_given_encoding_never_raise(data: bytes, encoding: str) -> None:
    assert isinstance(parse_bytes(data, encoding=encoding), Article)


# ------------------------------------------------------------------ the rules
def test_utf8_is_read_without_diagnostics() -> None:
    decoded = decode_bytes("Café «olé» — 東京".encode())
    assert (decoded.text, decoded.encoding, decoded.diagnostics) == (
        "Café «olé» — 東京",
        "utf-8",
        (),
    )


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_names_the_encoding_and_is_removed(bom: bytes, encoding: str) -> None:
    decoded = decode_bytes(bom + "Pão e café".encode(encoding))
    assert (decoded.text, decoded.encoding, codes(decoded)) == ("Pão e café", encoding, [])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_told_by_their_nul_bytes(encoding: str) -> None:
    text = "Москва, 5 марта. Президент заявил, что переговоры продолжатся."
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding, codes(decoded)) == (
        text,
        encoding,
        ["encoding-guessed"],
    )


def test_a_stray_nul_in_utf8_does_not_make_it_utf16() -> None:
    data = b"Headline\x00\n\nThe mayor said the bridge would reopen."
    assert decode_bytes(data).text == data.decode("utf-8")


def test_windows_1252_is_the_fallback_and_says_so() -> None:
    decoded = decode_bytes("“Não”, disse o ministro – €5".encode("cp1252"))
    assert decoded.text == "“Não”, disse o ministro – €5"
    assert decoded.encoding == "cp1252"
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "encoding-guessed"
    assert diagnostic.span == newsdoc.Span(start=0, end=1)


def test_windows_1252_undefined_bytes_are_kept_as_latin1_controls() -> None:
    decoded = decode_bytes(b"caf\xe9 \x81\x8d\x8f\x90\x9d end")
    assert decoded.text == "café \x81\x8d\x8f\x90\x9d end"


def test_utf8_mixed_with_windows_1252_reads_each_part_in_its_encoding() -> None:
    data = "Zürich — ".encode() + "Genève".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "Zürich — Genève"
    assert decoded.encoding == "utf-8+cp1252"
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "encoding-mixed"
    assert diagnostic.span is not None
    assert decoded.text[diagnostic.span.start] == "è"


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("CafÃ© SÃ£o JoÃ£o", "Café São João"),
        ("itâ€™s â€œfineâ€\x9d", "it’s “fine”"),
        ("SeÃ±or NuÃ±ez, aÃ±o", "Señor Nuñez, año"),
        ("itÃ¢â‚¬â„¢s", "it’s"),  # garbled twice
        ("ÃÅ¡nico", "Único"),
    ],
)
def test_mojibake_is_repaired_and_recorded(garbled: str, repaired: str) -> None:
    decoded = decode_bytes(garbled.encode())
    assert decoded.text == repaired
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "mojibake-repaired"
    assert diagnostic.span is not None
    assert diagnostic.span.end <= len(repaired)


@pytest.mark.parametrize(
    "text",
    [
        "SÃO PAULO — AÇÃO",  # capitals with tildes next to letters
        "Amapá”, afirmou",  # a lead character followed by too few continuations
        "Â is a letter; Ã too.",
        "naïve café, 50 °C, ¿qué?, «oui»",
    ],
)
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    decoded = decode_bytes(text.encode())
    assert (decoded.text, decoded.diagnostics) == (text, ())


def test_mojibake_diagnostic_span_points_at_the_first_repair() -> None:
    decoded = decode_bytes("plain text, then SÃ£o Paulo and Ã©".encode())
    [diagnostic] = decoded.diagnostics
    assert diagnostic.span is not None
    assert decoded.text[diagnostic.span.start] == "ã"


def test_a_given_encoding_is_used() -> None:
    data = "Ünïcode".encode("cp1252")
    assert decode_bytes(data, encoding="latin-1").text == "Ünïcode"
    assert decode_bytes(data, encoding="windows-1252").encoding == "cp1252"


def test_invalid_bytes_in_a_given_encoding_become_replacement_characters() -> None:
    decoded = decode_bytes(b"ok \xff\xfe then more", encoding="utf-8")
    assert decoded.text.startswith("ok \ufffd")
    assert decoded.text.endswith(" then more")
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "encoding-invalid"
    assert diagnostic.span == newsdoc.Span(start=3, end=4)


def test_an_unknown_encoding_is_detected_instead() -> None:
    decoded = decode_bytes("Café".encode(), encoding="no-such-codec")
    assert decoded.text == "Café"
    assert codes(decoded) == ["encoding-unknown"]


def test_a_non_text_codec_is_not_used() -> None:
    decoded = decode_bytes(b"plain", encoding="base64")
    assert decoded.text == "plain"
    assert codes(decoded) == ["encoding-unknown"]


def test_an_odd_utf16_tail_is_replaced_not_dropped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF16_LE + "Ab".encode("utf-16-le") + b"C")
    assert decoded.text == "Ab\ufffd"
    assert codes(decoded) == ["encoding-invalid"]


def test_parse_bytes_puts_decoding_diagnostics_first_and_spans_into_the_decoded_text() -> None:
    text = SYNTHETIC[1]
    article = parse_bytes(text.encode("cp1252"))
    assert article.diagnostics[0].code == "encoding-guessed"
    decoded = decode_bytes(text.encode("cp1252")).text
    for block in article.blocks:
        assert " ".join(block.span.slice(decoded).split()) == block.text


def test_parse_bytes_passes_its_options_to_the_parser() -> None:
    text = SYNTHETIC[0]
    assert parse_bytes(text.encode(), language="en") == parse(text, language="en")
