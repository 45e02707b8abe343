"""Lossless conversion of articles to and from JSON-compatible data.

One converter of newsdoc's own, built on :mod:`cattrs.preconf.json`, does the
work; :func:`make_converter` hands out fresh copies of it (or configures a
converter you bring, such as one from :mod:`cattrs.preconf.orjson`). cattrs'
global converter is never touched.

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
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

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

_RECORDS: Final[tuple[type, ...]] = (
    Article,
    Attribution,
    Block,
    Caption,
    Credit,
    Dateline,
    Diagnostic,
    Paragraph,
)
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
    if _too_deep(data):
        raise DeserializationError([f"$: nested more than {MAX_DEPTH} levels deep"])
    converter = _STRICT_CONVERTER if strict else _CONVERTER
    try:
        article: Article = converter.structure(data, Article)
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
