"""``--format tsv``: one row per clause, tab-separated, one line per row.

The columns and their contents are those of :mod:`resolution_cli.render.csv`
(:func:`~resolution_cli.render.csv.columns`: ``section``, ``annex`` and ``article``
are added for a resolution with sections or annexes), after a header row. Fields are
separated by a tab and rows end with ``\\n``; there is no quoting. A field cannot
hold a tab or a line break, so four characters are escaped, as in the
``text/tab-separated-values`` convention of PostgreSQL's COPY and of ``mlr``:

===========  ==============
character    written as
===========  ==============
backslash    ``\\\\``
tab          ``\\t``
LF           ``\\n``
CR           ``\\r``
===========  ==============

Every other character is written as is. :func:`unescape` undoes the escaping of
one field; :func:`read_rows` reads the whole output back into Clauses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.render import draw
from resolution_cli.render.csv import clause_from_row, columns, rows, selected

if TYPE_CHECKING:
    from resolution_cli.model import Clause
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Clauses, Document, View

__all__ = ["escape", "read_rows", "render", "table", "unescape"]

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape(value: str) -> str:
    """``value`` with backslash, tab, LF and CR escaped."""
    return "".join(_ESCAPES.get(ch, ch) for ch in value)


def unescape(field: str) -> str:
    """Undo :func:`escape`; a backslash before any other character is kept as is."""
    out: list[str] = []
    chars = iter(field)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, None)
        if nxt is None:
            out.append("\\")
        elif nxt in _UNESCAPES:
            out.append(_UNESCAPES[nxt])
        else:
            out.append("\\" + nxt)
    return "".join(out)


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write the clauses of ``view`` as TSV (only a Document or Clauses view)."""
    draw(view, "tsv", out, term)


def table(view: Document | Clauses, out: TextIO, term: Terminal) -> None:
    """Write the clauses of ``view`` as TSV: a header row, then one row per clause."""
    clauses = selected(view)
    names = columns(view)
    out.write("\t".join(names) + "\n")
    for cells in rows(clauses):
        out.write("\t".join(escape(cells[name]) for name in names) + "\n")


def read_rows(text: str) -> list[Clause]:
    """Read TSV written by :func:`render` back into Clauses."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        return []
    header = [unescape(name) for name in lines[0].split("\t")]
    return [
        clause_from_row(dict(zip(header, (unescape(f) for f in line.split("\t")), strict=True)))
        for line in lines[1:]
    ]
