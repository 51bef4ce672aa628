"""``cited-by`` and ``corpus top-cited``: citations, the references that
``references.find_references`` found, indexed.

A document is named as ``refs`` normalizes it: ``60/288``, ``A/RES/60/288`` and
``resolution 60/288`` are one document. A symbol without a part letter also finds
its lettered parts (``45/55`` finds "45/55 B"; ``217 (III)`` finds "217 A (III)"),
as the UN's own links do; with a letter, only that part. The drafts a resolution
adopts (its header) are not citations.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import NamedTuple

from resolution_cli.corpus.filters import Filters
from resolution_cli.errors import CorpusError

ORDER = "r.session, r.ordinal, r.letter, r.symbol"


class Citation(NamedTuple):
    """One indexed clause citing a document, as ``cited-by`` prints it."""

    symbol: str  #: the citing resolution
    id: str  #: the citing clause; for a footnote, the clauses citing it (``PP2,OP3``)
    date: str | None  #: the citing resolution's adoption date
    written: str  #: the words as written
    location: str  #: where: ``PP2``, ``OP3(a)``, ``footnote 4``


class CitingResolution(NamedTuple):
    """A resolution citing a document, as ``cited-by --count`` ranks it."""

    symbol: str
    citations: int
    date: str | None
    title: str


class CitedDocument(NamedTuple):
    """A document the indexed resolutions cite, as ``corpus top-cited`` ranks it."""

    document: str
    kind: str
    resolutions: int  #: how many resolutions cite it
    citations: int  #: how many times in all


def document_of(text: str) -> tuple[str, str]:
    """(column, value) to look a written symbol up by; a one-line error if it is none."""
    from resolution_cli.corpus.store import normalize_symbol
    from resolution_cli.symbols import find_symbols, parse_symbol

    symbol = parse_symbol(normalize_symbol(text)) or parse_symbol(text)
    if symbol is None:
        found = [s for m in find_symbols(text) for s in m.symbols]
        if len(found) != 1:
            raise CorpusError(
                f"{text!r} is not a document symbol; expected e.g. A/RES/60/288, 60/288 "
                "or 'resolution 60/288'"
            )
        symbol = found[0]
    if symbol.document and symbol.document != symbol.normalized:
        return "normalized", symbol.normalized
    return "document", symbol.document or symbol.normalized


def cited_by(conn: sqlite3.Connection, text: str, filters: Filters) -> list[Citation]:
    """Each citing clause: symbol, id, date, the words as written, where (PP2, footnote 3)."""
    column, value = document_of(text)
    where, params = filters.where()
    sql = (
        "SELECT DISTINCT r.symbol, f.cid, r.adopted, f.written, f.location, "
        f"r.session, r.ordinal, r.letter, f.rowid FROM refs f JOIN resolutions r "
        f"ON r.id = f.resolution_id WHERE f.{column} = ? AND {where} ORDER BY {ORDER}, f.rowid"
    )
    rows = conn.execute(sql, [value, *params])
    seen: set[Citation] = set()
    out: list[Citation] = []
    for row in rows:
        key = Citation(*row[:5])
        if key in seen:
            continue
        seen.add(key)
        out.append(key)
    if filters.limit is not None:
        out = out[: filters.limit]
    return out


def cited_by_count(conn: sqlite3.Connection, text: str, filters: Filters) -> list[CitingResolution]:
    """The citing resolutions ranked: symbol, citations, date, title."""
    rows = cited_by(conn, text, replace(filters, limit=None))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.symbol] = counts.get(row.symbol, 0) + 1
    where, params = filters.where()
    meta: dict[str, tuple[str | None, str]] = {}
    for symbol, adopted, title in conn.execute(
        f"SELECT r.symbol, r.adopted, r.title FROM resolutions r WHERE {where}", params
    ):
        if symbol in counts:
            meta.setdefault(symbol, (adopted, title))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], meta[kv[0]][0] or "", kv[0]))
    out = [CitingResolution(s, n, *meta[s]) for s, n in ranked]
    return out[: filters.limit] if filters.limit is not None else out


def top_cited(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[CitedDocument]:
    """The most-cited documents: document, kind, citing resolutions, citations."""
    where, params = filters.where()
    sql = (
        "SELECT document, kind, count(DISTINCT resolution_id) AS n, count(*) FROM ("
        "SELECT DISTINCT f.resolution_id, f.location, f.written, f.document, f.kind "
        f"FROM refs f JOIN resolutions r ON r.id = f.resolution_id WHERE {where} "
        "AND f.kind != 'joint document') GROUP BY document ORDER BY n DESC, count(*) DESC, "
        "document LIMIT ?"
    )
    return [CitedDocument(*row) for row in conn.execute(sql, [*params, limit])]
