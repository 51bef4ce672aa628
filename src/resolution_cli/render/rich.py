"""``--format rich``: the terminal layout, drawn with rich.

The resolution's words always go through :class:`rich.text.Text`, never through
markup, so "[sic]" or "[1]" are printed as they are. Escape codes are written
only when the terminal allows them (:attr:`Terminal.styled`): not with NO_COLOR,
TERM=dumb, or when stdout is not a terminal (unless FORCE_COLOR is set).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO, TypeVar

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text

from resolution_cli.render import draw
from resolution_cli.render.layout import (
    Heading,
    cited,
    flow,
    header_lines,
    place_markers,
    title_line,
)
from resolution_cli.render.plain import info_rows

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table

    from resolution_cli.model import Clause, FootnoteRef, Resolution, SubParagraph
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import (
        Clauses,
        Count,
        Document,
        Footnotes,
        Ids,
        Info,
        Problems,
        Refs,
        Verbs,
        View,
        Votes,
    )

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int) -> str:
    """¹ for 1, ²³ for 23."""
    return str(number).translate(_SUPERSCRIPT)


def console(out: TextIO, term: Terminal) -> Console:
    """A Console on ``out`` that writes escape codes only when ``term`` allows them."""
    return Console(
        file=out,
        width=term.width,
        force_terminal=term.styled,
        color_system="auto" if term.styled else None,
        no_color=term.no_color,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        _environ={},
    )


def _marked(
    text: str,
    markers: tuple[FootnoteRef, ...],
    spans: tuple[tuple[int, int], ...] = (),
    lead: str = "",
) -> Text:
    """``text`` with its lead phrase in italics, matches highlighted, markers superscript."""
    pieces = place_markers(text, markers, superscript)
    result = Text()
    position = 0
    for piece, number in pieces:
        if number is not None:
            result.append(piece, style="bold cyan")
            continue
        chunk = Text(piece)
        start = position
        if lead and start < len(lead):
            chunk.stylize("italic", 0, len(lead) - start)
        for a, b in spans:
            if b > start and a < start + len(piece):
                chunk.stylize("bold black on yellow", max(a - start, 0), b - start)
        result.append_text(chunk)
        position += len(piece)
    if "/" in text:
        _link_symbols(result, text, markers)
    return result


def _link_symbols(drawn: Text, text: str, markers: tuple[FootnoteRef, ...]) -> None:
    """Make each UN document symbol in ``drawn`` (``text`` with markers) a link (OSC 8)."""
    from resolution_cli.symbols import find_symbols

    for match in find_symbols(text):
        if not match.symbols:
            continue
        # Markers drawn before a position shift it by their width.
        shift = sum(len(superscript(m.number)) for m in markers if m.offset <= match.start)
        url = match.symbols[0].url
        drawn.stylize(f"link {url}", match.start + shift, match.end + shift)


def _clause(clause: Clause, spans: tuple[tuple[int, int], ...] = ()) -> RenderableType:
    """A clause as printed; ``spans`` are grep's matches in ``clause.all_text()``."""
    # In an annex, chapter and article headings are centred, as the printed annex has them.
    parts: list[RenderableType] = [
        Text(h, style="bold", justify="center")
        if clause.annex is not None
        else Text(h, style="bold")
        for h in clause.headings
    ]
    cursor = 0

    def local(line: str) -> tuple[tuple[int, int], ...]:
        """The spans within the next line of all_text(), relative to that line."""
        nonlocal cursor
        if not line:
            return ()
        start, cursor = cursor, cursor + len(line) + 1
        return tuple((a - start, b - start) for a, b in spans if b > start and a < cursor)

    body = _marked(clause.text, clause.markers, local(clause.text), clause.lead)
    if clause.num:
        body = Text.assemble(Text(f"{clause.num} ", style="bold"), body)
    parts.append(body)

    def walk(subs: tuple[SubParagraph, ...], depth: int) -> None:
        for sub in subs:
            for heading in sub.headings:  # a line of all_text() of its own
                drawn = _marked(heading, (), local(heading))
                drawn.stylize("bold")
                parts.append(Padding(drawn, (0, 0, 0, 4 * depth)))
            line = f"{sub.num} {sub.text}"
            shift = len(line) - len(sub.text)
            markers = tuple(m.model_copy(update={"offset": m.offset + shift}) for m in sub.markers)
            parts.append(Padding(_marked(line, markers, local(line)), (0, 0, 0, 4 * depth)))
            walk(sub.subparagraphs, depth + 1)
            if sub.wrap_up:
                drawn = _marked(sub.wrap_up, (), local(sub.wrap_up))
                parts.append(Padding(drawn, (0, 0, 0, 4 * (depth + 1))))

    walk(clause.subparagraphs, 1)
    if clause.wrap_up:
        parts.append(Padding(_marked(clause.wrap_up, (), local(clause.wrap_up)), (0, 0, 0, 4)))
    return Group(*parts)


def _footnotes(resolution: Resolution, numbers: tuple[int, ...]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for number in numbers:
        note = resolution.footnote(number)
        text = _marked(note.text, ()) if note else Text("(no footnote text)")
        text.stylize("dim")
        out.append(Text.assemble((superscript(number), "bold cyan"), " ", text))
    return out


def _document(resolution: Resolution) -> list[RenderableType]:
    items: list[RenderableType] = [Text(line, style="dim") for line in header_lines(resolution)]
    items += [Text(""), Text(title_line(resolution), style="bold"), Text("")]
    items.append(Text(resolution.enacting_formula, style="italic"))
    for item in flow(resolution):
        items.append(Text(""))
        items += _heading(item) if isinstance(item, Heading) else [_clause(item)]
    if resolution.footnotes:
        items += [Text(""), Text("─" * 20, style="dim")]
        items += _footnotes(resolution, tuple(n.number for n in resolution.footnotes))
    return items


def _heading(heading: Heading) -> list[RenderableType]:
    """A section's number and heading, an annex's label and title, centred and bold as
    printed; the closing meeting line in italics; an annex's trailing lines as text."""
    lines = [line for line in heading.lines if line]
    if heading.kind == "closing":
        return [Text(line, style="italic") for line in lines]
    if heading.kind == "trailing":
        return [Text(line) for line in lines]
    if heading.kind == "annex" and lines:
        label = Text(lines[0], style="bold", justify="right" if heading.depth else "center")
        return [label, *(Text(line, style="bold", justify="center") for line in lines[1:])]
    return [Text(line, style="bold", justify="center") for line in lines]


V = TypeVar("V")


def drawer(
    build: Callable[[V, int, bool], list[RenderableType]],
) -> Callable[[V, TextIO, Terminal], None]:
    """A renderer from ``build(view, width, styled)``, which returns what to draw: the
    renderables are printed as one group on a console for ``term``."""

    def render(view: V, out: TextIO, term: Terminal) -> None:
        drawing = console(out, term)
        drawing.print(Group(*build(view, drawing.width, term.styled)))

    render.__doc__ = build.__doc__
    render.__name__ = build.__name__
    return render


def _table(*headers: str) -> Table:
    from rich.table import Table  # only the overviews draw tables: keep show light

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


@drawer
def info(view: Info, width: int, styled: bool) -> list[RenderableType]:
    table = _table("field", "value")
    for name, value in info_rows(view.resolution):
        table.add_row(Text(name, style="bold"), Text(value))
    return [table]


@drawer
def document(view: Document, width: int, styled: bool) -> list[RenderableType]:
    return _document(view.resolution)


@drawer
def clauses(view: Clauses, width: int, styled: bool) -> list[RenderableType]:
    """``show REF``: each clause under its id, with its headings (:func:`.layout.cited`)
    and footnotes; ``grep``: each clause, matches highlighted; ``list``: one line each."""
    if view.mode == "show":
        items: list[RenderableType] = []
        after_heading = False
        for item in cited(view.resolution, view.clauses):
            if isinstance(item, Heading):
                items += [Text("")] if items else []
                items += [*_heading(item), Text("")]
                after_heading = True
                continue
            if items and not after_heading:
                items.append(Text(""))
            after_heading = False
            items.append(Text(item.id, style="bold magenta"))
            items.append(_clause(item))
            items += _footnotes(view.resolution, item.footnote_numbers())
        return items
    if view.mode == "grep":
        items = []
        for index, clause in enumerate(view.clauses):
            if index:
                items.append(Text(""))
            items.append(Text(clause.id, style="bold magenta"))
            items.append(_clause(clause, view.spans.get(clause.id, ())))
        return items
    # One line per clause: id and lead phrase whole, the text cut to the width.
    id_width = max((len(c.id) for c in view.clauses), default=2)
    verb_width = min(max((len(c.lead) for c in view.clauses), default=0), 30)
    rows: list[RenderableType] = []
    for clause in view.clauses:
        line = Text.assemble(
            (clause.id.ljust(id_width), "bold magenta"),
            "  ",
            (clause.lead.ljust(verb_width), "italic"),
            "  ",
            clause.text,
        )
        line.truncate(width, overflow="ellipsis")
        rows.append(line)
    return rows


@drawer
def verbs(view: Verbs, width: int, styled: bool) -> list[RenderableType]:
    table = _table("lead phrase", "count", "ids")
    for row in view.rows:
        table.add_row(Text(row.verb, style="italic"), str(len(row.ids)), ", ".join(row.ids))
    return [table]


@drawer
def footnotes(view: Footnotes, width: int, styled: bool) -> list[RenderableType]:
    table = _table("footnote", "text", "cited by")
    for note in view.rows:
        table.add_row(
            superscript(note.footnote.number),
            Text(note.footnote.text),
            ", ".join(note.cited_by),
        )
    return [table]


@drawer
def refs(view: Refs, width: int, styled: bool) -> list[RenderableType]:
    table = _table("where", "symbol", "kind", "link")
    for ref in view.rows:
        where = ref.location
        if ref.cited_by:
            where += f", cited by {', '.join(ref.cited_by)}"
        table.add_row(
            Text(where),
            Text(ref.written, style=f"link {ref.url}"),
            Text(ref.kind),
            Text(ref.url, style=f"link {ref.url}"),
        )
    return [table]


@drawer
def problems(view: Problems, width: int, styled: bool) -> list[RenderableType]:
    if not view.problems:
        return [Text(f"{view.source}: valid", style="green")]
    colours = {"error": "red", "warning": "yellow", "note": "dim"}
    return [
        Text.assemble(
            (f"{view.source}: ", "bold"),
            (f"{p.location}: " if p.location else "", "cyan"),
            (p.severity, colours.get(p.severity, "")),
            f" {p.message}",
        )
        for p in view.problems
    ]


@drawer
def votes(view: Votes, width: int, styled: bool) -> list[RenderableType]:
    colours = {"yes": "green", "no": "red", "abstain": "yellow", "absent": "dim"}
    table = _table("state", "vote")
    for vote in view.rows:
        table.add_row(Text(vote.state), Text(vote.vote, style=colours.get(vote.vote, "")))
    return [table]


@drawer
def count(view: Count, width: int, styled: bool) -> list[RenderableType]:
    return [Text(str(view.matched))]


@drawer
def ids(view: Ids, width: int, styled: bool) -> list[RenderableType]:
    return [Text(i) for i in view.ids]


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Draw ``view`` on ``out`` for terminal ``term`` (the renderer
    :data:`~resolution_cli.render.RENDERERS` names for its type)."""
    draw(view, "rich", out, term)
