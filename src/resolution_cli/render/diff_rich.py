"""``resolution diff --format rich``: the terminal layout of a diff.

Each record that differs is its ids (``OP2 → OP3``) and what happened, then its
text with deletions in red strike-through and insertions in green underline,
then a change of lead phrase and the footnotes added or removed. A run of
unchanged clauses is folded into one dim line (``--all`` prints them whole).
The summary comes last. Where escape codes may not be written (a pipe, NO_COLOR,
TERM=dumb), deletions and insertions keep plain's ``[-…-]`` and ``{+…+}`` marks,
so that nothing is lost without colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from resolution_cli.render.diff_plain import (
    detail_lines,
    fold_parts,
    header_parts,
    summary_lines,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from resolution_cli.diff import DiffRecord, DiffResult

__all__ = ["items"]

_OP_STYLES = {
    "same": "dim",
    "changed": "yellow",
    "added": "green",
    "deleted": "red",
    "moved": "cyan",
}


def _text(record: DiffRecord, styled: bool) -> Text:
    text = Text()
    for segment in record.diff:
        if segment.op == "delete":
            text.append(segment.text if styled else f"[-{segment.text}-]", style="red strike")
        elif segment.op == "insert":
            text.append(
                segment.text if styled else f"{{+{segment.text}+}}", style="green underline"
            )
        else:
            text.append(segment.text)
    return text


def _head(record: DiffRecord) -> Text:
    ids, label = header_parts(record)
    return Text.assemble((ids, "bold magenta"), " ", (label, _OP_STYLES[record.op]))


def _fold(run: list[DiffRecord]) -> Text:
    ids, count = fold_parts(run)
    return Text.assemble((f"{ids} ", "magenta"), (count, "dim"))


def items(result: DiffResult, styled: bool, show_all: bool = False) -> list[RenderableType]:
    """The renderables of the diff, in order."""
    out: list[RenderableType] = [
        Text.assemble(("- ", "red"), (result.old.symbol, "bold"), f" {result.old.title}"),
        Text.assemble(("+ ", "green"), (result.new.symbol, "bold"), f" {result.new.title}"),
    ]
    run: list[DiffRecord] = []
    for record in result.records:
        if record.op == "same" and not show_all:
            run.append(record)
            continue
        if run:
            out += [Text(""), _fold(run)]
            run = []
        out += [Text(""), _head(record), _text(record, styled)]
        for line in detail_lines(record):
            style = (
                "green" if line.startswith("footnote added") else "red" if "removed" in line else ""
            )
            out.append(Text(line, style=f"dim {style}".strip()))
    if run:
        out += [Text(""), _fold(run)]
    out += [Text(""), Text("─" * 20, style="dim")]
    for index, line in enumerate(summary_lines(result.summary)):
        out.append(Text(line, style="bold" if index == 0 else ""))
    return out
