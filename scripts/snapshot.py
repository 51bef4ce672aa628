"""Byte-for-byte snapshot of what the commands print, over every official file.

A refactoring must not change output. Record a snapshot on the commit before it,
then compare on the commit after::

    python scripts/snapshot.py record /tmp/before.json
    python scripts/snapshot.py compare /tmp/before.json

Each file of sessions 74 and 75 (each part of a collection) goes through ``list``,
``show``, ``info``, ``footnotes``, ``refs``, ``verbs``, ``votes`` and ``export``, in
every format each accepts (rich at a fixed width, on a fake terminal). A case is
stored as the SHA-256 of its stdout, its stderr and its exit status. ``compare``
prints the cases that differ and exits 1 if any does; ``--allow COMMAND:FORMAT``
names a change that an issue asked for.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RESOLUTION_SHARED", ROOT.parent / "shared"))
SESSIONS = {
    74: SHARED / "official" / "74session" / "English",
    75: SHARED / "official" / "75session" / "English",
}
VIEW = ("rich", "plain", "json", "jsonl")
CLAUSE = (*VIEW, "csv", "tsv", "markdown", "akn")
COMMANDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("info",), VIEW),
    (("list",), CLAUSE),
    (("show",), CLAUSE),
    (("footnotes",), VIEW),
    (("refs",), VIEW),
    (("verbs",), VIEW),
    (("votes",), VIEW),
    (("export",), ("json", "csv", "tsv", "markdown", "akn")),
]


#: rich gives each terminal link (OSC 8) a random id: not part of what is printed.
_LINK_ID = re.compile(rb"\x1b\]8;id=[^;]*;")


def _parts(path: Path) -> list[str | None]:
    """The parts of a collection (A, B, ...), or [None] for a single resolution."""
    from resolution_cli.readers.akn import parts

    found = parts(path.read_bytes(), path.name)
    return list(found) if found else [None]


def _cases_of(path: Path) -> dict[str, list[object]]:
    from click.testing import CliRunner

    from resolution_cli.cli import run as run_cli
    from resolution_cli.terminal import Terminal

    term = Terminal(is_tty=True, width=100, hyperlinks=False)

    class Main:
        name = "resolution"

        def main(self, args: list[str], prog_name: str | None = None, **extra: object) -> None:
            raise SystemExit(run_cli(args, term))

    runner = CliRunner()
    cases: dict[str, list[object]] = {}
    try:
        parts = _parts(path)
    except Exception:
        parts = [None]
    for part in parts:
        base = ["--file", str(path)] + (["--part-of", part] if part else [])
        for command, formats in COMMANDS:
            for fmt in formats:
                args = [*base, *command, "--format", fmt]
                if command == ("show",):
                    args.append("--no-pager")
                result = runner.invoke(Main(), args)  # type: ignore[arg-type]
                key = f"{path.parent.parent.name}/{path.name}|{part or ''}|{command[0]}|{fmt}"
                cases[key] = [
                    int(result.exit_code),
                    hashlib.sha256(_LINK_ID.sub(b"\x1b]8;;", result.stdout_bytes)).hexdigest(),
                    hashlib.sha256(result.stderr_bytes).hexdigest(),
                ]
    return cases


def record(files: list[Path], jobs: int) -> dict[str, list[object]]:
    cases: dict[str, list[object]] = {}
    with ProcessPoolExecutor(jobs) as pool:
        for done in pool.map(_cases_of, files, chunksize=4):
            cases.update(done)
    return dict(sorted(cases.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("record", "compare"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--session", type=int, action="append", choices=sorted(SESSIONS))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--allow", action="append", default=[], metavar="COMMAND:FORMAT")
    parser.add_argument("--match", help="only files whose name contains this")
    args = parser.parse_args()
    files = [
        f
        for s in args.session or sorted(SESSIONS)
        for f in sorted(SESSIONS[s].glob("*.xml"))
        if not args.match or args.match in f.name
    ]
    if not files:
        print(f"no official files under {SHARED}", file=sys.stderr)
        return 2
    cases = record(files, args.jobs)
    if args.mode == "record":
        args.snapshot.write_text(json.dumps(cases, indent=0) + "\n", encoding="utf-8")
        print(f"{len(cases)} cases over {len(files)} files recorded in {args.snapshot}")
        return 0
    before: dict[str, list[object]] = json.loads(args.snapshot.read_text(encoding="utf-8"))
    allowed = {tuple(a.split(":", 1)) for a in args.allow}
    differ = [
        k
        for k, v in cases.items()
        if before.get(k) != v and tuple(k.split("|")[2:4]) not in allowed
    ]
    missing = [k for k in before if k not in cases and (not args.match or args.match in k)]
    for k in differ:
        print(f"differs: {k}  before={before.get(k)}  after={cases[k]}")
    for k in missing:
        print(f"missing: {k}")
    same = len(cases) - len(differ)
    print(f"{same} of {len(cases)} cases byte-identical; {len(differ)} differ, {len(missing)} gone")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
