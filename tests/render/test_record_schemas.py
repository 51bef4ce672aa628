"""The JSON Schemas come from the typed record definitions, and what the renderers print
validates against them."""

from __future__ import annotations

import io
import json
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import pytest

from json_schema import conforms
from resolution_cli.render import draw
from resolution_cli.render.schemas import Doc, Extra, Raw, record_schema, schema
from resolution_cli.terminal import Terminal
from views_sample import sample_views

TERM = Terminal(is_tty=False)


def valid(value: Any, spec: dict[str, Any]) -> bool:
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is not a declared dependency
        return conforms(value, spec, spec)
    return jsonschema.Draft202012Validator(spec).is_valid(value)


def _records(view: str, fmt: str = "jsonl") -> list[Any]:
    out = io.StringIO()
    draw(sample_views()[view], fmt, out, TERM)
    if fmt == "json":
        return [json.loads(out.getvalue())]
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(
    ("view", "name"),
    [
        ("Clauses", "clause"),
        ("Document", "clause"),
        ("Verbs", "verb"),
        ("Footnotes", "footnote"),
        ("Refs", "ref"),
        ("Votes", "vote"),
    ],
)
def test_records_validate_against_their_schema(view: str, name: str) -> None:
    records = _records(view)
    assert records
    spec = schema(name)
    for record in records:
        assert valid(record, spec), record
    assert not valid({**records[0], "unexpected": 1}, spec)
    missing = dict(records[0])
    missing.pop(next(iter(spec["required"])))
    assert not valid(missing, spec)


def test_info_and_diff_records_validate() -> None:
    (info,) = _records("Info", "json")
    assert valid(info, schema("info"))
    *records, summary = _records("Diff")
    assert records and all(valid(r, schema("diff-record")) for r in records)
    assert valid(summary, schema("diff-summary"))
    assert not valid({**summary, "op": "record"}, schema("diff-summary"))


class _Inner(TypedDict):
    n: int


class _Example(TypedDict):
    """An example record.

    Described by its docstring."""

    name: Annotated[str, Doc("Its name.")]
    size: float | None
    kind: Literal["a", "b"]
    only: Literal["x"]
    tags: list[str]
    inner: _Inner
    when: Annotated[str | None, Extra(format="date")]
    ref: Annotated[list[Any], Raw({"$ref": "#/$defs/X"})]
    anything: Any
    maybe: NotRequired[int]


def test_a_schema_is_derived_from_the_typed_definition() -> None:
    """Each Python type maps to its JSON Schema; NotRequired keys are optional."""
    assert record_schema(_Example, "Example") == {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Example",
        "description": "An example record. Described by its docstring.",
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "Its name."},
            "size": {"type": ["number", "null"]},
            "kind": {"enum": ["a", "b"]},
            "only": {"const": "x"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "inner": {
                "type": "object",
                "properties": {"n": {"type": "integer"}},
                "required": ["n"],
                "additionalProperties": False,
            },
            "when": {"type": ["string", "null"], "format": "date"},
            "ref": {"$ref": "#/$defs/X"},
            "anything": {},
            "maybe": {"type": "integer"},
        },
        "required": ["name", "size", "kind", "only", "tags", "inner", "when", "ref", "anything"],
        "additionalProperties": False,
    }


def test_the_record_builders_are_typed_with_the_definitions() -> None:
    """The schema's keys are the keys the builder writes, in order (one definition)."""
    from resolution_cli.render import records

    (record,) = _records("Votes")
    assert list(record) == list(schema("vote")["properties"])
    assert list(schema("vote")["properties"]) == list(records.VoteRecord.__annotations__)
    (clause, *_) = _records("Document")
    assert list(clause) == [k for k in schema("clause")["properties"] if k in clause]
