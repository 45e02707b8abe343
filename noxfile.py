"""Development sessions: ``nox -s tests lint typing docs`` (``nox -l`` lists them all)."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True

PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (``HYPOTHESIS_PROFILE=ci`` for the thorough profile)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and check formatting with ruff."""
    session.install("-e", ".[lint]")
    session.run("ruff", "check", "src", "tests", "benchmarks", "fuzz", "noxfile.py", "docs/conf.py")
    session.run(
        "ruff",
        "format",
        "--check",
        "src",
        "tests",
        "benchmarks",
        "fuzz",
        "noxfile.py",
        "docs/conf.py",
    )


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check src and tests with mypy --strict."""
    session.install("-e", ".[typing]")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML docs with warnings as errors, then run their doctests."""
    session.install("-e", ".[docs]")
    for builder in ("html", "doctest"):
        session.run(
            "sphinx-build",
            "-n",
            "-W",
            "--keep-going",
            "-b",
            builder,
            "docs",
            f"docs/_build/{builder}",
        )


@nox.session
def bench(session: nox.Session) -> None:
    """Run the benchmarks, never part of the tests (``-- --output docs/performance.md``)."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session
def spark(session: nox.Session) -> None:
    """Run the Spark recipe's test on a local Spark (skipped where Java is missing)."""
    session.install("-e", ".[test,spark]")
    session.run(
        "pytest",
        "tests/test_spark.py",
        "-rs",
        *session.posargs,
        env={"NEWSDOC_SPARK_TESTS": "1"},
    )


@nox.session
def fuzz(session: nox.Session) -> None:
    """Run the atheris fuzz targets on a seed corpus (``nox -s fuzz -- SECONDS``, default 300)."""
    session.install("-e", ".[fuzz]")
    seconds = session.posargs[0] if session.posargs else "300"
    seeds = Path(session.create_tmp())
    texts = os.environ.get("NEWSDOC_CORPUS")  # optional folder of *.txt news texts to seed from
    session.run("python", "fuzz/make_seeds.py", str(seeds), *([texts] if texts else []))
    for target, folder, max_len in (("fuzz_parse", "parse", "4096"), ("fuzz_json", "json", "8192")):
        found = seeds / f"{folder}-found"
        found.mkdir(parents=True, exist_ok=True)
        session.run(
            "python",
            f"fuzz/{target}.py",
            str(found),
            str(seeds / folder),
            f"-max_total_time={seconds}",
            f"-max_len={max_len}",
            "-timeout=20",
            "-keep_seed=1",
            "-print_final_stats=1",
            f"-artifact_prefix={seeds / target}-",
        )
