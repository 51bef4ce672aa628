"""Indexes of the hand-built corpora (tests/fixtures/lineage) and of sessions 74-75."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lineage"


def build(db: Path, *folders: Path) -> Path:
    """Index ``folders`` into a new index at ``db`` (one process, as corpus add does)."""
    from resolution_cli.corpus.index import add
    from resolution_cli.corpus.store import create_index

    conn = create_index(db)
    try:
        add(conn, [str(f) for f in folders], warn=lambda message: None, jobs=1)
    finally:
        conn.close()
    return db
