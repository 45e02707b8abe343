# ruff: noqa: INP001 -- a script, not a package
"""Show where ``newsdoc.parse`` spends its time, stage by stage.

Runs ``parse`` under :mod:`cProfile` over a folder of texts (default: the
``aeb`` pages beside the repository) and prints, for every function that
``parse`` calls directly, its share of the total, then the functions with the
most time of their own::

    python benchmarks/profile_parse.py [FOLDER] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import newsdoc

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[1]

_Key = tuple[str, int, str]


def _short(key: _Key) -> str:
    """Return ``module.py:function`` for a pstats key."""
    filename, _, name = key
    return f"{Path(filename).name}:{name}"


def profile(texts: Sequence[str]) -> pstats.Stats:
    """Return the profile of one parse of each text (after one warm-up parse)."""
    newsdoc.parse(texts[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        newsdoc.parse(text)
    profiler.disable()
    return pstats.Stats(profiler)


def stages(stats: pstats.Stats) -> tuple[str, list[tuple[str, int, float]]]:
    """Return the orchestrator and (function, calls, cumulative seconds) of each of its callees.

    The orchestrator is the innermost function of the parser package's
    ``__init__`` that holds nearly all the time (``parse``, or what it wraps).
    """
    table = stats.stats  # type: ignore[attr-defined]
    total: float = stats.total_tt  # type: ignore[attr-defined]
    inner = [
        key
        for key, value in table.items()
        if key[0].endswith(str(Path("_parser", "__init__.py"))) and value[3] >= 0.9 * total
    ]
    if not inner:
        return "parse", []
    top = min(inner, key=lambda key: table[key][3])
    rows = [
        (_short(key), calls, cumulative)
        for key, (_, calls, _, cumulative, callers) in table.items()
        if top in callers
    ]
    return _short(top), sorted(rows, key=lambda row: -row[2])


def main(argv: Sequence[str] | None = None) -> int:
    """Profile parse over a folder of ``*.txt`` files and print the breakdown."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared/corpus/aeb")
    parser.add_argument("--top", type=int, default=15, help="how many own-time rows to show")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    if not texts:
        sys.stderr.write(f"no *.txt files in {args.folder}\n")
        return 2
    stats = profile(texts)
    total: float = stats.total_tt  # type: ignore[attr-defined]
    out = [f"{len(texts)} documents, {total:.2f} s profiled ({len(texts) / total:.1f} docs/s)", ""]
    top, rows = stages(stats)
    out += [f"{'called by ' + top:<48}  calls   cumulative  share"]
    for name, calls, seconds in rows:
        out.append(f"{name:<48} {calls:>6} {seconds:>9.3f} s {seconds / total:>6.1%}")
    out += ["", "own time                                         calls   own time    share"]
    table = stats.stats  # type: ignore[attr-defined]
    own = sorted(table.items(), key=lambda item: -item[1][2])[: args.top]
    for key, (_, calls, tottime, _, _) in own:
        out.append(f"{_short(key):<48} {calls:>6} {tottime:>9.3f} s {tottime / total:>6.1%}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
