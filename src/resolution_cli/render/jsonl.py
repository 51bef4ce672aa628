"""``--format jsonl``: one compact JSON object per line (see :func:`.records.records`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render import draw
from resolution_cli.render.records import records

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import View


def lines(view: View, out: TextIO, term: Terminal) -> None:
    """One JSON object per record of ``view``, each on its own line."""
    for record in records(view):
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write one JSON object per record of ``view``, each on its own line."""
    draw(view, "jsonl", out, term)
