"""Every command's --help ends with examples from the README (issue 19, item 8), and
the man pages are built from the same commands.

An example is checked against the README's command lines (its ``$ resolution``
console lines and its ``sh`` blocks), which tests/test_readme.py runs: so each
example in the help is run, as written, from the clone's root.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from conftest import ROOT
from helpers import run
from resolution_cli.cli import cli, load
from resolution_cli.cli.app import COMMANDS as LISTED
from resolution_cli.cli.app import _stub

load()  # every command's module: the group is lazy
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_command_lines() -> set[str]:
    lines = {line[2:] for line in README.splitlines() if line.startswith("$ resolution")}
    for block in re.findall(r"^ *```sh\n(.*?)^ *```", README, re.S | re.M):
        # a trailing shell comment ("cmd   # what it does") is not part of the command
        lines |= {re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines()}
    lines.discard("")
    return lines


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


COMMANDS = commands()


def help_examples(path: tuple[str, ...]) -> list[str]:
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout, f"resolution {' '.join(path)} --help has no examples"
    section = result.stdout.split("Examples:", 1)[1]
    return [line.strip() for line in section.strip().splitlines() if line.strip()]


def test_every_command_is_checked() -> None:
    assert len(COMMANDS) >= 20
    assert ("corpus", "add") in COMMANDS and ("show",) in COMMANDS and () in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(("resolution", *p)))
def test_help_shows_two_or_three_examples_from_the_readme(path: tuple[str, ...]) -> None:
    examples = help_examples(path)
    assert 2 <= len(examples) <= 3, examples
    readme = readme_command_lines()
    for example in examples:
        assert example.startswith("resolution ") or "&& resolution " in example
        assert example in readme, f"not in the README as written: {example}"
        if path:  # a command's example runs that command
            assert f" {' '.join(path)} " in f"{example} ", example


def test_help_stays_lazy() -> None:
    # the examples live in a module that imports nothing heavy: --help loads no rich
    code = (
        "import sys\n"
        "from resolution_cli.cli import run\n"
        "run(['show', '--help'])\n"
        "heavy = [m for m in ('rich', 'pydantic') if m in sys.modules]\n"
        "sys.stderr.write(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr == ""


def test_the_man_pages_are_built_from_the_commands(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "man.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names = {p.name for p in tmp_path.glob("*.1")}
    assert names == {"-".join(("resolution", *path)) + ".1" for path in COMMANDS}
    show = (tmp_path / "resolution-show.1").read_text(encoding="utf-8")
    for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXAMPLES", "EXIT STATUS"):
        assert f".SH {heading}" in show
    groff = shutil.which("groff")
    if groff is None:
        pytest.skip("groff is not installed: the pages are not rendered")
    for page in sorted(tmp_path.glob("*.1")):
        rendered = subprocess.run(
            [groff, "-man", "-Tutf8", "-ww", str(page)], capture_output=True, text=True
        )
        assert rendered.returncode == 0 and rendered.stderr == "", (page.name, rendered.stderr)
    text = subprocess.run(
        [groff, "-man", "-Tascii", str(tmp_path / "resolution-grep.1")],
        capture_output=True,
        text=True,
    ).stdout
    plain = re.sub(r".\x08", "", text)
    assert "resolution grep -l -w Asia" in plain


def test_the_lazy_groups_table_lists_each_command_as_the_command_itself_does() -> None:
    """``--help`` lists the commands from a table, without importing them: the table
    names every command, its module, and what the command itself would list."""
    import importlib
    import pkgutil

    import resolution_cli.cli as package

    for module in pkgutil.iter_modules(package.__path__):  # a command the table forgot
        importlib.import_module(f"resolution_cli.cli.{module.name}")
    assert set(LISTED) == set(cli.commands)
    for name, (module, _, _) in LISTED.items():
        command = cli.commands[name]
        assert command.callback is not None
        assert command.callback.__module__ == f"resolution_cli.cli.{module}"
        for limit in (20, 45, 60, 200):
            assert _stub(name).get_short_help_str(limit) == command.get_short_help_str(limit)
