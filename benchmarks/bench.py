"""Every speed figure of the command line in one table, as whole processes.

    python benchmarks/bench.py [--runs N] [--passes N] [--session DIR]

Each start-up figure is the median wall-clock time of N runs (default 15) interleaved
with runs of its floor, so that load on the machine affects both alike, and its ratio
to the floor's median. The floors are Python itself importing what any implementation
must: ``import click`` for ``--help``; ``import click, json; from pydantic import
BaseModel`` for the commands; that plus ``import rich.console`` for ``show`` drawn with
rich on a pseudo-terminal. The row "floor + one pydantic model" is informative: defining
any pydantic model costs that much beyond the floor, which bounds what a command that
builds the model can reach.

The session row loads every resolution of the official session (``../shared``) through
``resolution_cli.load`` in a child process (``benchmarks/load_session.py``): the median
milliseconds per resolution (the median over files of each file's median over the
passes). ``cpu`` is the ratio of the medians of user + system CPU time (wait4): less
sensitive than wall time to other work on the machine; the targets use wall time.
``maxrss`` is the peak resident memory of each child (wait4), the largest over its runs.
Targets (issue #2) are checked; the exit status is 1 when one is missed.

The timing helpers are those of ``benchmarks/startup.py``, which still runs on its own.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import pty
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import CLI, ENV, FLOOR_CLICK, FLOOR_MODEL, FLOOR_RICH, PY, ROOT

FLOOR_ONE_MODEL = [
    PY,
    "-c",
    "import click, json; from pydantic import BaseModel\nclass M(BaseModel):\n    x: int",
]
SESSION = ROOT.parent / "shared" / "official" / "75session" / "English"
BUNDLED = str(ROOT / "data" / "resolution_75_272.json")


@dataclass
class Row:
    name: str
    cmd: list[str]
    floor: list[str]
    floor_name: str
    target: float | None = None
    tty: bool = False
    ours: list[float] = field(default_factory=list)
    base: list[float] = field(default_factory=list)
    ours_cpu: list[float] = field(default_factory=list)
    base_cpu: list[float] = field(default_factory=list)
    maxrss: int = 0  # KiB


def run_once(cmd: list[str], tty: bool = False) -> tuple[float, int, float]:
    """Wall seconds, peak memory (KiB) and CPU seconds (user + system) of one run of ``cmd``."""
    start = time.perf_counter()
    if tty:
        controller, terminal = pty.openpty()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=terminal, stderr=subprocess.DEVNULL, env=ENV
        )
        os.close(terminal)
        while True:
            try:
                if not os.read(controller, 65536):
                    break
            except OSError:
                break
        os.close(controller)
    else:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=ENV,
        )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with status {proc.returncode}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def startup_rows() -> list[Row]:
    model = "click+json+pydantic"
    rows = [
        Row("--help", [*CLI, "--help"], FLOOR_CLICK, "import click", 1.15),
        Row("show OP2 --format plain", [*CLI, "show", "OP2", "--format", "plain"], FLOOR_MODEL,
            model, 1.3),
    ]  # fmt: skip
    for command in (
        ["info"],
        ["list"],
        ["show"],
        ["show", "--format", "json"],
        ["grep", "Centre"],
        ["grep", "-c", "region"],
        ["verbs"],
        ["footnotes"],
        ["refs"],
        ["export", "--format", "csv"],
        ["export", "--format", "markdown"],
        ["export", "--format", "akn"],
        ["export", "--format", "json"],
        ["--file", BUNDLED, "info"],
        ["validate", BUNDLED],
    ):
        name = " ".join(command).replace(BUNDLED, "BUNDLED.json")
        rows.append(Row(name, [*CLI, *command], FLOOR_MODEL, model))
    rows.append(Row("show (rich, on a pty)", [*CLI, "show"], FLOOR_RICH, "... + rich.console",
                    1.3, tty=True))  # fmt: skip
    rows.append(Row("floor + one pydantic model", FLOOR_ONE_MODEL, FLOOR_MODEL, model))
    return rows


def measure(row: Row, runs: int) -> None:
    run_once(row.cmd, row.tty)  # warm the caches
    run_once(row.floor)
    for _ in range(runs):
        elapsed, rss, cpu = run_once(row.cmd, row.tty)
        row.ours.append(elapsed)
        row.ours_cpu.append(cpu)
        row.maxrss = max(row.maxrss, rss)
        elapsed, _, cpu = run_once(row.floor)
        row.base.append(elapsed)
        row.base_cpu.append(cpu)


def session(directory: Path, passes: int) -> tuple[str, str, str] | None:
    """(ms per resolution, maxrss MiB, detail) of loading the session in a child."""
    if not directory.is_dir():
        return None
    script = ROOT / "benchmarks" / "load_session.py"
    proc = subprocess.Popen(
        [PY, str(script), str(directory), "--repeat", str(passes)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    median = re.search(r"median per resolution: ([\d.]+) ms", out)
    files = re.search(r"files: (\d+), resolutions: (\d+)", out)
    if median is None or files is None:
        return ("failed", "", out.strip().splitlines()[-1] if out.strip() else "no output")
    detail = f"{files.group(1)} files, {files.group(2)} resolutions, {passes} passes"
    return median.group(1), f"{usage.ru_maxrss / 1024:.0f}", detail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up row (15)")
    parser.add_argument("--passes", type=int, default=3, help="passes over the session (3)")
    parser.add_argument("--session", type=Path, default=SESSION, help="the AKN4UN directory")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "src"), quiet=1)

    cpu = platform.processor() or platform.machine()
    print(
        f"machine: {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()} ({platform.python_implementation()}); "
        f"runs: {args.runs}"
    )
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average at start: {load1:.2f}")
    header = (
        f"{'row':<30} {'median':>9} {'floor':>9} {'ratio':>6} {'target':>14} {'cpu':>5}"
        f" {'maxrss':>8}  floor is"
    )
    print(header)
    print("-" * len(header))
    missed = False
    for row in startup_rows():
        measure(row, args.runs)
        ours, base = statistics.median(row.ours), statistics.median(row.base)
        ratio = ours / base
        cpu_ratio = statistics.median(row.ours_cpu) / statistics.median(row.base_cpu)
        verdict = ""
        if row.target is not None:
            ok = ratio <= row.target
            missed |= not ok
            verdict = f"<= {row.target:.2f} {'ok' if ok else 'MISSED'}"
        print(
            f"{row.name:<30} {ours * 1000:>7.1f}ms {base * 1000:>7.1f}ms {ratio:>6.2f} "
            f"{verdict:>14} {cpu_ratio:>5.2f} {row.maxrss / 1024:>5.0f}MiB  {row.floor_name}",
            flush=True,
        )
    loaded = session(args.session, args.passes)
    if loaded is None:
        print(f"{'load the session':<30} skipped: {args.session} is absent")
    else:
        ms, rss, detail = loaded
        print(
            f"{'load the session (per res.)':<30} {ms:>7}ms {'':>9} {'':>6} {'':>14} {'':>5} "
            f"{rss:>5}MiB  {detail}"
        )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"(this script's own maxrss: {own / 1024:.0f} MiB)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
