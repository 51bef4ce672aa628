"""``--format jsonl`` for ``lineage`` and ``history``: one record a line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.lineage_records import history_lines, lineage_lines

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import HistoryView, LineageView


def _lines(records: Iterable[Mapping[str, object]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")


def lineage(view: LineageView, out: TextIO, term: Terminal) -> None:
    """``lineage``: one version a line."""
    _lines(lineage_lines(view.lineage), out)


def history(view: HistoryView, out: TextIO, term: Terminal) -> None:
    """``history``: one step a line, then the summary."""
    _lines(history_lines(view.history), out)
