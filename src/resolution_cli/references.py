"""Every document reference in a resolution: what ``resolution refs`` lists.

:func:`find_references` reads, in document order:

1. the header: the symbols of the drafts adopted (``Resolution.drafts``, printed in the
   committee line, e.g. ``A/75/L.72`` and ``A/75/L.72/Add.1``), location ``"header"``. The
   meeting record (``Resolution.record``) is not listed: the printed resolution does not
   print it (it comes from the official record), and neither the title nor the
   resolution's own number (``75/272.``) is a reference;
2. the clauses, preamble then operative part: the headings printed before a clause (a
   section's title and, as the AKN reader reads sections, its own preambular lines), the
   clause's text, then its sub-paragraphs (their text, nested sub-paragraphs, wrap-up text)
   and its wrap-up text; locations ``"PP2"``, ``"OP3"``, ``"OP2(a)"``, ``"OP2(a)(i)"``;
3. the annexes, each in turn: its title lines (location ``"annex"``, ``"annexII"``, an annex
   inside an annex ``"annexI.appendix"``; field ``"title[i]"``), its clauses as above (ids
   ``annex.12``, ``annexII.art5.2``...), its trailing lines (field ``"trailing[i]"``), then the
   annexes inside it;
4. the footnotes, in order; location ``"footnote 1"``, with ``cited_by`` the ids of the
   clauses whose markers cite it (``("PP3",)``).

Within one text, references come in the order they are written. Each symbol a match names is
one :class:`Reference` (``resolutions 53/243 A and B`` gives two, on the same span); a joint
symbol (``A/71/982-S/2017/600``) is one reference whose ``symbol.parts`` holds its parts.
``start``/``end`` index the text named by ``field`` of the clause, sub-paragraph or footnote at
``location``: ``"text"``, ``"wrap_up"`` or ``"headings[i]"`` (``clause.headings[i]``), or of
the annex at ``location``: ``"title[i]"``, ``"trailing[i]"``; for the header
(``field == "drafts"``) they are None.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from resolution_cli.symbols import Symbol, find_symbols, parse_symbol

if TYPE_CHECKING:
    from resolution_cli.model import Annex, Clause, Resolution, SubParagraph

__all__ = ["Reference", "find_references", "references_in_text"]


@dataclass(frozen=True)
class Reference:
    """One document reference: as written, the symbol it names, and where it stands."""

    written: str
    symbol: Symbol
    location: str
    start: int | None = None
    end: int | None = None
    cited_by: tuple[str, ...] = ()
    field: str = "text"

    @property
    def normalized(self) -> str:
        """The symbol, normalized: ``A/RES/72/7``."""
        return self.symbol.normalized

    @property
    def kind(self) -> str:
        """The kind of document: ``GA resolution``, ``SC document`` ..."""
        return self.symbol.kind

    @property
    def url(self) -> str:
        """Its undocs.org link."""
        return self.symbol.url


def references_in_text(
    text: str, location: str, *, field: str = "text", cited_by: tuple[str, ...] = ()
) -> Iterator[Reference]:
    """The references in one text, in order."""
    for match in find_symbols(text):
        for symbol in match.symbols:
            yield Reference(
                written=match.written,
                symbol=symbol,
                location=location,
                start=match.start,
                end=match.end,
                cited_by=cited_by,
                field=field,
            )


def _label(num: str) -> str:
    """A sub-paragraph label as used in a location: ``(a)``."""
    core = num.strip().strip("().").strip()
    return f"({core})" if core else ""


def _subparagraphs(subs: tuple[SubParagraph, ...], prefix: str) -> Iterator[Reference]:
    for sub in subs:
        location = prefix + _label(sub.num)
        for index, heading in enumerate(sub.headings):
            yield from references_in_text(heading, location, field=f"headings[{index}]")
        yield from references_in_text(sub.text, location)
        yield from _subparagraphs(sub.subparagraphs, location)
        if sub.wrap_up:
            yield from references_in_text(sub.wrap_up, location, field="wrap_up")


def _clause(clause: Clause) -> Iterator[Reference]:
    for index, heading in enumerate(clause.headings):
        yield from references_in_text(heading, clause.id, field=f"headings[{index}]")
    yield from references_in_text(clause.text, clause.id)
    yield from _subparagraphs(clause.subparagraphs, clause.id)
    if clause.wrap_up:
        yield from references_in_text(clause.wrap_up, clause.id, field="wrap_up")


def _annex(annex: Annex, key: str) -> Iterator[Reference]:
    """An annex in printed order: title, clauses, trailing lines, the annexes inside it."""
    location = f"annex{key}"
    for index, line in enumerate(annex.title):
        yield from references_in_text(line, location, field=f"title[{index}]")
    for clause in annex.preamble + annex.body:
        yield from _clause(clause)
    for index, line in enumerate(annex.trailing):
        yield from references_in_text(line, location, field=f"trailing[{index}]")
    for inner in annex.annexes:
        word = (inner.label.split() or ["annex"])[0].lower()
        yield from _annex(inner, f"{key}.{word}{inner.num}")


def _header(resolution: Resolution) -> Iterator[Reference]:
    for draft in resolution.drafts:
        symbol = parse_symbol(draft)
        if symbol is not None:
            yield Reference(written=draft, symbol=symbol, location="header", field="drafts")
            continue
        for match in find_symbols(draft):
            for found in match.symbols:
                yield Reference(
                    written=match.written, symbol=found, location="header", field="drafts"
                )


def find_references(resolution: Resolution) -> tuple[Reference, ...]:
    """Every document reference in ``resolution``, in document order (see the module doc)."""
    refs: list[Reference] = list(_header(resolution))
    annexed = {id(clause) for annex in resolution.annexes for clause in annex.clauses}
    for clause in resolution.clauses:
        if id(clause) not in annexed:
            refs.extend(_clause(clause))
    for annex in resolution.annexes:
        refs.extend(_annex(annex, annex.num))
    from resolution_cli.query import footnote_clauses

    cited = footnote_clauses(resolution)  # footnote -> its clauses, in document order
    for note in resolution.footnotes:
        citing = cited.get(note.number, ())
        refs.extend(references_in_text(note.text, f"footnote {note.number}", cited_by=citing))
    return tuple(refs)
