"""Time the loading of the session's annexed resolutions (issue 9), the largest one first.

Usage: python benchmarks/load_annexes.py [DIR] [--repeat N]

DIR defaults to ../shared/official/75session/English (relative to the repository).
The files with annexes are found with lxml (``attachments``). For the largest of them
(by size), prints the median time of ``resolution_cli.load`` over N runs, the time of
the same file with its ``attachments`` removed (what reading the annexes costs), and
its annexes' size (annexes, clauses, words); then the file with the most words in its
annexes, and the median over every annexed file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from resolution_cli import load

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "official" / "75session" / "English"


def _median_ms(path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        load(path, warn=lambda _: None)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _without_annexes(path: Path, into: Path) -> Path:
    tree = etree.parse(str(path))
    for holder in list(tree.iter("{*}attachments")):
        parent = holder.getparent()
        if parent is not None:
            parent.remove(holder)
    target = into / path.name
    tree.write(str(target), xml_declaration=True, encoding="UTF-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=15, help="runs per file (15)")
    args = parser.parse_args(argv)
    annexed = [
        path
        for path in sorted(args.directory.glob("*.xml"))
        if any(True for _ in etree.parse(str(path)).iter("{*}attachments"))
    ]
    if not annexed:
        parser.error(f"no annexed *.xml files in {args.directory}")
    largest = max(annexed, key=lambda p: p.stat().st_size)
    resolution = load(largest, warn=lambda _: None)
    clauses = [c for annex in resolution.annexes for c in annex.clauses]
    words = sum(len(c.all_text().split()) for c in clauses)
    with_annexes = _median_ms(largest, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        bare = _median_ms(_without_annexes(largest, Path(tmp)), args.repeat)
    medians = [_median_ms(path, max(args.repeat // 3, 1)) for path in annexed]
    counts = {
        path: sum(
            len(c.all_text().split())
            for annex in load(path, warn=lambda _: None).annexes
            for c in annex.clauses
        )
        for path in annexed
    }
    wordiest = max(counts, key=lambda p: counts[p])
    print(f"annexed files: {len(annexed)}")
    print(
        f"largest: {largest.name} ({largest.stat().st_size / 1024:.0f} KiB; "
        f"{len(resolution.annexes)} annexes, {len(clauses)} clauses, {words} words in annexes)"
    )
    print(f"load, median of {args.repeat}: {with_annexes:.1f} ms")
    cost = with_annexes - bare
    print(f"load without its attachments: {bare:.1f} ms (its annexes cost {cost:.1f} ms)")
    print(
        f"most words in annexes: {wordiest.name} ({counts[wordiest]} words): "
        f"{_median_ms(wordiest, args.repeat):.1f} ms"
    )
    print(f"median over the annexed files: {statistics.median(medians):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
