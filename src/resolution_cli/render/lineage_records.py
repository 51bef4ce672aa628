"""The records of ``lineage`` and ``history`` in the machine formats (json, jsonl).

- ``lineage``: one record per version (``resolution schema lineage-record``); json
  prints ``{"symbol": ..., "versions": [...]}``, jsonl one version a line.
- ``history``: one record per step (``history-step``), then the summary
  (``history-summary``, its ``op`` is ``"summary"``); json prints the summary's
  fields with ``"steps": [...]``, jsonl the steps then the summary as the last line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolution_cli.render.schemas import (
    INT,
    NULLABLE_INT,
    NULLABLE_STRING,
    STRING,
    STRINGS,
    object_schema,
)

if TYPE_CHECKING:
    from resolution_cli.corpus.history import History, Step
    from resolution_cli.corpus.lineage import Lineage, Version

__all__ = [
    "history_document",
    "history_lines",
    "history_step_schema",
    "history_summary_schema",
    "lineage_document",
    "lineage_lines",
    "lineage_record_schema",
    "step_record",
    "version_record",
]


def version_record(version: Version) -> dict[str, Any]:
    """One version of the chain."""
    votes = None
    if version.in_favour is not None or version.against is not None:
        votes = {
            "in_favour": version.in_favour,
            "against": version.against,
            "abstaining": version.abstaining,
        }
    return {
        "symbol": version.symbol,
        "session": version.session,
        "date": version.date,
        "title": version.title,
        "adoption_type": version.adoption_type,
        "votes": votes,
        "clauses": version.clauses,
        "agenda_items": list(version.agenda_items),
        "previous": [
            {
                "symbol": link.previous,
                "reasons": list(link.reasons),
                "cited_in": link.cited_in,
                "competing": link.competing,
            }
            for link in version.links
        ],
        "competing": list(version.competing),
        "note": version.note,
    }


def lineage_document(lineage: Lineage) -> dict[str, Any]:
    return {"symbol": lineage.symbol, "versions": lineage_lines(lineage)}


def lineage_lines(lineage: Lineage) -> list[dict[str, Any]]:
    return [version_record(v) for v in lineage.versions]


def step_record(step: Step) -> dict[str, Any]:
    """The paragraph in one version."""
    return {
        "op": step.op,
        "symbol": step.symbol,
        "session": step.session,
        "date": step.date,
        "id": step.id,
        "previous_id": step.previous_id,
        "text": step.text,
        "diff": [{"op": s.op, "text": s.text} for s in step.diff],
        "similarity": step.similarity,
        "by_place": step.by_place,
        "split_from": step.split_from,
        "footnotes_added": list(step.footnotes_added),
        "footnotes_removed": list(step.footnotes_removed),
        "note": step.note,
    }


def _summary(history: History) -> dict[str, Any]:
    first = history.first
    return {
        "op": "summary",
        "symbol": history.symbol,
        "id": history.id,
        "first": {"symbol": first.symbol, "id": first.id, "date": first.date},
        "absent_before": history.absent_before,
        "gone_from": history.gone_from,
        "merged_into": history.merged_into,
        "gone_note": history.gone_note,
    }


def history_document(history: History) -> dict[str, Any]:
    summary = _summary(history)
    del summary["op"]
    return {**summary, "steps": [step_record(s) for s in history.steps]}


def history_lines(history: History) -> list[dict[str, Any]]:
    return [step_record(s) for s in history.steps] + [_summary(history)]


# --------------------------------------------------------------------------- JSON Schemas

_DATE: dict[str, Any] = {"type": ["string", "null"], "format": "date"}


def lineage_record_schema() -> dict[str, Any]:
    """``resolution schema lineage-record``."""
    link = {
        "type": "object",
        "properties": {
            "symbol": STRING,
            "reasons": {
                "type": "array",
                "items": {"enum": ["title", "citation", "agenda item"]},
            },
            "cited_in": {
                **NULLABLE_STRING,
                "description": "The id of the clause citing it as its own resolution.",
            },
            "competing": {"type": "boolean"},
        },
        "required": ["symbol", "reasons", "cited_in", "competing"],
        "additionalProperties": False,
    }
    votes = {
        "type": ["object", "null"],
        "properties": {
            "in_favour": NULLABLE_INT,
            "against": NULLABLE_INT,
            "abstaining": NULLABLE_INT,
        },
        "required": ["in_favour", "against", "abstaining"],
        "additionalProperties": False,
    }
    return object_schema(
        "Lineage record",
        "resolution lineage: one version of a resolution, and why it follows the earlier one.",
        {
            "symbol": STRING,
            "session": NULLABLE_INT,
            "date": _DATE,
            "title": STRING,
            "adoption_type": NULLABLE_STRING,
            "votes": {**votes, "description": "The counts of a recorded vote, else null."},
            "clauses": INT,
            "agenda_items": STRINGS,
            "previous": {
                "type": "array",
                "items": link,
                "description": "The versions just before it (two or more: competing).",
            },
            "competing": {
                **STRINGS,
                "description": "Other resolutions of its session under its title.",
            },
            "note": NULLABLE_STRING,
        },
    )


def history_step_schema() -> dict[str, Any]:
    """``resolution schema history-step``."""
    segment = {
        "type": "object",
        "properties": {"op": {"enum": ["equal", "delete", "insert"]}, "text": STRING},
        "required": ["op", "text"],
        "additionalProperties": False,
    }
    return object_schema(
        "History step",
        "resolution history: the paragraph in one version, and its changes against the "
        "version before.",
        {
            "op": {"enum": ["first", "same", "changed", "moved"]},
            "symbol": STRING,
            "session": NULLABLE_INT,
            "date": _DATE,
            "id": {**STRING, "description": "Its id in this version."},
            "previous_id": NULLABLE_STRING,
            "text": STRING,
            "diff": {"type": "array", "items": segment},
            "similarity": {"type": ["number", "null"]},
            "by_place": {"type": "boolean"},
            "split_from": NULLABLE_STRING,
            "footnotes_added": STRINGS,
            "footnotes_removed": STRINGS,
            "note": NULLABLE_STRING,
        },
    )


def history_summary_schema() -> dict[str, Any]:
    """``resolution schema history-summary``."""
    return object_schema(
        "History summary",
        "The last line of resolution history --format jsonl (json: its fields and 'steps').",
        {
            "op": {"const": "summary"},
            "symbol": STRING,
            "id": STRING,
            "first": {
                "type": "object",
                "properties": {"symbol": STRING, "id": STRING, "date": _DATE},
                "required": ["symbol", "id", "date"],
                "additionalProperties": False,
            },
            "absent_before": NULLABLE_STRING,
            "gone_from": NULLABLE_STRING,
            "merged_into": NULLABLE_STRING,
            "gone_note": NULLABLE_STRING,
        },
    )
