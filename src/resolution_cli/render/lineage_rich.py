"""``--format rich`` for ``lineage`` (a table) and ``history`` (blocks, as ``diff``'s).

Deletions are red strike-through and insertions green underline; where escape
codes may not be written they keep plain's ``[-…-]`` and ``{+…+}`` marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.console import Group
from rich.table import Table
from rich.text import Text

from resolution_cli.render.diff_rich import marked_text
from resolution_cli.render.lineage_plain import end_lines, link_text, step_header, votes_text
from resolution_cli.render.rich import console

if TYPE_CHECKING:
    from rich.console import RenderableType

    from resolution_cli.corpus.history import Step
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import HistoryView, LineageView


def lineage(view: LineageView, out: TextIO, term: Terminal) -> None:
    """``lineage``: a table, one row per version."""
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for name in ("symbol", "date", "adoption", "votes", "clauses", "follows", "title"):
        table.add_column(name, overflow="fold")
    for version in view.lineage.versions:
        follows = "\n".join(link_text(link) for link in version.links)
        if version.note:
            follows = f"{follows}\n{version.note}".strip()
        table.add_row(
            Text(version.symbol, style="bold"),
            Text(version.date or ""),
            Text(version.adoption_type or ""),
            Text(votes_text(version)),
            Text(str(version.clauses)),
            Text(follows, style="dim" if not version.links else ""),
            Text(version.title),
        )
    console(out, term).print(Group(table))


def history(view: HistoryView, out: TextIO, term: Terminal) -> None:
    """``history``: one block per version, as ``diff``'s."""
    history = view.history
    items: list[RenderableType] = [
        Text.assemble((f"{history.symbol} {history.id}", "bold"), ": history")
    ]
    previous: Step | None = None
    for step in history.steps:
        items += [Text(""), Text(step_header(step, previous, history), style="bold magenta")]
        items.append(Text(step.text) if previous is None else marked_text(step.diff, term.styled))
        for line in [f"footnote added: {t}" for t in step.footnotes_added if previous]:
            items.append(Text(line, style="dim green"))
        for line in [f"footnote removed: {t}" for t in step.footnotes_removed]:
            items.append(Text(line, style="dim red"))
        if step.note:
            items.append(Text(f"note: {step.note}", style="dim"))
        previous = step
    items.append(Text(""))
    for line in end_lines(history):
        items.append(Text(line, style="bold"))
    console(out, term).print(Group(*items))
