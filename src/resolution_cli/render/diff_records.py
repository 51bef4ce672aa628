"""The records of ``resolution diff`` in the machine formats (json, jsonl): plain dicts.

``--format json`` prints ``{"records": [...], "summary": {...}}``; ``--format jsonl``
prints one record a line, then the summary as the last line (its ``op`` is
``"summary"``). The keys are documented in the README and by ``resolution schema
diff-record`` / ``diff-summary``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolution_cli.render.schemas import NULLABLE_STRING, STRING, STRINGS, object_schema

if TYPE_CHECKING:
    from resolution_cli.diff import DiffRecord, DiffResult, DiffSummary

__all__ = ["diff_document", "diff_lines", "diff_record", "summary_record"]


def diff_record(record: DiffRecord) -> dict[str, Any]:
    """One pair of clauses, or one clause alone."""
    clause = record.clause
    return {
        "op": record.op,
        "old": record.old_id,
        "new": record.new_id,
        "part": clause.part.value,
        "section": clause.section,
        "annex": clause.annex,
        "moved": record.moved,
        "changed": record.changed,
        "similarity": record.similarity,
        "old_text": record.old_text,
        "new_text": record.new_text,
        "diff": [{"op": s.op, "text": s.text} for s in record.diff],
        "verb_old": record.old.verb if record.old else None,
        "verb_new": record.new.verb if record.new else None,
        "footnotes_added": list(record.footnotes_added),
        "footnotes_removed": list(record.footnotes_removed),
        "refs_added": list(record.refs_added),
        "refs_removed": list(record.refs_removed),
        "split_from": record.split_from,
        "merged_into": record.merged_into,
    }


def _change(pair: tuple[Any, Any] | None) -> dict[str, Any] | None:
    if pair is None:
        return None
    old, new = pair
    return {
        "old": list(old) if isinstance(old, tuple) else old,
        "new": list(new) if isinstance(new, tuple) else new,
    }


def summary_record(summary: DiffSummary, differ: bool) -> dict[str, Any]:
    """The summary: counts, words, header changes."""
    return {
        "op": "summary",
        "old": summary.old_symbol,
        "new": summary.new_symbol,
        "differ": differ,
        **{op: count for op, count in summary.counts.items()},
        "words_inserted": summary.words_inserted,
        "words_deleted": summary.words_deleted,
        "title": _change(summary.title),
        "agenda_items": _change(summary.agenda_items),
        "sponsors_added": list(summary.sponsors_added),
        "sponsors_removed": list(summary.sponsors_removed),
        "adoption_type": _change(summary.adoption_type),
        "refs_added": list(summary.refs_added),
        "refs_removed": list(summary.refs_removed),
        "headings": [
            {"where": where, "old": list(old), "new": list(new)}
            for where, old, new in summary.headings
        ],
    }


def diff_document(result: DiffResult) -> dict[str, Any]:
    """``--format json``: the records, then the summary."""
    return {
        "records": [diff_record(r) for r in result.records],
        "summary": summary_record(result.summary, result.differ),
    }


def diff_lines(result: DiffResult) -> list[dict[str, Any]]:
    """``--format jsonl``: the records, the summary last."""
    return [diff_record(r) for r in result.records] + [
        summary_record(result.summary, result.differ)
    ]


# JSON Schemas of the two record types (``resolution schema diff-record``, ``diff-summary``).

_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a diff record."""
    segment = {
        "type": "object",
        "properties": {"op": {"enum": ["equal", "delete", "insert"]}, "text": STRING},
        "required": ["op", "text"],
        "additionalProperties": False,
    }
    return object_schema(
        "Diff record",
        "One pair of clauses of OLD and NEW, or one clause alone (resolution diff).",
        {
            "op": {
                "enum": ["same", "changed", "added", "deleted", "moved"],
                "description": "moved: paired, out of order relative to the other pairs.",
            },
            "old": {**NULLABLE_STRING, "description": "The old clause's id; null when added."},
            "new": {**NULLABLE_STRING, "description": "The new clause's id; null when deleted."},
            "part": {"enum": ["preambular", "operative"]},
            "section": {**NULLABLE_STRING, "description": "Its section's printed number, or null."},
            "annex": {**NULLABLE_STRING, "description": "Its annex's number ('' lone), or null."},
            "moved": {"type": "boolean"},
            "changed": {
                "type": ["boolean", "null"],
                "description": "For a pair: its text or footnotes differ. Null when alone.",
            },
            "similarity": {
                "type": ["number", "null"],
                "description": "The pair's word similarity (0.5 to 1); null when alone.",
            },
            "old_text": {**NULLABLE_STRING, "description": "Clause.all_text() of the old clause."},
            "new_text": {**NULLABLE_STRING, "description": "Clause.all_text() of the new clause."},
            "diff": {
                "type": "array",
                "items": segment,
                "description": "equal+delete texts join to old_text, equal+insert to new_text.",
            },
            "verb_old": NULLABLE_STRING,
            "verb_new": NULLABLE_STRING,
            "footnotes_added": {**STRINGS, "description": "Texts of footnotes cited only by new."},
            "footnotes_removed": {
                **STRINGS,
                "description": "Texts of footnotes cited only by old.",
            },
            "refs_added": {**STRINGS, "description": "Normalized symbols cited only by new."},
            "refs_removed": {**STRINGS, "description": "Normalized symbols cited only by old."},
            "split_from": {
                **NULLABLE_STRING,
                "description": "Added: the old id of the pair whose deleted words it holds.",
            },
            "merged_into": {
                **NULLABLE_STRING,
                "description": "Deleted: the new id of the changed pair its words went into.",
            },
        },
    )


def summary_schema() -> dict[str, Any]:
    """The JSON Schema of the diff's summary."""
    change = {
        "oneOf": [
            {"type": "null"},
            {
                "type": "object",
                "properties": {"old": {}, "new": {}},
                "required": ["old", "new"],
                "additionalProperties": False,
            },
        ]
    }
    return object_schema(
        "Diff summary",
        "The last object of resolution diff: counts, words and header changes.",
        {
            "op": {"const": "summary"},
            "old": {**STRING, "description": "The old resolution's symbol."},
            "new": {**STRING, "description": "The new resolution's symbol."},
            "differ": {"type": "boolean", "description": "Exit status 1 when true, else 0."},
            "same": _COUNT,
            "changed": _COUNT,
            "added": _COUNT,
            "deleted": _COUNT,
            "moved": _COUNT,
            "words_inserted": _COUNT,
            "words_deleted": _COUNT,
            "title": change,
            "agenda_items": change,
            "sponsors_added": STRINGS,
            "sponsors_removed": STRINGS,
            "adoption_type": change,
            "refs_added": STRINGS,
            "refs_removed": STRINGS,
            "headings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"where": STRING, "old": STRINGS, "new": STRINGS},
                    "required": ["where", "old", "new"],
                    "additionalProperties": False,
                },
                "description": "Section headings and annex titles that changed (lines).",
            },
        },
    )
