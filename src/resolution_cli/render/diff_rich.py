"""``resolution diff --format rich``: the terminal layout of a diff.

Each record that differs is its ids (``OP2 → OP3``) and what happened, then its
text with deletions in red strike-through and insertions in green underline,
then a change of lead phrase and the footnotes added or removed. A run of
unchanged clauses is folded into one line (``PP2-PP3 2 unchanged clauses``; the
rule of :mod:`.diff_layout`, shared with plain and markdown; ``--all`` prints them
whole). The summary comes last; identical inputs print nothing. Where escape codes
may not be written (a pipe, NO_COLOR, TERM=dumb), deletions and insertions keep
plain's ``[-…-]`` and ``{+…+}`` marks, so that nothing is lost without colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.text import Text

from resolution_cli.render.diff_layout import Fold, fold_count, fold_ids, folded
from resolution_cli.render.diff_plain import detail_lines, header_parts, summary_lines
from resolution_cli.render.rich import drawer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import RenderableType

    from resolution_cli.diff import DiffRecord, DiffResult
    from resolution_cli.diff.words import Segment
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Diff

__all__ = ["items", "marked_text", "render"]

_OP_STYLES = {
    "same": "dim",
    "changed": "yellow",
    "added": "green",
    "deleted": "red",
    "moved": "cyan",
}


def marked_text(segments: Iterable[Segment], styled: bool) -> Text:
    """The segments as one Text: deletions red strike-through, insertions green underline;
    unstyled (no escape codes may be written), with plain's ``[-…-]`` and ``{+…+}`` marks."""
    text = Text()
    for segment in segments:
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
    ids, label = header_parts(record, "→")
    return Text.assemble((ids, "bold magenta"), " ", (label, _OP_STYLES[record.op]))


def _fold(fold: Fold) -> Text:
    return Text.assemble((f"{fold_ids(fold, '→')} ", "magenta"), (fold_count(fold), "dim"))


def items(result: DiffResult, styled: bool, show_all: bool = False) -> list[RenderableType]:
    """The renderables of the diff, in order."""
    out: list[RenderableType] = [
        Text.assemble(("- ", "red"), (result.old.symbol, "bold"), f" {result.old.title}"),
        Text.assemble(("+ ", "green"), (result.new.symbol, "bold"), f" {result.new.title}"),
    ]
    for item in folded(result.records, show_all):
        if isinstance(item, Fold):
            out += [Text(""), _fold(item)]
            continue
        out += [Text(""), _head(item), marked_text(item.diff, styled)]
        for line in detail_lines(item, "→"):
            style = (
                "green" if line.startswith("footnote added") else "red" if "removed" in line else ""
            )
            out.append(Text(line, style=f"dim {style}".strip()))
    out += [Text(""), Text("─" * 20, style="dim")]
    for index, line in enumerate(summary_lines(result.summary, "→")):
        out.append(Text(line, style="bold" if index == 0 else ""))
    return out


@drawer
def _draw(view: Diff, width: int, styled: bool) -> list[RenderableType]:
    return items(view.result, styled, view.show_all)


def render(view: Diff, out: TextIO, term: Terminal) -> None:
    """Draw the diff on a terminal; nothing when the versions do not differ."""
    if view.result.differ or view.show_all:
        _draw(view, out, term)
