"""``--format rich`` for the corpus views: hits with their REF and date, matches
highlighted, the lead phrase in italics; tables with a header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from resolution_cli.render.rich import drawer

if TYPE_CHECKING:
    from rich.console import RenderableType

    from resolution_cli.corpus.search import Hit
    from resolution_cli.views import Hits, Rows


def _hit(hit: Hit) -> list[RenderableType]:
    clause = hit.clause
    head = Text.assemble(
        (hit.symbol, "bold"), " ", (clause.id, "bold magenta"), "  ", (hit.date or "", "dim")
    )
    body = Text(clause.text)
    if clause.lead and clause.text.startswith(clause.lead):
        body.stylize("italic", 0, len(clause.lead))
    for a, b in hit.spans:
        body.stylize("bold black on yellow", a, b)
    return [head, body]


@drawer
def rows(view: Rows, width: int, styled: bool) -> list[RenderableType]:
    """A corpus table, with a header."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for name in view.fields:
        table.add_column(name.replace("_", " "), overflow="fold")
    for row in view.rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    return [table]


@drawer
def hits(view: Hits, width: int, styled: bool) -> list[RenderableType]:
    """``search``: each hit, its REF and date, then the ``--first`` summary."""
    items: list[RenderableType] = []
    for index, hit in enumerate(view.hits):
        if index:
            items.append(Text(""))
        items += _hit(hit)
    first = view.first
    if first is not None:
        items += [
            Text(""),
            Text.assemble(
                ("First use: ", "bold"),
                (first.first.ref, "bold magenta"),
                f", {first.first.date or 'date unknown'}",
            ),
            Text(
                f"Used in {first.resolutions} resolutions over {first.sessions} sessions: "
                + "; ".join(
                    f"session {s}: {r} resolutions, {c} clauses" for s, r, c in first.per_session
                )
            ),
        ]
    return items
