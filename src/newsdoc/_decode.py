r"""Bytes in unknown encodings to text: BOMs, UTF-8, UTF-16/32, Windows-1252, mojibake.

A small decoder of newsdoc's own, for the encodings news text really arrives
in, rather than a statistical charset detector: each rule below is certain
or nearly so, and every guess it makes is recorded as a
:class:`~newsdoc.Diagnostic`. It never raises and never drops a character:
a byte it cannot read becomes U+FFFD (and a diagnostic), never nothing.

The rules, in order (the first that applies decides):

1. **Encoding given.** The bytes are read in it (a UTF-8 or UTF-16/32 BOM is
   removed; Windows-1252 reads its five undefined bytes as Latin-1 does).
   Bytes invalid in it become U+FFFD, with an ``encoding-invalid``
   diagnostic. An unknown encoding name gets an ``encoding-unknown``
   diagnostic and the rules below.
2. **Byte order mark.** A UTF-8, UTF-16 or UTF-32 BOM names the encoding.
3. **NUL pattern.** Without a BOM, text in UTF-32 or UTF-16 shows NUL bytes
   at every fourth or every second position (its ASCII characters); that
   names the encoding and byte order (``encoding-guessed``).
4. **UTF-8.** Bytes that are valid UTF-8 are UTF-8.
5. **Windows-1252.** Otherwise each byte that is not part of a valid UTF-8
   sequence is read as Windows-1252 (the superset of Latin-1 that browsers
   use for it): the whole text when it holds no valid multi-byte UTF-8
   (``encoding-guessed``), or only those bytes when UTF-8 and Windows-1252
   are mixed, as in database exports (``encoding-mixed``).

Then **mojibake** is repaired: a sequence such as ``Ã©`` (UTF-8 bytes read as
Windows-1252 somewhere upstream) is turned back into ``é`` when it is a
complete, valid UTF-8 sequence spelt in Windows-1252 characters: a lead
character ``Â``-``ô`` followed by exactly as many continuation characters
(``€``-``¿``, ``\x80``-``\xbf``) as the lead announces. Real text in
Latin scripts does not contain such sequences, so the repair is unambiguous;
one ``mojibake-repaired`` diagnostic counts the repairs. Doubly garbled text
(``Ã¢â‚¬â„¢``) is repaired in up to three passes.

Spans of an article parsed from bytes point into the *decoded* text, which
:func:`decode_bytes` returns.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Final

import attrs

from newsdoc._parser.limits import MAX_CHARS
from newsdoc.model import Diagnostic, Span

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from newsdoc.model import Article

__all__ = ["DecodedText", "decode_bytes", "parse_bytes"]

_CP1252: Final = {
    byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xA0)
}
"""Windows-1252 for the bytes where it differs from Latin-1; its five
undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay Latin-1's C1 controls."""

_CP1252_TABLE: Final = str.maketrans({chr(b): c for b, c in _CP1252.items()})
_CP1252_BYTES: Final = {c: b for b, c in _CP1252.items()}

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte order marks, longest first where one is a prefix of another."""

_UTF8_SEQUENCES: Final = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)
"""A run of valid UTF-8 sequences (RFC 3629). The alternatives start with
disjoint bytes, so matching is linear."""

_CONTINUATION: Final = "[\x80-\xbf" + "".join(sorted(_CP1252.values())) + "]"
_MOJIBAKE: Final = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
"""One UTF-8 sequence spelt in Windows-1252 characters: a lead byte's character
and exactly the continuation characters it announces."""

_UTF16_NULS: Final = 1 / 50
"""The least share of NUL high bytes that shows UTF-16 (spaces alone give more)."""
_MOJIBAKE_PASSES: Final = 3
_SAMPLES: Final = 3


def _diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class DecodedText:
    """Text decoded from bytes, and how.

    .. versionadded:: 0.1.0
    """

    text: str
    """The decoded text (mojibake repaired); spans of its parse point into it."""
    encoding: str
    """The encoding the bytes were read in (a Python codec name, such as
    ``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``); ``"utf-8+cp1252"`` when mixed."""
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    """What was guessed or could not be read; spans point into :attr:`text`."""


def _codec(name: str) -> str | None:
    """The canonical codec name of *name*, or ``None`` when it is unknown or not text."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _decode_as(data: bytes, codec: str) -> tuple[str, list[Diagnostic]]:
    """Rule 1: read *data* in *codec*; invalid bytes become U+FFFD, with a diagnostic."""
    if codec == "cp1252":
        return data.decode("latin-1").translate(_CP1252_TABLE), []
    if codec == "utf-8":
        codec = "utf-8-sig"
    elif codec in ("utf-16", "utf-32"):
        pass  # these codecs read (and drop) their own BOM
    else:
        data = _strip_bom(data, codec)
    try:
        return data.decode(codec), []
    except UnicodeDecodeError as error:
        text = data.decode(codec, errors="replace")
        at = len(data[: error.start].decode(codec, errors="replace"))
        diagnostic = Diagnostic(
            code="encoding-invalid",
            message=f"bytes not valid {codec} were replaced with U+FFFD: {error.reason}",
            span=Span(start=at, end=min(at + 1, len(text))),
        )
        return text, [diagnostic]
    except UnicodeError as error:  # codecs that raise their own subclass
        text = data.decode("latin-1")
        message = f"cannot read the bytes as {codec} ({error}); read as Latin-1"
        return text, [Diagnostic(code="encoding-invalid", message=message)]


def _strip_bom(data: bytes, codec: str) -> bytes:
    """Drop a BOM of *codec* itself from the start of *data*."""
    for bom, name in _BOMS:
        if name == codec and data.startswith(bom):
            return data[len(bom) :]
    return data


def _sniff_bom(data: bytes) -> tuple[str, bytes] | None:
    """Rule 2: the encoding a byte order mark names, and the bytes after it.

    The UTF-32-LE BOM begins with the UTF-16-LE one: it counts only when what
    follows it is valid UTF-32 (else the text is UTF-16-LE beginning with
    U+0000; when both readings are valid, UTF-32 wins).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            rest = data[len(bom) :]
            if name == "utf-32-le" and not _is_valid(rest, name):
                continue
            return name, rest
    return None


def _nul_share(data: bytes, offset: int, step: int) -> float:
    """The share of NUL bytes among the bytes at ``offset::step``."""
    lane = data[offset::step]
    return lane.count(0) / len(lane) if lane else 0.0


def _sniff_nuls(data: bytes) -> str | None:
    """Rule 3: UTF-32 or UTF-16 without a BOM, told by where NUL bytes stand.

    In UTF-32-LE the top byte of every character is NUL and the next one
    nearly always (the BMP); in UTF-16-LE the high byte of every ASCII
    character (spaces, digits, punctuation, Latin letters) is NUL, the low
    byte almost never. So: UTF-32 when one lane of four is all NUL and its
    neighbour nine tenths NUL; UTF-16 when at least two bytes, and one in
    fifty of one lane of two, are NUL and the other lane has at most a
    twentieth as many (so a stray NUL in UTF-8 text is not UTF-16).
    """
    if len(data) < 4 or data.count(0) < 2:  # one NUL is a stray byte, not an encoding
        return None
    utf32 = _sniff_utf32(data) if len(data) % 4 == 0 else None
    return utf32 or _sniff_utf16(data)


def _sniff_utf32(data: bytes) -> str | None:
    """UTF-32 by its NUL lanes (see :func:`_sniff_nuls`)."""
    if _nul_share(data, 3, 4) == 1 and _nul_share(data, 2, 4) >= 0.9:
        return "utf-32-le" if _nul_share(data, 0, 4) <= 0.05 else None
    if _nul_share(data, 0, 4) == 1 and _nul_share(data, 1, 4) >= 0.9:
        return "utf-32-be" if _nul_share(data, 3, 4) <= 0.05 else None
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 by its NUL lanes (see :func:`_sniff_nuls`)."""
    low, high = _nul_share(data, 0, 2), _nul_share(data, 1, 2)
    if high >= _UTF16_NULS and 20 * low <= high:
        return "utf-16-le"
    if low >= _UTF16_NULS and 20 * high <= low:
        return "utf-16-be"
    return None


def _is_valid(data: bytes, codec: str) -> bool:
    """Whether *data* is valid in *codec*."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _decode_mixed(data: bytes) -> tuple[str, list[Diagnostic]]:
    """Rule 5: valid UTF-8 sequences as UTF-8, every other byte as Windows-1252."""
    parts: list[str] = []
    length = count = position = 0
    first: int | None = None
    multibyte = False
    for match in _UTF8_SEQUENCES.finditer(data):
        if match.start() > position:
            first = length if first is None else first
            gap = data[position : match.start()]
            count += len(gap)
            parts.append(gap.decode("latin-1").translate(_CP1252_TABLE))
            length += len(gap)
        run = match.group().decode("utf-8")
        multibyte = multibyte or not run.isascii()
        parts.append(run)
        length += len(run)
        position = match.end()
    if position < len(data):
        first = length if first is None else first
        count += len(data) - position
        parts.append(data[position:].decode("latin-1").translate(_CP1252_TABLE))
    at = first or 0
    span = Span(start=at, end=at + 1)
    if not multibyte:
        message = "the bytes are not UTF-8; read as Windows-1252"
        return "".join(parts), [Diagnostic(code="encoding-guessed", message=message, span=span)]
    message = f"{count} bytes not valid UTF-8 were read as Windows-1252"
    return "".join(parts), [Diagnostic(code="encoding-mixed", message=message, span=span)]


def _unmojibake(match: re.Match[str]) -> str:
    """The character a mojibake sequence spells, or the sequence itself when invalid."""
    chars = match.group()
    raw = bytes(_CP1252_BYTES.get(c, ord(c)) for c in chars)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return chars


def _repair_pass(text: str, first: int | None) -> tuple[str, int, int | None, list[str]]:
    """One pass of mojibake repair.

    Returns the text, the number of repairs, the offset of the first repair
    (*first*, from an earlier pass, moved to the new text, or this pass's
    first, whichever comes first) and a few ``'Ã©' -> 'é'`` samples.
    """
    pieces: list[str] = []
    samples: list[str] = []
    length = position = count = shrink = 0
    here: int | None = None
    for match in _MOJIBAKE.finditer(text):
        fixed = _unmojibake(match)
        if fixed == match.group():
            continue
        pieces.append(text[position : match.start()])
        length += match.start() - position
        here = length if here is None else here
        if first is not None and match.start() < first:
            shrink += len(match.group()) - len(fixed)
        pieces.append(fixed)
        length += len(fixed)
        position = match.end()
        count += 1
        if len(samples) < _SAMPLES:
            samples.append(f"{match.group()!r} -> {fixed!r}")
    if not count:
        return text, 0, first, []
    pieces.append(text[position:])
    moved = None if first is None else first - shrink
    candidates = [x for x in (moved, here) if x is not None]
    return "".join(pieces), count, min(candidates), samples


def _repair_mojibake(text: str) -> tuple[str, list[Diagnostic]]:
    """Turn UTF-8 read as Windows-1252 (``Ã©``) back into its characters (``é``)."""
    first: int | None = None
    samples: list[str] = []
    total = 0
    for _ in range(_MOJIBAKE_PASSES):
        text, count, first, found = _repair_pass(text, first)
        if not count:
            break
        total += count
        samples.extend(found[: _SAMPLES - len(samples)])
    if not total or first is None:
        return text, []
    message = f"{total} mojibake sequences repaired ({', '.join(samples)})"
    span = Span(start=first, end=min(first + 1, len(text)))
    return text, [Diagnostic(code="mojibake-repaired", message=message, span=span)]


def _decode_auto(data: bytes) -> tuple[str, str, list[Diagnostic]]:
    """Rules 2 to 5: the text, the encoding it was read in, and the guesses made."""
    sniffed = _sniff_bom(data)
    if sniffed is not None:
        codec, rest = sniffed
        text, diagnostics = _decode_as(rest, codec)
        return text, codec, diagnostics
    codec_or_none = _sniff_nuls(data)
    if codec_or_none is not None:
        try:
            text = data.decode(codec_or_none)
        except UnicodeDecodeError:
            pass
        else:
            message = f"no byte order mark; NUL bytes show {codec_or_none}"
            return text, codec_or_none, [Diagnostic(code="encoding-guessed", message=message)]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        text, diagnostics = _decode_mixed(data)
        codec = "cp1252" if diagnostics[0].code == "encoding-guessed" else "utf-8+cp1252"
        return text, codec, diagnostics


def decode_bytes(data: bytes, *, encoding: str | None = None) -> DecodedText:
    """Decode *data* into text, detecting its encoding unless one is given; never raises.

    The rules (byte order marks, UTF-16/32 by their NUL bytes, UTF-8,
    Windows-1252 for the bytes that are not UTF-8, mojibake repair) are listed
    in the module documentation of :mod:`newsdoc._decode` and in the guide.

    Args:
        data: The bytes, as read from a file or the network.
        encoding: The encoding, when the caller knows it (any name Python's
            :mod:`codecs` knows); ``None`` detects it.

    Returns:
        The text, the encoding used, and a diagnostic for every guess.

    .. versionadded:: 0.1.0
    """
    data = bytes(data)
    diagnostics: list[Diagnostic] = []
    codec = None if encoding is None else _codec(encoding)
    if codec is not None:
        text, found = _decode_as(data, codec)
    else:
        if encoding is not None:
            message = f"unknown encoding {encoding!r}; the encoding was detected instead"
            diagnostics.append(Diagnostic(code="encoding-unknown", message=message))
        text, codec, found = _decode_auto(data)
    diagnostics.extend(found)
    text, repaired = _repair_mojibake(text)
    diagnostics.extend(repaired)
    return DecodedText(text=text, encoding=codec, diagnostics=diagnostics)


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_chars: int | None = MAX_CHARS,
) -> Article:
    """Decode *data* (see :func:`decode_bytes`) and parse it; never raises.

    Every span of the article points into the decoded text, not into *data*:
    use :func:`decode_bytes` and :func:`newsdoc.parse` when you need that text.
    How the bytes were decoded is recorded in the article's diagnostics
    (``encoding-guessed``, ``encoding-mixed``, ``encoding-invalid``,
    ``encoding-unknown``, ``mojibake-repaired``), before the parser's own.

    Args:
        data: The bytes of a news text in any common encoding.
        encoding: The encoding, when the caller knows it; ``None`` detects it.
        reference_date: The date relative and partial dates are read against.
        language: The text's language (BCP 47), when the caller knows it.
        max_chars: Parse at most this many characters of the decoded text, as
            :func:`newsdoc.parse` does.

    Returns:
        The article.

    .. versionadded:: 0.1.0
    """
    from newsdoc._parser import parse  # noqa: PLC0415 -- the parser imports the model only; keep this module importable on its own

    decoded = decode_bytes(data, encoding=encoding)
    article = parse(
        decoded.text, reference_date=reference_date, language=language, max_chars=max_chars
    )
    if not decoded.diagnostics:
        return article
    return attrs.evolve(article, diagnostics=(*decoded.diagnostics, *article.diagnostics))
