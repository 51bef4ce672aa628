"""The records of ``resolution diff`` in the machine formats (json, jsonl): plain dicts.

``--format json`` prints ``{"records": [...], "summary": {...}}``; ``--format jsonl``
prints one record a line, then the summary as the last line (its ``op`` is
``"summary"``). The keys are documented in the README and by ``resolution schema
diff-record`` / ``diff-summary``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypedDict

from resolution_cli.render.schemas import Doc, Extra, Raw, object_schema

if TYPE_CHECKING:
    from resolution_cli.diff import DiffRecord, DiffResult, DiffSummary

__all__ = [
    "DiffRecordDict",
    "DiffSummaryDict",
    "diff_document",
    "diff_lines",
    "diff_record",
    "summary_record",
]


class SegmentDict(TypedDict):
    op: Literal["equal", "delete", "insert"]
    text: str


class DiffRecordDict(TypedDict):
    """One pair of clauses of OLD and NEW, or one clause alone (resolution diff)."""

    op: Annotated[
        Literal["same", "changed", "added", "deleted", "moved"],
        Doc("moved: paired, out of order relative to the other pairs."),
    ]
    old: Annotated[str | None, Doc("The old clause's id; null when added.")]
    new: Annotated[str | None, Doc("The new clause's id; null when deleted.")]
    part: Literal["preambular", "operative"]
    section: Annotated[str | None, Doc("Its section's printed number, or null.")]
    annex: Annotated[str | None, Doc("Its annex's number ('' lone), or null.")]
    moved: bool
    changed: Annotated[
        bool | None, Doc("For a pair: its text or footnotes differ. Null when alone.")
    ]
    similarity: Annotated[
        float | None,
        Doc("The pair's word similarity, 0.25 to 1 (under 0.5 only when by_place); null alone."),
    ]
    by_place: Annotated[
        bool,
        Doc("Paired under 0.5 by the same place, lead phrase and purpose (a changed pair)."),
    ]
    old_text: Annotated[str | None, Doc("Clause.all_text() of the old clause.")]
    new_text: Annotated[str | None, Doc("Clause.all_text() of the new clause.")]
    diff: Annotated[
        list[SegmentDict],
        Doc("equal+delete texts join to old_text, equal+insert to new_text."),
    ]
    verb_old: str | None
    verb_new: str | None
    footnotes_added: Annotated[list[str], Doc("Texts of footnotes cited only by new.")]
    footnotes_removed: Annotated[list[str], Doc("Texts of footnotes cited only by old.")]
    refs_added: Annotated[list[str], Doc("Normalized symbols cited only by new.")]
    refs_removed: Annotated[list[str], Doc("Normalized symbols cited only by old.")]
    split_from: Annotated[
        str | None, Doc("Added: the old id of the pair whose deleted words it holds.")
    ]
    merged_into: Annotated[
        str | None, Doc("Deleted: the new id of the changed pair its words went into.")
    ]


class ChangeDict(TypedDict):
    old: Any
    new: Any


#: A header field that changed: {old, new}, or null when it did not.
_CHANGE = Raw(
    {
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
)
_Count = Annotated[int, Extra(minimum=0)]


class HeadingChangeDict(TypedDict):
    where: str
    old: list[str]
    new: list[str]


class DiffSummaryDict(TypedDict):
    """The last object of resolution diff: counts, words and header changes."""

    op: Literal["summary"]
    old: Annotated[str, Doc("The old resolution's symbol.")]
    new: Annotated[str, Doc("The new resolution's symbol.")]
    differ: Annotated[bool, Doc("Exit status 1 when true, else 0.")]
    same: _Count
    changed: _Count
    added: _Count
    deleted: _Count
    moved: _Count
    words_inserted: _Count
    words_deleted: _Count
    title: Annotated[ChangeDict | None, _CHANGE]
    agenda_items: Annotated[ChangeDict | None, _CHANGE]
    sponsors_added: list[str]
    sponsors_removed: list[str]
    adoption_type: Annotated[ChangeDict | None, _CHANGE]
    refs_added: list[str]
    refs_removed: list[str]
    headings: Annotated[
        list[HeadingChangeDict],
        Doc("Section headings and annex titles that changed (lines)."),
    ]


def diff_record(record: DiffRecord) -> DiffRecordDict:
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
        "by_place": record.by_place,
        "old_text": record.old_text,
        "new_text": record.new_text,
        "diff": [{"op": s.op, "text": s.text} for s in record.diff],
        "verb_old": record.old.lead if record.old else None,
        "verb_new": record.new.lead if record.new else None,
        "footnotes_added": list(record.footnotes_added),
        "footnotes_removed": list(record.footnotes_removed),
        "refs_added": list(record.refs_added),
        "refs_removed": list(record.refs_removed),
        "split_from": record.split_from,
        "merged_into": record.merged_into,
    }


def _change(pair: tuple[Any, Any] | None) -> ChangeDict | None:
    if pair is None:
        return None
    old, new = pair
    return {
        "old": list(old) if isinstance(old, tuple) else old,
        "new": list(new) if isinstance(new, tuple) else new,
    }


def summary_record(summary: DiffSummary, differ: bool) -> DiffSummaryDict:
    """The summary: counts, words, header changes."""
    counts = summary.counts
    return {
        "op": "summary",
        "old": summary.old_symbol,
        "new": summary.new_symbol,
        "differ": differ,
        "same": counts["same"],
        "changed": counts["changed"],
        "added": counts["added"],
        "deleted": counts["deleted"],
        "moved": counts["moved"],
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


def diff_lines(result: DiffResult) -> list[Any]:
    """``--format jsonl``: the records, the summary last."""
    return [diff_record(r) for r in result.records] + [
        summary_record(result.summary, result.differ)
    ]


# JSON Schemas of the two record types (``resolution schema diff-record``, ``diff-summary``),
# derived from DiffRecordDict and DiffSummaryDict.


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a diff record."""
    return object_schema(
        "Diff record",
        "One pair of clauses of OLD and NEW, or one clause alone (resolution diff).",
        DiffRecordDict,
    )


def summary_schema() -> dict[str, Any]:
    """The JSON Schema of the diff's summary."""
    return object_schema(
        "Diff summary",
        "The last object of resolution diff: counts, words and header changes.",
        DiffSummaryDict,
    )
