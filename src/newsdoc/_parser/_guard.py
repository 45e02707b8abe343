"""The last line of defence against a slow pattern: a stage that times out is left empty.

Every pattern is built not to backtrack catastrophically (the linear-time
tests check it), so this is insurance. The regex calls that scan unbounded
ranges in the field extractors pass ``timeout=REGEX_TIMEOUT``; the ``regex``
module then raises :class:`TimeoutError`, and :func:`guarded` turns that into
the stage's empty result and a ``stage-timeout`` diagnostic, so that
:func:`newsdoc.parse` neither hangs nor raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from newsdoc.model import Diagnostic

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsdoc.model import Span

__all__ = ["REGEX_TIMEOUT", "guarded"]

REGEX_TIMEOUT = 5.0
"""Seconds one regex call may run before it raises :class:`TimeoutError`."""

_T = TypeVar("_T")


def guarded(
    stage: Callable[[], _T], fallback: _T, *, name: str, span: Span | None = None
) -> tuple[_T, tuple[Diagnostic, ...]]:
    """Run one parser stage; if a regex call in it times out, give *fallback* instead.

    Rule: only :class:`TimeoutError` (what ``regex`` raises when ``timeout=``
    expires) is caught; any other exception is a bug and propagates.

    Args:
        stage: The stage, called with no arguments.
        fallback: The stage's empty result, returned when it times out.
        name: What the stage reads ("the captions"), for the message.
        span: The range the stage read, when it read one.

    Returns:
        The stage's result and no diagnostics, or *fallback* and one
        ``stage-timeout`` diagnostic.
    """
    try:
        return stage(), ()
    except TimeoutError:
        message = f"Reading {name} took too long (a pattern ran past {REGEX_TIMEOUT:g} s)"
        message += ": left empty"
        return fallback, (Diagnostic(code="stage-timeout", message=message, span=span),)
