"""Edge cases of the corpus commands: warnings, dates, the regex deadline, paths, symbols."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from conftest import require_shared
from helpers import run

CLI = [sys.executable, "-m", "resolution_cli"]


def _add(db: Path, *paths: Path | str) -> subprocess.CompletedProcess[str]:
    """``corpus add`` run in-process (``helpers.run``), its outcome as a process's."""
    args = ["--db", str(db), "corpus", "add", *map(str, paths)]
    result = run(*args)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of five resolutions of session 75 (75/102 has a recorded vote)."""
    folder = tmp_path_factory.mktemp("small")
    for name in ("75_272_E.xml", "75_283_E.xml", "75_253_E.xml", "75_253B_E.xml", "75_102_E.xml"):
        shutil.copy(require_shared(75) / name, folder / name)
    db = folder / "i.sqlite"
    result = _add(db, folder)
    assert result.returncode == 0, result.stderr
    return db


def test_a_reader_warning_during_add_is_printed_on_stderr(tmp_path: Path) -> None:
    source = (require_shared(75) / "75_272_E.xml").read_text(encoding="utf-8")
    start = source.index("<paragraph")
    end = source.index(">", start) + 1
    line = source.count("\n", 0, end) + 1
    folder = tmp_path / "src"
    folder.mkdir()
    odd = folder / "odd.xml"
    odd.write_text(source[:end] + "<mystery>odd words</mystery>" + source[end:], encoding="utf-8")
    result = _add(tmp_path / "i.sqlite", folder)
    assert result.returncode == 0, result.stderr
    expected = f"resolution: warning: {odd}: line {line}: <mystery> kept as text"
    assert expected in result.stderr.splitlines()


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        (("search", "Asia"), "--since", "2021-13"),
        (("search", "Asia"), "--since", "2021-02-30"),
        (("search", "Asia"), "--until", "2020-00"),
        (("search", "Asia"), "--until", "2021-04-31"),
        (("corpus", "list"), "--since", "2021-13"),
        (("corpus", "list"), "--since", "foo"),
    ],
)
def test_an_impossible_date_is_refused(
    small: Path, command: tuple[str, ...], option: str, value: str
) -> None:
    result = run("--db", str(small), *command, option, value)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"resolution: error: {option} {value!r} is not a date; "
        "expected YYYY, YYYY-MM or YYYY-MM-DD\n"
    )


def test_a_real_date_is_accepted(small: Path) -> None:
    for value in ("2021", "2021-02", "2020-02-29"):
        result = run("--db", str(small), "corpus", "list", "--since", value)
        assert result.exit_code in (0, 1), result.output


def test_a_path_named_on_the_command_line_must_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    db = tmp_path / "i.sqlite"
    good = require_shared(75) / "75_272_E.xml"
    result = run("--db", str(db), "corpus", "add", str(good), str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"resolution: error: {missing}: no such file or folder\n"
    assert not db.exists()


@pytest.mark.parametrize("typed", ["A/RES/75/253B", "75/253b", "a/res/75/253 b", "75/253 B"])
def test_a_part_letter_may_be_written_without_its_space(small: Path, typed: str) -> None:
    expected = run("--file", str(require_shared(75) / "75_253B_E.xml"), "show", "--format", "json")
    result = run("--db", str(small), "--res", typed, "show", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout


def test_what_is_not_a_symbol_is_told_the_expected_form(small: Path) -> None:
    result = run("--db", str(small), "--res", "foo", "info")
    assert result.exit_code == 2
    assert result.stderr == (
        "resolution: error: 'foo' is not a resolution symbol; "
        "expected a symbol such as A/RES/75/272, 75/272 or 75/253 B\n"
    )


AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _states(path: Path) -> list[str]:
    """The States in the file's voting block, as printed."""
    root = etree.parse(str(path)).getroot()
    return sorted(
        {
            " ".join("".join(o.itertext()).split())
            for count in root.iter(f"{AKN}count")
            for o in count.iter(f"{AKN}organization")
        }
    )


def test_corpus_votes_state_finds_states_as_votes_does(small: Path) -> None:
    states = _states(require_shared(75) / "75_102_E.xml")
    united = [s for s in states if "united" in s.casefold()]
    assert len(united) > 1
    result = run("--db", str(small), "corpus", "votes", "--state", "united")
    assert result.exit_code == 2
    assert result.stderr == (
        f"resolution: error: --state 'united' names {len(united)} States: "
        f"{'; '.join(united)}; give one of them\n"
    )
    tanzania = [s for s in states if "tanzania" in s.casefold()]
    assert len(tanzania) == 1
    one = run("--db", str(small), "corpus", "votes", "--state", "TANZANIA")
    exact = run("--db", str(small), "corpus", "votes", "--state", tanzania[0].lower())
    assert one.exit_code == 0 and one.stdout == exact.stdout
    assert one.stdout.startswith("A/RES/75/102\t")


def test_corpus_votes_refuses_state_with_agree(small: Path) -> None:
    result = run("--db", str(small), "corpus", "votes", "--state", "Chile", "--agree", "a", "b")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "resolution: error: --state and --agree cannot be combined; give one of them\n"
    )
