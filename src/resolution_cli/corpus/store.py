"""Where the index is, opening it, and reading a resolution back from it.

:func:`default_db` is the one place that decides which file is the index:
``--db PATH``, else ``$RESOLUTION_DB``, else ``index.sqlite`` in the user's data
directory (``$XDG_DATA_HOME/resolution-cli``, by default
``~/.local/share/resolution-cli``; ``~/Library/Application Support`` on macOS,
``%LOCALAPPDATA%`` on Windows).
"""

from __future__ import annotations

import difflib
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resolution_cli.corpus import schema
from resolution_cli.errors import CorpusError, NoIndex, UnknownSymbol
from resolution_cli.states import same_state

if TYPE_CHECKING:
    from resolution_cli.model import Resolution

APP_DIR = "resolution-cli"
DB_NAME = "index.sqlite"
#: How long a reader waits for a writer's lock, in milliseconds.
BUSY_TIMEOUT_MS = 10_000


__all__ = [
    "CorpusError",
    "NoIndex",
    "UnknownSymbol",
    "create_index",
    "default_db",
    "load_resolution",
    "open_index",
]


def data_dir() -> Path:
    """The user's data directory for this tool (XDG on Linux)."""
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_DIR


def default_db(db: str | os.PathLike[str] | None = None) -> Path:
    """The index file: ``db`` if given, else $RESOLUTION_DB, else the user's data dir."""
    if db is not None and str(db):
        return Path(db)
    env = os.environ.get("RESOLUTION_DB", "")
    if env:
        return Path(env)
    return data_dir() / DB_NAME


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # rcli_state(name): what filters compare, one value for every spelling of a State
    conn.create_function("rcli_state", 1, same_state, deterministic=True)
    return conn


def _build_hint(path: Path) -> str:
    db = "" if path == default_db() else f"--db {path} "
    return f"resolution {db}corpus add DIR (AKN XML files, folders or zip archives)"


def open_index(path: Path) -> sqlite3.Connection:
    """Open the index at ``path`` for reading; a one-line error if it is not one."""
    if not path.exists():
        raise NoIndex(f"no corpus index at {path}; build one with: {_build_hint(path)}")
    try:
        conn = _connect(path)
        found = schema.state(conn)
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path} is not a corpus index ({exc})") from None
    if found == "empty":
        conn.close()
        raise NoIndex(f"the corpus index {path} is empty; build it with: {_build_hint(path)}")
    if found != "current":
        conn.close()
        raise CorpusError(
            f"{path} is {found}; make it anew with: resolution --db {path} corpus add --rebuild DIR"
        )
    return conn


def create_index(path: Path, *, rebuild: bool = False) -> sqlite3.Connection:
    """Open the index at ``path`` for writing, creating it (and its folder) if needed.

    ``rebuild`` deletes an index of another schema version (never another kind of file).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CorpusError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    try:
        conn = _connect(path)
        found = schema.state(conn)
        if found != "current" and found != "empty" and rebuild:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            conn.close()
            if app != schema.APPLICATION_ID:
                raise CorpusError(f"{path} is {found}; rebuilding only replaces an index")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            conn = _connect(path)
            found = "empty"
        if found == "empty":
            conn.execute("PRAGMA journal_mode = WAL")
            schema.create(conn)
        elif found != "current":
            conn.close()
            raise CorpusError(
                f"{path} is {found}; make it anew with: resolution --db {path} corpus add "
                "--rebuild DIR"
            )
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path}: cannot write the index ({exc})") from None


# --------------------------------------------------------------------------- symbols

_BARE = re.compile(r"(?:E?S-)?\d+/\d+(?:\s*[A-Z])?")
#: ``A/RES/75/253B``, ``75/253b``: the letter of a part written without its space.
_GLUED = re.compile(r"((?:A/RES/)?(?:E?S-)?\d+/\d+)([A-Z])")
#: What --res takes, for the message when a symbol is not one.
EXPECTED = "expected a symbol such as A/RES/75/272, 75/272 or 75/253 B"


def normalize_symbol(text: str) -> str:
    """A resolution's symbol as typed (``77/118``, ``a/res/77/118``, ``75/253 B``) -> stored."""
    cleaned = " ".join(text.split())
    glued = _GLUED.fullmatch(cleaned.upper())
    if glued:
        cleaned = f"{glued.group(1)} {glued.group(2)}"
    if _BARE.fullmatch(cleaned.upper()):
        cleaned = "A/RES/" + cleaned.upper()
    from resolution_cli.symbols import parse_symbol

    parsed = parse_symbol(cleaned)
    if parsed is not None:
        return parsed.normalized
    return cleaned.upper()


def resolution_id(conn: sqlite3.Connection, symbol: str, lang: str = "en") -> int:
    """The row id of the indexed resolution ``symbol`` in ``lang``, or UnknownSymbol."""
    wanted = normalize_symbol(symbol)
    row = conn.execute(
        "SELECT id FROM resolutions WHERE symbol = ? AND lang = ?", (wanted, lang)
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT id FROM resolutions WHERE symbol = ? COLLATE NOCASE AND lang = ?",
            (wanted, lang),
        ).fetchone()
    if row is None:
        row = _same_work(conn, wanted, lang)
    if row is not None:
        return int(row[0])
    from resolution_cli.symbols import parse_symbol

    if parse_symbol(wanted) is None:
        raise UnknownSymbol(f"{symbol.strip()!r} is not a resolution symbol; {EXPECTED}")
    others = [
        r[0]
        for r in conn.execute(
            "SELECT lang FROM resolutions WHERE symbol = ? ORDER BY lang", (wanted,)
        )
    ]
    if others:
        raise UnknownSymbol(
            f"{wanted} is not in the corpus index in {lang}; it is in {', '.join(others)}"
        )
    known = [r[0] for r in conn.execute("SELECT symbol FROM resolutions WHERE lang = ?", (lang,))]
    near = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    parts = [k for k in known if k.startswith(wanted + " ")]  # 75/101 -> 75/101 A, B
    hint = parts or near
    suggestion = f"; did you mean {', '.join(hint)}?" if hint else ""
    raise UnknownSymbol(
        f"{wanted} is not in the corpus index ({len(known)} resolutions){suggestion}"
    )


def _same_work(conn: sqlite3.Connection, symbol: str, lang: str) -> tuple[int] | None:
    """The ``lang`` version of the FRBR work that ``symbol`` has in another language: the
    same work URI, else the same one but for its date (the UN's versions disagree on
    the date of 10 works of sessions 74-75), when that names one resolution."""
    works = [
        w
        for (w,) in conn.execute(
            "SELECT DISTINCT work FROM resolutions WHERE symbol = ? AND work IS NOT NULL",
            (symbol,),
        )
    ]
    for work in works:
        row = conn.execute(
            "SELECT id FROM resolutions WHERE work = ? AND lang = ?", (work, lang)
        ).fetchall()
        if len(row) == 1:
            return (int(row[0][0]),)
    for work in works:
        head, _, tail = work.rpartition("/")
        dated = head.rpartition("/")[0]
        rows = conn.execute(
            "SELECT id FROM resolutions WHERE work LIKE ? ESCAPE '\\' AND lang = ?",
            (_like(dated) + "/%/" + _like(tail), lang),
        ).fetchall()
        if len(rows) == 1:
            return (int(rows[0][0]),)
    return None


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def read_model(conn: sqlite3.Connection, rid: int) -> Resolution:
    """The Resolution stored in row ``rid``, exactly as the reader made it."""
    import zlib

    from resolution_cli.model import Resolution

    (blob,) = conn.execute("SELECT model FROM resolutions WHERE id = ?", (rid,)).fetchone()
    return Resolution.model_validate_json(zlib.decompress(blob))


def load_resolution(
    symbol: str, db: str | os.PathLike[str] | None = None, lang: str = "en"
) -> Resolution:
    """The indexed resolution ``symbol`` (``77/118``, ``A/RES/77/118``, ``75/253 B``) in
    ``lang`` (``en``, ``fr``, ``fra``...).

    ``db`` None means the index :func:`default_db` names. Raises a
    :class:`CorpusError` (a ResolutionError) with a one-line message.
    """
    from resolution_cli.corpus.filters import languages

    chosen = languages(lang)
    if len(chosen) != 1:
        raise CorpusError(f"one language version is read at a time, not {lang!r}")
    conn = open_index(default_db(db))
    try:
        return read_model(conn, resolution_id(conn, symbol, chosen[0]))
    finally:
        conn.close()
