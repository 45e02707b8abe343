"""Generate the JSON Schema of the wire format from the model.

The schema ships as ``newsdoc/schema.json`` and :func:`newsdoc.json_schema`
returns it; this module rebuilds it from the attrs classes of
:mod:`newsdoc.model` (types from the annotations, descriptions from the field
docstrings). A test fails when the shipped file is stale; regenerate it with::

    PYTHONPATH=src python -m newsdoc._schema --write
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import inspect
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any, Final

import attrs

from newsdoc import model
from newsdoc.serialize import (
    _DATE_PATTERN,
    _DATETIME_PATTERN,
    _VERSION_KEY,
    FORMAT_VERSION,
    make_converter,
)

__all__ = ["build_schema", "main", "render_schema"]

_SCHEMA_FILE: Final = Path(__file__).with_name("schema.json")
_ROLE: Final = re.compile(r":[a-z:]+:`~?([^`<]+?)(?:\s*<[^>]*>)?`")
_LITERAL: Final = re.compile(r"``([^`]+)``")


def _docstrings() -> dict[str, str]:
    """Map ``"Class"`` and ``"Class.field"`` to their docstrings in the model's source."""
    docs: dict[str, str] = {}
    for node in ast.parse(inspect.getsource(model)).body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs[node.name] = _clean(ast.get_docstring(node) or "")
        for field, doc in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(doc, ast.Expr)
                and isinstance(doc.value, ast.Constant)
                and isinstance(doc.value.value, str)
            ):
                target = getattr(field, "target", None)
                if isinstance(field, ast.Assign):
                    target = field.targets[0]
                if isinstance(target, ast.Name):
                    docs[f"{node.name}.{target.id}"] = _clean(doc.value.value)
    return docs


def _clean(doc: str) -> str:
    """Turn reStructuredText into plain text on one line."""
    doc = _LITERAL.sub(r"\1", _ROLE.sub(r"\1", doc))
    return " ".join(inspect.cleandoc(doc).split())


class _Builder:
    """Build the schema of each type the model uses, collecting ``$defs``."""

    def __init__(self) -> None:
        self.docs = _docstrings()
        self.defs: dict[str, dict[str, Any]] = {}
        self.converter = make_converter()

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def of(self, tp: Any) -> dict[str, Any]:  # noqa: ANN401 -- a type form
        """Return the schema of one annotation."""
        args = typing.get_args(tp)
        if typing.get_origin(tp) in (typing.Union, types.UnionType):
            if set(args) == {str, type(None)}:
                return {"type": ["string", "null"]}
            return {"anyOf": [self.of(a) for a in args]}
        if typing.get_origin(tp) is tuple:
            return {"type": "array", "items": self.of(args[0])}
        simple: dict[Any, dict[str, Any]] = {
            str: {"type": "string"},
            type(None): {"type": "null"},
            dt.date: self.ref("Date"),
            dt.datetime: self.ref("DateTime"),
            model.Span: self.ref("Span"),
        }
        if tp in simple:
            return simple[tp]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            self.defs.setdefault(
                tp.__name__,
                {"description": self.docs[tp.__name__], "enum": [m.value for m in tp]},
            )
            return self.ref(tp.__name__)
        if attrs.has(tp):
            if tp.__name__ not in self.defs:
                self.defs[tp.__name__] = {}  # placeholder: the model is not recursive
                self.defs[tp.__name__] = self.record(tp)
            return self.ref(tp.__name__)
        msg = f"no schema for {tp!r}"
        raise TypeError(msg)

    def record(self, cls: type) -> dict[str, Any]:
        """Return the object schema of an attrs class."""
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(attrs.resolve_types(cls)):
            prop = {"description": self.docs[f"{cls.__name__}.{field.name}"], **self.of(field.type)}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                prop["default"] = self.converter.unstructure(field.default)
            properties[field.name] = prop
        return {
            "description": self.docs[cls.__name__],
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def build_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the wire format, built from the model.

    Returns:
        The schema of an article document.
    """
    builder = _Builder()
    article = builder.record(model.Article)
    version = {
        "description": "The wire format version.",
        "const": FORMAT_VERSION,
    }
    span_doc = builder.docs["Span"]
    builder.defs["Span"] = {
        "description": f"{span_doc} Written [start, end], with start <= end.",
        "type": "array",
        "prefixItems": [
            {"type": "integer", "minimum": 0},
            {"type": "integer", "minimum": 0},
        ],
        "items": False,
        "minItems": 2,
    }
    builder.defs["Date"] = {
        "description": "An ISO 8601 calendar date, YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "pattern": f"^{_DATE_PATTERN}$",
    }
    builder.defs["DateTime"] = {
        "description": (
            "An ISO 8601 date and time, YYYY-MM-DDTHH:MM:SS with optional .ffffff;"
            " naive without a UTC offset, aware with one (+HH:MM or Z)."
        ),
        "type": "string",
        "pattern": f"^{_DATETIME_PATTERN}$",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsdoc article",
        "description": f"A newsdoc Article in wire format version {FORMAT_VERSION}. "
        + article["description"],
        "type": "object",
        "properties": {_VERSION_KEY: version, **article["properties"]},
        "required": [_VERSION_KEY, *article["required"]],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def render_schema() -> str:
    """Return the schema as the text of the shipped ``schema.json``.

    Returns:
        Indented JSON ending with a newline.
    """
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the schema, or with ``--write`` write it over the shipped file.

    Args:
        argv: The command-line arguments; ``sys.argv[1:]`` by default.

    Returns:
        The exit status.
    """
    args = sys.argv[1:] if argv is None else argv
    if args == ["--write"]:
        _SCHEMA_FILE.write_text(render_schema(), encoding="utf-8")
        return 0
    if args:
        sys.stderr.write("usage: python -m newsdoc._schema [--write]\n")
        return 2
    sys.stdout.write(render_schema())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
