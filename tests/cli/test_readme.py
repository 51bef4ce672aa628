"""The README tells the truth: its examples print what it shows, and CI runs its test command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, require_shared

README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    """(command, expected output) for each ``$ resolution ...`` line of a console block."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            examples.append((command, "\n".join(output)))
    return examples


EXAMPLES = console_examples()


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 10


def _environment(command: str) -> dict[str, str]:
    """What a README command needs (or skip): jq, ../shared, this venv's ``resolution``
    first on PATH, no FORCE_COLOR."""
    if "| jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    if "../shared/" in command:
        require_shared(74 if "/74session/" in command else 75)
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("FORCE_COLOR", None)
    return env


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_console_example(command: str, expected: str) -> None:
    env = _environment(command)
    # The README names the official files as ../shared; RESOLUTION_SHARED may put them
    # elsewhere: run the command on them there, and read their paths back as written.
    shared = f"{SHARED}/"
    result = subprocess.run(
        ["bash", "-c", command.replace("../shared/", shared)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    output = (result.stdout + result.stderr).replace(shared, "../shared/")
    assert output.rstrip("\n") == expected


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, re.S)
    assert len(commands) == 2, commands
    install_and_run, test_command = commands
    assert "resolution" in install_and_run
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci
    for check in ("ruff check", "ruff format --check", "mypy --strict src"):
        assert check in ci


def sh_commands() -> list[object]:
    """Each command line of the README's ``sh`` blocks (recipes, examples), to run as written.

    A block that installs (pip) or fetches from the network (git clone) is listed,
    skipped with its reason: the rest of its lines need what it makes.
    """
    params: list[object] = []
    for block in re.findall(r"^ *```sh\n(.*?)^ *```", README, re.S | re.M):
        lines = [line.strip() for line in block.splitlines()]
        commands = [line for line in lines if line and not line.startswith("#")]
        reason = next(
            (why for what, why in _NOT_HERE.items() if any(what in c for c in commands)), None
        )
        for command in commands:
            marks = [pytest.mark.skip(reason=reason)] if reason else []
            params.append(pytest.param(command, marks=marks, id=command[:70]))
    return params


_NOT_HERE = {
    "pip install": "installs the package (the test runs the installed one)",
    "git clone": "fetches from the network, and the rest of its block needs what it fetched",
}
SH_COMMANDS = sh_commands()


def test_there_are_sh_recipes() -> None:
    assert len(SH_COMMANDS) >= 10


_CORPUS = ("corpus ", "search ", "cited-by ")
#: lineage, history and diff --prev follow versions across sessions: the index of 74 and 75.
_LINEAGE = ("lineage ", "history ", " --prev")


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the files the README's corpus example adds (session 75, 75_28*)."""
    official = require_shared(75)
    db = tmp_path_factory.mktemp("index") / "index.sqlite"
    files = sorted(str(path) for path in official.glob("75_28*_E.xml"))
    subprocess.run(
        [sys.executable, "-m", "resolution_cli", "--db", str(db), "corpus", "add", *files],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return db


@pytest.mark.parametrize("command", SH_COMMANDS)
def test_sh_command_runs_as_written_from_the_root(
    command: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Each README command runs from the clone's root and prints without an error.

    A command that writes a file (-o) runs in a copy of the root's data, so that the
    clone is left as it was; ../shared is where RESOLUTION_SHARED puts it; the corpus
    commands ask an index of the files the README's example adds (lineage, history and
    diff --prev the index of sessions 74 and 75). ``diff`` exits 1 when the versions differ.
    """
    env = _environment(command)
    if any(word in command for word in _LINEAGE):
        env["RESOLUTION_DB"] = str(request.getfixturevalue("corpus_db"))
    elif any(word in command for word in _CORPUS):
        env["RESOLUTION_DB"] = str(request.getfixturevalue("small_index"))
    cwd = ROOT
    if " -o " in command:
        shutil.copytree(ROOT / "data", tmp_path / "data")
        cwd = tmp_path
    result = subprocess.run(
        ["bash", "-c", command.replace("../shared/", f"{SHARED}/")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    allowed = (0, 1) if " diff " in f" {command} " else (0,)
    assert result.returncode in allowed, (command, result.stderr)
    assert "error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    if " -o " in command:
        written = cwd / command.split(" -o ", 1)[1].split()[0]
        assert written.stat().st_size > 0
        if written.name == "resolution_75_272.json":  # made anew: as bundled, byte for byte
            assert written.read_bytes() == (ROOT / "data" / written.name).read_bytes()
    elif " corpus add " not in f" {command}" and " validate " not in f" {command}":
        assert result.stdout.strip(), command


PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=lambda code: code.splitlines()[-1][:60])
def test_python_block_runs_as_written_from_the_root(code: str) -> None:
    """Each ``python`` block of the README runs from the clone's root and prints."""
    assert PYTHON_BLOCKS
    env = _environment(code)
    result = subprocess.run(
        [sys.executable, "-c", code.replace("../shared/", f"{SHARED}/")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and not result.stderr
