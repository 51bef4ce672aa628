"""Six languages: indexing cost per file, and a phrase search in each language.

Usage: python benchmarks/languages.py [--shared DIR] [--runs N] [--jobs N]

1. ``corpus add`` of session 75 in English only, then in all six languages (about
   2,000 files), each into a new index: seconds per file (target: six languages
   <= 1.5x English-only per file);
2. on the six-language index, a phrase search in each language (``-F``, ``--lang``),
   whole processes as a user runs them, printed to a pipe (target: Chinese and
   Arabic <= 2x English); the median of --runs runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "resolution_cli"]
FOLDERS = ("English", "French", "Spanish", "Russian", "Arabic", "Chinese")
#: One phrase per language ("sustainable development", "the Secretary-General").
PHRASES = {
    "en": "sustainable development",
    "fr": "developpement durable",  # typed without its accents
    "es": "desarrollo sostenible",
    "ru": "устойчивого развития",
    "ar": "الامين العام",  # typed without hamza
    "zh": "可持续发展",
}


def run(args: list[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    result = subprocess.run([*CLI, *args], capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"resolution {' '.join(args)} failed: {result.stderr.decode()[-500:]}")
    return elapsed, result


def count(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*.xml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--index", help="Search this six-language index; index nothing.")
    args = parser.parse_args()
    if args.index:
        searches(args.index, args.runs)
        return
    session = args.shared / "official" / "75session"
    with tempfile.TemporaryDirectory() as tmp:
        en_db, all_db = f"{tmp}/en.sqlite", f"{tmp}/all.sqlite"
        en_files = count(session / "English")
        all_files = sum(count(session / f) for f in FOLDERS)
        jobs = ["-j", str(args.jobs), "-q"]
        en_s, _ = run(["--db", en_db, "corpus", "add", *jobs, str(session / "English")])
        folders = [str(session / f) for f in FOLDERS]
        all_s, _ = run(["--db", all_db, "corpus", "add", *jobs, *folders])
        en_per, all_per = en_s / en_files * 1000, all_s / all_files * 1000
        print(f"index English only : {en_files:5d} files {en_s:6.1f} s  {en_per:5.1f} ms/file")
        print(f"index six languages: {all_files:5d} files {all_s:6.1f} s  {all_per:5.1f} ms/file")
        print(f"  ratio per file: {all_per / en_per:.2f}x (target <= 1.5x)")
        for db in (en_db, all_db):
            print(f"  size {Path(db).name}: {Path(db).stat().st_size / 1_048_576:.1f} MiB")
        searches(all_db, args.runs)


def searches(db: str, runs: int) -> None:
    """A phrase search in each language: wall and CPU time of the process, median."""
    import resource

    base = None
    for lang, phrase in PHRASES.items():
        walls, cpus, hits = [], [], 0
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            elapsed, result = run(["--db", db, "search", "-F", phrase, "--lang", lang, "-l"])
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls.append(elapsed)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            hits = result.stdout.count(b"\n")
        wall, cpu = statistics.median(walls) * 1000, statistics.median(cpus) * 1000
        base = base or cpu
        print(
            f"search {lang} {phrase!r}: {wall:5.0f} ms wall, {cpu:5.0f} ms CPU "
            f"({cpu / base:.2f}x en), {hits} hits"
        )


if __name__ == "__main__":
    main()
