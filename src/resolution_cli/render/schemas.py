"""The JSON Schemas that ``resolution schema [NAME]`` prints: one registry, name -> schema.

``resolution schema`` with no NAME prints ``resolution`` (the model, what ``--file``
reads and ``export --format json`` writes); the other names describe the records of
the machine formats (``--format json|jsonl``), whose keys the README documents.

Each record type is declared once, as a :class:`typing.TypedDict` beside the
function that builds it (:mod:`.records`, :mod:`.corpus_records`,
:mod:`.diff_records`); that function is annotated with it, so mypy checks that the
record has exactly those keys, and the schema is derived from it here
(:func:`record_schema`, :func:`type_schema`):

- ``str``, ``int``, ``float``, ``bool`` -> ``string``, ``integer``, ``number``, ``boolean``;
  ``X | None`` -> ``["X", "null"]``; ``list[X]`` -> an array of X; ``Any`` -> ``{}``;
- ``Literal["a", "b"]`` -> ``enum``; a single ``Literal["a"]`` -> ``const``;
- a TypedDict -> an object with every key required (but those marked
  ``NotRequired``) and no other key;
- ``Annotated[X, Doc("...")]`` adds a ``description``; ``Annotated[X, Extra(...)]``
  adds keywords (``format``, ``minimum``); ``Annotated[X, Raw(schema)]`` gives the
  schema as is, for what a type cannot say (a ``$ref`` to the model's definitions).

How to add a record type: declare its TypedDict (its docstring is the schema's
description) and annotate the function that builds the record with it; add it to
:data:`SCHEMAS` under a short lower-case name (``"corpus-hit"``); add a test that a
record your command prints validates against it, and name it in the README's "JSON
fields" section. Only ``typing`` is imported here (pydantic, the model stay unloaded).

The registry is a plain dict so that ``--help`` and ``schema --help`` stay light:
nothing is computed until a schema is asked for.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, Literal, NotRequired, Union, get_args, get_origin, is_typeddict

__all__ = [
    "DRAFT",
    "INT",
    "NULLABLE_INT",
    "NULLABLE_STRING",
    "SCHEMAS",
    "STRING",
    "STRINGS",
    "Doc",
    "Extra",
    "Raw",
    "names",
    "object_schema",
    "record_schema",
    "schema",
    "type_schema",
]

Schema = dict[str, Any]

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def object_schema(title: str, description: str, properties: Any, **extra: Any) -> Schema:
    """An object schema whose every property is required (records always carry their keys),
    but those named in ``optional``. Every record schema (also of the corpus and of diff)
    is made by this function. ``properties`` is a TypedDict (the record's type: the
    properties are derived from it, its NotRequired keys optional) or a dict of schemas."""
    if is_typeddict(properties):
        properties, optional = _fields(properties)
        extra = {**extra, "optional": optional}
    return {
        "$schema": DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in extra.get("optional", ())],
        "additionalProperties": False,
    }


STRING: Schema = {"type": "string"}
NULLABLE_STRING: Schema = {"type": ["string", "null"]}
INT: Schema = {"type": "integer"}
NULLABLE_INT: Schema = {"type": ["integer", "null"]}
STRINGS: Schema = {"type": "array", "items": STRING}


_SIMPLE: dict[object, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


class Doc(str):
    """``Annotated[X, Doc("...")]``: the field's description."""


class Extra(dict[str, Any]):
    """``Annotated[X, Extra(format="date")]``: keywords added to the field's schema."""


class Raw(dict[str, Any]):
    """``Annotated[X, Raw({...})]``: the field's schema, as given."""


def type_schema(tp: Any) -> Schema:
    """The JSON Schema of one annotation."""
    if get_origin(tp) is typing.Annotated:
        inner, *marks = get_args(tp)
        raw = next((m for m in marks if isinstance(m, Raw)), None)
        schema = dict(raw) if raw is not None else type_schema(inner)
        for mark in marks:
            if isinstance(mark, Extra):
                schema.update(mark)
        for mark in marks:
            if isinstance(mark, Doc):
                schema["description"] = str(mark)
        return schema
    if get_origin(tp) in (NotRequired, typing.Required):
        return type_schema(get_args(tp)[0])
    if tp is Any:
        return {}
    if tp in _SIMPLE:
        return {"type": _SIMPLE[tp]}
    if tp is type(None):
        return {"type": "null"}
    origin = get_origin(tp)
    if origin is Literal:
        values = list(get_args(tp))
        return {"const": values[0]} if len(values) == 1 else {"enum": values}
    if origin is list:
        (item,) = get_args(tp)
        return {"type": "array"} if item is Any else {"type": "array", "items": type_schema(item)}
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(tp) if a is not type(None)]
        if len(members) == 1 and len(get_args(tp)) == 2:
            schema = type_schema(members[0])
            if isinstance(schema.get("type"), str):
                return {**schema, "type": [schema["type"], "null"]}
        raise TypeError(f"no JSON Schema for the union {tp!r}")
    if is_typeddict(tp):
        return _object(tp)
    raise TypeError(f"no JSON Schema for {tp!r}")


def _fields(td: Any) -> tuple[Schema, set[str]]:
    """The properties of TypedDict ``td`` and the names of its NotRequired keys."""
    hints = typing.get_type_hints(td, include_extras=True)
    optional = {name for name, hint in hints.items() if get_origin(hint) is NotRequired}
    optional |= set(getattr(td, "__optional_keys__", ()))
    return {name: type_schema(hint) for name, hint in hints.items()}, optional


def _object(td: Any) -> Schema:
    properties, optional = _fields(td)
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def record_schema(td: Any, title: str) -> Schema:
    """The JSON Schema of one record of TypedDict ``td``, described by its docstring."""
    return object_schema(title, " ".join((td.__doc__ or "").split()), td)


def resolution() -> Schema:
    """The model of a resolution, as pydantic writes its JSON Schema."""
    from resolution_cli.model import Resolution

    return Resolution.model_json_schema()


def clause() -> Schema:
    """A clause record (``list``, ``show REF``, ``grep``, ``show`` in jsonl): from
    :class:`.records.ClauseRecord`, its sub-paragraphs from the model's SubParagraph."""
    from resolution_cli.model import SubParagraph
    from resolution_cli.render.records import ClauseRecord

    sub = SubParagraph.model_json_schema(ref_template="#/$defs/{model}")
    defs = dict(sub.pop("$defs", {}))
    defs["SubParagraph"] = sub
    schema = record_schema(ClauseRecord, "Clause record")
    schema["$defs"] = defs
    return schema


def info() -> Schema:
    """The ``info`` record: the model's metadata, the vote counts and the clause counts
    (:class:`.records.VoteCounts`, :class:`.records.Counts`)."""
    from resolution_cli.model import Resolution
    from resolution_cli.render.records import Counts, VoteCounts

    model = Resolution.model_json_schema(ref_template="#/$defs/{model}")
    omitted = {"preamble", "operative", "footnotes", "sections", "annexes", "vote"}
    properties: Schema = {
        name: value for name, value in model["properties"].items() if name not in omitted
    }
    properties["vote"] = {
        **type_schema(VoteCounts | None),
        "description": "Present after a recorded vote: its counts ('resolution votes' lists "
        "the States).",
    }
    counts = type_schema(Counts)
    properties["counts"] = {
        "type": counts.pop("type"),
        "description": "preambular and operative count the resolution itself (its sections "
        "included, its annexes not); sections, annexes and annex_paragraphs are present "
        "only when it has sections or annexes.",
        **counts,
    }
    schema: Schema = {
        "$schema": DRAFT,
        "title": "Info record",
        "description": "resolution info --format json: the header of a resolution.",
        "type": "object",
        "properties": properties,
        "required": ["symbol", "number", "title", "counts"],
        "additionalProperties": False,
    }
    if "$defs" in model:
        schema["$defs"] = model["$defs"]
    return schema


def _record(name: str, title: str) -> Callable[[], Schema]:
    """The schema of the TypedDict ``name`` of :mod:`.records`."""

    def made() -> Schema:
        from resolution_cli.render import records

        return record_schema(getattr(records, name), title)

    made.__doc__ = f"The schema of :class:`.records.{name}`."
    return made


#: name -> a function returning that record's JSON Schema. ``resolution`` is the default.
SCHEMAS: dict[str, Callable[[], Schema]] = {
    "resolution": resolution,
    "clause": clause,
    "info": info,
    "vote": _record("VoteRecord", "Vote record"),
    "verb": _record("VerbRecord", "Verb record"),
    "footnote": _record("FootnoteRecord", "Footnote record"),
    "ref": _record("RefRecord", "Reference record"),
    "parallel-clause": lambda: _parallel("parallel_schema"),
    "languages": lambda: _parallel("languages_schema"),
    "diff-record": lambda: _diff("record_schema"),
    "diff-summary": lambda: _diff("summary_schema"),
    **{
        name: (lambda name=name: _corpus(name))  # type: ignore[misc]
        for name in (
            "corpus-hit",
            "corpus-first",
            "corpus-count",
            "corpus-ref",
            "corpus-resolution",
            "cited-by",
            "cited-by-count",
            "top-cited",
            "state-vote",
            "agreement",
            "corpus-info",
        )
    },
    "lineage-record": lambda: _lineage("lineage_record_schema"),
    "history-step": lambda: _lineage("history_step_schema"),
    "history-summary": lambda: _lineage("history_summary_schema"),
}


def _lineage(name: str) -> Schema:
    """The schemas of ``lineage`` and ``history``'s records, kept beside them."""
    from resolution_cli.render import lineage_records

    made: Schema = getattr(lineage_records, name)()
    return made


def _parallel(name: str) -> Schema:
    """The schemas of ``show --lang`` and ``languages``' records, kept beside them."""
    from resolution_cli.render import parallel_records

    made: Schema = getattr(parallel_records, name)()
    return made


def _corpus(name: str) -> Schema:
    """The schemas of the corpus commands' records, kept beside them."""
    from resolution_cli.render.corpus_records import corpus_schema

    return corpus_schema(name)


def _diff(name: str) -> Schema:
    """The schemas of ``resolution diff``'s records, kept beside them."""
    from resolution_cli.render import diff_records

    made: Schema = getattr(diff_records, name)()
    return made


def names() -> tuple[str, ...]:
    """The names ``resolution schema`` accepts, in the registry's order."""
    return tuple(SCHEMAS)


def schema(name: str) -> Schema:
    """The JSON Schema registered as ``name`` (any case). KeyError when there is none."""
    return SCHEMAS[name.lower()]()
