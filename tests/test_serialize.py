from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    AttributionKind,
    Caption,
    Credit,
    DeserializationError,
    NewsdocError,
    Paragraph,
    Span,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from newsdoc.strategies import articles, captions, datetimes, published

if TYPE_CHECKING:
    from collections.abc import Callable

KeyPath = tuple[str | int, ...]

VALIDATOR = jsonschema.Draft202012Validator(
    newsdoc.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def show(path: KeyPath) -> str:
    """Write a path the way DeserializationError does: ``captions[0].date``."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
    return text.removeprefix(".") or "$"


def leaves(data: Any, path: KeyPath = ()) -> list[tuple[KeyPath, Any]]:  # noqa: ANN401 -- JSON data
    """Every value in *data* with its path, spans counted as one value."""
    found: list[tuple[KeyPath, Any]] = [(path, data)] if path else []
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(leaves(value, (*path, key)))
    elif isinstance(data, list) and not is_span(data):
        for index, value in enumerate(data):
            found.extend(leaves(value, (*path, index)))
    return found


def is_span(data: object) -> bool:
    return isinstance(data, list) and len(data) == 2 and all(type(x) is int for x in data)


def objects(data: dict[str, Any]) -> list[tuple[KeyPath, dict[str, Any]]]:
    """Every JSON object in *data* (the document included) with its path."""
    return [((), data), *((p, v) for p, v in leaves(data) if isinstance(v, dict))]


RECORDS = {
    "attributions": Attribution,
    "blocks": newsdoc.Block,
    "captions": Caption,
    "credit": Credit,
    "dateline": newsdoc.Dateline,
    "diagnostics": newsdoc.Diagnostic,
    "paragraphs": Paragraph,
}
REQUIRED = {
    cls: {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
    for cls in RECORDS.values()
}


def record_at(path: KeyPath) -> type:
    """The record type of the object at *path* (not the document itself)."""
    name = next(p for p in reversed(path) if isinstance(p, str))
    return RECORDS[name]


def replace(data: dict[str, Any], path: KeyPath, value: object) -> dict[str, Any]:
    """Return a deep copy of *data* with the value at *path* replaced."""
    result = copy.deepcopy(data)
    parent: Any = result
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return result


def errors_of(data: object, *, strict: bool = False) -> tuple[str, ...]:
    with pytest.raises(DeserializationError) as info:
        from_dict(data, strict=strict)
    return info.value.errors


def json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    )


# Round trips and the shape of the output.


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    assert from_dict(to_dict(article)) == article
    assert from_dict(to_dict(article), strict=True) == article


@given(articles())
def test_json_round_trip(article: Article) -> None:
    assert from_json(to_json(article)) == article
    assert from_json(to_json(article, indent=2), strict=True) == article
    assert from_json(to_json(article).encode()) == article


@given(articles())
def test_to_dict_is_plain_json_data(article: Article) -> None:
    data = to_dict(article)
    assert json.loads(json.dumps(data)) == data
    for _, value in leaves(data):
        assert type(value) in {dict, list, str, int, type(None)}


@given(articles())
def test_to_json_is_deterministic(article: Article) -> None:
    text = to_json(article)
    assert to_json(copy.deepcopy(article)) == text
    assert to_json(from_json(text)) == text
    assert json.loads(to_json(article, indent=4)) == json.loads(text)


@given(articles())
def test_output_validates_against_the_schema(article: Article) -> None:
    VALIDATOR.validate(to_dict(article))


@given(articles())
def test_version_key_comes_first_and_every_field_is_written(article: Article) -> None:
    data = to_dict(article)
    assert next(iter(data.items())) == ("newsdoc", 1)
    assert list(data)[1:] == [f.name for f in attrs.fields(Article)]


@given(published())
def test_published_keeps_date_or_datetime_and_awareness(value: dt.date | None) -> None:
    loaded = from_dict(to_dict(Article(published=value))).published
    assert type(loaded) is type(value)
    if isinstance(value, dt.datetime):
        assert isinstance(loaded, dt.datetime)
        assert loaded.utcoffset() == value.utcoffset()
        assert loaded.replace(tzinfo=None) == value.replace(tzinfo=None)


def test_wire_format_of_each_kind_of_value() -> None:
    aware = dt.datetime(2022, 4, 27, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    article = Article(
        published=aware,
        captions=(
            Caption(
                text="Smoke.",
                span=Span(start=3, end=9),
                date=dt.date(2022, 2, 9),
                credit=Credit(text="AP Photo/Jane Roe", photographer="Jane Roe", agency="AP"),
            ),
        ),
        attributions=(
            Attribution(cue="said", cue_span=Span(start=0, end=4), kind=AttributionKind.MIXED),
        ),
    )
    data = to_dict(article)
    assert data["published"] == "2022-04-27T10:05:00-03:00"
    assert data["captions"][0]["date"] == "2022-02-09"
    assert data["captions"][0]["span"] == [3, 9]
    assert data["captions"][0]["restrictions"] == []
    assert data["captions"][0]["location"] is None
    assert data["attributions"][0]["kind"] == "mixed"
    assert "body" not in data
    assert "boilerplate" not in data


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2022-04-27", dt.date(2022, 4, 27)),
        ("2022-04-27T10:00:00", dt.datetime(2022, 4, 27, 10)),  # noqa: DTZ001 -- naive on purpose
        ("2022-04-27T10:00:00.000250", dt.datetime(2022, 4, 27, 10, 0, 0, 250)),  # noqa: DTZ001
        ("2022-04-27T10:00:00Z", dt.datetime(2022, 4, 27, 10, tzinfo=dt.UTC)),
        (
            "2022-04-27T10:00:00+05:30",
            dt.datetime(2022, 4, 27, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
    ],
)
def test_published_reads_iso_8601(written: str, expected: dt.date) -> None:
    loaded = from_dict({"published": written}).published
    assert loaded == expected
    assert type(loaded) is type(expected)
    assert (getattr(loaded, "tzinfo", None) is None) == (getattr(expected, "tzinfo", None) is None)


def test_to_json_keeps_non_ascii_text() -> None:
    article = Article(headline="Lula disse: “não”")
    assert "“não”" in to_json(article)
    assert from_json(to_json(article).encode("utf-8")) == article


def test_indented_json_keeps_spans_on_one_line() -> None:
    article = Article(paragraphs=(Paragraph(text="[1,\n2]", span=Span(start=10, end=200)),))
    text = to_json(article, indent=2)
    assert '"span": [10, 200]' in text
    assert from_json(text) == article


# Lenient and strict reading.


def test_missing_defaults_and_version_are_filled_in() -> None:
    article = from_dict({"headline": "Title", "paragraphs": [{"text": "One.", "span": [0, 4]}]})
    assert article == Article(
        headline="Title", paragraphs=(Paragraph(text="One.", span=Span(start=0, end=4)),)
    )


@given(articles(), st.data())
def test_unknown_keys_are_ignored_unless_strict(article: Article, data: st.DataObject) -> None:
    document = to_dict(article)
    path, obj = data.draw(st.sampled_from(objects(document)))
    key = data.draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in obj))
    changed = replace(document, (*path, key), 1)
    assert from_dict(changed) == article
    assert errors_of(changed, strict=True) == (f"{show(path)}: unknown keys {key!r}",)


def test_strict_mode_requires_the_version_key() -> None:
    assert errors_of({}, strict=True) == ("newsdoc: required field missing",)
    assert from_dict({}) == Article()


@pytest.mark.parametrize("version", [0, 2, "1", True, None, 1.0])
def test_other_format_versions_are_rejected(version: object) -> None:
    (error,) = errors_of({"newsdoc": version})
    assert error.startswith("newsdoc: unsupported format version")


# Corrupted documents: only DeserializationError, naming every path.


@given(articles(), st.data())
def test_a_value_of_the_wrong_type_is_reported_at_its_path(
    article: Article, data: st.DataObject
) -> None:
    document = to_dict(article)
    path, _ = data.draw(st.sampled_from(leaves(document)))
    # No field of the wire format takes a float or a boolean.
    wrong = data.draw(st.sampled_from([1.5, True, False]))
    errors = errors_of(replace(document, path, wrong))
    assert [e.partition(": ")[0] for e in errors] == [show(path)]


@given(articles(), st.data())
def test_a_missing_required_field_is_reported_at_its_path(
    article: Article, data: st.DataObject
) -> None:
    document = to_dict(article)
    candidates = [
        (path, key)
        for path, obj in objects(document)
        if path
        for key in obj
        if key in REQUIRED[record_at(path)]
    ]
    if not candidates:
        return
    path, key = data.draw(st.sampled_from(candidates))
    broken = copy.deepcopy(document)
    obj: Any = broken
    for part in path:
        obj = obj[part]
    del obj[key]
    assert errors_of(broken) == (f"{show((*path, key))}: required field missing",)


@given(articles(), st.data())
def test_every_offending_path_is_named(article: Article, data: st.DataObject) -> None:
    document = to_dict(article)
    paths = data.draw(
        st.lists(st.sampled_from([p for p, _ in leaves(document)]), unique=True, max_size=4)
        if leaves(document)
        else st.just([])
    )
    # Keep only paths that do not lie inside one another.
    paths = [p for p in paths if not any(q != p and p[: len(q)] == q for q in paths)]
    broken = document
    for path in paths:
        broken = replace(broken, path, 2.5)
    if not paths:
        assert from_dict(broken) == article
        return
    reported = {e.partition(": ")[0] for e in errors_of(broken)}
    assert reported == {show(p) for p in paths}


@pytest.mark.parametrize(
    ("path", "value", "error"),
    [
        (("captions", 0, "date"), "yesterday", "captions[0].date: invalid isoformat string"),
        (("captions", 0, "date"), "2022-02-30", "captions[0].date: invalid date '2022-02-30'"),
        (("captions", 0, "date"), "2022-02-09T10:00:00", "captions[0].date: invalid isoformat"),
        (("captions", 0, "date"), 20220209, "captions[0].date: expected an ISO 8601 string"),
        (("published",), "2022-13-01", "published: invalid date '2022-13-01'"),
        (("published",), "2022-04-27T25:00:00", "published: invalid datetime"),
        (("published",), "27 April 2022", "published: invalid isoformat string"),
        (("captions", 0, "span"), [9, 3], "captions[0].span: end (3) must be >= start (9)"),
        (("captions", 0, "span"), [-1, 3], "captions[0].span: start must be >= 0, got -1"),
        (("captions", 0, "span"), [1, 2, 3], "captions[0].span: expected a [start, end] array"),
        (("captions", 0, "span"), {"start": 1, "end": 2}, "captions[0].span: expected a [start"),
        (("captions", 0, "span"), [1, "2"], "captions[0].span: expected an integer offset"),
        (("attributions", 0, "kind"), "quote", "attributions[0].kind: unknown AttributionKind"),
        (("blocks", 0, "role"), "menu", "blocks[0].role: unknown BlockRole 'menu'"),
        (("blocks", 0, "role"), None, "blocks[0].role: unknown BlockRole null"),
        (("authors",), "Jane Doe", "authors: expected an array, got string"),
        (("authors", 0), 7, "authors[0]: expected a string, got integer"),
        (("headline",), ["Title"], "headline: expected a string, got array"),
        (("captions", 0), "Smoke.", "captions[0]: expected an object, got string"),
        (("captions", 0, "credit"), "AP", "captions[0].credit: expected an object, got string"),
        (("paragraphs",), {"0": {}}, "paragraphs: expected an array, got object"),
    ],
)
def test_bad_values_are_named(path: KeyPath, value: object, error: str) -> None:
    document = to_dict(
        Article(
            headline="Title",
            authors=("Jane Doe",),
            captions=(
                Caption(
                    text="Smoke.",
                    span=Span(start=0, end=6),
                    date=dt.date(2022, 2, 9),
                    credit=Credit(text="AP Photo"),
                ),
            ),
            attributions=(
                Attribution(
                    cue="said", cue_span=Span(start=7, end=11), kind=AttributionKind.DIRECT
                ),
            ),
            blocks=(
                newsdoc.Block(
                    role=newsdoc.BlockRole.CAPTION, text="Smoke.", span=Span(start=0, end=6)
                ),
            ),
        )
    )
    (reported,) = errors_of(replace(document, path, value))
    assert reported.startswith(error)


@pytest.mark.parametrize("data", [[], "{}", None, 3, [{"headline": "x"}]])
def test_a_document_must_be_an_object(data: object) -> None:
    (error,) = errors_of(data)
    assert error.startswith("$: expected an object, got ")


@pytest.mark.parametrize("text", ["", "{", "{'headline': 1}", "[1,]", b"\xff\xfe\x00", "NaN"])
def test_invalid_json_is_a_deserialization_error(text: str | bytes) -> None:
    with pytest.raises(DeserializationError) as info:
        from_json(text)
    assert info.value.errors[0].startswith("$: ")


def test_deeply_nested_json_is_a_deserialization_error() -> None:
    with pytest.raises(DeserializationError):
        from_json("[" * 100_000 + "]" * 100_000)


def problems(load: Callable[[], object]) -> tuple[str, ...]:
    """Run *load*; return the errors of the DeserializationError it raised, or ()."""
    try:
        load()
    except DeserializationError as exc:
        return exc.errors
    return ()


@given(json_values(), st.booleans())
def test_any_json_value_loads_or_raises_our_error(value: object, strict: bool) -> None:  # noqa: FBT001
    errors = problems(lambda: from_dict(value, strict=strict))
    assert all(": " in e for e in errors)


@given(st.dictionaries(st.sampled_from([f.name for f in attrs.fields(Article)]), json_values()))
def test_any_fields_load_or_raise_our_error(value: dict[str, Any]) -> None:
    errors = problems(lambda: from_dict(value))
    assert {e.partition(": ")[0].split("[")[0].split(".")[0] for e in errors} <= set(value)


@given(st.text(max_size=50))
def test_any_text_loads_or_raises_our_error(text: str) -> None:
    errors = problems(lambda: from_json(text))
    assert all(e.startswith("$: ") for e in errors)


def test_the_error_is_a_value_error_listing_paths() -> None:
    with pytest.raises(
        DeserializationError, match=r"captions\[0\]\.date: invalid isoformat"
    ) as info:
        from_json('{"newsdoc": 1, "captions": [{"text": "", "span": [0, 0], "date": "yesterday"}]}')
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, NewsdocError)
    assert error.errors == (
        "captions[0].date: invalid isoformat string 'yesterday', expected YYYY-MM-DD",
    )
    assert str(error).splitlines()[1].strip() == error.errors[0]


# Converters.


def test_make_converter_returns_a_fresh_converter() -> None:
    first = newsdoc.make_converter()
    assert first is not newsdoc.make_converter()
    first.register_unstructure_hook(Span, lambda span: {"s": span.start})
    assert to_dict(Article(paragraphs=(Paragraph(text="", span=Span(start=1, end=2)),)))[
        "paragraphs"
    ] == [{"text": "", "span": [1, 2]}]


PLAIN_CONVERTER = newsdoc.make_converter(cattrs.Converter())


@given(articles())
def test_a_converter_you_bring_speaks_the_same_format(article: Article) -> None:
    converter = PLAIN_CONVERTER
    data = converter.unstructure(article)
    assert data == to_dict(article)
    assert converter.structure(data, Article) == article


@given(captions())
def test_the_converter_handles_single_values(caption: Caption) -> None:
    converter = PLAIN_CONVERTER
    assert converter.structure(converter.unstructure(caption), Caption) == caption


@given(datetimes(aware=True))
def test_aware_datetimes_keep_their_offset(value: dt.datetime) -> None:
    loaded = from_json(to_json(Article(published=value))).published
    assert isinstance(loaded, dt.datetime)
    assert loaded.utcoffset() == value.utcoffset()


@pytest.mark.parametrize("value", [Span(start=0, end=1), {"headline": "x"}, None])
def test_to_dict_takes_articles_only(value: object) -> None:
    with pytest.raises(TypeError, match="takes an Article"):
        to_dict(value)  # type: ignore[arg-type]


SEED_TEXT = (Path(__file__).resolve().parent.parent / "examples" / "turkiye-s400.txt").read_text(
    encoding="utf-8"
)


@given(st.text(max_size=300) | st.just(SEED_TEXT))
def test_parsed_articles_round_trip_and_fit_the_schema(text: str) -> None:
    article = newsdoc.parse(text)
    assert from_json(to_json(article), strict=True) == article
    VALIDATOR.validate(to_dict(article))


# to_json, to_dict and from_dict take shortcuts for the usual shapes of data;
# whatever they are given, they must agree with the converter they stand for.

CONVERTERS = {False: newsdoc.make_converter(), True: newsdoc.make_converter(strict=True)}


def converter_json(article: Article) -> str:
    data = CONVERTERS[False].unstructure(article, Article)
    return json.dumps(data, ensure_ascii=False, allow_nan=False)


class Name(str):
    """A str subclass, as a caller's own string type might be."""

    __slots__ = ()


ODD_ARTICLES = [
    Article(headline=Name("Title")),
    Article(published="2022-04-27"),  # type: ignore[arg-type]
    Article(authors=(Name("Jane"),)),
    Article(
        blocks=(
            newsdoc.Block(
                role=newsdoc.BlockRole.HEADLINE, text=Name("T"), span=Span(start=0, end=1)
            ),
        )
    ),
    Article(
        blocks=(
            newsdoc.Block(
                role=newsdoc.BlockRole.HEADLINE,
                text=None,  # type: ignore[arg-type]
                span=Span(start=0, end=1),
            ),
        )
    ),
    Article(paragraphs=(Paragraph(text="x", span=Span(start=False, end=True)),)),
    Article(paragraphs=(Paragraph(text="x", span=Span(start=0, end=2.5)),)),  # type: ignore[arg-type]
    Article(diagnostics=(newsdoc.Diagnostic(code="c", message="m", span=None),)),
    Article(
        dateline=newsdoc.Dateline(
            text="X -", span=Span(start=0, end=3), date=dt.datetime(2022, 4, 27, 10, tzinfo=dt.UTC)
        )
    ),
    Article(
        captions=(
            Caption(
                text='a "quote"\n\\ \x00 \u2028 \U0001f600',
                span=Span(start=0, end=1),
                restrictions=("NO SALES",),
                credit=Credit(text="AP"),
            ),
        )
    ),
]


def assert_written_as_the_converter_writes(article: Article) -> None:
    """``to_json`` and ``to_dict`` give what the cattrs converter gives, or raise as it does."""
    try:
        expected = converter_json(article)
    except (TypeError, AttributeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            to_json(article)
        return
    assert to_json(article) == expected
    assert to_dict(article) == CONVERTERS[False].unstructure(article, Article)


@pytest.mark.parametrize("article", ODD_ARTICLES)
def test_to_json_writes_what_the_converter_writes_for_odd_values(article: Article) -> None:
    assert_written_as_the_converter_writes(article)


ODD_FIELD_VALUES = [
    None, True, 2.5, "2022-04-27", Name("x"), (), ("x",), ["x"], (Name("x"),),
    Span(start=True, end=True), Span(start=0, end=2.5), Span(start=1, end=2),  # type: ignore[arg-type]
    dt.date(2022, 4, 27), dt.datetime(2022, 4, 27, 10, 30),  # noqa: DTZ001 -- naive on purpose
    newsdoc.BlockRole.CAPTION,
    AttributionKind.DIRECT, Credit(text="AP", agency=Name("AP")),
]  # fmt: skip


def records_in(value: object, path: KeyPath = ()) -> list[KeyPath]:
    """The path of every field of every record inside *value*."""
    found: list[KeyPath] = []
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            found.append((*path, field.name))
            found.extend(records_in(getattr(value, field.name), (*path, field.name)))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            found.extend(records_in(item, (*path, index)))
    return found


def evolved(value: Any, path: KeyPath, new: object) -> Any:  # noqa: ANN401 -- any model value
    """Return a copy of *value* with the field at *path* set to *new*, unchecked."""
    if not path:
        return new
    head, *rest = path
    if isinstance(head, int):
        items = list(value)
        items[head] = evolved(items[head], tuple(rest), new)
        return tuple(items)
    copied = copy.copy(value)
    object.__setattr__(copied, head, evolved(getattr(value, head), tuple(rest), new))
    return copied


@given(articles())
def test_to_json_writes_what_the_converter_writes(article: Article) -> None:
    assert to_json(article) == converter_json(article)


@given(articles(), st.data())
def test_to_json_writes_what_the_converter_writes_for_any_value(
    article: Article, data: st.DataObject
) -> None:
    path = data.draw(st.sampled_from(records_in(article)))
    odd = evolved(article, path, data.draw(st.sampled_from(ODD_FIELD_VALUES)))
    assert_written_as_the_converter_writes(odd)


ODD_VALUES = [
    None,
    True,
    1,
    -1,
    2.5,
    "",
    "x",
    "direct",
    "paragraph",
    "2022-02-30",
    "2022-02-09",
    [],
    [1],
    [3, 1],
    [-1, 2],
    [True, 2],
    [1, 2],
    (1, 2),
    {},
    {"x": 1},
]


def outcome(load: Callable[[], Article]) -> object:
    """What loading gives: the article (with the types of its values) or an error."""
    try:
        article = load()
    except (DeserializationError, cattrs.BaseValidationError, ValueError, TypeError, KeyError):
        return "error"
    return article, repr(article)


@given(articles(), st.data(), st.booleans())
def test_from_dict_reads_what_the_converter_reads(
    article: Article,
    data: st.DataObject,
    strict: bool,  # noqa: FBT001
) -> None:
    document = to_dict(article)
    change = data.draw(st.sampled_from(["replace", "delete", "add", "keep"]))
    paths = [p for p, _ in leaves(document)]
    paths += [(*p, i) for p, v in leaves(document) if is_span(v) for i in (0, 1)]
    if change == "replace" and paths:
        path = data.draw(st.sampled_from(paths))
        value = data.draw(st.sampled_from(ODD_VALUES) | json_values())
        document = replace(document, path, value)
    elif change in {"delete", "add"}:
        where, obj = data.draw(st.sampled_from(objects(document)))
        document = copy.deepcopy(document)
        target: Any = document
        for part in where:
            target = target[part]
        if change == "add":
            target["extra"] = data.draw(json_values())
        elif obj:
            del target[data.draw(st.sampled_from(sorted(obj)))]
    expected = outcome(lambda: CONVERTERS[strict].structure(copy.deepcopy(document), Article))
    assert outcome(lambda: from_dict(document, strict=strict)) == expected
