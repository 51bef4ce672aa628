"""Ctrl-C just after a batch's COMMIT returned: the interruption goes through as such (exit
130), not as "cannot rollback - no transaction is active" (an error, exit 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from resolution_cli.corpus import index
from resolution_cli.corpus.extract import extract
from resolution_cli.corpus.store import create_index

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "akn"


class _InterruptAfterCommit:
    """A connection whose COMMIT succeeds, then Ctrl-C arrives."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        cursor = self.conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def test_ctrl_c_after_commit_is_an_interruption_and_the_batch_stays(tmp_path: Path) -> None:
    conn = create_index(tmp_path / "i.sqlite")
    source = FIXTURES / "sections.xml"
    extracted = extract(str(source), source.read_bytes(), "sha")
    writer = index.Writer(_InterruptAfterCommit(conn), index.AddResult(), lambda m: None)  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt):
        writer.write([extracted])
    assert not conn.in_transaction
    assert conn.execute("SELECT symbol FROM resolutions").fetchall() == [("A/RES/99/85",)]
    conn.close()
