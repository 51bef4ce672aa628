"""Tab completion (issue 19, item 2): paths, REFs and symbols, in the real shells.

bash is driven twice: through its completion function (COMP_WORDS/COMP_CWORD in,
COMPREPLY out, as readline calls it) and interactively in a pty (a real TAB). zsh
is driven in a pty, fish through ``complete -C``. Each test is skipped, with the
reason, where its shell is not installed.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, require_shared

ENV = dict(os.environ)
ENV["PATH"] = str(Path(sys.executable).parent) + os.pathsep + ENV.get("PATH", "")
ENV["PYTHONPATH"] = os.environ.get("PYTHONPATH", str(ROOT / "src"))
ENV.pop("RESOLUTION_DB", None)
_CONTROL = re.compile(r"\x1b(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()=>].?)")


def _shell(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _bash(words: list[str], setup: str = "") -> list[str]:
    """COMPREPLY after bash's completion function runs on ``words`` (the last is typed)."""
    quoted = " ".join(f"'{w}'" for w in words)
    script = (
        f'{setup}eval "$(_RESOLUTION_COMPLETE=bash_source resolution)"\n'
        f"COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}\n"
        "_resolution_completion resolution\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    result = subprocess.run(
        [_shell("bash"), "--norc", "--noprofile", "-c", script],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def _fish(line: str) -> list[str]:
    source = "eval (env _RESOLUTION_COMPLETE=fish_source resolution | string collect)"
    script = f'{source}\ncomplete -C "{line}"\n'
    result = subprocess.run(
        [_shell("fish"), "--no-config", "-c", script],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [row.split("\t")[0] for row in result.stdout.splitlines() if row]


def _pty(argv: list[str], setup: list[str], typed: str, expected: str) -> str:
    """Type ``setup`` lines, then ``typed`` and a TAB, in an interactive shell on a pty;
    the screen's text once ``expected`` appears on it (or after 20 s)."""
    import pty

    pid, master = pty.fork()
    if pid == 0:  # the child: the shell
        os.chdir(ROOT)
        os.execvpe(argv[0], argv, {**ENV, "TERM": "xterm-256color", "PS1": "$ "})
    screen = bytearray()

    def read_for(seconds: float, until: str | None = None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    screen.extend(os.read(master, 65536))
                except OSError:
                    return
                if until is not None and until in _CONTROL.sub(
                    "", screen.decode("utf-8", "replace")
                ):
                    return

    try:
        for line in setup:
            os.write(master, line.encode() + b"\n")
            read_for(1.5)
        before = len(screen)
        os.write(master, typed.encode() + b"\t")
        read_for(20, until=expected)
        return _CONTROL.sub("", screen[before:].decode("utf-8", "replace"))
    finally:
        os.write(master, b"\x03exit\n")
        time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(master)


# -- click's protocol: what every shell gets ------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize(
    "line",
    [
        "resolution --file ../sha",
        "resolution diff ../sha",
        "resolution corpus add ../sha",
        "resolution export -o /tmp/x",
        "resolution --db ../sha",
        "resolution validate ../sha",
    ],
)
def test_paths_are_given_to_the_shell_to_complete(shell: str, line: str) -> None:
    words = line.split()
    result = subprocess.run(
        [sys.executable, "-m", "resolution_cli"],
        env={
            **ENV,
            "_RESOLUTION_COMPLETE": f"{shell}_complete",
            "COMP_WORDS": line,
            "COMP_CWORD": words[-1] if shell == "fish" else str(len(words) - 1),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.split("\n")[0].split(",")[0] == "file", result.stdout


# -- bash, through its completion function ----------------------------------------


def test_bash_completes_paths_of_file_diff_corpus_add_and_export() -> None:
    assert _bash(["resolution", "--file", "data/resolution_75"]) == ["data/resolution_75_272.json"]
    assert _bash(["resolution", "diff", "data/resolution_75"]) == ["data/resolution_75_272.json"]
    assert _bash(["resolution", "diff", "x.json", "data/sou"]) == ["data/sources"]
    assert _bash(["resolution", "corpus", "add", "data/sou"]) == ["data/sources"]
    assert _bash(["resolution", "export", "-o", "data/resolution_75"]) == [
        "data/resolution_75_272.json"
    ]
    assert "data/sources/A_RES_75_272.md" in _bash(["resolution", "import", "data/sources/A_RES"])


def test_bash_completes_the_bundled_ids() -> None:
    assert _bash(["resolution", "show", "OP"]) == ["OP1", "OP2", "OP3", "OP4"]
    assert _bash(["resolution", "list", "pp1"]) == [
        f"PP{n}" for n in (1, 10, 11, 12, 13, 14, 15, 16)
    ]
    assert _bash(["resolution", "show", "PP2,OP"]) == [f"PP2,OP{n}" for n in range(1, 5)]
    assert _bash(["resolution", "grep", "Asia", "OP"]) == ["OP1", "OP2", "OP3", "OP4"]


def test_bash_completes_the_ids_of_the_file_given_earlier() -> None:
    official = require_shared()
    path = str(official / "75_253_E.xml")
    offered = _bash(["resolution", "--file", path, "show", "II.OP"])
    assert offered and all(item.startswith("II.OP") for item in offered)


def test_completion_of_a_file_that_cannot_be_read_offers_nothing() -> None:
    assert _bash(["resolution", "--file", "/no/such.xml", "show", "OP"]) == []
    assert _bash(["resolution", "--file", "-", "show", "OP"]) == []
    assert _bash(["resolution", "--db", "/no/such.sqlite", "--res", "75/"]) == []


def test_bash_completes_the_indexed_symbols(tmp_path: Path) -> None:
    official = require_shared()
    db = tmp_path / "i.sqlite"
    for name in ("75_272_E.xml", "75_283_E.xml", "75_253_E.xml"):
        shutil.copy(official / name, tmp_path / name)
    subprocess.run(
        [sys.executable, "-m", "resolution_cli", "--db", str(db), "corpus", "add", str(tmp_path)],
        env=ENV,
        capture_output=True,
        check=True,
        timeout=120,
    )
    offered = _bash(["resolution", "--db", str(db), "--res", "75/2"])
    assert "75/272" in offered and "75/283" in offered
    assert all(item.startswith("75/2") for item in offered)
    assert "A/RES/75/272" in _bash(["resolution", "--db", str(db), "--res", "A/RES/75/27"])
    # RESOLUTION_DB names the index as --db does
    assert "75/283" in _bash(["resolution", "--res", "75/28"], setup=f"export RESOLUTION_DB={db}\n")
    # each offer is one that --res reads
    for symbol in offered:
        result = subprocess.run(
            [sys.executable, "-m", "resolution_cli", "--db", str(db), "--res", symbol, "info"],
            env=ENV,
            capture_output=True,
            timeout=60,
        )
        assert result.returncode == 0, symbol
    # lineage SYMBOL and history's --res and REF complete from the index too
    assert "75/272" in _bash(["resolution", "--db", str(db), "lineage", "75/27"])
    assert "75/283" in _bash(["resolution", "--db", str(db), "history", "--res", "75/28"])
    ids = _bash(["resolution", "--db", str(db), "history", "--res", "75/272", "OP"])
    printed = (official / "75_272_E.xml").read_text(encoding="utf-8").split("<mainBody")[1]
    assert ids == [f"OP{n}" for n in range(1, printed.count("<num>") + 1)]


# -- the shells, interactively ------------------------------------------------------


def test_bash_completes_a_path_on_tab_in_a_pty() -> None:
    bash = _shell("bash")
    screen = _pty(
        [bash, "--norc", "--noprofile", "-i"],
        ['eval "$(_RESOLUTION_COMPLETE=bash_source resolution)"'],
        "resolution --file data/resolution_7",
        "resolution_75_272.json",
    )
    assert "resolution --file data/resolution_75_272.json" in screen, screen


def test_zsh_completes_a_path_on_tab_in_a_pty() -> None:
    zsh = _shell("zsh")
    screen = _pty(
        [zsh, "-f", "-i"],
        [
            "autoload -U compinit && compinit -u",
            'eval "$(_RESOLUTION_COMPLETE=zsh_source resolution)"',
        ],
        "resolution --file data/resolution_7",
        "resolution_75_272.json",
    )
    assert "resolution_75_272.json" in screen, screen


def test_zsh_completes_ids_on_tab_in_a_pty() -> None:
    zsh = _shell("zsh")
    screen = _pty(
        [zsh, "-f", "-i"],
        [
            "autoload -U compinit && compinit -u",
            'eval "$(_RESOLUTION_COMPLETE=zsh_source resolution)"',
        ],
        "resolution show PP1",
        "PP16",
    )
    assert "PP16" in screen, screen


def test_fish_completes_paths_and_ids() -> None:
    assert _fish("resolution --file data/resolution_7") == ["data/resolution_75_272.json"]
    assert "data/sources/" in _fish("resolution corpus add data/sou")
    assert _fish("resolution show OP") == ["OP1", "OP2", "OP3", "OP4"]
