"""Reading the printed text of the largest session-75 resolution, against reading its XML.

    python benchmarks/text_reader.py [--runs N] [--file NAME]

The largest file of ``../shared/official/75session/English`` (by size, or ``--file``)
is read by the AKN reader; that resolution is laid out as the printed document
converted to text (``tests/printed.py``, the round trip's renderer), and the text
is read by the text reader. Both are timed in this process, warm (one read first),
as the median of N runs (default 21) of ``resolution_cli.loader.parse`` on bytes
already in memory; the model is built and validated in both. Issue 12's target:
the text takes no longer than the XML (ratio <= 1). Exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from printed import render  # noqa: E402
from resolution_cli.loader import parse  # noqa: E402

SESSION = ROOT.parent / "shared" / "official" / "75session" / "English"


def _median_ms(read: object, runs: int) -> float:
    assert callable(read)
    read()
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        read()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--file", default=None, help="a file name in the session folder")
    args = parser.parse_args(argv)
    if not SESSION.is_dir():
        print(f"no official corpus at {SESSION}", file=sys.stderr)
        return 2
    path = (
        SESSION / args.file
        if args.file
        else max(SESSION.glob("*.xml"), key=lambda p: p.stat().st_size)
    )
    xml = path.read_bytes()
    resolution = parse(xml, path.name, "akn")
    text = render(resolution, path.name).encode("utf-8")
    again = parse(text, f"{path.name}.md", "text")
    assert [c.id for c in again.clauses] == [c.id for c in resolution.clauses]
    akn_ms = _median_ms(lambda: parse(xml, path.name, "akn"), args.runs)
    text_ms = _median_ms(lambda: parse(text, f"{path.name}.md", "text"), args.runs)
    words = sum(len(c.all_text().split()) for c in resolution.clauses)
    print(
        f"{path.name} ({resolution.number}): {len(resolution.clauses)} clauses, {words} words; "
        f"XML {len(xml) // 1024} KiB, text {len(text) // 1024} KiB"
    )
    print(f"AKN reader  {akn_ms:8.1f} ms")
    print(f"text reader {text_ms:8.1f} ms")
    ratio = text_ms / akn_ms
    print(f"ratio       {ratio:8.2f} (target <= 1)")
    return 0 if ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
