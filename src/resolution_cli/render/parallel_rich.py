"""``--format rich`` for the language versions: ``show --lang`` and ``languages``.

``show REF --lang en,fr``: one table per clause, a column per language, each cell
the paragraph as ``show`` draws it (lead phrase in italics, footnote markers
superscript), so the versions stand side by side at the same height. The table's
title is the reference version's id; a version whose own id differs says it in a
dim first line ("PP2 in this version"). A version with no counterpart of the
paragraph has a dim "(not in this version)" cell.

Right-to-left text (Arabic) is handed to rich in logical order, as published: the
tool does no bidi reordering of its own. rich wraps it by characters' cell widths
and the terminal (its bidi support, e.g. in GNOME Terminal, Konsole, mlterm)
orders and shapes each line; a terminal without bidi shows the letters left to
right. Chinese characters count as two cells, as rich measures them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from resolution_cli.render.rich import _clause, _footnotes, drawer

if TYPE_CHECKING:
    from rich.console import RenderableType

    from resolution_cli.views import Languages, Parallel

__all__ = ["languages", "parallel"]

#: The languages' names for the column headers.
NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}


@drawer
def parallel(view: Parallel, width: int, styled: bool) -> list[RenderableType]:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    aligned = view.aligned
    items: list[RenderableType] = []
    for row in aligned.rows:
        table = Table(
            title=row.id,
            title_justify="left",
            title_style="bold",
            expand=True,
            show_lines=False,
            pad_edge=False,
            header_style="bold",
        )
        for lang in aligned.langs:
            justify: Literal["left", "right"] = "right" if lang == "ar" else "left"
            table.add_column(
                f"{lang} {NAMES.get(lang, '')}".strip(),
                ratio=1,
                overflow="fold",
                justify=justify,
            )
        cells: list[RenderableType] = []
        for lang, clause in row.clauses.items():
            if clause is None:
                cells.append(Text("(not in this version)", style="dim"))
                continue
            resolution = aligned.versions[lang]
            own = [Text(f"{clause.id} in this version", style="dim")] if clause.id != row.id else []
            notes = _footnotes(resolution, clause.footnote_numbers())
            cells.append(Group(*own, _clause(clause), *notes))
        table.add_row(*cells)
        items.append(table)
    return items


@drawer
def languages(view: Languages, width: int, styled: bool) -> list[RenderableType]:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for header in ("resolution", "lang", "disagreement", "reference", "this version"):
        table.add_column(header, overflow="fold")
    for check in view.checks:
        if check.agrees:
            if view.every:
                table.add_row(
                    Text(check.symbol, style="bold"),
                    ",".join(check.langs),
                    Text("agree", style="green"),
                    "",
                    "",
                )
            continue
        for d in check.disagreements:
            table.add_row(
                Text(check.symbol, style="bold"),
                d.lang,
                Text(d.kind, style="red"),
                d.reference,
                d.value,
            )
    return [table]
