"""The command as a whole process: lazy imports, pipes, python -m."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "resolution_cli"]


def modules_after(*args: str) -> set[str]:
    """The heavy modules loaded by running ``resolution ARGS`` (stdout not a terminal)."""
    code = (
        "import sys, contextlib, io\n"
        "from resolution_cli.cli import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    run({list(args)!r})\n"
        "heavy = ('rich', 'pydantic', 'regex', 'lxml')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_help_loads_neither_rich_nor_pydantic() -> None:
    assert modules_after("--help") == set()
    assert modules_after("show", "--help") == set()


def test_plain_and_json_output_do_not_load_rich() -> None:
    assert "rich" not in modules_after("show", "OP2", "--format", "plain")
    assert "rich" not in modules_after("list", "--format", "jsonl")
    assert "rich" not in modules_after("list")  # piped: auto means plain


def test_rich_loads_to_draw() -> None:
    assert "rich" in modules_after("list", "--format", "rich")


def test_python_dash_m_works() -> None:
    out = subprocess.run([*CLI, "show", "OP2", "--format", "json"], capture_output=True, text=True)
    assert out.returncode == 0
    assert json.loads(out.stdout)[0]["id"] == "OP2"


@pytest.mark.parametrize(
    "args",
    [["list"], ["show"], ["show", "--format", "json"], ["list", "--format", "jsonl"], ["verbs"]],
)
def test_head_closing_the_pipe_leaves_stderr_empty(args: list[str]) -> None:
    proc = subprocess.Popen(
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)
    proc.stdout.close()
    stderr = proc.stderr.read()
    code = proc.wait()
    assert stderr == b""
    assert code in (0, 141)  # 141: the reader went away first (128 + SIGPIPE), as grep


def test_shell_pipe_into_head() -> None:
    out = subprocess.run(
        f"{' '.join(CLI)} show | head -1", shell=True, capture_output=True, text=True
    )
    assert out.stdout == "A/RES/75/272\n"
    assert out.stderr == ""


def test_broken_pipe_on_a_large_output(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Output far larger than a pipe's buffer: the write really fails, quietly."""
    from conftest import BUNDLED

    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    clause = data["preamble"][3]
    data["preamble"] = [{**clause, "id": f"PP{n}", "number": n} for n in range(1, 2001)]
    path = tmp_path / "large.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.Popen(
        [*CLI, "--file", str(path), "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"PP1\t")
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait() == 141
    assert stderr == b""
