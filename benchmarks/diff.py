"""``resolution diff`` on the largest yearly successors: session 74 -> 75, end to end.

Pairs the resolutions of ../shared/official by identical title (one file each
side), takes the two with the most clauses in session 75, and times the whole
process ``resolution diff OLD NEW --format F`` (plain, json, and rich on a
pseudo-terminal), N runs each, median and worst, plus the floor
``python -c "import click, json; from pydantic import BaseModel"`` for scale and
the in-process split (loading both files, comparing, rendering), and the CPU time of
the process (user + system), which a busy shared machine inflates less than the
wall-clock time. Target (issue #11): <= 1 s end to end.

    python benchmarks/diff.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import CLI, FLOOR_MODEL, once

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RESOLUTION_SHARED", ROOT.parent / "shared")) / "official"


def largest_pairs(count: int = 2) -> list[tuple[Path, Path, int, int]]:
    """(74 file, 75 file, old clauses, new clauses) of the largest successors."""
    from resolution_cli.loader import load

    def titles(directory: Path) -> dict[str, list[tuple[Path, int]]]:
        found: dict[str, list[tuple[Path, int]]] = {}
        for path in sorted(directory.glob("*.xml")):
            r = load(path)
            found.setdefault(" ".join(r.title.split()), []).append((path, len(r.clauses)))
        return found

    old = titles(SHARED / "74session" / "English")
    new = titles(SHARED / "75session" / "English")
    pairs = [
        (old[t][0][0], new[t][0][0], old[t][0][1], new[t][0][1])
        for t in set(old) & set(new)
        if len(old[t]) == 1 and len(new[t]) == 1
    ]
    pairs.sort(key=lambda p: -p[3])
    return pairs[:count]


def cpu_once(cmd: list[str]) -> float:
    """CPU seconds (user + system) one run of ``cmd`` takes: what a busy machine does not
    inflate as it does wall-clock time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def split(old: Path, new: Path) -> dict[str, float]:
    """Seconds spent loading, comparing and rendering plain, in this process (warm)."""
    from resolution_cli.diff import compare
    from resolution_cli.loader import load
    from resolution_cli.render import get
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Diff

    start = time.perf_counter()
    a, b = load(old), load(new)
    loaded = time.perf_counter()
    result = compare(a, b)
    compared = time.perf_counter()
    get("plain")(Diff(result), io.StringIO(), Terminal())
    get("json")(Diff(result), io.StringIO(), Terminal())
    rendered = time.perf_counter()
    return {
        "load both": loaded - start,
        "compare": compared - loaded,
        "render plain+json": rendered - compared,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"../shared/official is absent (looked in {SHARED})")
    floor = [once(FLOOR_MODEL) for _ in range(args.runs)]
    print(f"floor (import click, json, pydantic): median {statistics.median(floor) * 1000:.0f} ms")
    for old, new, n_old, n_new in largest_pairs():
        print(f"\n{old.name} ({n_old} clauses) -> {new.name} ({n_new} clauses)")
        for name, seconds in split(old, new).items():
            print(f"  in process, {name}: {seconds * 1000:.0f} ms")
        for fmt, tty in (("plain", False), ("json", False), ("rich", True)):
            cmd = [*CLI, "diff", str(old), str(new), "--format", fmt]
            times = [once(cmd, tty=tty) for _ in range(args.runs)]
            median, worst = statistics.median(times), max(times)
            verdict = "ok" if median <= 1.0 else "OVER 1 s"
            cpu = ""
            if not tty:
                cpu_median = statistics.median(cpu_once(cmd) for _ in range(args.runs))
                cpu = f", CPU {cpu_median * 1000:.0f} ms"
            print(
                f"  resolution diff --format {fmt}{' (pty)' if tty else ''}: "
                f"median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms{cpu}  [{verdict}]"
            )


if __name__ == "__main__":
    main()
