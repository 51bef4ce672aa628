"""Load every resolution of a session through ``resolution_cli.load`` and time it.

Usage: python benchmarks/load_session.py [DIR] [--repeat N]

DIR defaults to ../shared/official/75session/English (relative to the repository).
Prints resolutions per second, the median time per resolution, the slowest file
and the peak memory (maxrss) of the process. Documents holding several
resolutions are loaded once per part.
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
    start = time.perf_counter()
    for _ in range(args.repeat):
        for path, label in jobs:
            t0 = time.perf_counter()
            try:
                load(path, part_of=label)
            except LoadError as exc:
                failures += 1
                print(f"failed: {exc}", file=sys.stderr)
            times[(path, label)].append(time.perf_counter() - t0)
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
    print(f"slowest: {name} ({slow_time * 1000:.1f} ms median)")
    print(f"peak memory (maxrss): {peak_mib:.1f} MiB")
    if failures:
        print(f"failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
