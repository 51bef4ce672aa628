"""Start-up of the command line, as whole processes, against the interpreter's floors.

Each command runs N times (default 21), interleaved with its floor so that load
on the machine affects both alike; the figure is the median wall-clock time and
its ratio to the floor's median. Before timing, the package is byte-compiled
(as ``pip install`` does for a wheel), so that an editable checkout is timed fairly.

    python benchmarks/startup.py [--runs N] [--all]

Targets (issue #2): ``--help`` <= 1.15 x ``python -c "import click"``;
``show OP2 --format plain`` <= 1.3 x
``python -c "import click, json; from pydantic import BaseModel"``. The row
"(pydantic: one model used)" is not ours: a one-field model defined and validated,
the least any command that reads a resolution with pydantic pays.
With ``--all``: every command on the bundled resolution, and ``show`` drawn with
rich on a pseudo-terminal against the floor plus ``import rich.console``.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import pty
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
#: The console script as a user runs it (``python -m resolution_cli`` adds runpy's
#: own start-up, about 7 ms, which the script does not pay).
_SCRIPT = Path(PY).parent / "resolution"
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-m", "resolution_cli"]

FLOOR_CLICK = [PY, "-c", "import click"]
FLOOR_MODEL = [PY, "-c", "import click, json; from pydantic import BaseModel"]
FLOOR_RICH = [PY, "-c", "import click, json; from pydantic import BaseModel; import rich.console"]
#: Not ours: the floor plus the least a program that validates with pydantic does, one
#: model of one field defined and one JSON object validated. It shows what of
#: ``show``'s ratio pydantic itself takes (the model is fixed by the product's design).
ONE_MODEL = [
    PY,
    "-c",
    "import click, json\n"
    "from pydantic import BaseModel, ConfigDict, Field\n"
    "class A(BaseModel):\n"
    "    model_config = ConfigDict(frozen=True, defer_build=True)\n"
    "    x: int = Field(0, description='x')\n"
    "A.model_validate_json('{\"x\": 1}')",
]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def once(cmd: list[str], tty: bool = False) -> float:
    """Seconds one run of ``cmd`` takes (stdout to /dev/null, or a pseudo-terminal)."""
    start = time.perf_counter()
    if tty:
        controller, terminal = pty.openpty()
        proc = subprocess.Popen(cmd, stdout=terminal, stderr=subprocess.DEVNULL, env=ENV)
        os.close(terminal)
        while True:
            try:
                if not os.read(controller, 65536):
                    break
            except OSError:
                break
        proc.wait()
        os.close(controller)
    else:
        subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=False
        )
    return time.perf_counter() - start


ENV = environment()


def measure(cmd: list[str], floor: list[str], runs: int, tty: bool = False) -> tuple[float, float]:
    """Median seconds of ``cmd`` and of ``floor``, interleaved."""
    once(cmd, tty)
    once(floor)
    ours, base = [], []
    for _ in range(runs):
        ours.append(once(cmd, tty))
        base.append(once(floor))
    return statistics.median(ours), statistics.median(base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--all", action="store_true", help="time every command")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "src"), quiet=1)

    cases: list[tuple[str, list[str], list[str], str, float | None, bool]] = [
        ("--help", [*CLI, "--help"], FLOOR_CLICK, "import click", 1.15, False),
        (
            "show OP2 --format plain",
            [*CLI, "show", "OP2", "--format", "plain"],
            FLOOR_MODEL,
            "click+json+pydantic",
            1.3,
            False,
        ),
        ("(pydantic: one model used)", ONE_MODEL, FLOOR_MODEL, "click+json+pydantic", None, False),
    ]
    if args.all:
        for command in (["info"], ["list"], ["show"], ["grep", "Centre"], ["verbs"],
                        ["footnotes"], ["refs"], ["list", "--format", "jsonl"]):  # fmt: skip
            cases.append(
                (
                    " ".join(command),
                    [*CLI, *command],
                    FLOOR_MODEL,
                    "click+json+pydantic",
                    None,
                    False,
                )
            )
        cases.append(
            ("show (rich, on a pty)", [*CLI, "show"], FLOOR_RICH, "... + rich.console", 1.3, True)
        )

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'command':<28} {'median':>9} {'floor':>9} {'ratio':>6} {'target':>7}  floor is")
    failed = False
    for name, cmd, floor, floor_name, target, tty in cases:
        ours, base = measure(cmd, floor, args.runs, tty)
        ratio = ours / base
        verdict = ""
        if target is not None:
            verdict = f"{target:>6.2f}{' ok' if ratio <= target else ' MISSED'}"
            failed |= ratio > target
        print(
            f"{name:<28} {ours * 1000:>7.1f}ms {base * 1000:>7.1f}ms {ratio:>6.2f} {verdict:<10} "
            f"{floor_name}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
