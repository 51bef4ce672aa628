"""lineage and history against a phrase search, over an index of sessions 74 and 75.

Usage: python benchmarks/lineage.py [--shared DIR] [--runs N] [--db PATH]

Every figure is a whole process, as a user runs it (``python -m resolution_cli``,
plain output to a pipe), the median of --runs runs, on one index of sessions 74 and
75 (built here by ``corpus add`` unless --db names one):

1. ``search -F "Global Counter-Terrorism Strategy"`` (the reference);
2. ``lineage 75/239`` (Oceans and the law of the sea: 426 clauses) and
   ``lineage 75/245`` (A/B parts competing);
3. ``history OP1 --res 75/162`` (4 clauses) and ``history OP5 --res 75/239``
   (two versions of 425-426 clauses compared).

Target (issue 18): each of 2 and 3 in at most 3 times the time of 1 (wall and CPU
time both printed; the machine is shared, CPU time is the steadier).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "resolution_cli"]
SEARCH = ["search", "-F", "Global Counter-Terrorism Strategy"]
CASES = {
    "lineage 75/239": ["lineage", "75/239"],
    "lineage 75/245": ["lineage", "75/245"],
    "history OP1 --res 75/162": ["history", "OP1", "--res", "75/162"],
    "history OP5 --res 75/239": ["history", "OP5", "--res", "75/239"],
}
TARGET = 3.0


def timed(db: Path, args: list[str], runs: int) -> tuple[float, float]:
    """The median wall time and CPU time (user + system) of ``resolution --db DB ARGS``
    (plain, to a pipe). CPU time is steadier on a shared machine."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [*CLI, "--db", str(db), *args, "--format", "plain"], capture_output=True
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if result.returncode not in (0, 1):
            sys.exit(f"resolution {' '.join(args)} failed: {result.stderr.decode()}")
    return statistics.median(times), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="an index of sessions 74 and 75 already built")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = options.db
        if db is None:
            db = Path(tmp) / "index.sqlite"
            official = options.shared / "official"
            subprocess.run(
                [
                    *CLI,
                    "--db",
                    str(db),
                    "corpus",
                    "add",
                    str(official / "74session" / "English"),
                    str(official / "75session" / "English"),
                ],
                check=True,
                capture_output=True,
            )
        wall, cpu = timed(db, SEARCH, options.runs)
        print(f"{'':<28} {'wall':>7}     {'CPU':>7}     wall / CPU ratio to search")
        print(f"{'search -F (one phrase)':<28} {wall * 1000:7.0f} ms  {cpu * 1000:7.0f} ms")
        worst = 0.0
        for label, args in CASES.items():
            seconds, cpu_seconds = timed(db, args, options.runs)
            ratios = (seconds / wall, cpu_seconds / cpu)
            worst = max(worst, *ratios)
            print(
                f"{label:<28} {seconds * 1000:7.0f} ms  {cpu_seconds * 1000:7.0f} ms  "
                f"{ratios[0]:4.2f}x / {ratios[1]:4.2f}x"
            )
        verdict = "met" if worst <= TARGET else "MISSED"
        print(f"target <= {TARGET}x search: {verdict} (worst {worst:.2f}x)")


if __name__ == "__main__":
    main()
