"""``--format json`` for ``lineage`` and ``history`` (see :mod:`.lineage_records`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from resolution_cli.render.lineage_records import history_document, lineage_document
from resolution_cli.views import HistoryView, LineageView

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal


def render(view: LineageView | HistoryView, out: TextIO, term: Terminal) -> None:
    """Write the view as one indented JSON document."""
    data: Any
    if isinstance(view, LineageView):
        data = lineage_document(view.lineage)
    else:
        data = history_document(view.history)
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")
