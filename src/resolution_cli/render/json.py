"""``--format json``: one JSON document.

``show`` of the whole resolution (and ``export``) prints the whole model,
exactly as the loader reads it back; ``info`` the metadata object; ``grep -c``
``{"count": n}``; ``grep -l`` an array of ids; ``diff``
``{"records": [...], "summary": {...}}``; a corpus view its document (see
:mod:`.corpus_records`); every other view an array of its records (:mod:`.records`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render import draw
from resolution_cli.render.records import info_record, records

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Count, Diff, Document, Hits, Ids, Info, Rows, View


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def document(view: Document, out: TextIO, term: Terminal) -> None:
    """The whole model, as the loader reads it back."""
    out.write(view.resolution.model_dump_json(indent=2))
    out.write("\n")


def info(view: Info, out: TextIO, term: Terminal) -> None:
    _dump(info_record(view.resolution), out)


def count(view: Count, out: TextIO, term: Terminal) -> None:
    _dump({"count": view.matched}, out)


def ids(view: Ids, out: TextIO, term: Terminal) -> None:
    _dump(list(view.ids), out)


def diff(view: Diff, out: TextIO, term: Terminal) -> None:
    from resolution_cli.render.diff_records import diff_document

    _dump(diff_document(view.result), out)


def corpus(view: Hits | Rows, out: TextIO, term: Terminal) -> None:
    from resolution_cli.render.corpus_records import corpus_document

    _dump(corpus_document(view), out)


def array(view: View, out: TextIO, term: Terminal) -> None:
    """The records of ``view`` as one array."""
    _dump(records(view), out)


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write ``view`` as one indented JSON document and a newline."""
    draw(view, "json", out, term)
