"""``--format plain`` for the corpus views: tab-separated rows, never truncated.

- ``search``: ``symbol<TAB>id<TAB>date<TAB>lead phrase<TAB>text`` (the text's
  lines joined by spaces); with ``--first``, a blank line and the summary:
  ``first use<TAB>SYMBOL ID<TAB>DATE``, ``used in<TAB>N resolutions<TAB>M sessions``,
  then ``session S<TAB>N resolutions<TAB>K clauses`` per session;
- a table (``Rows``): its rows, tab-separated, no header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Hits, Rows


def _counted(n: int, noun: str) -> str:
    """'1 resolution', '2 resolutions'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\t", " ").splitlines())


def _row(*cells: object) -> str:
    return "\t".join(_cell(c) for c in cells) + "\n"


def rows(view: Rows, out: TextIO, term: Terminal) -> None:
    """A corpus table: its rows, tab-separated, no header."""
    for row in view.rows:
        out.write(_row(*row))


def hits(view: Hits, out: TextIO, term: Terminal) -> None:
    """``search``: one hit a line, then the ``--first`` summary."""
    for hit in view.hits:
        clause = hit.clause
        out.write(_row(hit.symbol, clause.id, hit.date, clause.lead, clause.text))
    first = view.first
    if first is not None:
        out.write("\n")
        out.write(_row("first use", first.first.ref, first.first.date))
        out.write(
            _row(
                "used in",
                _counted(first.resolutions, "resolution"),
                _counted(first.sessions, "session"),
            )
        )
        for session, resolutions, clauses in first.per_session:
            out.write(
                _row(
                    f"session {session}",
                    _counted(resolutions, "resolution"),
                    _counted(clauses, "clause"),
                )
            )
