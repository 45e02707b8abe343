"""Fuzz :func:`newsdoc.from_json` and :func:`newsdoc.from_dict` with atheris (libFuzzer).

Run: ``python fuzz/fuzz_json.py [CORPUS_DIR ...] -max_total_time=600``
(``nox -s fuzz`` does it with a seed corpus; ``NEWSDOC_FUZZ_INSTRUMENT=0``
skips coverage instrumentation, for many more inputs a second of valid documents). The only
exception allowed is :class:`newsdoc.DeserializationError`; an article that
loads must survive the JSON round trip unchanged.
"""

from __future__ import annotations

import json
import os
import sys

import atheris

if os.environ.get("NEWSDOC_FUZZ_INSTRUMENT", "1") != "0":
    with atheris.instrument_imports():
        import newsdoc
else:  # mutation without coverage feedback: faster
    import newsdoc

__all__ = ["test_one_input"]


def test_one_input(data: bytes) -> None:
    """Load one input as JSON (bytes, text) and as a dict; only DeserializationError may escape."""
    strict = bool(data[:1]) and data[0] % 2 == 1
    for document in (data, data.decode("utf-8", errors="replace")):
        try:
            article = newsdoc.from_json(document, strict=strict)
        except newsdoc.DeserializationError:
            continue
        if newsdoc.from_json(newsdoc.to_json(article)) != article:
            raise AssertionError(repr(document[:200]))
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return
    try:
        newsdoc.from_dict(value, strict=strict)
    except newsdoc.DeserializationError:
        return


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
