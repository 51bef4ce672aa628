"""The records of ``lineage`` and ``history`` in the machine formats (json, jsonl).

- ``lineage``: one record per version (``resolution schema lineage-record``); json
  prints ``{"symbol": ..., "versions": [...]}``, jsonl one version a line.
- ``history``: one record per step (``history-step``), then the summary
  (``history-summary``, its ``op`` is ``"summary"``); json prints the summary's
  fields with ``"steps": [...]``, jsonl the steps then the summary as the last line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypedDict

from resolution_cli.render.schemas import Doc, Extra, Raw, record_schema

if TYPE_CHECKING:
    from resolution_cli.corpus.history import History, Step
    from resolution_cli.corpus.lineage import Lineage, Version

__all__ = [
    "HistoryStepDict",
    "HistorySummaryDict",
    "LineageRecordDict",
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

_Date = Annotated[str | None, Extra(format="date")]


class _PreviousDict(TypedDict):
    symbol: str
    reasons: Annotated[
        list[str],
        Raw({"type": "array", "items": {"enum": ["title", "citation", "agenda item"]}}),
    ]
    cited_in: Annotated[str | None, Doc("The id of the clause citing it as its own resolution.")]
    competing: bool


class _VotesDict(TypedDict):
    in_favour: int | None
    against: int | None
    abstaining: int | None


class LineageRecordDict(TypedDict):
    """resolution lineage: one version of a resolution, and why it follows the earlier one."""

    symbol: str
    session: int | None
    date: _Date
    title: str
    adoption_type: str | None
    votes: Annotated[_VotesDict | None, Doc("The counts of a recorded vote, else null.")]
    clauses: int
    agenda_items: list[str]
    previous: Annotated[
        list[_PreviousDict], Doc("The versions just before it (two or more: competing).")
    ]
    competing: Annotated[list[str], Doc("Other resolutions of its session under its title.")]
    note: str | None


class LineageDocumentDict(TypedDict):
    symbol: str
    versions: list[LineageRecordDict]


class _SegmentDict(TypedDict):
    op: Literal["equal", "delete", "insert"]
    text: str


class HistoryStepDict(TypedDict):
    """resolution history: the paragraph in one version, and its changes against the
    version before."""

    op: Annotated[str, Raw({"enum": ["first", "same", "changed", "moved"]})]
    symbol: str
    session: int | None
    date: _Date
    id: Annotated[str, Doc("Its id in this version.")]
    previous_id: str | None
    text: str
    diff: list[_SegmentDict]
    similarity: float | None
    by_place: bool
    split_from: str | None
    footnotes_added: list[str]
    footnotes_removed: list[str]
    note: str | None


class _FirstDict(TypedDict):
    symbol: str
    id: str
    date: _Date


class _HistoryFactsDict(TypedDict):
    symbol: str
    id: str
    first: _FirstDict
    absent_before: str | None
    gone_from: str | None
    merged_into: str | None
    gone_note: str | None


class HistoryDocumentDict(_HistoryFactsDict):
    """resolution history --format json: the summary's facts and the steps."""

    steps: list[HistoryStepDict]


class HistorySummaryDict(_HistoryFactsDict):
    """The last line of resolution history --format jsonl (json: its fields and 'steps')."""

    op: Literal["summary"]


def version_record(version: Version) -> LineageRecordDict:
    """One version of the chain."""
    votes: _VotesDict | None = None
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


def lineage_document(lineage: Lineage) -> LineageDocumentDict:
    return {"symbol": lineage.symbol, "versions": lineage_lines(lineage)}


def lineage_lines(lineage: Lineage) -> list[LineageRecordDict]:
    return [version_record(v) for v in lineage.versions]


def step_record(step: Step) -> HistoryStepDict:
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


def _summary(history: History) -> HistorySummaryDict:
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


def history_document(history: History) -> HistoryDocumentDict:
    summary = _summary(history)
    return {
        "symbol": summary["symbol"],
        "id": summary["id"],
        "first": summary["first"],
        "absent_before": summary["absent_before"],
        "gone_from": summary["gone_from"],
        "merged_into": summary["merged_into"],
        "gone_note": summary["gone_note"],
        "steps": [step_record(s) for s in history.steps],
    }


def history_lines(history: History) -> list[HistoryStepDict | HistorySummaryDict]:
    return [*map(step_record, history.steps), _summary(history)]


# --------------------------------------------------------------------------- JSON Schemas


def lineage_record_schema() -> dict[str, object]:
    """``resolution schema lineage-record``: derived from :class:`LineageRecordDict`."""
    return record_schema(LineageRecordDict, "Lineage record")


def history_step_schema() -> dict[str, object]:
    """``resolution schema history-step``: derived from :class:`HistoryStepDict`."""
    return record_schema(HistoryStepDict, "History step")


def history_summary_schema() -> dict[str, object]:
    """``resolution schema history-summary``: derived from :class:`HistorySummaryDict`."""
    return record_schema(HistorySummaryDict, "History summary")
