"""``corpus list`` and ``corpus info``: what the index holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from resolution_cli.corpus import schema
from resolution_cli.corpus.filters import Filters

ORDER = "r.session, r.ordinal, r.letter, r.symbol"


def listing(conn: sqlite3.Connection, filters: Filters) -> list[tuple[object, ...]]:
    """One row per resolution: symbol, adoption date, title, clause count, adoption type."""
    where, params = filters.where()
    sql = (
        "SELECT r.symbol, r.adopted, r.title, r.clause_count, r.adoption_type "
        f"FROM resolutions r WHERE {where} ORDER BY {ORDER}"
    )
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return list(conn.execute(sql, params))


def info(conn: sqlite3.Connection, path: Path) -> dict[str, Any]:
    """Where the index is, its size, and its counts (per session and language)."""
    size = sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )

    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    sessions = [
        {"session": session, "lang": lang, "resolutions": n}
        for session, lang, n in conn.execute(
            "SELECT session, lang, count(*) FROM resolutions GROUP BY session, lang "
            "ORDER BY session IS NULL, session, lang"
        )
    ]
    return {
        "path": str(path),
        "size": size,
        "schema": schema.VERSION,
        "files": count("files"),
        "resolutions": count("resolutions"),
        "clauses": count("clauses"),
        "references": count("refs"),
        "votes": count("votes"),
        "sessions": sessions,
    }


def info_rows(data: dict[str, Any]) -> list[tuple[object, ...]]:
    """``corpus info`` as (field, value) rows."""
    rows: list[tuple[object, ...]] = [
        ("path", data["path"]),
        ("size", f"{data['size'] / 1_048_576:.1f} MiB ({data['size']} bytes)"),
        ("schema", data["schema"]),
    ]
    rows += [
        (name, data[name]) for name in ("files", "resolutions", "clauses", "references", "votes")
    ]
    rows += [
        (f"session {s['session']} ({s['lang']})", f"{s['resolutions']} resolutions")
        for s in data["sessions"]
    ]
    return rows
