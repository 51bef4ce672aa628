"""The JSON Schemas that ``resolution schema [NAME]`` prints: one registry, name -> schema.

``resolution schema`` with no NAME prints ``resolution`` (the model, what ``--file``
reads and ``export --format json`` writes); the other names describe the records of
the machine formats (``--format json|jsonl``), whose keys the README documents.

How to add a record type (the corpus and diff commands do this for theirs):

1. write a function of no argument that returns the JSON Schema (a dict) of one
   record, with ``title`` and ``description`` set; import heavy modules (pydantic,
   the model) inside it, never at the top of this module;
2. add it to :data:`SCHEMAS` under a short lower-case name (``"corpus-hit"``);
3. add a test that a record your command prints validates against it, and name it
   in the README's "JSON fields" section.

The registry is a plain dict so that ``--help`` and ``schema --help`` stay light:
nothing is computed until a schema is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SCHEMAS", "names", "schema"]

Schema = dict[str, Any]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _record(title: str, description: str, properties: Schema, **extra: Any) -> Schema:
    """An object schema whose every property is required (records always carry their keys)."""
    return {
        "$schema": _DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in extra.get("optional", ())],
        "additionalProperties": False,
    }


_STRING: Schema = {"type": "string"}
_NULLABLE_STRING: Schema = {"type": ["string", "null"]}
_INT: Schema = {"type": "integer"}
_NULLABLE_INT: Schema = {"type": ["integer", "null"]}
_STRINGS: Schema = {"type": "array", "items": _STRING}


def resolution() -> Schema:
    """The model of a resolution, as pydantic writes its JSON Schema."""
    from resolution_cli.model import Resolution

    return Resolution.model_json_schema()


def _marker() -> Schema:
    return {
        "type": "object",
        "properties": {"number": _INT, "offset": _INT},
        "required": ["number", "offset"],
        "additionalProperties": False,
    }


def clause() -> Schema:
    """A clause record (``list``, ``show REF``, ``grep``, ``show`` in jsonl)."""
    from resolution_cli.model import SubParagraph

    sub = SubParagraph.model_json_schema(ref_template="#/$defs/{model}")
    defs = dict(sub.pop("$defs", {}))
    defs["SubParagraph"] = sub
    schema = _record(
        "Clause record",
        "One clause of a resolution, of one of its sections or of one of its annexes.",
        {
            "id": {
                **_STRING,
                "description": "PP1, OP2; II.PP1, II.OP5 in a section; annex.12, annexII.3, "
                "annex.art5.2, annex.PP1 in an annex.",
            },
            "part": {"enum": ["preambular", "operative"]},
            "number": {**_INT, "description": "Its position in its part, from 1."},
            "num": {**_NULLABLE_STRING, "description": "Its number as printed ('1.')."},
            "verb": {**_STRING, "description": "Its lead phrase, '' if none."},
            "text": {**_STRING, "description": "Its text as published, before sub-paragraphs."},
            "footnotes": {"type": "array", "items": _INT},
            "markers": {"type": "array", "items": _marker()},
            "subparagraphs": {"type": "array", "items": {"$ref": "#/$defs/SubParagraph"}},
            "wrap_up": _NULLABLE_STRING,
            "headings": _STRINGS,
            "section": {
                **_NULLABLE_STRING,
                "description": "The printed number of its section ('II'); null outside sections.",
            },
            "annex": {
                **_NULLABLE_STRING,
                "description": "null outside annexes; the annex's printed number ('I', 'II'), "
                "'' for a lone 'Annex', 'I.appendix' for an annex inside an annex.",
            },
            "article": {
                **_NULLABLE_STRING,
                "description": "Annex records only: the number of its article, or null.",
            },
            "matches": {**_STRINGS, "description": "grep only: the text of each match."},
        },
        optional=("article", "matches"),
    )
    schema["$defs"] = defs
    return schema


def vote_counts() -> Schema:
    return {
        "type": ["object", "null"],
        "properties": {
            "in_favour": _NULLABLE_INT,
            "against": _NULLABLE_INT,
            "abstaining": _NULLABLE_INT,
            "non_voting": _NULLABLE_INT,
        },
        "required": ["in_favour", "against", "abstaining", "non_voting"],
        "additionalProperties": False,
    }


def info() -> Schema:
    """The ``info`` record: the model's metadata, the vote counts and the clause counts."""
    from resolution_cli.model import Resolution

    model = Resolution.model_json_schema(ref_template="#/$defs/{model}")
    omitted = {"preamble", "operative", "footnotes", "sections", "annexes", "vote"}
    properties: Schema = {
        name: value for name, value in model["properties"].items() if name not in omitted
    }
    properties["vote"] = {
        **vote_counts(),
        "description": "Present after a recorded vote: its counts ('resolution votes' lists "
        "the States).",
    }
    counts = {
        "preambular": _INT,
        "operative": _INT,
        "footnotes": _INT,
        "sections": _INT,
        "annexes": _INT,
        "annex_paragraphs": _INT,
    }
    properties["counts"] = {
        "type": "object",
        "description": "preambular and operative count the resolution itself (its sections "
        "included, its annexes not); sections, annexes and annex_paragraphs are present "
        "only when it has sections or annexes.",
        "properties": counts,
        "required": ["preambular", "operative", "footnotes"],
        "additionalProperties": False,
    }
    schema: Schema = {
        "$schema": _DRAFT,
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


def vote() -> Schema:
    """A ``votes`` record: one State and how it voted."""
    return _record(
        "Vote record",
        "resolution votes --format json|jsonl: one State and its vote.",
        {
            "state": {**_STRING, "description": "The State's name, as the file prints it."},
            "vote": {"enum": ["yes", "no", "abstain", "absent"]},
        },
    )


def verb() -> Schema:
    return _record(
        "Verb record",
        "resolution verbs: one lead phrase, how often and by which clauses it is used.",
        {"verb": _STRING, "count": _INT, "ids": _STRINGS},
    )


def footnote() -> Schema:
    return _record(
        "Footnote record",
        "resolution footnotes: one footnote and the ids of the clauses that cite it.",
        {"number": _INT, "text": _STRING, "cited_by": _STRINGS},
    )


def reference() -> Schema:
    return _record(
        "Reference record",
        "resolution refs: one UN document symbol cited, and where.",
        {
            "written": _STRING,
            "normalized": _STRING,
            "kind": _STRING,
            "url": _STRING,
            "location": _STRING,
            "cited_by": _STRINGS,
            "parts": _STRINGS,
            "field": _STRING,
            "start": _NULLABLE_INT,
            "end": _NULLABLE_INT,
        },
    )


#: name -> a function returning that record's JSON Schema. ``resolution`` is the default.
SCHEMAS: dict[str, Callable[[], Schema]] = {
    "resolution": resolution,
    "clause": clause,
    "info": info,
    "vote": vote,
    "verb": verb,
    "footnote": footnote,
    "ref": reference,
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
}


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
