"""The records of the language versions (json, jsonl): ``show --lang`` and ``languages``.

``show REF --lang en,fr`` over several versions: one record per clause and language,
in document order, the languages in the order asked for. A record is the clause
record of ``show`` (:class:`.records.ClauseRecord`: ``id`` is the version's own) with
``row`` (the paragraph's id in the reference version: English if among them, else
the first language; ``lang:id`` for a paragraph only that version has), ``lang``,
``symbol`` and ``missing``: false; where a version has no counterpart of the
paragraph, the record is only ``{"row", "lang", "symbol", "missing": true}`` (no
``id``: the version has none for it). Join the versions on ``row``. Texts are in
logical order (Arabic too), as published.

``languages``: one record per resolution (:class:`LanguagesRecord`).
"""

from __future__ import annotations

import json as _json
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypedDict

from resolution_cli.render.records import clause_record
from resolution_cli.render.schemas import Doc, Raw, Schema, object_schema, record_schema

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.versions import VersionCheck
    from resolution_cli.views import Languages, Parallel

__all__ = [
    "DisagreementRecord",
    "LanguagesRecord",
    "json",
    "jsonl",
    "languages_record",
    "languages_schema",
    "parallel_records",
    "parallel_schema",
]


def parallel_records(view: Parallel) -> list[dict[str, Any]]:
    """One record per clause and language (see the module's docstring)."""
    aligned = view.aligned
    out: list[dict[str, Any]] = []
    for row in aligned.rows:
        for lang, clause in row.clauses.items():
            symbol = aligned.versions[lang].symbol
            if clause is None:
                out.append({"row": row.id, "lang": lang, "symbol": symbol, "missing": True})
            else:
                record: dict[str, Any] = {
                    "row": row.id,
                    "lang": lang,
                    "symbol": symbol,
                    "missing": False,
                }
                record.update(clause_record(clause))
                out.append(record)
    return out


class DisagreementRecord(TypedDict):
    """Where one version differs from the reference version."""

    lang: Annotated[str, Doc("The version's language (ISO 639-1).")]
    kind: Annotated[
        str,
        Doc(
            "clauses (counts), missing (the reference's ids of the paragraphs the version "
            "lacks), extra (the version's ids of those only it has), renumbered (the same "
            "paragraphs under other ids: the reference's, then the version's), footnotes "
            "(counts), symbols (written in full by one and not the other), work (the FRBR "
            "work URIs differ)."
        ),
    ]
    reference: Annotated[str, Doc("What the reference version has (ids space-separated).")]
    value: Annotated[str, Doc("What this version has.")]


_COUNTS = Raw({"type": "object", "additionalProperties": {"type": "integer"}})


class LanguagesRecord(TypedDict):
    """resolution languages: the language versions of one resolution compared."""

    symbol: str
    work: Annotated[str, Doc("The reference version's FRBR work URI.")]
    reference: Annotated[str, Doc("The version the others are compared with: en if given.")]
    langs: Annotated[list[str], Doc("The languages of the versions checked.")]
    agrees: bool
    clauses: Annotated[Any, _COUNTS, Doc("lang -> its number of clauses.")]
    footnotes: Annotated[Any, _COUNTS, Doc("lang -> its number of footnotes.")]
    symbols: Annotated[Any, _COUNTS, Doc("lang -> the number of symbols it writes in full.")]
    disagreements: list[DisagreementRecord]


def languages_record(check: VersionCheck) -> LanguagesRecord:
    return {
        "symbol": check.symbol,
        "work": check.work,
        "reference": check.reference,
        "langs": list(check.langs),
        "agrees": check.agrees,
        "clauses": dict(check.clauses),
        "footnotes": dict(check.footnotes),
        "symbols": dict(check.symbols),
        "disagreements": [
            {"lang": d.lang, "kind": d.kind, "reference": d.reference, "value": d.value}
            for d in check.disagreements
        ],
    }


def _records(view: Parallel | Languages) -> list[Any]:
    from resolution_cli.views import Parallel

    if isinstance(view, Parallel):
        return parallel_records(view)
    return [languages_record(c) for c in view.checks if view.every or not c.agrees]


def json(view: Parallel | Languages, out: TextIO, term: Terminal) -> None:
    """The array of the records."""
    _json.dump(_records(view), out, indent=2, ensure_ascii=False)
    out.write("\n")


def jsonl(view: Parallel | Languages, out: TextIO, term: Terminal) -> None:
    """One record a line."""
    for record in _records(view):
        out.write(_json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")


def parallel_schema() -> Schema:
    """The schema of a ``show --lang`` record: the clause record's keys (optional, absent
    from a missing clause's record) plus row, lang, symbol and missing (required)."""
    from resolution_cli.render.schemas import clause

    base = clause()
    properties = {
        "row": {
            "type": "string",
            "description": "The paragraph's id in the reference version (English if "
            "among the versions, else the first language); 'lang:id' for a paragraph only "
            "that version has. The versions of one paragraph share it.",
        },
        "lang": {"type": "string", "description": "The version's language (ISO 639-1)."},
        "symbol": {"type": "string", "description": "The version's symbol."},
        "missing": {
            "type": "boolean",
            "description": "true: this version has no counterpart of the paragraph (only "
            "row, lang, symbol and missing are given).",
        },
        **base["properties"],
    }
    required = ["row", "lang", "symbol", "missing"]
    schema = object_schema(
        "Parallel clause record",
        "resolution show REF --lang en,fr (several versions): one clause in one language.",
        properties,
        optional=[name for name in properties if name not in required],
    )
    schema["$defs"] = base["$defs"]
    return schema


def languages_schema() -> Schema:
    return record_schema(LanguagesRecord, "Languages record")
