"""Write the seed corpora of the fuzz targets: ``python fuzz/make_seeds.py OUT_DIR [TEXTS_DIR]``.

``OUT_DIR/parse`` gets the synthetic texts of the test suite (and every
``*.txt`` under ``TEXTS_DIR``, when given) in the three input modes of
``fuzz_parse.py``; ``OUT_DIR/json`` gets their articles as JSON documents.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import newsdoc

__all__ = ["main"]

_ROOT = Path(__file__).resolve().parents[1]


def _texts(folder: Path | None) -> list[str]:
    sys.path.insert(0, str(_ROOT / "tests"))
    from news_samples import SYNTHETIC  # noqa: PLC0415 -- the tests' samples, found at run time

    texts = list(SYNTHETIC)
    if folder is not None:
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"), key=str)]
    return texts


def _write(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)  # noqa: S324 -- a file name, not security


def main() -> None:
    """Write the seeds."""
    out = Path(sys.argv[1])
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    for text in _texts(folder):
        data = text.encode("utf-8")
        _write(out / "parse", b"\x00" + data)
        _write(out / "parse", b"\x02" + text.encode("utf-16"))
        _write(out / "json", newsdoc.to_json(newsdoc.parse(text)).encode("utf-8"))


if __name__ == "__main__":
    main()
