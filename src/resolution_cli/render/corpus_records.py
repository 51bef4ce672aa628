"""The records of the corpus views (json, jsonl): plain dicts, stable keys (see the README).

A search hit: ``symbol``, ``id``, ``section``, ``annex``, ``date``, ``session``,
``part``, ``verb``, ``text`` (the clause's whole text, sub-paragraphs one per line:
what the pattern is matched against) and ``matches``. A table row: its fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolution_cli.render.schemas import INT as _I
from resolution_cli.render.schemas import NULLABLE_INT as _NI
from resolution_cli.render.schemas import NULLABLE_STRING as _NS
from resolution_cli.render.schemas import STRING as _S
from resolution_cli.render.schemas import object_schema as _object
from resolution_cli.views import Hits, Rows

if TYPE_CHECKING:
    from resolution_cli.corpus.search import FirstUse, Hit


def hit_record(hit: Hit) -> dict[str, Any]:
    """One search hit."""
    clause = hit.clause
    return {
        "symbol": hit.symbol,
        "id": clause.id,
        "section": clause.section,
        "annex": clause.annex,
        "date": hit.date,
        "session": hit.session,
        "part": clause.part.value,
        "verb": clause.verb,
        "text": clause.text,
        "matches": list(hit.matches),
    }


def first_record(first: FirstUse) -> dict[str, Any]:
    """The ``--first`` summary."""
    return {
        "first": {
            "symbol": first.first.symbol,
            "id": first.first.clause.id,
            "date": first.first.date,
            "session": first.first.session,
        },
        "resolutions": first.resolutions,
        "sessions": first.sessions,
        "per_session": [
            {"session": s, "resolutions": r, "clauses": c} for s, r, c in first.per_session
        ],
    }


def corpus_records(view: Hits | Rows) -> list[Any]:
    """The records of a corpus view, in order (jsonl: one a line)."""
    if isinstance(view, Hits):
        out: list[Any] = [hit_record(hit) for hit in view.hits]
        if view.first is not None:
            out.append(first_record(view.first))
        return out
    return [dict(zip(view.fields, row, strict=True)) for row in view.rows]


def corpus_document(view: Hits | Rows) -> Any:
    """What ``--format json`` prints for a corpus view."""
    if isinstance(view, Hits):
        hits = [hit_record(hit) for hit in view.hits]
        if view.first is None:
            return hits
        return {"hits": hits, **first_record(view.first)}
    if view.document is not None:
        return view.document
    return corpus_records(view)


# --------------------------------------------------------------------------- JSON Schemas

_NUM: dict[str, Any] = {"type": ["number", "null"]}
_DATE: dict[str, Any] = {"type": ["string", "null"], "format": "date"}


def _per_session() -> dict[str, Any]:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"session": _NI, "resolutions": _I, "clauses": _I},
            "required": ["session", "resolutions", "clauses"],
        },
    }


#: The record types of the corpus commands: name -> (title, description, properties).
_TABLES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "corpus-hit": (
        "Search hit",
        "search: one matching clause of an indexed resolution.",
        {
            "symbol": _S,
            "id": _S,
            "section": _NS,
            "annex": _NS,
            "date": _DATE,
            "session": _NI,
            "part": {"enum": ["preambular", "operative"]},
            "verb": _S,
            "text": _S,
            "matches": {"type": "array", "items": _S},
        },
    ),
    "corpus-first": (
        "First use",
        "search --first: the summary after the hits (json: merged with {'hits': [...]}).",
        {
            "first": {
                "type": "object",
                "properties": {"symbol": _S, "id": _S, "date": _DATE, "session": _NI},
                "required": ["symbol", "id", "date", "session"],
            },
            "resolutions": _I,
            "sessions": _I,
            "per_session": _per_session(),
        },
    ),
    "corpus-count": (
        "Search count",
        "search -c: hits per resolution.",
        {"symbol": _S, "count": _I},
    ),
    "corpus-ref": ("Search reference", "search -l: one hit.", {"symbol": _S, "id": _S}),
    "corpus-resolution": (
        "Indexed resolution",
        "corpus list: one indexed resolution.",
        {"symbol": _S, "date": _DATE, "title": _S, "clauses": _I, "adoption": _NS},
    ),
    "cited-by": (
        "Citation",
        "cited-by: one citing clause (id: for a footnote, the clauses citing it).",
        {"symbol": _S, "id": _S, "date": _DATE, "written": _S, "location": _S},
    ),
    "cited-by-count": (
        "Citing resolution",
        "cited-by --count: one citing resolution and its number of citations.",
        {"symbol": _S, "citations": _I, "date": _DATE, "title": _S},
    ),
    "top-cited": (
        "Cited document",
        "corpus top-cited: a document, its kind, citing resolutions and citations.",
        {"document": _S, "kind": _S, "resolutions": _I, "citations": _I},
    ),
    "state-vote": (
        "State's vote",
        "corpus votes --state: a recorded vote and the State's vote on it.",
        {
            "symbol": _S,
            "date": _DATE,
            "title": _S,
            "vote": {"enum": ["yes", "no", "abstain", "absent"]},
        },
    ),
    "agreement": (
        "Agreement",
        "corpus votes --agree (json): how often two States voted alike (jsonl: scope rows).",
        {
            "states": {"type": "array", "items": _S},
            "same": _I,
            "votes": _I,
            "share": _NUM,
            "per_session": {"type": "array"},
        },
    ),
    "corpus-info": (
        "Corpus index",
        "corpus info (json): the index file and its counts.",
        {
            "path": _S,
            "size": _I,
            "schema": _I,
            "files": _I,
            "resolutions": _I,
            "clauses": _I,
            "references": _I,
            "votes": _I,
            "sessions": {"type": "array"},
        },
    ),
}

#: The names ``resolution schema`` knows for the corpus records.
SCHEMA_NAMES = tuple(_TABLES)


def corpus_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the corpus record type ``name``."""
    title, description, properties = _TABLES[name]
    return _object(title, description, properties)
