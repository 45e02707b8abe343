"""newsdoc: typed, lossless structure from messy plain-text news."""

from __future__ import annotations

from newsdoc._batch import parse_many, parse_partition
from newsdoc._decode import DecodedText, decode_bytes, parse_bytes
from newsdoc._parser import parse, parse_caption
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
from newsdoc.serialize import (
    from_dict,
    from_json,
    json_schema,
    make_converter,
    to_dict,
    to_json,
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
    "DecodedText",
    "DeserializationError",
    "Diagnostic",
    "NewsdocError",
    "Paragraph",
    "Span",
    "__version__",
    "decode_bytes",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "parse",
    "parse_bytes",
    "parse_caption",
    "parse_many",
    "parse_partition",
    "to_dict",
    "to_json",
]
