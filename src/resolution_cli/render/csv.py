"""``--format csv``: one row per clause, RFC 4180.

Columns (:data:`COLUMNS`), after a header row:

``id``, ``part``, ``number``, ``verb``, ``text``
    the clause's fields, as in the model (``part`` is ``preambular`` or ``operative``);
``footnotes``
    the numbers of every footnote the clause cites, its sub-paragraphs included,
    joined by ``;`` (``2;3``); derived from the other columns, ignored when read back;
``markers``
    the footnote markers of the clause's own text as ``number@offset`` joined by
    ``;`` (``2@145``: footnote 2 follows the first 145 characters of ``text``);
``subparagraphs``
    the sub-paragraphs as a JSON list of objects (``num``, ``text``, ``markers``,
    ``subparagraphs``, ``wrap_up``: the model's JSON schema), ``""`` when there are none;
``wrap_up``
    the text after the sub-paragraphs, ``""`` when there is none (an empty wrap-up
    and no wrap-up are the same thing);
``headings``
    the headings printed just before the clause, as a JSON list of strings, ``""``
    when there are none (JSON, not a separator, so that any heading round-trips);
``section``, ``annex``, ``article`` (only for a resolution that has sections or annexes)
    the printed number of the clause's section (``II``); its annex as cited, ``annex``
    for a lone unnumbered annex, ``annexII``, ``annexI.appendix``; the number of its
    article in the annex (``5``). Each is ``""`` where it does not apply. A resolution
    without sections or annexes gets the eleven columns above, as it always did.

Quoting is RFC 4180 (Python's :mod:`csv`, ``QUOTE_MINIMAL``): a field holding a
comma, a double quote, a CR or an LF is quoted and its quotes doubled; records end
with CRLF (``\\r\\n``), as RFC 4180 says. Text is written as is (no formula guard):
no word of the resolution is altered. :func:`read_rows` reads the output back into
:class:`~resolution_cli.model.Clause` objects, equal to the ones written.

Only the ``Document`` (every clause) and ``Clauses`` (a selection) views apply.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TextIO

from resolution_cli.render import draw, unsupported

if TYPE_CHECKING:
    from resolution_cli.model import Clause, FootnoteRef
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Clauses, Document, View

__all__ = [
    "COLUMNS",
    "STRUCTURE",
    "clause_from_row",
    "columns",
    "read_rows",
    "render",
    "row",
    "rows",
    "table",
    "unsupported",
]

#: The columns, in order.
COLUMNS: tuple[str, ...] = (
    "id",
    "part",
    "number",
    "num",
    "verb",
    "text",
    "footnotes",
    "markers",
    "subparagraphs",
    "wrap_up",
    "headings",
)


#: The columns added for a resolution that has sections or annexes.
STRUCTURE: tuple[str, ...] = ("section", "annex", "article")


def columns(view: View) -> tuple[str, ...]:
    """The columns of ``view``: :data:`COLUMNS`, and :data:`STRUCTURE` when its
    resolution has sections or annexes."""
    resolution = getattr(view, "resolution", None)
    if resolution is not None and (resolution.sections or resolution.annexes):
        return COLUMNS + STRUCTURE
    return COLUMNS


def selected(view: Document | Clauses) -> tuple[Clause, ...]:
    """The clauses a Document (all of them) or Clauses view shows."""
    from resolution_cli.views import Document

    return view.resolution.clauses if isinstance(view, Document) else view.clauses


def _markers(refs: Iterable[FootnoteRef]) -> str:
    return ";".join(f"{ref.number}@{ref.offset}" for ref in refs)


def row(clause: Clause) -> dict[str, str]:
    """The cells of one clause, by column name (every value a string)."""
    subs = [sub.model_dump(mode="json") for sub in clause.subparagraphs]
    return {
        "id": clause.id,
        "part": clause.part.value,
        "number": str(clause.position),
        "num": clause.num or "",
        "verb": clause.lead,
        "text": clause.text,
        "footnotes": ";".join(str(n) for n in clause.footnote_numbers()),
        "markers": _markers(clause.markers),
        "subparagraphs": json.dumps(subs, ensure_ascii=False) if subs else "",
        "wrap_up": clause.wrap_up or "",
        "headings": json.dumps(list(clause.headings), ensure_ascii=False)
        if clause.headings
        else "",
        "section": clause.section or "",
        "annex": "" if clause.annex is None else "annex" + clause.annex,
        "article": clause.article or "",
    }


def rows(clauses: Iterable[Clause]) -> Iterator[dict[str, str]]:
    """The cells of each clause, in order."""
    return (row(clause) for clause in clauses)


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write the clauses of ``view`` as CSV (only a Document or Clauses view)."""
    draw(view, "csv", out, term)


def table(view: Document | Clauses, out: TextIO, term: Terminal) -> None:
    """Write the clauses of ``view`` as CSV: a header row, then one row per clause."""
    clauses = selected(view)
    writer = csv.DictWriter(
        out, fieldnames=columns(view), lineterminator="\r\n", extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(rows(clauses))


def _parse_markers(cell: str) -> list[dict[str, int]]:
    refs: list[dict[str, int]] = []
    for item in cell.split(";") if cell else ():
        number, at, offset = item.partition("@")
        if not at:
            raise ValueError(f"marker {item!r} is not number@offset")
        refs.append({"number": int(number), "offset": int(offset)})
    return refs


def clause_from_row(cells: Mapping[str, str]) -> Clause:
    """Rebuild a Clause from the cells of one row (the ``footnotes`` column is ignored).

    Raises ``ValueError`` (pydantic's ValidationError is one) on a malformed row.
    """
    from resolution_cli.model import Clause

    fields: dict[str, Any] = {
        "id": cells["id"],
        "part": cells["part"],
        "number": cells["number"],
        "num": cells.get("num") or None,
        "verb": cells["verb"],
        "text": cells["text"],
        "markers": _parse_markers(cells.get("markers") or ""),
        "subparagraphs": json.loads(cells["subparagraphs"]) if cells.get("subparagraphs") else [],
        "wrap_up": cells.get("wrap_up") or None,
        "headings": json.loads(cells["headings"]) if cells.get("headings") else [],
        "section": cells.get("section") or None,
        "annex": cells["annex"].removeprefix("annex") if cells.get("annex") else None,
        "article": cells.get("article") or None,
    }
    return Clause.model_validate(fields)


def read_rows(text: str) -> list[Clause]:
    """Read CSV written by :func:`render` back into Clauses."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return [clause_from_row(cells) for cells in reader]
