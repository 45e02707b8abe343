"""Development sessions: ``nox -s tests lint typing docs`` (``nox -l`` lists them all)."""

from __future__ import annotations

import os

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
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py", "docs/conf.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "noxfile.py", "docs/conf.py")


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
            "sphinx-build", "-n", "-W", "--keep-going", "-b", builder,
            "docs", f"docs/_build/{builder}",
        )


@nox.session
def bench(session: nox.Session) -> None:
    """Run the benchmarks (never part of the tests); ``-- --output docs/performance.md`` refreshes the docs."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session
def spark(session: nox.Session) -> None:
    """Run the Spark recipe's test on a local Spark (skipped where Java is missing)."""
    session.install("-e", ".[test,spark]")
    session.run(
        "pytest", "tests/test_spark.py", "-rs", *session.posargs,
        env={"NEWSDOC_SPARK_TESTS": "1"},
    )
