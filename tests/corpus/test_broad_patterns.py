"""search with broad patterns: a pattern that matches a lot is not backtracking.

The time limit is per clause (each regex call); only a pathological pattern on one
clause is stopped, naming the resolution and the clause. Hits are streamed; an empty
pattern is an error that names itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUNDLED, require_shared
from helpers import run

CLI = [sys.executable, "-m", "resolution_cli"]


@pytest.mark.parametrize("pattern", [".", r"\w", "x?"])
def test_a_broad_pattern_completes(corpus_db: str, pattern: str) -> None:
    result = run("--db", corpus_db, "search", pattern, "-c", "--session", "75")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    counts = dict(line.split("\t") for line in result.stdout.splitlines())
    # search gives for each resolution what grep gives: compare with grep on the file.
    grep = run("--file", str(require_shared(75) / "75_284_E.xml"), "grep", pattern, "-c")
    assert counts["A/RES/75/284"] == grep.stdout.strip()
    assert len(counts) > 300  # every clause has a character: every resolution of session 75


def test_a_dot_search_over_two_sessions_lists_every_clause(corpus_db: str) -> None:
    result = run("--db", corpus_db, "search", ".", "-l")
    assert result.exit_code == 0, result.stderr
    listed = run("--db", corpus_db, "corpus", "list", "--format", "json")
    clauses = sum(row["clauses"] for row in json.loads(listed.stdout))
    assert len(result.stdout.splitlines()) == clauses


@pytest.mark.parametrize("fixed", [False, True])
@pytest.mark.parametrize("command", ["search", "grep"])
def test_an_empty_pattern_is_an_error_that_names_itself(
    corpus_db: str, command: str, fixed: bool
) -> None:
    args = ["--db", corpus_db, command] if command == "search" else [command]
    result = run(*args, *(["-F"] if fixed else []), "")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("resolution: error: the pattern is empty; ")
    assert "-F" not in result.stderr and "backtracking" not in result.stderr


def test_hits_stream_and_a_closed_pipe_is_quiet(corpus_db: str) -> None:
    for fmt in ("plain", "jsonl"):
        proc = subprocess.Popen(
            [*CLI, "--db", corpus_db, "search", ".", "--format", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().startswith(b"A/RES/" if fmt == "plain" else b"{")
        proc.stdout.close()
        assert proc.stderr.read() == b""
        assert proc.wait() == 141


@pytest.fixture(scope="module")
def backtracking_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of one resolution (75/272, exported to AKN) whose OP3 is a long run of a's."""
    folder = tmp_path_factory.mktemp("backtracking")
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["operative"][2] = {**data["operative"][2], "text": "a" * 20_000 + "b", "markers": []}
    source = folder / "slow.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    xml = folder / "slow.xml"
    exported = run("--file", str(source), "export", "-o", str(xml))
    assert exported.exit_code == 0, exported.stderr
    db = folder / "index.sqlite"
    added = run("--db", str(db), "corpus", "add", str(xml))
    assert added.exit_code == 0, added.stderr
    return str(db)


def test_a_pathological_pattern_is_stopped_on_its_clause(
    backtracking_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolution_cli import query

    monkeypatch.setattr(query, "PATTERN_TIMEOUT", 0.2)
    result = run("--db", backtracking_db, "search", "(a+)+$")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "resolution: error: the pattern took longer than 0.2 s on A/RES/75/272 OP3 "
        "(catastrophic backtracking?); simplify it or use -F\n"
    )
    # A pattern that matches every clause is not stopped, with the same limit.
    assert run("--db", backtracking_db, "search", ".", "-c").exit_code == 0


def test_grep_names_the_clause_that_backtracks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolution_cli import query

    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["operative"][1] = {**data["operative"][1], "text": "a" * 20_000 + "b", "markers": []}
    source = tmp_path / "slow.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(query, "PATTERN_TIMEOUT", 0.2)
    result = run("--file", str(source), "grep", "(a+)+$")
    assert result.exit_code == 2
    assert "took longer than 0.2 s on OP2 (catastrophic backtracking?)" in result.stderr
