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

__all__ = [
    "DRAFT",
    "INT",
    "NULLABLE_INT",
    "NULLABLE_STRING",
    "SCHEMAS",
    "STRING",
    "STRINGS",
    "names",
    "object_schema",
    "schema",
]

Schema = dict[str, Any]

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def object_schema(title: str, description: str, properties: Schema, **extra: Any) -> Schema:
    """An object schema whose every property is required (records always carry their keys),
    but those named in ``optional``. Every record schema (also of the corpus and of diff)
    is made by this function, and of the type constants below."""
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


def resolution() -> Schema:
    """The model of a resolution, as pydantic writes its JSON Schema."""
    from resolution_cli.model import Resolution

    return Resolution.model_json_schema()


def _marker() -> Schema:
    return {
        "type": "object",
        "properties": {"number": INT, "offset": INT},
        "required": ["number", "offset"],
        "additionalProperties": False,
    }


def clause() -> Schema:
    """A clause record (``list``, ``show REF``, ``grep``, ``show`` in jsonl)."""
    from resolution_cli.model import SubParagraph

    sub = SubParagraph.model_json_schema(ref_template="#/$defs/{model}")
    defs = dict(sub.pop("$defs", {}))
    defs["SubParagraph"] = sub
    schema = object_schema(
        "Clause record",
        "One clause of a resolution, of one of its sections or of one of its annexes.",
        {
            "id": {
                **STRING,
                "description": "PP1, OP2; II.PP1, II.OP5 in a section; annex.12, annexII.3, "
                "annex.art5.2, annex.PP1 in an annex.",
            },
            "part": {"enum": ["preambular", "operative"]},
            "number": {**INT, "description": "Its position in its part, from 1."},
            "num": {**NULLABLE_STRING, "description": "Its number as printed ('1.')."},
            "verb": {**STRING, "description": "Its lead phrase, '' if none."},
            "text": {**STRING, "description": "Its text as published, before sub-paragraphs."},
            "footnotes": {"type": "array", "items": INT},
            "markers": {"type": "array", "items": _marker()},
            "subparagraphs": {"type": "array", "items": {"$ref": "#/$defs/SubParagraph"}},
            "wrap_up": NULLABLE_STRING,
            "headings": STRINGS,
            "section": {
                **NULLABLE_STRING,
                "description": "The printed number of its section ('II'); null outside sections.",
            },
            "annex": {
                **NULLABLE_STRING,
                "description": "null outside annexes; the annex's printed number ('I', 'II'), "
                "'' for a lone 'Annex', 'I.appendix' for an annex inside an annex.",
            },
            "article": {
                **NULLABLE_STRING,
                "description": "Annex records only: the number of its article, or null.",
            },
            "matches": {**STRINGS, "description": "grep only: the text of each match."},
        },
        optional=("article", "matches"),
    )
    schema["$defs"] = defs
    return schema


def vote_counts() -> Schema:
    return {
        "type": ["object", "null"],
        "properties": {
            "in_favour": NULLABLE_INT,
            "against": NULLABLE_INT,
            "abstaining": NULLABLE_INT,
            "non_voting": NULLABLE_INT,
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
        "preambular": INT,
        "operative": INT,
        "footnotes": INT,
        "sections": INT,
        "annexes": INT,
        "annex_paragraphs": INT,
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


def vote() -> Schema:
    """A ``votes`` record: one State and how it voted."""
    return object_schema(
        "Vote record",
        "resolution votes --format json|jsonl: one State and its vote.",
        {
            "state": {**STRING, "description": "The State's name, as the file prints it."},
            "vote": {"enum": ["yes", "no", "abstain", "absent"]},
        },
    )


def verb() -> Schema:
    return object_schema(
        "Verb record",
        "resolution verbs: one lead phrase, how often and by which clauses it is used.",
        {"verb": STRING, "count": INT, "ids": STRINGS},
    )


def footnote() -> Schema:
    return object_schema(
        "Footnote record",
        "resolution footnotes: one footnote and the ids of the clauses that cite it.",
        {"number": INT, "text": STRING, "cited_by": STRINGS},
    )


def reference() -> Schema:
    return object_schema(
        "Reference record",
        "resolution refs: one UN document symbol cited, and where.",
        {
            "written": STRING,
            "normalized": STRING,
            "kind": STRING,
            "url": STRING,
            "location": STRING,
            "cited_by": STRINGS,
            "parts": STRINGS,
            "field": STRING,
            "start": NULLABLE_INT,
            "end": NULLABLE_INT,
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
    "lineage-record": lambda: _lineage("lineage_record_schema"),
    "history-step": lambda: _lineage("history_step_schema"),
    "history-summary": lambda: _lineage("history_summary_schema"),
}


def _lineage(name: str) -> Schema:
    """The schemas of ``lineage`` and ``history``'s records, kept beside them."""
    from resolution_cli.render import lineage_records

    made: Schema = getattr(lineage_records, name)()
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
