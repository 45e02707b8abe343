"""newsdoc: typed, lossless structure from messy plain-text news."""

from __future__ import annotations

from newsdoc._batch import parse_many, parse_partition
from newsdoc.exceptions import DeserializationError, NewsdocError
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    BlockRole,
    Caption,
    Credit,
    Dateline,
    Diagnostic,
    Paragraph,
    Span,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "BlockRole",
    "Caption",
    "Credit",
    "Dateline",
    "DeserializationError",
    "Diagnostic",
    "NewsdocError",
    "Paragraph",
    "Span",
    "__version__",
    "parse_many",
    "parse_partition",
]
