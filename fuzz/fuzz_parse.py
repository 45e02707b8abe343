"""Fuzz :func:`newsdoc.parse` and :func:`newsdoc.parse_bytes` with atheris (libFuzzer).

Run: ``python fuzz/fuzz_parse.py [CORPUS_DIR ...] -max_total_time=600``
(``nox -s fuzz`` does it with a seed corpus; ``NEWSDOC_FUZZ_INSTRUMENT=0``
skips coverage instrumentation, for many more inputs a second). Each input is read three ways,
chosen by its first byte: as UTF-8 text (with lone surrogates kept), as
arbitrary Unicode from atheris' data provider, or as bytes for
``parse_bytes``. Any exception, and any broken invariant of the parse
contract (spans, coverage, texts, JSON round trip), is a crash.
"""

from __future__ import annotations

import os
import sys

import atheris

if os.environ.get("NEWSDOC_FUZZ_INSTRUMENT", "1") != "0":
    with atheris.instrument_imports():
        import newsdoc
        from newsdoc._invariants import violations
else:  # mutation without coverage feedback: about 20 times more inputs a second
    import newsdoc
    from newsdoc._invariants import violations

__all__ = ["test_one_input"]


def _text(data: bytes) -> tuple[str, bool]:
    """The text an input stands for, and whether it is to go through ``parse_bytes``."""
    mode, body = (data[0] % 3, data[1:]) if data else (0, b"")
    if mode == 0:
        return body.decode("utf-8", errors="surrogateescape"), False
    if mode == 1:
        provider = atheris.FuzzedDataProvider(body)
        return provider.ConsumeUnicode(len(body)), False
    return body.decode("latin-1"), True


def test_one_input(data: bytes) -> None:
    """Parse one input and check the contract; raise on any breach."""
    text, as_bytes = _text(data)
    if as_bytes:
        raw = text.encode("latin-1")
        article = newsdoc.parse_bytes(raw)
        text = newsdoc.decode_bytes(raw).text
    else:
        article = newsdoc.parse(text)
    if not isinstance(article, newsdoc.Article):
        raise TypeError(type(article))
    problems = violations(text, article)
    if problems:
        raise AssertionError("\n".join([repr(text[:200]), *problems]))


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
