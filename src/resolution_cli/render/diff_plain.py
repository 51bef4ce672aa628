"""``resolution diff --format plain``: a unified layout, as ``git diff --word-diff=plain``.

::

    --- A/RES/74/19 Oceans and the law of the sea
    +++ A/RES/75/239 Oceans and the law of the sea
    @@ PP1 → PP1 changed @@
    Reaffirming ... resolution [-73/124-]{+74/19+} of ...
    @@ PP2 → PP2 same @@
    @@ PP3 added @@
    {+Taking into account ...+}
    @@ summary @@
    352 same, 54 changed, 19 added, 18 deleted, 1 moved; 1193 words inserted, 1429 deleted

Each record starts with an ``@@ OLD → NEW OP @@`` line (``@@ NEW added @@``,
``@@ OLD deleted @@``; a moved pair that also changed says ``moved, changed``, a
part split off a paragraph ``added, split from OLD``, a paragraph merged into
another ``deleted, merged into NEW``),
followed by its text with ``[-deleted-]`` and ``{+inserted+}`` marks, its lines
as the clause prints them (sub-paragraphs on lines of their own), then one line
for a change of lead phrase and one per footnote added or removed. An unchanged
clause is its ``@@`` line alone, unless ``--all`` asks for its text. The
summary comes last: the counts, then a line per change of the header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from resolution_cli.diff import DiffRecord, DiffResult, DiffSummary
    from resolution_cli.diff.words import Segment

__all__ = [
    "detail_lines",
    "fold_parts",
    "header_line",
    "header_parts",
    "marked",
    "render",
    "summary_lines",
]


def marked(segments: tuple[Segment, ...]) -> str:
    """The segments as one text, ``[-deleted-]`` and ``{+inserted+}``."""
    out = []
    for segment in segments:
        if segment.op == "delete":
            out.append(f"[-{segment.text}-]")
        elif segment.op == "insert":
            out.append(f"{{+{segment.text}+}}")
        else:
            out.append(segment.text)
    return "".join(out)


def header_parts(record: DiffRecord) -> tuple[str, str]:
    """The ids and what happened: (``PP3 → PP4``, ``changed``), (``OP5``, ``added``)."""
    if record.op == "added":
        split = f", split from {record.split_from}" if record.split_from else ""
        return f"{record.new_id}", f"added{split}"
    if record.op == "deleted":
        merged = f", merged into {record.merged_into}" if record.merged_into else ""
        return f"{record.old_id}", f"deleted{merged}"
    label = "moved, changed" if record.op == "moved" and record.changed else record.op
    return f"{record.old_id} → {record.new_id}", label


def header_line(record: DiffRecord) -> str:
    """``PP3 → PP4 changed``, ``OP5 added``, ``OP2 → OP7 moved, changed``."""
    return " ".join(header_parts(record))


def fold_parts(run: list[DiffRecord]) -> tuple[str, str]:
    """A run of unchanged clauses in one line: (``PP2…PP3 → PP2…PP3``, ``2 unchanged``)."""
    first, last = run[0], run[-1]
    if len(run) == 1:
        return f"{first.old_id} → {first.new_id}", "unchanged"
    ids = f"{first.old_id}…{last.old_id} → {first.new_id}…{last.new_id}"
    return ids, f"{len(run)} unchanged"


def detail_lines(record: DiffRecord) -> list[str]:
    """A change of lead phrase, and the footnotes added and removed."""
    lines = []
    old, new = record.old, record.new
    if old is not None and new is not None and old.verb != new.verb:
        lines.append(f"lead phrase: {old.verb or '(none)'} → {new.verb or '(none)'}")
    lines += [f"footnote added: {text}" for text in record.footnotes_added]
    lines += [f"footnote removed: {text}" for text in record.footnotes_removed]
    return lines


def _counts(summary: DiffSummary) -> str:
    counts = ", ".join(f"{n} {op}" for op, n in summary.counts.items())
    return f"{counts}; {summary.words_inserted} words inserted, {summary.words_deleted} deleted"


def summary_lines(summary: DiffSummary) -> list[str]:
    """The counts, then one line per change of the header and of the references."""
    lines = [_counts(summary)]
    if summary.title:
        lines.append(f"title: {summary.title[0]} → {summary.title[1]}")
    if summary.agenda_items:
        old, new = ("; ".join(items) or "(none)" for items in summary.agenda_items)
        lines.append(f"agenda item: {old} → {new}")
    if summary.adoption_type:
        old_type, new_type = summary.adoption_type
        lines.append(f"adoption type: {old_type or '(none)'} → {new_type or '(none)'}")
    for where, old_lines, new_lines in summary.headings:
        name = "heading" if where.startswith("section ") else "title"
        before, after = (" / ".join(lines) or "(none)" for lines in (old_lines, new_lines))
        lines.append(f"{where} {name}: {before} → {after}")
    if summary.sponsors_added:
        lines.append(f"sponsors added: {', '.join(summary.sponsors_added)}")
    if summary.sponsors_removed:
        lines.append(f"sponsors removed: {', '.join(summary.sponsors_removed)}")
    if summary.refs_added:
        lines.append(f"references added: {', '.join(summary.refs_added)}")
    if summary.refs_removed:
        lines.append(f"references removed: {', '.join(summary.refs_removed)}")
    return lines


def render(result: DiffResult, out: TextIO, show_all: bool = False) -> None:
    """Write the diff as plain text."""
    out.write(f"--- {result.old.symbol} {result.old.title}\n")
    out.write(f"+++ {result.new.symbol} {result.new.title}\n")
    for record in result.records:
        out.write(f"@@ {header_line(record)} @@\n")
        if record.op == "same" and not show_all:
            continue
        out.write(marked(record.diff) + "\n")
        for line in detail_lines(record):
            out.write(line + "\n")
    out.write("@@ summary @@\n")
    for line in summary_lines(result.summary):
        out.write(line + "\n")
