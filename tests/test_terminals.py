"""Terminals, environments and pipes, each as a real process (``python -m resolution_cli``).

A terminal is a pseudo-terminal (``pty.openpty()``), sized with TIOCSWINSZ to agree
with ``COLUMNS``. What is documented here:

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
import json
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from conftest import BUNDLED

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


def piped(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, env=_env(**env), timeout=60, check=False
    )


def visible(output: bytes) -> list[str]:
    return ESCAPE.sub(b"", output).decode("utf-8").splitlines()


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
    status, out, err = on_pty("show", columns=columns)
    assert (status, err) == (0, b"")
    lines = visible(out)
    assert lines and max(len(line) for line in lines) <= columns
    if columns == 300:  # the long paragraphs do use the room
        assert max(len(line) for line in lines) > 150
    else:
        assert len(lines) > 100


@pytest.mark.parametrize("command", [["list"], ["show", "OP1"], ["grep", "Centre"]])
def test_rich_commands_do_not_crash_at_width_20(command: list[str]) -> None:
    status, out, err = on_pty(*command, columns=20)
    assert (status, err) == (0, b"")
    assert max(len(line) for line in visible(out)) <= 20


@pytest.mark.parametrize("columns", ["20", "300", "0", "abc"])
def test_plain_never_wraps_when_piped(columns: str) -> None:
    out = piped("show", "OP1", COLUMNS=columns)
    assert (out.returncode, out.stderr) == (0, b"")
    first = out.stdout.decode().splitlines()[0]
    assert first.startswith("1. Encourages ") and len(first) > 200


# ----------------------------------------------------------------------------- colour


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_escape_codes_on_a_terminal(env: dict[str, str]) -> None:
    status, out, err = on_pty("show", **env)
    assert (status, err) == (0, b"")
    assert b"\x1b" not in out
    assert b"Encourages" in out


@pytest.mark.parametrize("env", [{}, {"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_escape_codes_piped(env: dict[str, str]) -> None:
    out = piped("show", **env)
    assert (out.returncode, out.stderr) == (0, b"")
    assert b"\x1b" not in out.stdout
    assert out.stdout.startswith(b"A/RES/75/272\n")


def test_a_terminal_gets_colour() -> None:
    status, out, _ = on_pty("show")
    assert status == 0 and b"\x1b[" in out


def test_force_color_piped_is_the_rich_layout_with_colour() -> None:
    forced = piped("show", FORCE_COLOR="1", COLUMNS="100")
    assert (forced.returncode, forced.stderr) == (0, b"")
    assert b"\x1b[" in forced.stdout
    plain = piped("show")
    assert forced.stdout != plain.stdout
    _, tty, _ = on_pty("show", columns=100)
    assert visible(forced.stdout) == visible(tty)


def test_no_color_beats_force_color() -> None:
    out = piped("show", FORCE_COLOR="1", NO_COLOR="1")
    assert out.returncode == 0 and b"\x1b" not in out.stdout


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("env", [{"LANG": "C"}, {"LC_ALL": "C"}, {"LC_ALL": "C", "LANG": "C"}])
def test_c_locale_passes_utf8_through(env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(NON_ASCII, encoding="utf-8")
    out = piped("--file", str(source), "show", "--format", "plain", **env)
    assert (out.returncode, out.stderr) == (0, b"")
    assert "Secretary-General’s report — and the Comité’s" in out.stdout.decode("utf-8")
    status, tty, err = on_pty("--file", str(source), "show", **env)
    assert (status, err) == (0, b"")
    assert "Comité’s" in ESCAPE.sub(b"", tty).decode("utf-8")


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
    status, out, err = on_pty("--file", str(source), "show", PYTHONIOENCODING="ascii")
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
    proc = subprocess.Popen(
        [*CLI, "--file", str(path), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    time.sleep(0.8)  # started: past the imports, into the work (which takes > 1 s)
    assert proc.poll() is None, "the command ended before the signal; make it slower"
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stdout == b""
    assert b"Traceback" not in stderr
    # click writes an empty line first (it does so for ^C on a terminal)
    assert stderr == b"resolution: interrupted\n"
