"""Every command in every format; stdin, import -o, export and validate through the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest

import source_text
from conftest import BUNDLED, SOURCE
from helpers import run

COMMANDS = [
    ["info"],
    ["list"],
    ["show"],
    ["show", "OP2"],
    ["grep", "Centre"],
    ["grep", "-c", "Centre"],
    ["grep", "-l", "Centre"],
    ["verbs"],
    ["footnotes"],
    ["refs"],
]
FORMATS = ["plain", "json", "jsonl", "rich"]
FOOTNOTES = source_text.footnote_texts()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_in_every_format(command: list[str], fmt: str) -> None:
    result = run(*command, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith("\n")
    assert "\x1b" not in result.stdout
    if fmt == "json":
        json.loads(result.stdout)
    if fmt == "jsonl":
        for line in result.stdout.splitlines():
            json.loads(line)


def test_footnotes_in_each_format_exactly() -> None:
    records = [
        {"number": n, "text": t, "cited_by": [c]}
        for n, t, c in zip((1, 2, 3), FOOTNOTES, ("PP3", "PP8", "PP9"), strict=True)
    ]
    assert json.loads(run("footnotes", "--format", "json").stdout) == records
    assert run("footnotes", "--format", "jsonl").stdout == "".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
    )
    assert run("footnotes", "--format", "rich").stdout == (
        "footnote  text                         cited by\n"
        f"¹         {FOOTNOTES[0]:<27}  PP3     \n"
        f"²         {FOOTNOTES[1]:<27}  PP8     \n"
        f"³         {FOOTNOTES[2]:<27}  PP9     \n"
    )


def test_verbs_jsonl_and_refs_json() -> None:
    first = json.loads(run("verbs", "--format", "jsonl").stdout.splitlines()[0])
    assert first == {"verb": "Guided", "count": 1, "ids": ["PP1"]}
    refs = json.loads(run("refs", "--format", "json").stdout)
    assert [r["normalized"] for r in refs] == [
        "A/75/L.72",
        "A/75/L.72/Add.1",
        "A/RES/72/7",
        "S/2007/279",
        "S/2007/280",
        "A/RES/60/288",
        "A/71/982-S/2017/600",
    ]
    assert refs[3]["location"] == "footnote 1" and refs[3]["cited_by"] == ["PP3"]
    assert all(r["url"].startswith("https://undocs.org/en/") for r in refs)


def test_stdin_and_from() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    result = run("--file", "-", "show", "OP2", "--format", "plain", stdin=text)
    assert result.stdout.startswith("2. Welcomes the assistance")
    # Detection is by content; --from says it outright and is obeyed.
    result = run("--file", "-", "--from", "json", "info", stdin=text)
    assert result.exit_code == 2 and "not valid JSON" in result.stderr


def test_import_to_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.json"
    result = run("import", str(SOURCE), "-o", str(out))
    assert (result.exit_code, result.stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == BUNDLED.read_text(encoding="utf-8")


def test_export_csv_reads_back_to_the_clauses() -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").stdout)))
    assert [r["text"] for r in rows] == source_text.clause_texts()
    assert [r["id"] for r in rows][:3] == ["PP1", "PP2", "PP3"]


def test_export_json_is_the_bundled_model() -> None:
    assert json.loads(run("export").stdout) == json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_export_markdown_and_akn() -> None:
    markdown = run("export", "--format", "markdown").stdout
    assert "*Recalling also* the exchange" in markdown
    assert "Strategy[^2] in the region" in markdown
    akn = run("export", "--format", "akn").stdout
    assert '<statement name="resolution"' in akn
    assert "/akn/un/statement/deliberation/unga/2021-04-16/75-272/!main" in akn


def test_clause_formats_on_list_and_unsupported_views() -> None:
    assert run("list", "--part", "operative", "--format", "csv").stdout_bytes.count(b"\r\n") == 5
    result = run("verbs", "--format", "csv")
    assert result.exit_code == 2  # click refuses: verbs offers plain, json, jsonl, rich
    result = run("grep", "-c", "Centre", "--format", "csv")
    assert result.exit_code == 2 and "does not apply" in result.stderr


def test_validate_exit_codes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(BUNDLED))
    assert (result.exit_code, result.stderr) == (0, "")
    bad = tmp_path / "bad.json"
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["preamble"][2]["text"] = 3
    del data["title"]
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 2
    assert f"{bad}: title: " in result.stdout
    assert f"{bad}: preamble.2.text: " in result.stdout
    assert result.stderr.count("\n") == 1 and "is not valid: 2 problems" in result.stderr


def test_unencodable_characters_become_json_escapes() -> None:
    import subprocess
    import sys

    from resolution_cli.cli import _tolerant_stdout

    _tolerant_stdout()  # registers the handler
    assert "Côte ’ 😀".encode("ascii", "resolution-uescape") == (
        b"C\\u00f4te \\u2019 \\ud83d\\ude00"
    )
    result = subprocess.run(
        [sys.executable, "-m", "resolution_cli", "show", "PP15", "--format", "json"],
        capture_output=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": ""},
        check=True,
    )
    assert json.loads(result.stdout)[0]["text"] == source_text.clause_texts()[14]


def test_export_format_follows_the_output_extension(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, start in (("r.csv", "id,part"), ("r.md", "A/RES/75/272"), ("r.xml", "<?xml")):
        assert run("export", "-o", str(tmp_path / name)).exit_code == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_export_through_a_link_keeps_the_link_and_the_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run("export", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["symbol"] == "A/RES/75/272"
    assert target.stat().st_mode & 0o777 == 0o640


def test_global_option_after_the_command_is_taken_as_given_before() -> None:
    result = run("show", "OP1", "--file", "x.json")
    assert result.exit_code == 2
    assert result.stderr == run("--file", "x.json", "show", "OP1").stderr
    assert "x.json" in result.stderr


def test_empty_verb_is_a_usage_error() -> None:
    for command in ("grep", "list"):
        result = run(command, "--verb", " ")
        assert result.exit_code == 2 and "--verb needs" in result.stderr
