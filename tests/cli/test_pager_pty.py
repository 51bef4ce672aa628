"""The pager in a real terminal (issue 19, item 1): ``less`` run in a pty, as a user
in tmux runs it, with LESS and PAGER unset. The screen must show the text, never an
escape code spelt out, with no word broken across two lines."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time

import pytest

from conftest import BUNDLED, ROOT

COLUMNS, ROWS = 60, 20
#: Real control sequences (CSI, OSC, charset and keypad modes): what a terminal obeys.
_CONTROL = re.compile(
    r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78MDEc])"
)

pytestmark = pytest.mark.skipif(
    shutil.which("less") is None, reason="less is not installed (apt-get install less)"
)


def _screen(args: list[str], keys: bytes = b"", environ: dict[str, str] | None = None) -> str:
    """Run ``resolution ARGS`` on a COLUMNS x ROWS pty; type ``keys`` once it has drawn;
    the visible text (control sequences removed), lines as the terminal shows them."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("LESS", "PAGER", "COLUMNS", "LINES")}
    env.pop("RESOLUTION_PAGER", None)
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    env.update(
        {"TERM": "xterm-256color", "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT / "src"))},
        **(environ or {}),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "resolution_cli", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    os.close(slave)
    output = bytearray()
    deadline = time.monotonic() + 30
    sent = not keys
    quiet_since = time.monotonic()
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
                quiet_since = time.monotonic()
            elif process.poll() is not None:
                break
            elif not sent and output and time.monotonic() - quiet_since > 1.0:
                os.write(master, keys)  # the screen is drawn and still: quit the pager
                sent = True
        else:
            pytest.fail(f"still running after 30 s; the screen so far: {output[-2000:]!r}")
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    text = _CONTROL.sub("", output.decode("utf-8", "replace"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]+", text)}


def _clause(clause_id: str) -> str:
    document = json.loads(BUNDLED.read_text(encoding="utf-8"))
    for part in ("preamble", "operative"):
        for clause in document[part]:
            if clause["id"] == clause_id:
                return str(clause["text"])
    raise KeyError(clause_id)


def _check(screen: str) -> None:
    assert "ESC" not in screen and "^[" not in screen and "\x1b" not in screen, screen
    for line in screen.splitlines():
        assert len(line.rstrip()) <= COLUMNS, line


def test_a_long_show_pages_through_less_with_colours_and_whole_words() -> None:
    screen = _screen(["show"], keys=b"q")
    _check(screen)
    assert "A/RES/75/272" in screen
    shown = _words(screen)
    # the first preambular paragraphs are on the first screen: each of their words whole
    for clause_id in ("PP1", "PP2"):
        missing = _words(_clause(clause_id)) - shown
        assert not missing, (clause_id, missing, screen)


def test_show_op2_pager_quits_by_itself_on_a_short_text() -> None:
    # LESS=FRX: less quits when the text fits on one screen (no key typed)
    screen = _screen(["show", "OP2", "--pager"])
    _check(screen)
    missing = _words(_clause("OP2")) - _words(screen)
    assert not missing, (missing, screen)


def test_the_users_less_settings_are_kept() -> None:
    # LESS set by the user: kept as it is (git does the same); -R shows the colours
    screen = _screen(["show", "OP2", "--pager"], environ={"LESS": "-RF"})
    _check(screen)


def test_pager_cat_means_no_pager() -> None:
    screen = _screen(["show"], environ={"PAGER": "cat"})
    _check(screen)
    assert "OP4" in screen or _words(_clause("OP4")) <= _words(screen)
