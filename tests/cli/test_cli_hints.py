"""The one-line hint for an option put on the wrong side of the command."""

from __future__ import annotations

import pytest

from conftest import BUNDLED
from helpers import run


@pytest.mark.parametrize(
    ("args", "hint"),
    [
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


@pytest.mark.parametrize(
    "args",
    [
        ("show", "OP2", "--file", str(BUNDLED)),
        ("show", "--file", str(BUNDLED), "OP2"),
        ("show", "OP2", f"--file={BUNDLED}"),
    ],
)
def test_a_global_option_after_the_command_is_read_as_if_before(args: tuple[str, ...]) -> None:
    """``resolution lineage 75/162 --db X``: a global option (--file, --db, --res...)
    typed after the command means what it means before it."""
    before = run("--file", str(BUNDLED), "show", "OP2")
    after = run(*args)
    assert (after.exit_code, after.stdout, after.stderr) == (0, before.stdout, "")
    missing = run("corpus", "list", "--db", "/nonexistent/dir/index.sqlite")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("resolution: error: ") and "before" not in missing.stderr


def test_several_global_options_after_the_command_keep_their_order() -> None:
    """``--file EN show PP2 --file FR --lang en,fr``: every --file after the command
    joins those before it, in the order typed (the versions in that order)."""
    from versions_xml import version

    en, fr = str(version("75_272", "en")), str(version("75_272", "fr"))
    before = run("--file", en, "--file", fr, "show", "OP2", "--format", "plain")
    assert before.exit_code == 0 and before.stdout.startswith("[en] OP2\n")
    for args in (
        ("--file", en, "show", "OP2", "--file", fr, "--format", "plain"),
        ("show", "OP2", "--file", en, "--format", "plain", f"--file={fr}"),
    ):
        after = run(*args)
        assert (after.exit_code, after.stdout, after.stderr) == (0, before.stdout, ""), args
    swapped = run("show", "OP2", "--file", fr, "--file", en, "--format", "plain")
    assert swapped.stdout.startswith("[fr] OP2\n")


def test_a_collection_read_for_want_of_a_choice_names_the_option() -> None:
    """The reader says which resolution of a collection it read; the command line adds
    how to choose another (the library itself names no option)."""
    from conftest import require_shared

    path = require_shared(75) / "75_254_E.xml"
    result = run("--file", str(path), "info", "--format", "json")
    assert result.exit_code == 0
    first = result.stderr.splitlines()[0]
    assert first.endswith("holds resolutions A, B, C; reading A (another with --part-of LETTER)")
    chosen = run("--file", str(path), "--part-of", "B", "info", "--format", "json")
    assert "holds resolutions" not in chosen.stderr
