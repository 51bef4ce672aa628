"""``resolution lineage SYMBOL`` and ``resolution history REF``: versions across sessions.

Thin: they ask the API (``Corpus.lineage`` and ``Corpus.history``, whose work is in
:mod:`resolution_cli.corpus.lineage` and :mod:`resolution_cli.corpus.history`); the
views are drawn by the renderers the registry names (``render/lineage_*``).
"""

from __future__ import annotations

import click

from resolution_cli.cli import completion
from resolution_cli.cli.app import Context, Failure, cli, format_option
from resolution_cli.cli.corpus import _corpus, pass_index


@cli.command(short_help="The earlier and later versions of a resolution in the index.")
@click.argument("symbol", shell_complete=completion.symbols)
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
    from resolution_cli.views import LineageView

    with _corpus(ctx) as corpus:
        found = corpus.lineage(symbol)
    ctx.emit(LineageView(found), fmt)


@cli.command(short_help="One paragraph through the versions of its resolution.")
@click.argument("ref", metavar="REF", shell_complete=completion.refs)
@click.option(
    "--res",
    "symbol",
    metavar="SYMBOL",
    shell_complete=completion.symbols,
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
    from resolution_cli.views import HistoryView

    symbol = symbol or ctx.res
    if symbol is None:
        raise Failure("history needs the resolution: --res SYMBOL (e.g. --res 75/162)")
    with _corpus(ctx) as corpus:
        found = corpus.history(symbol, ref)
    ctx.emit(HistoryView(found), fmt)
