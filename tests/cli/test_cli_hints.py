"""The one-line hint for an option put on the wrong side of the command."""

from __future__ import annotations

import pytest

from helpers import run


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (
            ("corpus", "add", "X", "--db", "D"),
            "--db goes before the command: resolution --db ... corpus add ...",
        ),
        (
            ("show", "--file", "x.xml"),
            "--file goes before the command: resolution --file ... show ...",
        ),
        (
            ("--format", "plain", "show", "OP2"),
            "--format goes after the command: resolution show ... --format plain",
        ),
        (
            ("--format=json", "corpus", "list"),
            "--format goes after the command: resolution corpus list ... --format json",
        ),
        (
            ("--no-pager", "show"),
            "--no-pager goes after the command: resolution show ... --no-pager",
        ),
        (("--pager", "show"), "--pager goes after the command: resolution show ... --pager"),
    ],
)
def test_a_misplaced_option_is_told_where_it_goes(args: tuple[str, ...], hint: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"resolution: error: {hint}\n"
