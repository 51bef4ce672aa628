"""Bad input of every kind: one line on stderr, exit status 2, nothing on stdout, no traceback.

Each case builds its input in ``tmp_path`` and runs the command line in-process
(``helpers.run``, through ``cli.run`` as the real entry point does); the cases in
:data:`SUBPROCESS` also run as a real process (``python -m resolution_cli``).

Decisions, case by case:

- unreadable file: ``chmod 000`` does not stop root (the usual user of CI
  containers), so that test skips as root; :func:`test_permission_denied_is_mapped`
  makes ``open`` raise the very error the kernel would (``PermissionError``) so that
  the mapping is checked everywhere.
- a JSON document whose top level is an array, a string, ``null``, ``true`` or
  ``false`` is detected as JSON and refused as "expected a JSON object"; a bare
  number does not look like JSON and is read as text (not a resolution).
- 50 MB of XML: a single 50 MB text node is refused by libxml2's own limit (a text
  node over 10 MB) with a clean error in well under a second; 50 MB of junk after
  the root element is a clean "not well-formed" error; a file over the loader's
  cap (64 MiB) is refused before it is parsed. (50 MB of *valid* text split into
  1 MB spans does load, in about 6 s and 700 MB of memory: too heavy for the suite.)
- footnote problems in text sources are warnings: exit 0, the output on stdout,
  one ``resolution: warning:`` line per problem on stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import BUNDLED, SOURCE
from helpers import run
from resolution_cli import query

CLI = [sys.executable, "-m", "resolution_cli"]
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MIB = 1024 * 1024

Build = Callable[[Path], list[str]]


def _data() -> dict[str, object]:
    data: dict[str, object] = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return data


def _write(tmp: Path, name: str, content: bytes | str) -> str:
    path = tmp / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def _json_with(tmp: Path, name: str, change: Callable[[dict[str, object]], None]) -> str:
    data = _data()
    change(data)
    return _write(tmp, name, json.dumps(data))


def _official_or_minimal() -> bytes:
    """A real AKN resolution (from ../shared), or a minimal one when it is absent."""
    from conftest import OFFICIAL

    path = OFFICIAL / "75_272_E.xml"
    if path.is_file():
        return path.read_bytes()
    return (
        f'<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution"><preamble>'
        '<formula name="enactingFormula"><p>The General Assembly,</p></formula>'
        '<container name="Noting"><p><span class="italic">Noting</span> that.</p></container>'
        "</preamble></statement></akomaNtoso>"
    ).encode()


def _big_text_node(tmp: Path) -> str:
    """A real AKN resolution with a 50 MB text node in its first preambular clause."""
    src = _official_or_minimal()
    at = src.index(b"</p>", src.index(b"<preamble"))
    filler = b" filler" * (50 * MIB // 7)
    return _write(tmp, "big.xml", src[:at] + filler + src[at:])


def _junk_after_root(tmp: Path) -> str:
    return _write(tmp, "junk.xml", _official_or_minimal() + b"x" * (50 * MIB))


def _over_the_cap(tmp: Path) -> str:
    path = tmp / "huge.xml"
    with path.open("wb") as handle:
        handle.write(_official_or_minimal())
        handle.truncate(65 * MIB)  # a sparse file: NUL bytes past the document
    return str(path)


def _source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


def _renumber(old: str, new: str) -> Callable[[Path], str]:
    def build(tmp: Path) -> str:
        text = _source_text()
        assert f"\n{old}. " in text
        return _write(tmp, "renumbered.md", text.replace(f"\n{old}. ", f"\n{new}. ", 1))

    return build


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
        for n in range(1, 10)
    )
    + f']>\n<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution"><preamble>'
    "<container><p>&lol9;</p></container></preamble></statement></akomaNtoso>\n"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    f'<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution"><preamble>'
    "<container><p>&x;</p></container></preamble></statement></akomaNtoso>\n"
)


def _many(ref: str, n: int = 10_000) -> list[str]:
    return ["show", *([ref] * n)]


# id -> (build the argv in tmp_path, expected exit status, a fragment the error line names)
CASES: dict[str, tuple[Build, int, str]] = {
    # --file
    "missing-file": (lambda t: ["--file", str(t / "nope.json"), "info"], 2, "no such file"),
    "directory": (lambda t: ["--file", str(t), "info"], 2, "is a directory"),
    "empty-file": (lambda t: ["--file", _write(t, "e.json", b""), "info"], 2, "file is empty"),
    "blank-file": (lambda t: ["--file", _write(t, "b.txt", b" \n\t\n"), "info"], 2, "empty"),
    "binary-noise": (
        lambda t: ["--file", _write(t, "noise.bin", b"\x00" + os.urandom(4096)), "info"],
        2,
        "binary file",
    ),
    "binary-noise-no-nul": (
        lambda t: [
            "--file",
            _write(t, "n.bin", os.urandom(4096).replace(b"\x00", b"\xff")),
            "info",
        ],
        2,
        "n.bin",
    ),
    "latin-1": (
        lambda t: [
            "--file",
            _write(t, "l.md", "Le café — été\n".encode("latin-1", "replace")),
            "list",
        ],
        2,
        "is not UTF-8 (invalid byte 0xe9)",
    ),
    "truncated-json": (
        lambda t: ["--file", _write(t, "t.json", BUNDLED.read_bytes()[:500]), "info"],
        2,
        "not valid JSON",
    ),
    "json-array": (lambda t: ["--file", _write(t, "a.json", "[1, 2]"), "info"], 2, "JSON object"),
    "json-string": (
        lambda t: ["--file", _write(t, "s.json", '"A/RES/75/272"'), "info"],
        2,
        "expected a JSON object",
    ),
    "missing-field": (
        lambda t: ["--file", _json_with(t, "m.json", lambda d: d.pop("title")), "info"],
        2,
        "missing required field 'title'",
    ),
    "wrong-type": (
        lambda t: ["--file", _json_with(t, "w.json", lambda d: d.update(session="abc")), "info"],
        2,
        "field 'session'",
    ),
    "wrong-nested-type": (
        lambda t: [
            "--file",
            _json_with(t, "n.json", lambda d: d.update(operative=[{"id": 1}])),
            "info",
        ],
        2,
        "operative.0",
    ),
    "unknown-field": (
        lambda t: ["--file", _json_with(t, "u.json", lambda d: d.update(colour="red")), "info"],
        2,
        "unknown field 'colour'",
    ),
    # AKN
    "invalid-xml": (
        lambda t: ["--file", _write(t, "x.xml", "<akomaNtoso><statement"), "info"],
        2,
        "not well-formed XML",
    ),
    "not-akoma-ntoso": (
        lambda t: ["--file", _write(t, "h.xml", "<html><body>Hi</body></html>"), "info"],
        2,
        "not Akoma Ntoso",
    ),
    "akn-not-a-resolution": (
        lambda t: [
            "--file",
            _write(t, "act.xml", f'<akomaNtoso xmlns="{AKN_NS}"><act name="law"/></akomaNtoso>'),
            "info",
        ],
        2,
        "not a resolution",
    ),
    "billion-laughs": (
        lambda t: ["--file", _write(t, "laughs.xml", LAUGHS), "info"],
        2,
        "refused for safety",
    ),
    "external-entity": (
        lambda t: ["--file", _write(t, "xxe.xml", EXTERNAL), "show"],
        2,
        "refused for safety",
    ),
    "akn-50mb-text-node": (lambda t: ["--file", _big_text_node(t), "info"], 2, "big.xml"),
    "akn-50mb-junk-after-root": (
        lambda t: ["--file", _junk_after_root(t), "info"],
        2,
        "not well-formed XML",
    ),
    "over-64mib": (lambda t: ["--file", _over_the_cap(t), "info"], 2, "larger than 64 MiB"),
    # text
    "text-no-clauses": (
        lambda t: [
            "--file",
            _write(t, "n.md", "# General Assembly\n\n*The General Assembly,*\n"),
            "list",
        ],
        2,
        "no clause found",
    ),
    "text-no-enacting-formula": (
        lambda t: ["--file", _write(t, "p.md", "Just some prose.\n"), "list"],
        2,
        "no enacting formula",
    ),
    # REFs
    "ref-OP0": (lambda t: ["show", "OP0"], 2, "OP0 does not exist"),
    "ref-OP99": (lambda t: ["show", "OP99"], 2, "OP99 does not exist"),
    "ref-PP-1": (lambda t: ["show", "PP-1"], 2, "'PP-1' is not a paragraph reference"),
    "ref-OP1-": (lambda t: ["show", "OP1-"], 2, "'OP1-' is not a range"),
    "ref-reversed": (lambda t: ["show", "OP3-1"], 2, "reversed range"),
    "ref-XY1": (lambda t: ["show", "XY1"], 2, "'XY1' is not a paragraph reference"),
    "ref-empty": (lambda t: ["show", ""], 2, "empty paragraph reference"),
    "ref-empty-in-list": (lambda t: ["show", "OP1,,OP2"], 2, "empty paragraph reference"),
    "ref-two-parts": (lambda t: ["show", "PP1-OP2"], 2, "spans two parts"),
    "refs-10000-invalid": (lambda t: _many("XY1"), 2, "'XY1' is not a paragraph reference"),
    # patterns
    "invalid-regex": (lambda t: ["grep", "("], 2, "invalid regular expression"),
    "grep-nothing": (lambda t: ["grep"], 2, "grep needs a PATTERN"),
    # options
    "unknown-format": (lambda t: ["show", "--format", "xml"], 2, "Invalid value for '--format'"),
    "unknown-export-format": (
        lambda t: ["export", "--format", "pdf"],
        2,
        "Invalid value for '--format'",
    ),
    "unknown-source-format": (
        lambda t: ["--from", "yaml", "info"],
        2,
        "Invalid value for '--from'",
    ),
    "grep-count-and-ids": (lambda t: ["grep", "-c", "-l", "a"], 2, "cannot be used together"),
    "file-twice": (
        lambda t: ["--file", str(BUNDLED), "--file", str(BUNDLED), "info"],
        2,
        "--file given 2 times",
    ),
    "unknown-command": (lambda t: ["frobnicate"], 2, "No such command 'frobnicate'"),
    "unknown-option": (lambda t: ["show", "--frob"], 2, "No such option"),
    "missing-argument": (lambda t: ["validate"], 2, "Missing argument 'FILE'"),
    "missing-option-value": (lambda t: ["show", "--format"], 2, "requires an argument"),
    "grep-nothing-matched": (lambda t: ["grep", "zzzzqqqq"], 1, ""),
    "list-verb-nothing-matched": (lambda t: ["list", "--verb", "abhor"], 1, ""),
    # the newer commands
    "validate-missing-file": (lambda t: ["validate", str(t / "nope.xml")], 2, "no such file"),
    "validate-directory": (lambda t: ["validate", str(t)], 2, "is a directory"),
    "export-into-missing-directory": (
        lambda t: ["export", "-o", str(t / "no" / "such" / "dir.json")],
        2,
        "cannot write",
    ),
    "export-bad-file": (
        lambda t: ["--file", _write(t, "x.xml", "<akomaNtoso"), "export", "--format", "akn"],
        2,
        "not well-formed XML",
    ),
}

#: The cases that also run as a real process.
SUBPROCESS = (
    "missing-file",
    "binary-noise",
    "latin-1",
    "unknown-field",
    "billion-laughs",
    "akn-50mb-text-node",
    "text-no-enacting-formula",
    "ref-reversed",
    "refs-10000-invalid",
    "invalid-regex",
    "unknown-command",
    "grep-nothing-matched",
)


def check(status: int, stdout: str, stderr: str, expected: int, fragment: str) -> None:
    """The contract: the status, nothing on stdout, one error line (none for status 1)."""
    assert "Traceback" not in stderr
    assert stdout == ""
    assert status == expected, stderr
    if expected == 1:
        assert stderr == ""
        return
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert stderr.endswith("\n")
    assert lines[0].startswith("resolution: error: ")
    assert fragment in lines[0]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_in_process(case: str, tmp_path: Path) -> None:
    build, expected, fragment = CASES[case]
    argv = build(tmp_path)
    started = time.monotonic()
    result = run(*argv)
    assert time.monotonic() - started < 10
    check(result.exit_code, result.stdout, result.stderr, expected, fragment)


@pytest.mark.parametrize("case", SUBPROCESS)
def test_bad_input_as_a_process(case: str, tmp_path: Path) -> None:
    build, expected, fragment = CASES[case]
    out = subprocess.run(
        [*CLI, *build(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    check(out.returncode, out.stdout, out.stderr, expected, fragment)


def test_a_bom_is_not_a_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.json", b"\xef\xbb\xbf" + BUNDLED.read_bytes())
    result = run("--file", path, "show", "OP2", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)[0]["id"] == "OP2"
    assert run("--file", path, "info").stdout == run("info").stdout


def test_a_bom_on_a_text_source(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.md", b"\xef\xbb\xbf" + SOURCE.read_bytes())
    result = run("--file", path, "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 20


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading the file",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.json", BUNDLED.read_bytes())
    os.chmod(path, 0)
    check(*_triple(run("--file", path, "info")), 2, "permission denied")


def test_permission_denied_is_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod does not bite: make ``open`` fail as the kernel would (EACCES)."""
    from resolution_cli import loader

    path = _write(tmp_path, "secret.json", BUNDLED.read_bytes())

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(loader, "open", refuse, raising=False)
    check(*_triple(run("--file", path, "info")), 2, "permission denied")


def test_a_fifo_with_no_writer_is_not_waited_for_forever(tmp_path: Path) -> None:
    """A FIFO is not an unreadable file: opening it blocks until a writer comes.

    Documented, not changed: ``--file FIFO`` reads what the writer sends (as ``cat``
    does); here a writer sends a resolution and closes, and it loads.
    """
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [*CLI, "--file", str(fifo), "info"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    with open(fifo, "wb") as writer:
        writer.write(BUNDLED.read_bytes())
    stdout, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (0, b"")
    assert stdout.startswith(b"symbol")


@pytest.mark.parametrize(
    ("case", "warning"),
    [
        ("marker-without-footnote", "OP1: footnote marker 9 has no footnote text"),
        ("footnote-never-cited", "footnote 1 is never cited"),
    ],
)
def test_footnote_problems_warn(case: str, warning: str, tmp_path: Path) -> None:
    text = _source_text()
    if case == "marker-without-footnote":
        at = text.index("\n1. ") + 20
        text = text[:at] + "<sup>9</sup>" + text[at:]
    else:
        marker = text.index("<sup>1</sup>*")
        text = text[:marker] + text[marker + len("<sup>1</sup>") :]
    path = _write(tmp_path, "warn.md", text)
    for result in (run("--file", path, "list"), _process("--file", path, "list")):
        status, stdout, stderr = _triple(result)
        assert status == 0
        assert stdout.startswith("PP1\t")
        lines = stderr.splitlines()
        assert lines and all(line.startswith("resolution: warning: ") for line in lines)
        assert any(warning in line for line in lines), stderr
        assert "Traceback" not in stderr


def test_ten_thousand_valid_refs_are_quick_and_give_one_paragraph() -> None:
    started = time.monotonic()
    result = run(*_many("OP1"), "--format", "json")
    assert time.monotonic() - started < 5
    assert (result.exit_code, result.stderr) == (0, "")
    assert [c["id"] for c in json.loads(result.stdout)] == ["OP1"]
    plain = _process(*_many("OP1"), "--format", "plain")
    assert (plain.returncode, plain.stderr) == (0, "")
    assert plain.stdout.count("Encourages") == 1


def test_ten_thousand_refs_in_one_comma_list() -> None:
    result = run("show", ",".join(["op1", "1", "OP1-1"] * 3334), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [c["id"] for c in json.loads(result.stdout)] == ["OP1"]


def test_catastrophic_backtracking_is_stopped_in_bounded_time(tmp_path: Path) -> None:
    def slow(data: dict[str, object]) -> None:
        operative = data["operative"]
        assert isinstance(operative, list)
        data["operative"] = [{**operative[0], "text": "a" * 50_000 + "b", "markers": []}]

    path = _json_with(tmp_path, "slow.json", slow)
    started = time.monotonic()
    out = _process("--file", path, "grep", "(a+)+$")
    elapsed = time.monotonic() - started
    check(out.returncode, out.stdout, out.stderr, 2, "took longer than")
    assert f"{query.PATTERN_TIMEOUT:g} s" in out.stderr
    assert elapsed < 10


def test_invalid_file_for_validate_reports_then_one_error_line(tmp_path: Path) -> None:
    """``validate`` prints its report on stdout by design; stderr still has one line."""
    path = _json_with(tmp_path, "u.json", lambda d: d.update(colour="red"))
    result = run("validate", path)
    assert result.exit_code == 2
    assert "colour" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("resolution: error: ")
    assert "is not valid" in lines[0]


def _process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60, check=False)


def _triple(result: object) -> tuple[int, str, str]:
    if isinstance(result, subprocess.CompletedProcess):
        return result.returncode, result.stdout, result.stderr
    from click.testing import Result

    assert isinstance(result, Result)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("old", "new", "ids", "warning"),
    [
        # a gap: the ids stay the printed numbers, and the line is named
        ("3", "5", ["OP5", "OP4"], "paragraph 5. is printed after 2.; its id is OP5"),
        # a repeat: the second paragraph printed 2. is OP2_2, never a running position
        ("3", "2", ["OP2_2", "OP4"], "paragraph 2. is printed again; this paragraph is OP2_2"),
    ],
)
def test_numbering_problems_in_text_warn(
    old: str, new: str, ids: list[str], warning: str, tmp_path: Path
) -> None:
    """A gap or a repeat in the printed numbering is still a resolution: each id names
    the paragraph printed with that number, with a warning naming the line."""
    path = _renumber(old, new)(tmp_path)
    for result in (run("--file", path, "list"), _process("--file", path, "list")):
        status, stdout, stderr = _triple(result)
        assert status == 0
        assert [line.split("\t")[0] for line in stdout.splitlines()][-2:] == ids
        assert any(warning in line and ": line " in line for line in stderr.splitlines()), stderr
