"""``--format jsonl`` for ``lineage`` and ``history``: one record a line."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.lineage_records import history_lines, lineage_lines
from resolution_cli.views import LineageView

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import HistoryView


def render(view: LineageView | HistoryView, out: TextIO, term: Terminal) -> None:
    """Write each record of the view on its own line."""
    if isinstance(view, LineageView):
        lines = lineage_lines(view.lineage)
    else:
        lines = history_lines(view.history)
    for record in lines:
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
