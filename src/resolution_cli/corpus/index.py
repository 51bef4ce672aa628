"""``corpus add``: index files, folders (recursively) and zip archives, incrementally.

- Sources are found in the order given (a folder's files sorted by path): ``*.xml``
  and ``*.zip`` in folders, each ``*.xml`` member of an archive, any file named
  explicitly. A source's identity is its absolute path (``ARCHIVE!MEMBER`` in an
  archive), never its name's scheme; messages name it as the user typed it
  (``DIR/75_1_F.xml``, ``ARCHIVE.zip/MEMBER``), never resolved.
- Each source's content is hashed (SHA-256): a source already indexed with the
  same content is *unchanged*, a new source whose content is indexed (or queued in
  this run) under another path is a *duplicate*: both are skipped unread; a changed
  source replaces all the rows it had.
- Sources are parsed in parallel by a process pool (all cores), in batches; only
  this process writes, one transaction per batch. Ctrl-C rolls back the batch
  being written: what was committed stays whole, nothing half-written remains.
- A source that cannot be read is reported (``on_skip``) and skipped.
- A resolution already indexed from another source (same symbol and language)
  is replaced by the newer one, with a warning.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from resolution_cli.corpus.extract import Extracted, Job, Parsed, extract_many
from resolution_cli.errors import LoadError
from resolution_cli.loader import MAX_BYTES, require_content

#: Files per worker round trip, and per transaction.
BATCH = 8

Report = Callable[[str], None]


@dataclass
class AddResult:
    """What ``corpus add`` did."""

    indexed: int = 0
    unchanged: int = 0
    duplicates: int = 0  #: sources whose content is indexed under another name
    skipped: int = 0
    resolutions: int = 0
    seconds: float = 0.0
    skips: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The one-line summary: ``N indexed, M unchanged[, D duplicates], K skipped`` (and how many
        resolutions those N files held, when N is not 0), with the time taken."""
        n, twins = self.resolutions, self.duplicates
        held = f"{n} resolution{'' if n == 1 else 's'}, " if self.indexed else ""
        duplicates = f"{twins} duplicate{'' if twins == 1 else 's'}, " if twins else ""
        return (
            f"{self.indexed} indexed, {self.unchanged} unchanged, {duplicates}"
            f"{self.skipped} skipped "
            f"({held}{self.seconds:.1f} s)"
        )


@dataclass(frozen=True)
class Source:
    """One file to index: a path, or a member of a zip archive."""

    name: str  #: its identity in the index
    path: Path
    member: str | None = None
    #: how messages name it: the path as the user typed it (``ARCHIVE.zip/MEMBER``)
    shown: str = ""

    def read(self) -> bytes:
        """Its content; OSError, zipfile.BadZipFile or ValueError when it cannot be read."""
        if self.member is None:
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        else:
            with zipfile.ZipFile(self.path) as archive:
                info = archive.getinfo(self.member)
                if info.file_size > MAX_BYTES:
                    raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
                data = archive.read(info)
        if len(data) > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
        return data


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in (".xml", ".zip") and not path.name.startswith(".")


def sources(paths: list[str], on_skip: Report) -> Iterator[Source]:
    """The sources named by ``paths``: files, folders (recursively), zip archives."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            for file in found:  # named under the folder as typed (rglob keeps the prefix)
                yield from _expand(file, on_skip)
        elif path.exists():
            yield from _expand(path, on_skip)
        else:
            on_skip(f"{given}: no such file or folder")


def _expand(path: Path, on_skip: Report) -> Iterator[Source]:
    absolute = path.resolve()
    if path.suffix.lower() != ".zip":
        yield Source(str(absolute), absolute, shown=str(path))
        return
    try:
        with zipfile.ZipFile(absolute) as archive:
            members = sorted(
                info.filename
                for info in archive.infolist()
                if not info.is_dir()
                and info.filename.lower().endswith(".xml")
                and not info.filename.startswith("__MACOSX/")
            )
    except (OSError, zipfile.BadZipFile) as exc:
        on_skip(f"{path}: not a readable zip archive ({exc})")
        return
    for member in members:
        yield Source(f"{absolute}!{member}", absolute, member, shown=f"{path}/{member}")


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Writer:
    """Writes extracted sources into the index (this process only)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        result: AddResult,
        warn: Report,
        on_skip: Report | None = None,
    ) -> None:
        self.conn = conn
        self.result = result
        self.warn = warn
        self.on_skip = on_skip or warn
        self.known: dict[str, str] = dict(conn.execute("SELECT source, sha256 FROM files"))
        self.shas = set(self.known.values())

    def unchanged(self, source: str, sha: str) -> bool:
        """Whether this content is already indexed under this source."""
        return self.known.get(source) == sha

    def duplicate(self, source: str, sha: str) -> bool:
        """Whether this new source's content is indexed (or queued) under another name."""
        return source not in self.known and sha in self.shas

    def write(self, batch: list[Extracted]) -> None:
        """Write a batch in one transaction (rolled back whole if interrupted)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('terms', 'stale')")
            done: list[Extracted] = []
            for item in batch:
                if item.error is not None:
                    continue
                self._file(item)
                done.append(item)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # Ctrl-C may come just after COMMIT returned
                conn.execute("ROLLBACK")
            raise
        for item in batch:
            for message in item.warnings:
                self.warn(message)
            if item.error is not None:
                self.skip(item.error)
        for item in done:
            self.known[item.source] = item.sha256
            self.shas.add(item.sha256)
            self.result.indexed += 1
            self.result.resolutions += len(item.resolutions)

    def skip(self, message: str) -> None:
        self.result.skipped += 1
        self.result.skips.append(message)
        self.on_skip(f"{message}; skipped")

    def _file(self, item: Extracted) -> None:
        conn = self.conn
        row = conn.execute("SELECT id FROM files WHERE source = ?", (item.source,)).fetchone()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        if row is None:
            cursor = conn.execute(
                "INSERT INTO files (source, sha256, size, indexed_at) VALUES (?, ?, ?, ?)",
                (item.source, item.sha256, item.size, now),
            )
            file_id = cursor.lastrowid
        else:
            file_id = row[0]
            for (rid,) in conn.execute(
                "SELECT id FROM resolutions WHERE file_id = ?", (file_id,)
            ).fetchall():
                delete_resolution(conn, rid)
            conn.execute(
                "UPDATE files SET sha256 = ?, size = ?, indexed_at = ? WHERE id = ?",
                (item.sha256, item.size, now, file_id),
            )
        assert file_id is not None
        for parsed in item.resolutions:
            old = conn.execute(
                "SELECT r.id, f.source FROM resolutions r JOIN files f ON f.id = r.file_id "
                "WHERE r.symbol = ? AND r.lang = ?",
                (parsed.symbol, parsed.lang),
            ).fetchone()
            if old is not None:
                delete_resolution(conn, old[0])
                if old[1] != item.source:
                    self.warn(
                        f"{item.shown}: {parsed.symbol} ({parsed.lang}) was indexed from "
                        f"{old[1]}; replaced"
                    )
            insert_resolution(conn, file_id, parsed)


def delete_resolution(conn: sqlite3.Connection, rid: int) -> None:
    """Delete a resolution and every row that depends on it."""
    for table in ("clauses", "sponsors", "refs", "votes"):
        conn.execute(f"DELETE FROM {table} WHERE resolution_id = ?", (rid,))
    conn.execute("DELETE FROM resolutions WHERE id = ?", (rid,))


def insert_resolution(conn: sqlite3.Connection, file_id: int, p: Parsed) -> int:
    """Insert one resolution's rows; returns its row id."""
    cursor = conn.execute(
        "INSERT INTO resolutions (file_id, symbol, lang, number, session, ordinal, letter, "
        "title, adopted, adoption_type, recorded_vote, in_favour, against, abstaining, "
        "clause_count, model, work) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            p.symbol,
            p.lang,
            p.number,
            p.session,
            p.ordinal,
            p.letter,
            p.title,
            p.adopted,
            p.adoption_type,
            int(p.recorded_vote),
            *p.counts,
            len(p.clauses),
            p.model,
            p.work,
        ),
    )
    rid = cursor.lastrowid
    assert rid is not None
    conn.executemany(
        "INSERT INTO clauses (resolution_id, seq, cid, part, section, annex, article, verb, "
        "text, headings, norm_text, norm_headings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rid, *c) for c in p.clauses],
    )
    conn.executemany(
        "INSERT INTO sponsors (resolution_id, name, additional) VALUES (?, ?, ?)",
        [(rid, name, int(extra)) for name, extra in p.sponsors],
    )
    conn.executemany(
        "INSERT INTO refs (resolution_id, location, cid, written, normalized, document, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(rid, *r) for r in p.refs],
    )
    conn.executemany(
        "INSERT INTO votes (resolution_id, state, vote) VALUES (?, ?, ?)",
        [(rid, state, vote) for state, vote in p.votes],
    )
    return rid


def add(
    conn: sqlite3.Connection,
    paths: list[str],
    *,
    warn: Report,
    progress: Callable[[int], None] | None = None,
    total: Callable[[int], None] | None = None,
    jobs: int | None = None,
    skip: Report | None = None,
) -> AddResult:
    """Index ``paths`` into ``conn``; ``progress(n)`` is told each time n more sources are done.

    The readers' warnings go to ``warn``, each source that is skipped to ``skip``
    (default: ``warn``)."""
    started = time.monotonic()
    result = AddResult()
    writer = Writer(conn, result, warn, skip)
    found = list(sources(paths, writer.skip))
    if total is not None:
        total(len(found))
    tick = progress or (lambda n: None)

    def pending() -> Iterator[list[Job]]:
        batch: list[Job] = []
        for source in found:
            try:
                data = source.read()
            except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
                reason = getattr(exc, "strerror", None) or exc
                writer.skip(f"{source.shown or source.name}: cannot be read ({reason})")
                tick(1)
                continue
            try:  # an empty file is named each time, never a "duplicate" of another
                require_content(data, source.shown or source.name)
            except LoadError as exc:
                writer.skip(str(exc))
                tick(1)
                continue
            sha = hashlib.sha256(data).hexdigest()
            if writer.unchanged(source.name, sha):
                result.unchanged += 1
                tick(1)
                continue
            if writer.duplicate(source.name, sha):
                result.duplicates += 1
                tick(1)
                continue
            writer.shas.add(sha)  # a second name for it later in this run is a duplicate
            batch.append((source.name, data, sha, source.shown or source.name))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    workers = jobs or os.cpu_count() or 1
    batches = pending()
    if workers <= 1:
        for batch in batches:
            writer.write(extract_many(batch))
            tick(len(batch))
    else:
        _parallel(batches, writer, tick, workers)
    if result.indexed:
        refresh_terms(conn)
    result.seconds = time.monotonic() - started
    return result


def refresh_terms(conn: sqlite3.Connection) -> None:
    """Copy the FTS5 vocabulary into ``terms``, which partial-word searches scan."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM terms")
        conn.execute("INSERT INTO terms (term) SELECT term FROM clauses_vocab")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('terms', 'fresh')")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _parallel(
    batches: Iterator[list[Job]],
    writer: Writer,
    tick: Callable[[int], None],
    workers: int,
) -> None:
    import multiprocessing

    # Warm the parent before forking: the workers inherit the imported readers.
    import resolution_cli.readers.akn
    import resolution_cli.references  # noqa: F401

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_sigint)
    in_flight: set[Future[list[Extracted]]] = set()
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < 2 * workers:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                in_flight.add(executor.submit(extract_many, batch))
            if not in_flight:
                break
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                extracted = future.result()
                writer.write(extracted)
                tick(len(extracted))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
