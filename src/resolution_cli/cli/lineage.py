"""``resolution lineage SYMBOL`` and ``resolution history REF``: versions across sessions.

Thin: the work is in :mod:`resolution_cli.corpus.lineage` and
:mod:`resolution_cli.corpus.history`; the views are drawn by ``render/lineage_*``.
"""

from __future__ import annotations

import io
from importlib import import_module
from typing import TYPE_CHECKING

import click

from resolution_cli.cli.app import Context, Failure, cli, format_option
from resolution_cli.cli.corpus import pass_index

if TYPE_CHECKING:
    from resolution_cli.views import HistoryView, LineageView


def _emit(ctx: Context, view: LineageView | HistoryView, fmt: str) -> None:
    """Draw the view with its renderer (``render/lineage_FORMAT.py``)."""
    if fmt == "auto":
        fmt = "rich" if ctx.term.wants_rich else "plain"
    buffer = io.StringIO()
    import_module(f"resolution_cli.render.lineage_{fmt}").render(view, buffer, ctx.term)
    ctx.write(buffer.getvalue())


@cli.command(short_help="The earlier and later versions of a resolution in the index.")
@click.argument("symbol")
@format_option()
@pass_index
def lineage(ctx: Context, symbol: str, fmt: str) -> None:
    """The chain of versions of SYMBOL in the corpus index, oldest first.

    Versions are linked by the same title (case, dashes and spaces aside), by an
    explicit "Recalling its resolution X" citing the previous version (a renamed
    resolution joins this way), and the same agenda item is noted. Each row:
    symbol, date, adoption type, votes, clauses, the version(s) it follows and why.
    Two versions of one session under one title are both listed, and said to compete.
    """
    from resolution_cli.corpus.lineage import lineage as chain
    from resolution_cli.corpus.store import default_db, open_index
    from resolution_cli.views import LineageView

    conn = open_index(default_db(ctx.db))
    try:
        found = chain(conn, symbol)
    finally:
        conn.close()
    _emit(ctx, LineageView(found), fmt)


@cli.command(short_help="One paragraph through the versions of its resolution.")
@click.argument("ref", metavar="REF")
@click.option(
    "--res",
    "symbol",
    metavar="SYMBOL",
    help="The resolution of the corpus index (or give --res before the command).",
)
@format_option()
@pass_index
def history(ctx: Context, ref: str, symbol: str | None, fmt: str) -> None:
    """Paragraph REF (PP2, OP1, II.OP5) of resolution SYMBOL through its lineage.

    For each version holding it: its id there, its text and its word changes
    against the version before ([-deleted-] {+inserted+}); where it first appears,
    and the version from which it is gone (split and merged paragraphs are said).
    """
    from resolution_cli.corpus.history import history as follow
    from resolution_cli.corpus.store import default_db, open_index
    from resolution_cli.views import HistoryView

    symbol = symbol or ctx.res
    if symbol is None:
        raise Failure("history needs the resolution: --res SYMBOL (e.g. --res 75/162)")
    conn = open_index(default_db(ctx.db))
    try:
        found = follow(conn, symbol, ref)
    finally:
        conn.close()
    _emit(ctx, HistoryView(found), fmt)
