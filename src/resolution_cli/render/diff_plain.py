"""``resolution diff --format plain``: a line format of its own, for reading and for grep.

::

    old A/RES/74/1 Regional Centre
    new A/RES/75/1 Regional Centre
    changed PP1 -> PP1
        Welcoming {+also +}the report of the Secretary-General on the Regional Centre,
        lead phrase: Welcoming -> Welcoming also
        footnote added: A/75/200.
    unchanged PP2, OP1 (2 clauses)
    added OP2
        {+Decides to include the item in its agenda;+}
    summary 2 same, 1 changed, 1 added, 0 deleted, 0 moved; 7 words inserted, 0 deleted
        references added: A/75/200

Every line that does not start with a space is a header whose first word says
what it is: ``old`` and ``new`` (the two resolutions: symbol and title), then one
line per record in reading order, ``changed OLD -> NEW``, ``moved OLD -> NEW``
(``moved OLD -> NEW (changed)`` when its text changed too), ``added NEW`` (``added
NEW (split from OLD)``), ``deleted OLD`` (``deleted OLD (merged into NEW)``),
``same OLD -> NEW`` (only with ``--all``), ``unchanged IDS (N clauses)`` for a run of
unchanged clauses folded into one line (ids as ranges, ``PP1-PP12, OP1-OP2``;
``OP3-OP4 -> OP4-OP5`` when they were renumbered), and last ``summary`` with the
counts. A pair made under the similarity threshold by the same place, lead phrase and
purpose (``DiffRecord.by_place``) says so: ``changed PP2 -> PP2 (paired by place, lead
phrase and purpose)``. The lines under a header are indented by four spaces: a record's text, as
``git diff --word-diff=plain`` marks it (``[-deleted-]``, ``{+inserted+}``), one line
per line of the clause (its sub-paragraphs on lines of their own), then
``lead phrase: OLD -> NEW`` and one ``footnote added: TEXT`` or ``footnote removed:
TEXT`` line per footnote; under ``summary``, one line per change of the header
(``title:``, ``agenda item:``, ``adoption type:``, ``section II heading:``, ``Annex I
title:``, ``sponsors added:``, ``sponsors removed:``, ``references added:``,
``references removed:``). The format's own marks are ASCII; the resolution's words
are printed as they are. Identical inputs print nothing (exit status 0), as diff(1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.diff_layout import Fold, fold_ids, folded

if TYPE_CHECKING:
    from resolution_cli.diff import DiffRecord, DiffSummary
    from resolution_cli.diff.words import Segment
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Diff

__all__ = [
    "BY_PLACE",
    "INDENT",
    "detail_lines",
    "fold_line",
    "header_line",
    "header_parts",
    "marked",
    "render",
    "summary_lines",
]

#: The indentation of the lines under a header.
INDENT = "    "

#: What a header adds for a pair made under the similarity threshold by
#: :func:`resolution_cli.diff.align.align`'s last pass (``DiffRecord.by_place``).
BY_PLACE = "paired by place, lead phrase and purpose"


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


def header_parts(record: DiffRecord, arrow: str = "->") -> tuple[str, str]:
    """The ids and what happened: (``PP3 -> PP4``, ``changed``), (``OP5``, ``added, split
    from OP4``), (``OP2 -> OP7``, ``moved, changed``): what rich and markdown print."""
    if record.op == "added":
        split = f", split from {record.split_from}" if record.split_from else ""
        return f"{record.new_id}", f"added{split}"
    if record.op == "deleted":
        merged = f", merged into {record.merged_into}" if record.merged_into else ""
        return f"{record.old_id}", f"deleted{merged}"
    label: str = "moved, changed" if record.op == "moved" and record.changed else record.op
    if record.by_place:
        label += f" ({BY_PLACE})"
    return f"{record.old_id} {arrow} {record.new_id}", label


def header_line(record: DiffRecord) -> str:
    """Plain's header of a record: ``changed PP3 -> PP4``, ``added OP5 (split from OP4)``,
    ``deleted OP6 (merged into OP5)``, ``moved OP2 -> OP7 (changed)``, ``changed PP2 ->
    PP2 (paired by place, lead phrase and purpose)``."""
    ids, _ = header_parts(record)
    notes = []
    if record.op == "added" and record.split_from:
        notes.append(f"split from {record.split_from}")
    elif record.op == "deleted" and record.merged_into:
        notes.append(f"merged into {record.merged_into}")
    elif record.op == "moved" and record.changed:
        notes.append("changed")
    if record.by_place:
        notes.append(BY_PLACE)
    note = f" ({'; '.join(notes)})" if notes else ""
    return f"{record.op} {ids}{note}"


def fold_line(fold: Fold) -> str:
    """Plain's line for a run of unchanged clauses: ``unchanged PP1-PP12, OP1 (13 clauses)``."""
    n = len(fold.records)
    return f"unchanged {fold_ids(fold)} ({n} clause{'s' if n != 1 else ''})"


def detail_lines(record: DiffRecord, arrow: str = "->") -> list[str]:
    """A change of lead phrase, and the footnotes added and removed."""
    lines = []
    old, new = record.old, record.new
    if old is not None and new is not None and old.lead != new.lead:
        lines.append(f"lead phrase: {old.lead or '(none)'} {arrow} {new.lead or '(none)'}")
    lines += [f"footnote added: {text}" for text in record.footnotes_added]
    lines += [f"footnote removed: {text}" for text in record.footnotes_removed]
    return lines


def _counts(summary: DiffSummary) -> str:
    counts = ", ".join(f"{n} {op}" for op, n in summary.counts.items())
    return f"{counts}; {summary.words_inserted} words inserted, {summary.words_deleted} deleted"


def summary_lines(summary: DiffSummary, arrow: str = "->") -> list[str]:
    """The counts, then one line per change of the header and of the references."""
    lines = [_counts(summary)]
    if summary.title:
        lines.append(f"title: {summary.title[0]} {arrow} {summary.title[1]}")
    if summary.agenda_items:
        old, new = ("; ".join(items) or "(none)" for items in summary.agenda_items)
        lines.append(f"agenda item: {old} {arrow} {new}")
    if summary.adoption_type:
        old_type, new_type = summary.adoption_type
        lines.append(f"adoption type: {old_type or '(none)'} {arrow} {new_type or '(none)'}")
    for where, old_lines, new_lines in summary.headings:
        name = "heading" if where.startswith("section ") else "title"
        before, after = (" / ".join(lines) or "(none)" for lines in (old_lines, new_lines))
        lines.append(f"{where} {name}: {before} {arrow} {after}")
    if summary.sponsors_added:
        lines.append(f"sponsors added: {', '.join(summary.sponsors_added)}")
    if summary.sponsors_removed:
        lines.append(f"sponsors removed: {', '.join(summary.sponsors_removed)}")
    if summary.refs_added:
        lines.append(f"references added: {', '.join(summary.refs_added)}")
    if summary.refs_removed:
        lines.append(f"references removed: {', '.join(summary.refs_removed)}")
    return lines


def render(view: Diff, out: TextIO, term: Terminal) -> None:
    """Write the diff as plain text; nothing when the versions do not differ."""
    result = view.result
    if not result.differ and not view.show_all:
        return
    out.write(f"old {result.old.symbol} {result.old.title}\n")
    out.write(f"new {result.new.symbol} {result.new.title}\n")
    for item in folded(result.records, view.show_all):
        if isinstance(item, Fold):
            out.write(fold_line(item) + "\n")
            continue
        out.write(header_line(item) + "\n")
        body = (marked(item.diff).split("\n") if item.diff else []) + detail_lines(item)
        out.writelines(f"{INDENT}{line}\n" if line else "\n" for line in body)
    counts, *changes = summary_lines(result.summary)
    out.write(f"summary {counts}\n")
    out.writelines(f"{INDENT}{line}\n" for line in changes)
