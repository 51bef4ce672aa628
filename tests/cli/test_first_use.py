"""What a new user hits (issue 19, items 6, 7 and 9): a bare command, export's
extensions, one meaning for ``-l``, proper plurals, one message for an empty file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, require_shared
from helpers import run

EMPTY = "file is empty; expected a resolution in JSON, AKN XML or text"


def _process(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resolution_cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


# -- 7: a bare command is its help, on stdout, exit 0 ---------------------------


@pytest.mark.parametrize("args", [(), ("corpus",)], ids=["resolution", "resolution corpus"])
def test_a_bare_command_prints_its_help_and_exits_0(args: tuple[str, ...]) -> None:
    result = _process(*args)
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith(f"Usage: resolution {' '.join(args)}".rstrip() + " [OPTIONS]")
    assert "error" not in result.stdout.split("\n", 1)[0]
    assert "Commands:" in result.stdout


# -- 6: an extension that names no format is an error --------------------------


@pytest.mark.parametrize("name", ["253.xlsx", "x.txt", "noextension"])
def test_export_refuses_an_unknown_extension(tmp_path: Path, name: str) -> None:
    result = run("export", "-o", str(tmp_path / name))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("resolution: error: ")
    for known in (".json", ".csv", ".tsv", ".md", ".xml", "--format"):
        assert known in lines[0]
    assert not (tmp_path / name).exists()


def test_export_writes_an_unknown_extension_in_the_format_given(tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    assert run("export", "-o", str(out), "--format", "csv").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("id,part,")
    assert run("export", "-o", "-").exit_code == 0  # '-' is stdout: json, as without -o


# -- 9: -l means one thing; plurals; one message for an empty file ---------------


def test_grep_l_and_both_long_names_are_one_option() -> None:
    outputs = {flag: run("grep", flag, "-w", "Asia").output for flag in ("-l", "--ids-only")}
    outputs["--refs-only"] = run("grep", "--refs-only", "-w", "Asia").output
    assert len(set(outputs.values())) == 1
    assert outputs["-l"].strip()


def test_search_l_and_both_long_names_are_one_option(tmp_path: Path) -> None:
    official = require_shared()
    db = str(tmp_path / "i.sqlite")
    assert run("--db", db, "corpus", "add", str(official / "75_272_E.xml")).exit_code == 0
    outputs = {
        flag: run("--db", db, "search", flag, "-w", "Asia").output
        for flag in ("-l", "--refs-only", "--ids-only")
    }
    assert len(set(outputs.values())) == 1
    grep_ids = run("grep", "-l", "-w", "Asia").output.split()
    assert outputs["-l"].split() == [x for i in grep_ids for x in ("A/RES/75/272", i)]


def test_validate_counts_problems_in_proper_plurals(tmp_path: Path) -> None:
    one = tmp_path / "binary.bin"
    one.write_bytes(b"\x00\x01\x02")
    assert run("validate", str(one)).output.strip().endswith("is not valid: 1 problem")
    two = tmp_path / "two.json"
    two.write_text('{"symbol": 5, "title": 6}', encoding="utf-8")
    result = run("validate", str(two))
    assert result.output.strip().splitlines()[-1].endswith(" problems")
    assert "problem(s)" not in result.output


def test_a_json_file_with_two_problems_says_and_1_more_problem(tmp_path: Path) -> None:
    document = json.loads((ROOT / "data" / "resolution_75_272.json").read_text(encoding="utf-8"))
    document["symbol"] = 5
    document["title"] = 6
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("--file", str(bad), "info")
    assert result.exit_code == 2
    assert "(and 1 more problem)" in result.output


def test_an_empty_file_has_one_message_everywhere(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    shown = run("--file", str(empty), "show")
    assert shown.exit_code == 2
    assert shown.output == f"resolution: error: {empty}: {EMPTY}\n"
    added = run("--db", str(tmp_path / "i.sqlite"), "corpus", "add", str(empty))
    assert f"{empty}: {EMPTY}; skipped" in added.output
    checked = run("validate", str(empty))
    assert checked.exit_code == 2
    assert (
        checked.output == f"{empty}: {EMPTY}\nresolution: error: {empty} is not valid: 1 problem\n"
    )


def test_validate_reports_an_empty_file_as_it_reports_a_binary_one(tmp_path: Path) -> None:
    empty, binary = tmp_path / "empty.xml", tmp_path / "binary.bin"
    empty.write_bytes(b"  \n")
    binary.write_bytes(b"\x00\x01")
    for path in (empty, binary):
        result = run("validate", str(path), "--format", "json")
        assert result.exit_code == 2
        report = json.loads(result.stdout)
        assert report, path


def test_a_first_corpus_add_of_one_file_under_two_names_says_1_duplicate(tmp_path: Path) -> None:
    official = require_shared()
    folder = tmp_path / "d"
    folder.mkdir()
    data = (official / "75_272_E.xml").read_bytes()
    (folder / "a.xml").write_bytes(data)
    (folder / "b.xml").write_bytes(data)
    db = str(tmp_path / "i.sqlite")
    first = run("--db", db, "corpus", "add", str(folder))
    assert first.exit_code == 0
    assert "1 indexed, 0 unchanged, 1 duplicate, 0 skipped (1 resolution," in first.output
    assert "replaced" not in first.output
    again = run("--db", db, "corpus", "add", str(folder))
    assert "0 indexed, 1 unchanged, 1 duplicate, 0 skipped" in again.output
