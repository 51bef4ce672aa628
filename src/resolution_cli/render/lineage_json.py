"""``--format json`` for ``lineage`` and ``history`` (see :mod:`.lineage_records`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from resolution_cli.render.lineage_records import history_document, lineage_document

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import HistoryView, LineageView


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def lineage(view: LineageView, out: TextIO, term: Terminal) -> None:
    """``lineage``: one indented JSON document, the versions in ``versions``."""
    _dump(lineage_document(view.lineage), out)


def history(view: HistoryView, out: TextIO, term: Terminal) -> None:
    """``history``: one indented JSON document, the summary's fields and ``steps``."""
    _dump(history_document(view.history), out)
