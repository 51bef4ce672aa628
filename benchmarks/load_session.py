"""Load every resolution of a session through ``resolution_cli.load`` and time it.

Usage: python benchmarks/load_session.py [DIR] [--repeat N]

DIR defaults to ../shared/official/75session/English (relative to the repository).
Prints resolutions per second, the median time per resolution, the CPU time of
the fastest pass (``time.process_time``: what the machine's other work disturbs
least), the slowest file and the peak memory (maxrss) of the process. Documents
holding several resolutions are loaded once per part.

Issue 8 (sections, several preamble/mainBody pairs, block lists, continuations,
State names, the recorded vote) was held to within 10 % of the time before it.
CPU time of the fastest of 3 passes over session 75 (342 resolutions), same
machine, runs interleaved:

- before issue 8 (commit ad5d07c): 1.24 to 1.27 s (269 to 275 resolutions/s);
- after the AKN reader's part of issue 8, annexes not read (issue 9's stub):
  1.29 to 1.35 s (253 to 265 resolutions/s), 3 to 6 % more;
- the same with annexes read as well (issue 9, commit cf76a31): 1.32 to 1.40 s
  (244 to 260 resolutions/s), 2 to 8 % more than before issue 8.

The wall-clock figures of the same runs varied from 100 to 144 resolutions/s (the
machine is shared): compare CPU times.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from resolution_cli import load
from resolution_cli.errors import LoadError
from resolution_cli.readers import akn

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "official" / "75session" / "English"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the session (3)")
    args = parser.parse_args(argv)
    files = sorted(args.directory.glob("*.xml"))
    if not files:
        parser.error(f"no *.xml files in {args.directory}")

    jobs: list[tuple[Path, str | None]] = []
    for path in files:
        labels = akn.parts(path.read_bytes(), path.name)
        jobs += [(path, label) for label in labels] if labels else [(path, None)]

    times: dict[tuple[Path, str | None], list[float]] = {job: [] for job in jobs}
    failures = 0
    cpu: list[float] = []
    start = time.perf_counter()
    for _ in range(args.repeat):
        cpu_start = time.process_time()
        for path, label in jobs:
            t0 = time.perf_counter()
            try:
                load(path, part_of=label)
            except LoadError as exc:
                failures += 1
                print(f"failed: {exc}", file=sys.stderr)
            times[(path, label)].append(time.perf_counter() - t0)
        cpu.append(time.process_time() - cpu_start)
    total = time.perf_counter() - start

    count = len(jobs) * args.repeat
    medians = {job: statistics.median(values) for job, values in times.items()}
    slowest, slow_time = max(medians.items(), key=lambda item: item[1])
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mib = maxrss / 1024 if sys.platform != "darwin" else maxrss / (1024 * 1024)
    name = slowest[0].name + (f" [{slowest[1]}]" if slowest[1] else "")
    print(f"files: {len(files)}, resolutions: {len(jobs)}, passes: {args.repeat}")
    print(f"resolutions per second: {count / total:.1f}")
    print(f"median per resolution: {statistics.median(medians.values()) * 1000:.2f} ms")
    print(f"CPU time of the fastest pass: {min(cpu):.2f} s ({len(jobs) / min(cpu):.1f} per second)")
    print(f"slowest: {name} ({slow_time * 1000:.1f} ms median)")
    print(f"peak memory (maxrss): {peak_mib:.1f} MiB")
    if failures:
        print(f"failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
