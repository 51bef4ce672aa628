"""``corpus list`` and ``corpus info``: what the index holds."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from resolution_cli.corpus import schema
from resolution_cli.corpus.filters import Filters

ORDER = "r.session, r.ordinal, r.letter, r.symbol, r.lang"


class Listed(NamedTuple):
    """One indexed resolution, as ``corpus list`` prints it."""

    symbol: str
    date: str | None  #: the adoption date, ISO
    title: str
    clauses: int
    adoption: str | None  #: how it was adopted, as the file says
    lang: str  #: ISO 639-1: ar, en, es, fr, ru, zh


@dataclass(frozen=True)
class SessionCount:
    """How many resolutions the index holds of one session, in one language."""

    session: int | None
    lang: str
    resolutions: int


@dataclass(frozen=True)
class IndexInfo:
    """What ``corpus info`` reports: where the index is, its size, its counts."""

    path: str
    size: int  #: in bytes, with the write-ahead log
    schema: int
    files: int
    resolutions: int
    clauses: int
    references: int
    votes: int
    sessions: tuple[SessionCount, ...]

    def as_dict(self) -> dict[str, Any]:
        """The JSON document of ``corpus info --format json``."""
        return {
            "path": self.path,
            "size": self.size,
            "schema": self.schema,
            "files": self.files,
            "resolutions": self.resolutions,
            "clauses": self.clauses,
            "references": self.references,
            "votes": self.votes,
            "sessions": [
                {"session": s.session, "lang": s.lang, "resolutions": s.resolutions}
                for s in self.sessions
            ],
        }

    def rows(self) -> list[tuple[str, object]]:
        """``corpus info`` as (field, value) rows."""
        rows: list[tuple[str, object]] = [
            ("path", self.path),
            ("size", f"{self.size / 1_048_576:.1f} MiB ({self.size} bytes)"),
            ("schema", self.schema),
            ("files", self.files),
            ("resolutions", self.resolutions),
            ("clauses", self.clauses),
            ("references", self.references),
            ("votes", self.votes),
        ]
        rows += [
            (
                f"session {s.session} ({s.lang})",
                f"{s.resolutions} resolution{'' if s.resolutions == 1 else 's'}",
            )
            for s in self.sessions
        ]
        return rows


def listing(conn: sqlite3.Connection, filters: Filters) -> list[Listed]:
    """One row per resolution: symbol, adoption date, title, clause count, adoption type."""
    where, params = filters.where()
    sql = (
        "SELECT r.symbol, r.adopted, r.title, r.clause_count, r.adoption_type, r.lang "
        f"FROM resolutions r WHERE {where} ORDER BY {ORDER}"
    )
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return [Listed(*row) for row in conn.execute(sql, params)]


def info(conn: sqlite3.Connection, path: Path) -> IndexInfo:
    """Where the index is, its size, and its counts (per session and language)."""
    size = sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    sessions = tuple(
        SessionCount(session, lang, n)
        for session, lang, n in conn.execute(
            "SELECT session, lang, count(*) FROM resolutions GROUP BY session, lang "
            "ORDER BY session IS NULL, session, lang"
        )
    )
    return IndexInfo(
        path=str(path),
        size=size,
        schema=schema.VERSION,
        files=count("files"),
        resolutions=count("resolutions"),
        clauses=count("clauses"),
        references=count("refs"),
        votes=count("votes"),
        sessions=sessions,
    )
