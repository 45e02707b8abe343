"""Lossless conversion of articles to and from JSON-compatible data.

One converter of newsdoc's own, built on :mod:`cattrs.preconf.json`, does the
work; :func:`make_converter` hands out fresh copies of it (or configures a
converter you bring, such as one from :mod:`cattrs.preconf.orjson`). cattrs'
global converter is never touched. :func:`to_json` and :func:`from_dict` take
a direct path for data of the exact shape the model declares (what
:func:`newsdoc.parse` returns, and what :func:`to_dict` writes), 2 to 5 times
faster and with the same results; anything else goes through the converter.

Wire format, version 1
======================

A document is a JSON object, the :class:`~newsdoc.Article`.

* **Version key.** The first key is ``"newsdoc": 1``, the format version.
  Readers accept a document without it (and take it as version 1) unless
  *strict*; any other value is an error.
* **Fields.** Every object has one key per field of its class, named as the
  field, written in the order the fields are declared (so output is
  deterministic and reads headline first). Every field is written, defaults
  included; when reading, a field that has a default may be left out. The
  properties :attr:`~newsdoc.Article.boilerplate` and
  :attr:`~newsdoc.Article.body` are derived and not written.
* **Spans** are two-integer arrays ``[start, end]``: half-open character
  offsets, ``0 <= start <= end``.
* **Dates** are ISO 8601 strings. A :class:`~datetime.date` is written
  ``"2022-04-27"``; a :class:`~datetime.datetime` always has a time, so it is
  written ``"2022-04-27T10:00:00"`` (naive) or ``"2022-04-27T10:00:00+02:00"``
  (aware: with its UTC offset), with ``.ffffff`` microseconds when they are
  not zero. The shape tells a date from a datetime and a naive datetime from
  an aware one, so ``Article.published`` (``date | datetime | None``) needs no
  type tag. Readers also accept ``Z`` for ``+00:00``. An aware datetime keeps
  its offset, not the name of its zone: it is read back with a fixed-offset
  :class:`datetime.timezone`, which compares equal to the original.
* **Enums** (:class:`~newsdoc.BlockRole`, :class:`~newsdoc.AttributionKind`)
  are written as their values: ``"paragraph"``, ``"direct"``.
* **Absent values** are ``null``; sequences are arrays.
* **Unknown keys** are ignored by default, so a newer document with extra
  fields still loads; with ``strict=True`` they are errors, and the version
  key is required.
* **No coercion.** A string field takes only a string, an offset only an
  integer (not a boolean), a sequence only an array: ``5`` is not read as
  ``"5"`` and ``"abc"`` is not read as ``["a", "b", "c"]``.

The JSON Schema (draft 2020-12) of this format is :func:`json_schema`; it
describes what strict reading accepts, which includes everything
:func:`to_dict` writes.

Limits
======

:func:`from_json` refuses a document longer than ``MAX_JSON_LENGTH``
(512 Mi) characters (or bytes) before reading it, and :func:`from_dict` (so
:func:`from_json` too) refuses data nested deeper than ``MAX_DEPTH`` (64)
levels; both with :class:`~newsdoc.DeserializationError`. A document
:func:`to_dict` writes is 5 levels deep.

Errors
======

:func:`from_dict` and :func:`from_json` raise
:class:`~newsdoc.DeserializationError` and nothing else on bad data. It lists
every problem with its path, one per line (``$`` is the document itself)::

    captions[0].date: invalid isoformat string 'yesterday'
    paragraphs[2].span: end (3) must be >= start (7)
    $: unknown keys 'extra'
"""

from __future__ import annotations

import datetime as dt
import json
import json.encoder
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import attrs
import cattrs
import cattrs.preconf.json
from cattrs.cols import homogenous_tuple_structure_factory, iterable_unstructure_factory
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from newsdoc.exceptions import DeserializationError
from newsdoc.model import (
    RECORDS,
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
    valid_span,
)

if TYPE_CHECKING:
    import enum

__all__ = [
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_JSON_LENGTH",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "to_dict",
    "to_json",
]

FORMAT_VERSION: Final = 1
"""The wire format version written under the ``"newsdoc"`` key."""

MAX_DEPTH: Final = 64
"""How deep (objects and arrays inside each other) a document may nest; the format needs 5."""

MAX_JSON_LENGTH: Final = 512 * 1024 * 1024
"""The longest JSON document :func:`from_json` reads, in characters (or bytes): 512 Mi."""

_VERSION_KEY: Final = "newsdoc"
"""The key of the format version, first in every document."""

_DATE_PATTERN: Final = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""The shape of a date on the wire (matched in full)."""

_DATETIME_PATTERN: Final = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{6})?)?)?"
)
"""The shape of a datetime on the wire (matched in full)."""

_DATE_RE: Final = re.compile(_DATE_PATTERN, re.ASCII)
_DATETIME_RE: Final = re.compile(_DATETIME_PATTERN, re.ASCII)
_SPREAD_SPAN: Final = re.compile(r"\[\n *([0-9]+),\n *([0-9]+)\n *\]")

_RECORDS: Final = frozenset(RECORDS) - {Span}
"""The records written as JSON objects (a span is written as a ``[start, end]`` pair)."""
_ENUMS: Final[tuple[type[enum.Enum], ...]] = (AttributionKind, BlockRole)
_PUBLISHED_TYPE: Final = frozenset({dt.date, dt.datetime, type(None)})


# Readers of scalar values. Each raises ValueError or TypeError with a message
# that becomes the text after the path in DeserializationError.


def _json_type(value: object) -> str:
    """Name the JSON type of *value* for error messages."""
    names: dict[type, str] = {
        bool: "boolean",
        dict: "object",
        float: "number",
        int: "integer",
        list: "array",
        str: "string",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _structure_str(value: object, _: object) -> str:
    """A string field takes a JSON string and nothing else."""
    if not isinstance(value, str):
        msg = f"expected a string, got {_json_type(value)}"
        raise TypeError(msg)
    return value


def _structure_offset(value: object) -> int:
    """An offset is a JSON integer (a boolean is not one)."""
    if type(value) is not int:
        msg = f"expected an integer offset, got {_json_type(value)}"
        raise TypeError(msg)
    return value


def _structure_span(value: object, _: object) -> Span:
    """A span is a ``[start, end]`` array with ``0 <= start <= end``."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        msg = f"expected a [start, end] array, got {_json_type(value)}"
        if isinstance(value, list | tuple):
            msg += f" of length {len(value)}"
        raise TypeError(msg)
    start, end = (_structure_offset(v) for v in value)
    return Span(start=start, end=end)


def _unstructure_span(span: Span) -> list[int]:
    return [span.start, span.end]


def _structure_date(value: object, _: object) -> dt.date:
    """A date is an ISO 8601 ``YYYY-MM-DD`` string naming a real day."""
    text = _structure_date_text(value)
    if not _DATE_RE.fullmatch(text):
        msg = f"invalid isoformat string {text!r}, expected YYYY-MM-DD"
        raise ValueError(msg)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        msg = f"invalid date {text!r}: {exc}"
        raise ValueError(msg) from None


def _structure_datetime(value: object, _: object) -> dt.datetime:
    """A datetime is ISO 8601 ``YYYY-MM-DDTHH:MM:SS[.ffffff][offset]``."""
    text = _structure_date_text(value)
    if not _DATETIME_RE.fullmatch(text):
        msg = f"invalid isoformat string {text!r}, expected YYYY-MM-DDTHH:MM:SS[+HH:MM]"
        raise ValueError(msg)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        msg = f"invalid datetime {text!r}: {exc}"
        raise ValueError(msg) from None


def _structure_date_or_datetime(value: object, _: object) -> dt.date | dt.datetime | None:
    """``published``: null, a date, or a datetime, told apart by their shape."""
    if value is None:
        return None
    text = _structure_date_text(value)
    if _DATE_RE.fullmatch(text):
        return _structure_date(text, dt.date)
    if _DATETIME_RE.fullmatch(text):
        return _structure_datetime(text, dt.datetime)
    msg = f"invalid isoformat string {text!r}, expected a date or a datetime"
    raise ValueError(msg)


def _structure_date_text(value: object) -> str:
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 string, got {_json_type(value)}"
        raise TypeError(msg)
    return value


def _isoformat(value: dt.date) -> str:
    return value.isoformat()


# Hook factories for the compound types of the model.


def _is_newsdoc_enum(tp: object) -> bool:
    return tp in _ENUMS


def _enum_structure_factory(tp: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    """An enum is one of its values, as a string."""
    by_value = {member.value: member for member in tp}
    expected = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        shown = repr(value) if isinstance(value, str) else _json_type(value)
        msg = f"unknown {tp.__name__} {shown}, expected one of {expected}"
        raise ValueError(msg)

    return structure


def _unstructure_enum(member: enum.Enum) -> Any:  # noqa: ANN401 -- enum values are any JSON value
    return member.value


def _is_homogeneous_tuple(tp: object) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure_factory(tp: Any, converter: cattrs.Converter) -> Callable[..., Any]:  # noqa: ANN401 -- a type form
    """A sequence is a JSON array (a string or an object is not one)."""
    structure_items = homogenous_tuple_structure_factory(tp, converter)

    def structure(value: object, _: object) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            msg = f"expected an array, got {_json_type(value)}"
            raise TypeError(msg)
        return structure_items(value, tp)  # type: ignore[no-any-return]

    return structure


def _tuple_unstructure_factory(tp: Any, converter: cattrs.Converter) -> Callable[..., Any]:  # noqa: ANN401 -- a type form
    return iterable_unstructure_factory(tp, converter, unstructure_to=list)


def _is_optional(tp: object) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and type(None) in args
        and len(args) == 2
    )


def _optional_structure_factory(tp: Any, converter: cattrs.Converter) -> Callable[..., Any]:  # noqa: ANN401 -- a type form
    """``X | None`` is null or an X; X's own hook checks the value (no coercion)."""
    (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
    structure_inner = converter.get_structure_hook(inner)

    def structure(value: object, _: object) -> object:
        return None if value is None else structure_inner(value, inner)

    return structure


def _is_published_type(tp: object) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and (
        frozenset(typing.get_args(tp)) == _PUBLISHED_TYPE
    )


# Hooks for the records (attrs classes) of the model.


def _is_record(tp: object) -> bool:
    return tp in _RECORDS


def _at(name: str, exc: Exception) -> Exception:
    """Attach the note that tells :func:`cattrs.transform_error` where *exc* happened."""
    exc.__notes__ = [
        *getattr(exc, "__notes__", []),
        AttributeValidationNote(f"Structuring attribute {name}", name, object),
    ]
    return exc


def _record_structure_factory(
    *, strict: bool
) -> Callable[[type, cattrs.Converter], Callable[[object, object], object]]:
    def factory(cls: type, converter: cattrs.Converter) -> Callable[[object, object], object]:
        fields: Callable[[Mapping[str, Any], Any], object] = make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=True,
        )
        versioned = cls is Article

        def structure(value: object, _: object) -> object:
            if not isinstance(value, Mapping):
                msg = f"expected an object, got {_json_type(value)}"
                raise TypeError(msg)
            errors: list[Exception] = []
            if versioned:
                value, version_error = _pop_version(value, strict=strict)
                errors.extend(version_error)
            try:
                record = fields(value, cls)
            except ClassValidationError as exc:
                errors.extend(exc.exceptions)
            if errors:
                msg = f"While structuring {cls.__name__}"
                raise ClassValidationError(msg, errors, cls)
            return record

        return structure

    return factory


def _pop_version(
    data: Mapping[str, object], *, strict: bool
) -> tuple[Mapping[str, object], list[Exception]]:
    """Take the version key out of a document; check it is :data:`FORMAT_VERSION`."""
    if _VERSION_KEY not in data:
        return data, [_at(_VERSION_KEY, KeyError(_VERSION_KEY))] if strict else []
    version = data[_VERSION_KEY]
    rest = {k: v for k, v in data.items() if k != _VERSION_KEY}
    if type(version) is not int or version != FORMAT_VERSION:
        shown = json.dumps(version) if type(version) in (int, str, bool) else _json_type(version)
        msg = f"unsupported format version {shown}, expected {FORMAT_VERSION}"
        return rest, [_at(_VERSION_KEY, ValueError(msg))]
    return rest, []


def _record_unstructure_factory(
    cls: type, converter: cattrs.Converter
) -> Callable[[object], dict[str, object]]:
    fields: Callable[[object], dict[str, object]] = make_dict_unstructure_fn(cls, converter)
    if cls is not Article:
        return fields

    def unstructure(article: object) -> dict[str, object]:
        return {_VERSION_KEY: FORMAT_VERSION, **fields(article)}

    return unstructure


def make_converter(
    converter: cattrs.Converter | None = None, *, strict: bool = False
) -> cattrs.Converter:
    """Return a converter configured for newsdoc's wire format.

    Use it to bring your own JSON library (cattrs has preconfigured converters
    for orjson, msgspec, ujson, ...) or to (un)structure a single
    :class:`~newsdoc.Caption` or :class:`~newsdoc.Span`; for whole articles
    :func:`to_dict` and :func:`from_dict` are simpler.

    The hooks registered are for newsdoc's types plus :class:`str` (no
    coercion), :class:`~datetime.date`, :class:`~datetime.datetime`, optional
    (``X | None``) and homogeneous tuple types; later registrations on the
    converter take precedence over them.

    Args:
        converter: The converter to configure, which is changed and returned;
            by default a new one from :func:`cattrs.preconf.json.make_converter`.
        strict: Whether unknown keys (and a missing version key) are errors
            when structuring.

    Returns:
        The configured converter.

    Example:
        >>> import cattrs, newsdoc
        >>> converter = newsdoc.make_converter(cattrs.Converter())
        >>> converter.unstructure(newsdoc.Span(start=3, end=8))
        [3, 8]

    .. versionadded:: 0.1.0
    """
    conv = cattrs.preconf.json.make_converter() if converter is None else converter
    conv.register_structure_hook(str, _structure_str)
    for tp, structure in (
        (dt.date, _structure_date),
        (dt.datetime, _structure_datetime),
    ):
        conv.register_structure_hook(tp, structure)
        conv.register_unstructure_hook(tp, _isoformat)
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(Span, _unstructure_span)
    conv.register_structure_hook_factory(_is_newsdoc_enum, _enum_structure_factory)
    conv.register_unstructure_hook_func(_is_newsdoc_enum, _unstructure_enum)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_structure_factory)
    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, _tuple_unstructure_factory)
    conv.register_structure_hook_factory(_is_optional, _optional_structure_factory)
    conv.register_structure_hook_func(_is_published_type, _structure_date_or_datetime)
    conv.register_structure_hook_factory(_is_record, _record_structure_factory(strict=strict))
    conv.register_unstructure_hook_factory(_is_record, _record_unstructure_factory)
    return conv


# Fast paths for documents of exactly the shape to_dict writes. They accept a
# subset of what the converter accepts and build equal values; anything else
# (a missing, extra or ill-typed value, a tuple for an array, a Mapping that is
# not a dict, ...) makes them give up (_Unfit) and the converter does the work,
# so errors, their paths and the depth limit stay the converter's.


class _Unfit(Exception):  # noqa: N818 -- a signal, not an error the user sees
    """The value is not of the exact shape a fast path handles."""


_ARTICLE_KEYS: Final = frozenset({_VERSION_KEY, *(f.name for f in attrs.fields(Article))})
_ATTRIBUTION_KEYS: Final = frozenset(f.name for f in attrs.fields(Attribution))
_CAPTION_KEYS: Final = frozenset(f.name for f in attrs.fields(Caption))
_CREDIT_KEYS: Final = frozenset(f.name for f in attrs.fields(Credit))
_DATELINE_KEYS: Final = frozenset(f.name for f in attrs.fields(Dateline))
_DIAGNOSTIC_KEYS: Final = frozenset(f.name for f in attrs.fields(Diagnostic))
_PARAGRAPH_KEYS: Final = frozenset(f.name for f in attrs.fields(Paragraph))
_ROLE_BY_VALUE: Final = {member.value: member for member in BlockRole}
_KIND_BY_VALUE: Final = {member.value: member for member in AttributionKind}


def _read_record(value: object, keys: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict or value.keys() != keys:
        raise _Unfit
    return value


def _read_str(value: object) -> str:
    if type(value) is not str:
        raise _Unfit
    return value


def _read_opt_str(value: object) -> str | None:
    if value is not None and type(value) is not str:
        raise _Unfit
    return value


def _read_span(value: object) -> Span:
    if type(value) is not list or len(value) != 2:
        raise _Unfit
    start, end = value
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise _Unfit
    return valid_span(start, end)


def _read_opt_span(value: object) -> Span | None:
    return None if value is None else _read_span(value)


def _read_array(value: object) -> list[Any]:
    if type(value) is not list:
        raise _Unfit
    return value


def _read_strs(value: object) -> tuple[str, ...]:
    items = _read_array(value)
    for item in items:
        if type(item) is not str:
            raise _Unfit
    return tuple(items)


def _read_opt_date(value: object) -> dt.date | None:
    return None if value is None else _structure_date(value, dt.date)


def _read_credit(value: object) -> Credit | None:
    if value is None:
        return None
    data = _read_record(value, _CREDIT_KEYS)
    return Credit(
        text=_read_str(data["text"]),
        photographer=_read_opt_str(data["photographer"]),
        agency=_read_opt_str(data["agency"]),
    )


def _read_dateline(value: object) -> Dateline | None:
    if value is None:
        return None
    data = _read_record(value, _DATELINE_KEYS)
    return Dateline(
        text=_read_str(data["text"]),
        span=_read_span(data["span"]),
        location=_read_opt_str(data["location"]),
        agency=_read_opt_str(data["agency"]),
        date=_read_opt_date(data["date"]),
    )


def _read_paragraphs(value: object) -> tuple[Paragraph, ...]:
    paragraphs = []
    for item in _read_array(value):
        data = _read_record(item, _PARAGRAPH_KEYS)
        text = data["text"]
        if type(text) is not str:
            raise _Unfit
        paragraphs.append(Paragraph(text=text, span=_read_span(data["span"])))
    return tuple(paragraphs)


def _read_captions(value: object) -> tuple[Caption, ...]:
    captions = []
    for item in _read_array(value):
        data = _read_record(item, _CAPTION_KEYS)
        captions.append(
            Caption(
                text=_read_str(data["text"]),
                span=_read_span(data["span"]),
                location=_read_opt_str(data["location"]),
                date=_read_opt_date(data["date"]),
                restrictions=_read_strs(data["restrictions"]),
                credit=_read_credit(data["credit"]),
            )
        )
    return tuple(captions)


def _read_attributions(value: object) -> tuple[Attribution, ...]:
    attributions = []
    for item in _read_array(value):
        data = _read_record(item, _ATTRIBUTION_KEYS)
        kind = _KIND_BY_VALUE.get(data["kind"]) if type(data["kind"]) is str else None
        if kind is None:
            raise _Unfit
        attributions.append(
            Attribution(
                cue=_read_str(data["cue"]),
                cue_span=_read_span(data["cue_span"]),
                kind=kind,
                source=_read_opt_str(data["source"]),
                source_span=_read_opt_span(data["source_span"]),
                content=_read_opt_str(data["content"]),
                content_spans=tuple(map(_read_span, _read_array(data["content_spans"]))),
                resolved_source=_read_opt_str(data["resolved_source"]),
            )
        )
    return tuple(attributions)


def _read_blocks(value: object) -> tuple[Block, ...]:
    blocks = []
    for item in _read_array(value):
        # Three keys, and these three present (or KeyError): exactly a block's keys.
        if type(item) is not dict or len(item) != 3:
            raise _Unfit
        role, text, span = item["role"], item["text"], item["span"]
        role = _ROLE_BY_VALUE.get(role) if type(role) is str else None
        if role is None or type(text) is not str:
            raise _Unfit
        blocks.append(Block(role=role, text=text, span=_read_span(span)))
    return tuple(blocks)


def _read_diagnostics(value: object) -> tuple[Diagnostic, ...]:
    diagnostics = []
    for item in _read_array(value):
        data = _read_record(item, _DIAGNOSTIC_KEYS)
        diagnostics.append(
            Diagnostic(
                code=_read_str(data["code"]),
                message=_read_str(data["message"]),
                span=_read_opt_span(data["span"]),
            )
        )
    return tuple(diagnostics)


def _read_article(value: object) -> Article | None:
    """Build the article of a document of exactly to_dict's shape; ``None`` for any other."""
    try:
        data = _read_record(value, _ARTICLE_KEYS)
        version = data[_VERSION_KEY]
        if type(version) is not int or version != FORMAT_VERSION:
            return None
        return Article(
            headline=_read_opt_str(data["headline"]),
            published=_structure_date_or_datetime(data["published"], None),
            authors=_read_strs(data["authors"]),
            language=_read_opt_str(data["language"]),
            standfirst=_read_opt_str(data["standfirst"]),
            dateline=_read_dateline(data["dateline"]),
            paragraphs=_read_paragraphs(data["paragraphs"]),
            captions=_read_captions(data["captions"]),
            attributions=_read_attributions(data["attributions"]),
            blocks=_read_blocks(data["blocks"]),
            diagnostics=_read_diagnostics(data["diagnostics"]),
        )
    except (_Unfit, LookupError, ValueError, TypeError):
        return None


# The writing fast path: the JSON text of an article made directly, byte for
# byte what json.dumps(to_dict(article)) writes, for articles whose values have
# the types the model declares. Any other value (a bool offset, a str subclass
# in an optional field, ...) makes it give up and json.dumps does the work.

_encode_str: Final = json.encoder.encode_basestring
"""json's own (C) string writer; it escapes only ``"``, ``\\`` and characters below
U+0020 (output not limited to ASCII). A str that holds none of them (printable,
no quote, no backslash: most text) is written as itself between quotes, which
costs a copy instead of two passes: the paths below check that first."""
_ROLE_JSON: Final = {member: json.dumps(member.value) for member in BlockRole}
_KIND_JSON: Final = {member: json.dumps(member.value) for member in AttributionKind}


def _write_opt_str(value: str | None) -> str:
    if value is None:
        return "null"
    if type(value) is not str:
        raise _Unfit
    if '"' not in value and "\\" not in value and value.isprintable():
        return f'"{value}"'
    return _encode_str(value)


def _write_span(span: Span) -> str:
    start, end = span.start, span.end
    if type(start) is not int or type(end) is not int:
        raise _Unfit
    return f"[{start}, {end}]"


def _write_opt_span(span: Span | None) -> str:
    if span is None:
        return "null"
    if type(span) is not Span:
        raise _Unfit
    return _write_span(span)


def _write_opt_date(value: dt.date | None) -> str:
    if value is None:
        return "null"
    if type(value) is not dt.date and type(value) is not dt.datetime:
        raise _Unfit
    return f'"{value.isoformat()}"'


def _write_strs(values: tuple[str, ...]) -> str:
    return "[" + ", ".join([_encode_str(value) for value in values]) + "]"


def _write_credit(credit: Credit | None) -> str:
    if credit is None:
        return "null"
    if type(credit) is not Credit:
        raise _Unfit
    return (
        f'{{"text": {_encode_str(credit.text)}, '
        f'"photographer": {_write_opt_str(credit.photographer)}, '
        f'"agency": {_write_opt_str(credit.agency)}}}'
    )


def _write_dateline(dateline: Dateline | None) -> str:
    if dateline is None:
        return "null"
    if type(dateline) is not Dateline:
        raise _Unfit
    return (
        f'{{"text": {_encode_str(dateline.text)}, "span": {_write_span(dateline.span)}, '
        f'"location": {_write_opt_str(dateline.location)}, '
        f'"agency": {_write_opt_str(dateline.agency)}, '
        f'"date": {_write_opt_date(dateline.date)}}}'
    )


def _write_caption(caption: Caption) -> str:
    return (
        f'{{"text": {_encode_str(caption.text)}, "span": {_write_span(caption.span)}, '
        f'"location": {_write_opt_str(caption.location)}, '
        f'"date": {_write_opt_date(caption.date)}, '
        f'"restrictions": {_write_strs(caption.restrictions)}, '
        f'"credit": {_write_credit(caption.credit)}}}'
    )


def _write_attribution(attribution: Attribution) -> str:
    spans = ", ".join([_write_span(span) for span in attribution.content_spans])
    return (
        f'{{"cue": {_encode_str(attribution.cue)}, '
        f'"cue_span": {_write_span(attribution.cue_span)}, '
        f'"kind": {_KIND_JSON[attribution.kind]}, '
        f'"source": {_write_opt_str(attribution.source)}, '
        f'"source_span": {_write_opt_span(attribution.source_span)}, '
        f'"content": {_write_opt_str(attribution.content)}, '
        f'"content_spans": [{spans}], '
        f'"resolved_source": {_write_opt_str(attribution.resolved_source)}}}'
    )


def _write_diagnostic(diagnostic: Diagnostic) -> str:
    return (
        f'{{"code": {_encode_str(diagnostic.code)}, '
        f'"message": {_encode_str(diagnostic.message)}, '
        f'"span": {_write_opt_span(diagnostic.span)}}}'
    )


def _write_blocks(blocks: tuple[Block, ...]) -> str:
    parts = []
    for block in blocks:
        span = block.span
        start, end = span.start, span.end
        if type(start) is not int or type(end) is not int:
            raise _Unfit
        text = block.text
        if type(text) is str and '"' not in text and "\\" not in text and text.isprintable():
            text = f'"{text}"'
        else:
            text = _encode_str(text)
        role = _ROLE_JSON[block.role]
        parts.append(f'{{"role": {role}, "text": {text}, "span": [{start}, {end}]}}')
    return "[" + ", ".join(parts) + "]"


def _write_paragraphs(paragraphs: tuple[Paragraph, ...]) -> str:
    parts = []
    for paragraph in paragraphs:
        span = paragraph.span
        start, end = span.start, span.end
        if type(start) is not int or type(end) is not int:
            raise _Unfit
        text = paragraph.text
        if type(text) is str and '"' not in text and "\\" not in text and text.isprintable():
            text = f'"{text}"'
        else:
            text = _encode_str(text)
        parts.append(f'{{"text": {text}, "span": [{start}, {end}]}}')
    return "[" + ", ".join(parts) + "]"


def _write_article(article: Article) -> str | None:
    """The JSON text of *article* (one line); ``None`` when a value has an unexpected type."""
    try:
        published = article.published
        return (
            f'{{"{_VERSION_KEY}": {FORMAT_VERSION}, '
            f'"headline": {_write_opt_str(article.headline)}, '
            f'"published": {_write_opt_date(published)}, '
            f'"authors": {_write_strs(article.authors)}, '
            f'"language": {_write_opt_str(article.language)}, '
            f'"standfirst": {_write_opt_str(article.standfirst)}, '
            f'"dateline": {_write_dateline(article.dateline)}, '
            f'"paragraphs": {_write_paragraphs(article.paragraphs)}, '
            f'"captions": [{", ".join([_write_caption(c) for c in article.captions])}], '
            f'"attributions": '
            f"[{', '.join([_write_attribution(a) for a in article.attributions])}], "
            f'"blocks": {_write_blocks(article.blocks)}, '
            f'"diagnostics": '
            f"[{', '.join([_write_diagnostic(d) for d in article.diagnostics])}]}}"
        )
    except (_Unfit, LookupError, TypeError, AttributeError):
        return None


_CONVERTER: Final = make_converter()
_STRICT_CONVERTER: Final = make_converter(strict=True)


def to_dict(article: Article) -> dict[str, Any]:
    """Return *article* as JSON-compatible data in the wire format.

    The result holds only :class:`dict`, :class:`list`, :class:`str`,
    :class:`int` and ``None``; :func:`from_dict` turns it back into an equal
    article.

    Args:
        article: The article to convert.

    Returns:
        A new dict, its first key ``"newsdoc"`` (the format version).

    Raises:
        TypeError: *article* is not an :class:`~newsdoc.Article`; use a
            converter from :func:`make_converter` for other values.

    .. versionadded:: 0.1.0
    """
    if not isinstance(article, Article):  # for untyped callers
        msg = f"to_dict() takes an Article, got {type(article).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    data: dict[str, Any] = _CONVERTER.unstructure(article, Article)
    return data


def from_dict(data: object, *, strict: bool = False) -> Article:
    """Build an article from wire-format data, as made by :func:`to_dict`.

    Args:
        data: A mapping in the wire format (for example from :func:`json.load`).
        strict: Reject unknown keys and require the version key.

    Returns:
        The article.

    Raises:
        DeserializationError: *data* is not a valid document (or nests more
            than ``MAX_DEPTH`` (64) levels deep); the error lists every
            offending path.

    .. versionadded:: 0.1.0
    """
    article = _read_article(data)
    if article is not None:
        return article
    if _too_deep(data):
        raise DeserializationError([f"$: nested more than {MAX_DEPTH} levels deep"])
    converter = _STRICT_CONVERTER if strict else _CONVERTER
    try:
        article = converter.structure(data, Article)
    except (BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise DeserializationError(_describe(exc)) from exc
    return article


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Return *article* as a JSON document in the wire format.

    The output is deterministic: keys in field order, non-ASCII characters
    written as themselves (encode the result as UTF-8 to store it). When
    indented, each span still stands on one line.

    Args:
        article: The article to convert.
        indent: Indent nested levels by this many spaces; ``None`` writes one line.

    Returns:
        The JSON text.

    .. versionadded:: 0.1.0
    """
    if indent is None:
        fast = _write_article(article) if isinstance(article, Article) else None
        if fast is not None:
            return fast
    text = json.dumps(to_dict(article), ensure_ascii=False, allow_nan=False, indent=indent)
    if indent is None:
        return text
    # Keep each span on one line. Newlines inside strings are escaped, so a raw
    # newline only ever stands between JSON tokens: this matches spans alone.
    return _SPREAD_SPAN.sub(r"[\1, \2]", text)


def from_json(text: str | bytes, *, strict: bool = False) -> Article:
    """Build an article from a JSON document, as made by :func:`to_json`.

    Args:
        text: The JSON text (UTF-8, -16 or -32 when given as bytes).
        strict: Reject unknown keys and require the version key.

    Returns:
        The article.

    Raises:
        DeserializationError: *text* is not JSON or not a valid document, or
            it is longer than ``MAX_JSON_LENGTH`` (512 Mi) or nests more than
            ``MAX_DEPTH`` (64) levels deep; the error lists every offending path.

    .. versionadded:: 0.1.0
    """
    if len(text) > MAX_JSON_LENGTH:
        size = f"{len(text)} {'bytes' if isinstance(text, bytes) else 'characters'}"
        raise DeserializationError([f"$: document of {size} exceeds {MAX_JSON_LENGTH}"])
    try:
        data = json.loads(text)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise DeserializationError([f"$: invalid JSON: {exc}"]) from exc
    except RecursionError as exc:
        raise DeserializationError(["$: invalid JSON: nested too deeply"]) from exc
    return from_dict(data, strict=strict)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the wire format.

    It describes what ``from_dict(data, strict=True)`` accepts, which includes
    everything :func:`to_dict` writes. The same schema ships with the package
    as ``newsdoc/schema.json``.

    Returns:
        A new dict each call.

    .. versionadded:: 0.1.0
    """
    text = resources.files("newsdoc").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _too_deep(data: object) -> bool:
    """Whether *data* nests objects and arrays more than ``MAX_DEPTH`` deep.

    Iterative, and it stops at the limit, so self-referencing data is refused too.
    """
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: Iterable[object] = value.values()
        elif isinstance(value, list | tuple):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _describe(exc: BaseException) -> list[str]:
    """Turn a structuring error into ``"path: problem"`` lines."""
    lines = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format_problem):
        problem, _, path = line.rpartition(" @ ")
        lines.append(f"{path.removeprefix('$.')}: {problem}")
    return lines


def _format_problem(exc: BaseException, _: object) -> str:
    """Say what is wrong at one path; the hooks above word their own errors."""
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown keys " + ", ".join(repr(k) for k in sorted(exc.extra_fields))
    if isinstance(exc, KeyError):
        return "required field missing"
    return str(exc) or type(exc).__name__
