"""``--format plain`` for the corpus views: tab-separated rows, never truncated.

- ``search``: ``symbol<TAB>id<TAB>date<TAB>lead phrase<TAB>text`` (the text's
  lines joined by spaces); with ``--first``, a blank line and the summary:
  ``first use<TAB>SYMBOL ID<TAB>DATE``, ``used in<TAB>N resolutions<TAB>M sessions``,
  then ``session S<TAB>N resolutions<TAB>K clauses`` per session;
- a table (``Rows``): its rows, tab-separated, no header.
"""

from __future__ import annotations

from typing import TextIO

from resolution_cli.views import Hits, Rows


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("\t", " ").splitlines())


def _row(*cells: object) -> str:
    return "\t".join(_cell(c) for c in cells) + "\n"


def render_corpus(view: Hits | Rows, out: TextIO) -> None:
    """Write a corpus view as plain text."""
    if isinstance(view, Rows):
        for row in view.rows:
            out.write(_row(*row))
        return
    for hit in view.hits:
        clause = hit.clause
        out.write(_row(hit.symbol, clause.id, hit.date, clause.verb, clause.text))
    first = view.first
    if first is not None:
        out.write("\n")
        out.write(_row("first use", first.first.ref, first.first.date))
        out.write(_row("used in", f"{first.resolutions} resolutions", f"{first.sessions} sessions"))
        for session, resolutions, clauses in first.per_session:
            out.write(
                _row(f"session {session}", f"{resolutions} resolutions", f"{clauses} clauses")
            )
