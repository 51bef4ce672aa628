"""``--format json``: one JSON document.

``show`` of the whole resolution (and ``export``) prints the whole model,
exactly as the loader reads it back; ``info`` the metadata object; ``grep -c``
``{"count": n}``; ``grep -l`` an array of ids; ``diff``
``{"records": [...], "summary": {...}}``; every other view an array of records.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.records import info_record, records
from resolution_cli.views import Count, Diff, Document, Ids, Info

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import View


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write ``view`` as one indented JSON document and a newline."""
    if isinstance(view, Document):
        out.write(view.resolution.model_dump_json(indent=2))
        out.write("\n")
        return
    data: object
    from resolution_cli.views import Hits, Rows

    if isinstance(view, Hits | Rows):
        from resolution_cli.render.corpus_records import corpus_document

        data = corpus_document(view)
    elif isinstance(view, Info):
        data = info_record(view.resolution)
    elif isinstance(view, Count):
        data = {"count": view.matched}
    elif isinstance(view, Ids):
        data = list(view.ids)
    elif isinstance(view, Diff):
        from resolution_cli.render.diff_records import diff_document

        data = diff_document(view.result)
    else:
        data = records(view)
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")
