"""Terminals, environments and pipes.

What a command sees of its stdout and environment is a ``Terminal``, made by
``Terminal.from_environment(stdout, environ)`` as the real entry point does; the checks of
widths and colour build it from a faked stdout (a terminal or a pipe) and an environment,
and run the command in-process (``helpers.run``). What only a whole process has (the
locale, ``PYTHONIOENCODING``, pipes, signals) runs as a real process (``python -m
resolution_cli``); one smoke test runs on a real pseudo-terminal (``pty.openpty()``,
sized with TIOCSWINSZ to agree with ``COLUMNS``). What is documented here:

- ``--format auto`` is rich on a terminal and plain when piped; ``FORCE_COLOR=1`` piped
  gives the rich layout *with* colour (it means "treat stdout as a terminal");
  ``NO_COLOR`` and ``TERM=dumb`` keep the rich layout on a terminal but write no escape
  code at all (no colour, no italics, no OSC 8 links);
- rich output wraps to ``COLUMNS``; plain output never wraps, whatever ``COLUMNS`` says;
- under ``LC_ALL=C``/``LANG=C`` Python 3.11 coerces the C locale to UTF-8 (PEP 538/540):
  non-ASCII text passes through unchanged; with ``PYTHONIOENCODING=ascii`` it becomes
  ``\\u2019``-style escapes (``cli._tolerant_stdout``; ``\\u00e9``, never ``\\xe9``, and
  surrogate pairs above U+FFFF), so ``--format json`` stays valid JSON;
- a reader that goes away (``| head -1``) ends the command quietly with status 141;
  a full disk (``/dev/full``) is one error line and status 2; SIGINT is status 130 and
  ``resolution: interrupted``, never a traceback.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import Result

from conftest import BUNDLED
from helpers import run
from resolution_cli.terminal import Terminal

CLI = [sys.executable, "-m", "resolution_cli"]
ESCAPE = re.compile(rb"\x1b(?:\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\))")
#: COLUMNS and the like must come from each test alone
CLEAN = {
    k: v
    for k, v in os.environ.items()
    if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "PYTHONIOENCODING")
    and not k.startswith("LC_")
}


def _env(**extra: str) -> dict[str, str]:
    return {**CLEAN, "TERM": "xterm-256color", **extra}


def on_pty(*args: str, columns: int = 100, **env: str) -> tuple[int, bytes, bytes]:
    """Run ``resolution ARGS`` with stdout on a pseudo-terminal: status, output, stderr."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    attrs = termios.tcgetattr(terminal)
    attrs[1] &= ~termios.ONLCR  # no \n -> \r\n translation: compare the bytes written
    termios.tcsetattr(terminal, termios.TCSANOW, attrs)
    proc = subprocess.Popen(
        [*CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=subprocess.PIPE,
        env=_env(COLUMNS=str(columns), **env),
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    proc.stderr.close()
    return proc.wait(timeout=60), b"".join(chunks), stderr


class _Stdout(io.StringIO):
    """A stdout that is a terminal or a pipe, as ``isatty()`` says."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def in_process(*args: str, tty: bool, columns: int | None = None, **env: str) -> Result:
    """Run ``resolution ARGS`` in-process as it runs with stdout on a terminal (``tty``) or
    a pipe, in the environment of ``piped`` and ``on_pty`` (COLUMNS = ``columns``)."""
    environ = _env(**env) if columns is None else _env(COLUMNS=str(columns), **env)
    return run(*args, term=Terminal.from_environment(_Stdout(tty), environ))


def piped(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, env=_env(**env), timeout=60, check=False
    )


def visible(output: bytes | str) -> list[str]:
    data = output.encode("utf-8") if isinstance(output, str) else output
    return ESCAPE.sub(b"", data).decode("utf-8").splitlines()


def large_file(tmp_path: Path, clauses: int = 2000) -> Path:
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    clause = data["preamble"][3]
    data["preamble"] = [{**clause, "id": f"PP{n}", "number": n} for n in range(1, clauses + 1)]
    path = tmp_path / "large.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


NON_ASCII = (
    "The General Assembly,\n\n*Recalling* the Secretary-General’s report — and the "
    "Comité’s work,\n\n1. *Decides* to remain seized of the matter.\n"
)


# ----------------------------------------------------------------------------- width


@pytest.mark.parametrize("columns", [20, 300])
def test_rich_wraps_to_the_width(columns: int) -> None:
    result = in_process("show", tty=True, columns=columns)
    status, out, err = result.exit_code, result.stdout, result.stderr
    assert (status, err) == (0, "")
    lines = visible(out)
    assert lines and max(len(line) for line in lines) <= columns
    if columns == 300:  # the long paragraphs do use the room
        assert max(len(line) for line in lines) > 150
    else:
        assert len(lines) > 100


@pytest.mark.parametrize("command", [["list"], ["show", "OP1"], ["grep", "Centre"]])
def test_rich_commands_do_not_crash_at_width_20(command: list[str]) -> None:
    result = in_process(*command, tty=True, columns=20)
    status, out, err = result.exit_code, result.stdout, result.stderr
    assert (status, err) == (0, "")
    assert max(len(line) for line in visible(out)) <= 20


@pytest.mark.parametrize("columns", ["20", "300", "0", "abc"])
def test_plain_never_wraps_when_piped(columns: str) -> None:
    out = in_process("show", "OP1", tty=False, COLUMNS=columns)
    assert (out.exit_code, out.stderr) == (0, "")
    first = out.stdout.splitlines()[0]
    assert first.startswith("1. Encourages ") and len(first) > 200


# ----------------------------------------------------------------------------- colour


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_escape_codes_on_a_terminal(env: dict[str, str]) -> None:
    result = in_process("show", tty=True, columns=100, **env)
    assert (result.exit_code, result.stderr) == (0, "")
    assert "\x1b" not in result.stdout
    assert "Encourages" in result.stdout


@pytest.mark.parametrize("env", [{}, {"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_escape_codes_piped(env: dict[str, str]) -> None:
    out = in_process("show", tty=False, **env)
    assert (out.exit_code, out.stderr) == (0, "")
    assert "\x1b" not in out.stdout
    assert out.stdout.startswith("A/RES/75/272\n")


def test_a_terminal_gets_colour() -> None:
    """The one smoke test on a real pseudo-terminal: ``--format auto`` sees it."""
    status, out, _ = on_pty("show")
    assert status == 0 and b"\x1b[" in out


def test_force_color_piped_is_the_rich_layout_with_colour() -> None:
    forced = in_process("show", tty=False, FORCE_COLOR="1", COLUMNS="100")
    assert (forced.exit_code, forced.stderr) == (0, "")
    assert "\x1b[" in forced.stdout
    plain = in_process("show", tty=False)
    assert forced.stdout != plain.stdout
    tty = in_process("show", tty=True, columns=100)
    assert visible(forced.stdout) == visible(tty.stdout)


def test_no_color_beats_force_color() -> None:
    out = in_process("show", tty=False, FORCE_COLOR="1", NO_COLOR="1")
    assert out.exit_code == 0 and "\x1b" not in out.stdout


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("env", [{"LANG": "C"}, {"LC_ALL": "C"}, {"LC_ALL": "C", "LANG": "C"}])
def test_c_locale_passes_utf8_through(env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(NON_ASCII, encoding="utf-8")
    out = piped("--file", str(source), "show", "--format", "plain", **env)
    assert (out.returncode, out.stderr) == (0, b"")
    assert "Secretary-General’s report — and the Comité’s" in out.stdout.decode("utf-8")
    # the rich layout, as on a terminal (FORCE_COLOR: the encoding is the process's own)
    rich = piped("--file", str(source), "show", FORCE_COLOR="1", COLUMNS="100", **env)
    assert (rich.returncode, rich.stderr) == (0, b"")
    assert "Comité’s" in ESCAPE.sub(b"", rich.stdout).decode("utf-8")


def test_ascii_output_degrades_to_escapes(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(NON_ASCII, encoding="utf-8")
    out = piped("--file", str(source), "show", "--format", "plain", PYTHONIOENCODING="ascii")
    assert (out.returncode, out.stderr) == (0, b"")
    text = out.stdout.decode("ascii")
    assert "Secretary-General\\u2019s report \\u2014 and the Comit" in text
    assert "Comit\\u00e9\\u2019s" in text  # \\u00e9, not \\xe9: JSON's escapes too


def test_ascii_json_stays_valid_json(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(NON_ASCII + "2. *Notes* the \U0001f600 emoji.\n", encoding="utf-8")
    out = piped("--file", str(source), "show", "--format", "json", PYTHONIOENCODING="ascii")
    assert out.returncode == 0
    data = json.loads(out.stdout.decode("ascii"))
    assert "Comité’s" in data["preamble"][0]["text"]
    assert "\U0001f600" in data["operative"][1]["text"]


def test_ascii_terminal_does_not_crash(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(NON_ASCII, encoding="utf-8")
    # the rich layout, as on a terminal (FORCE_COLOR), into an ASCII stdout
    rich = piped(
        "--file", str(source), "show", FORCE_COLOR="1", COLUMNS="100", PYTHONIOENCODING="ascii"
    )
    status, out, err = rich.returncode, rich.stdout, rich.stderr
    assert (status, err) == (0, b"")
    out.decode("ascii")
    assert b"Secretary-General" in out


def test_ascii_error_message_is_still_one_line(tmp_path: Path) -> None:
    out = piped("--file", str(tmp_path / "café—.json"), "info", PYTHONIOENCODING="ascii")
    assert out.returncode == 2 and out.stdout == b""
    lines = out.stderr.decode("ascii").splitlines()
    assert len(lines) == 1 and lines[0].startswith("resolution: error: ")


# ----------------------------------------------------------------------------- pipes


@pytest.mark.parametrize(
    "command", [["list"], ["show", "--format", "json"], ["export", "--format", "akn"]]
)
def test_head_closes_the_pipe_early(command: list[str], tmp_path: Path) -> None:
    path = large_file(tmp_path)
    out = subprocess.run(
        f"{' '.join(CLI)} --file {path} {' '.join(command)} | head -1; "
        'echo "status=${PIPESTATUS[0]}" >&2',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert out.stdout.count(b"\n") == 1
    assert out.stderr == b"status=141\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["show"], ["export", "--format", "csv"], ["info"]])
def test_dev_full_is_one_clear_line(command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [*CLI, *command], stdout=full, stderr=subprocess.PIPE, env=_env(), timeout=60
        )
    assert proc.returncode == 2
    assert proc.stderr == b"resolution: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "akn"],
        ["show", "--format", "rich"],
        ["grep", "(a+)+$"],
    ],
)
def test_sigint_is_status_130_without_a_traceback(command: list[str], tmp_path: Path) -> None:
    if command[0] == "grep":
        data = json.loads(BUNDLED.read_text(encoding="utf-8"))
        data["operative"] = [{**data["operative"][0], "text": "a" * 50_000 + "b", "markers": []}]
        path = tmp_path / "slow.json"
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        path = large_file(tmp_path, 20_000)
    # The command reads its --file from a FIFO: opening it for writing returns once the
    # command has opened it, past its imports, inside the command; once the writer closes
    # it, the command reads the file and works (more than 1 s). No guess of how long.
    fifo = tmp_path / path.name.replace(".json", ".fifo.json")
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [*CLI, "--file", str(fifo), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    with open(fifo, "wb") as writer:
        writer.write(path.read_bytes())
    assert proc.poll() is None, "the command ended before the signal; make it slower"
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stdout == b""
    assert b"Traceback" not in stderr
    # click writes an empty line first (it does so for ^C on a terminal)
    assert stderr == b"resolution: interrupted\n"


def test_the_terminal_says_whether_stderr_is_one_too() -> None:
    """stdout and stderr are read apart: a piped stdout with stderr on the terminal is
    the usual case of 'corpus add ... > log' (its progress bar goes to stderr)."""
    term = Terminal.from_environment(_Stdout(False), {}, errors=_Stdout(True))
    assert (term.is_tty, term.stderr_tty) == (False, True)
    term = Terminal.from_environment(_Stdout(True), {}, errors=_Stdout(False))
    assert (term.is_tty, term.stderr_tty) == (True, False)
    closed = io.StringIO()
    closed.close()  # isatty() raises ValueError
    assert not Terminal.from_environment(_Stdout(False), {}, errors=closed).stderr_tty
