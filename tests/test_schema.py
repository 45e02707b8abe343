from __future__ import annotations

import json
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest

import newsdoc
from newsdoc import Article, Caption, Span, from_dict, to_dict
from newsdoc._schema import build_schema, main, render_schema

SCHEMA_FILE = resources.files("newsdoc").joinpath("schema.json")


def test_shipped_schema_is_up_to_date() -> None:
    shipped = SCHEMA_FILE.read_text(encoding="utf-8")
    assert shipped == render_schema(), (
        "src/newsdoc/schema.json is stale: run `PYTHONPATH=src python -m newsdoc._schema --write`"
    )


def test_json_schema_returns_the_shipped_schema_afresh() -> None:
    schema = newsdoc.json_schema()
    assert schema == build_schema()
    schema["title"] = "changed"
    assert newsdoc.json_schema()["title"] != "changed"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = newsdoc.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_describes_every_field() -> None:
    schema = newsdoc.json_schema()
    assert list(schema["properties"]) == ["newsdoc", *(f.name for f in attrs.fields(Article))]
    for name, definition in schema["$defs"].items():
        assert definition["description"], name
        if definition.get("type") == "object":
            cls = getattr(newsdoc, name)
            assert list(definition["properties"]) == [f.name for f in attrs.fields(cls)]
            assert all(p["description"] for p in definition["properties"].values())


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"newsdoc": 2},
        {"published": "27 April 2022"},
        {"published": "2022-04-27T10:00"},
        {"paragraphs": [{"text": "x", "span": [1]}]},
        {"paragraphs": [{"text": "x", "span": [1, -2]}]},
        {"paragraphs": [{"text": "x", "span": {"start": 1, "end": 2}}]},
        {"paragraphs": [{"text": "x"}]},
        {"blocks": [{"role": "menu", "text": "x", "span": [0, 1]}]},
        {"authors": "Jane"},
    ],
)
def test_schema_and_strict_reading_reject_the_same_documents(change: dict[str, Any]) -> None:
    document = {**to_dict(Article()), **change}
    validator = jsonschema.Draft202012Validator(newsdoc.json_schema())
    assert not validator.is_valid(document)
    with pytest.raises(newsdoc.DeserializationError):
        from_dict(document, strict=True)


def test_schema_accepts_a_minimal_document() -> None:
    document = {
        "newsdoc": 1,
        "captions": [{"text": "", "span": [0, 4], "date": "2022-02-09"}],
        "published": "2022-04-27T10:00:00+00:00",
    }
    jsonschema.Draft202012Validator(newsdoc.json_schema()).validate(document)
    assert from_dict(document, strict=True).captions == (
        Caption(text="", span=Span(start=0, end=4), date=from_dict(document).captions[0].date),
    )


def test_main_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert json.loads(capsys.readouterr().out) == newsdoc.json_schema()
    assert main(["--bogus"]) == 2
