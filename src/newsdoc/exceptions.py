"""The exceptions newsdoc raises about data. All derive from :class:`NewsdocError`.

:func:`newsdoc.parse` never raises on a ``str``; these come from loading data
(:func:`newsdoc.from_dict`, :func:`newsdoc.from_json`). A call with an argument
of the wrong value or type (``parse_many(texts, workers=0)``, a :class:`~newsdoc.Span`
that ends before it starts) is a programming error and raises the built-in
:class:`ValueError` or :class:`TypeError`, as the standard library does.
"""

from __future__ import annotations

__all__ = ["DeserializationError", "NewsdocError"]


class NewsdocError(Exception):
    """Base class of every exception newsdoc raises."""


class DeserializationError(NewsdocError, ValueError):
    """Data given to :func:`newsdoc.from_dict` or :func:`newsdoc.from_json` is not a valid document.

    The message names every offending path, one per line, for example
    ``captions[0].date: invalid isoformat string 'yesterday'``.

    Attributes:
        errors: One ``"path: problem"`` string per problem found.
    """

    def __init__(self, errors: list[str] | tuple[str, ...]) -> None:
        """Build the error from its list of ``"path: problem"`` strings."""
        self.errors: tuple[str, ...] = tuple(errors)
        super().__init__("invalid newsdoc document:\n" + "\n".join(f"  {e}" for e in self.errors))
