"""The corpus index: time corpus add, a re-add, a phrase search and a regex search.

Usage: python benchmarks/corpus.py [--shared DIR] [--runs N] [--broad-only]

Every figure is a whole process, as a user runs it (``python -m resolution_cli``):

1. ``corpus add`` of session 75 (339 files) into a new index (target <= 10 s);
2. ``corpus add`` of it again, every file unchanged (target <= 1 s);
3. a phrase search on an index of >= 2,000 resolutions: sessions 74 and 75 indexed
   four times (once as published, three times under altered symbols: session
   174, 274, 374 ...), built here through the indexer's own functions
   (target <= 0.3 s end to end);
4. a regular expression FTS5 cannot narrow (every clause is checked) on that index
   (target <= 1.5 s);
5. the size of the index per 1,000 resolutions;
6. ``search "."`` and ``search -c "."`` (every clause matches: no FTS narrowing and a
   match per character) on an index of sessions 74 and 75 (``corpus add``; issue 19:
   a pattern that matches a lot is not stopped). ``--broad-only`` measures this alone.

Searches print their hits to a pipe (plain output); the median of --runs runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "resolution_cli"]
PHRASE = ["search", "-F", "Global Counter-Terrorism Strategy"]
REGEX = ["search", r"\d{4}[-–]\d{4}"]  # year ranges, "2016–2030": no word for FTS
BROAD = [["search", "."], ["search", "-c", "."]]


#: CPU seconds (user + system) of the processes run, per label: steadier than wall time
#: on a shared machine.
CPU: dict[str, float] = {}


def timed(
    args: list[str], runs: int, label: str = ""
) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """The median wall time of running ``resolution ARGS`` ``runs`` times."""
    times, cpus = [], []
    result = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run([*CLI, *args], capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if result.returncode not in (0, 1):
            sys.exit(f"resolution {' '.join(args)} failed: {result.stderr.decode()}")
    assert result is not None
    CPU[label] = statistics.median(cpus)
    return statistics.median(times), result


def build_large(db: Path, shared: Path) -> int:
    """Sessions 74 and 75, four times (three under altered symbols); returns the count."""
    from resolution_cli.corpus.extract import extract
    from resolution_cli.corpus.index import insert_resolution, refresh_terms
    from resolution_cli.corpus.store import create_index

    files = [p for s in ("74session", "75session") for p in sorted((shared / s).rglob("*.xml"))]
    parsed = []
    for path in files:
        data = path.read_bytes()
        parsed += extract(str(path), data, "").resolutions
    conn = create_index(db)
    count = 0
    conn.execute("BEGIN")
    for copy in range(4):
        cursor = conn.execute(
            "INSERT INTO files (source, sha256, size, indexed_at) VALUES (?, ?, 0, '')",
            (f"benchmark copy {copy}", f"copy{copy}"),
        )
        file_id = int(cursor.lastrowid or 0)
        for p in parsed:
            session = (p.session or 0) + 100 * copy
            symbol = re.sub(
                r"/((?:E?S-)?)(\d+)/",
                lambda m, shift=100 * copy: f"/{m.group(1)}{int(m.group(2)) + shift}/",
                p.symbol,
                count=1,
            )
            altered = dataclasses.replace(p, symbol=symbol, session=session)
            insert_resolution(conn, file_id, altered)
            count += 1
    conn.execute("COMMIT")
    refresh_terms(conn)
    conn.close()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "official")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--broad-only", action="store_true", help="Only search '.' (item 6).")
    args = parser.parse_args(argv)
    if args.broad_only:
        broad(args.shared, args.runs)
        return 0
    session75 = args.shared / "75session" / "English"
    print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.sqlite"
        add, result = timed(["--db", str(db), "corpus", "add", str(session75)], 1, "add")
        print(
            f"corpus add, session 75 (339 files): {add:.2f} s   [{result.stderr.decode().strip()}]"
        )
        again, result = timed(
            ["--db", str(db), "corpus", "add", str(session75)], args.runs, "again"
        )
        print(f"corpus add again, unchanged: {again:.2f} s   [{result.stderr.decode().strip()}]")

        large = Path(tmp) / "large.sqlite"
        started = time.perf_counter()
        count = build_large(large, args.shared)
        print(f"large index: {count} resolutions, built in {time.perf_counter() - started:.1f} s")
        floor, _ = timed(["--version"], args.runs, "--version")
        phrase, result = timed(["--db", str(large), *PHRASE], args.runs, "phrase")
        hits = len(result.stdout.splitlines())
        print(
            f"phrase search {PHRASE[2:]!r}: {phrase:.3f} s, {hits} hits (--version: {floor:.3f} s)"
        )
        regex, result = timed(["--db", str(large), *REGEX], args.runs, "regex")
        hits = len(result.stdout.splitlines())
        print(f"regex search {REGEX[1]!r} (no FTS narrowing): {regex:.3f} s, {hits} hits")
        size = os.path.getsize(large) + (
            os.path.getsize(f"{large}-wal") if os.path.exists(f"{large}-wal") else 0
        )
        print(
            f"index size: {size / 1_048_576:.1f} MiB for {count} resolutions, "
            f"{size / count * 1000 / 1_048_576:.1f} MiB per 1,000 resolutions"
        )
    broad(args.shared, args.runs)
    print(
        "CPU seconds (user + system, workers included): "
        + ", ".join(f"{label} {seconds:.2f}" for label, seconds in CPU.items())
    )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


def broad(shared: Path, runs: int) -> None:
    """``search "."`` and ``search -c "."`` on an index of sessions 74 and 75."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.sqlite"
        folders = [str(shared / f"{n}session" / "English") for n in (74, 75)]
        subprocess.run([*CLI, "--db", str(db), "corpus", "add", *folders], capture_output=True)
        listed = subprocess.run([*CLI, "--db", str(db), "corpus", "list"], capture_output=True)
        count = len(listed.stdout.splitlines())
        for args in BROAD:
            label = " ".join(args)
            seconds, result = timed(["--db", str(db), *args], runs, label)
            lines = len(result.stdout.splitlines())
            print(
                f"{label!r} on sessions 74-75 ({count} resolutions): {seconds:.2f} s wall, "
                f"{CPU[label]:.2f} s CPU, {lines} lines"
            )


if __name__ == "__main__":
    raise SystemExit(main())
