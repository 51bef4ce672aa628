"""Lineage: the earlier and later versions of a resolution in the corpus index.

:func:`lineage` answers "which resolutions came before this one, and which after?".
Each version is linked to the version before it for stated reasons; nothing is
guessed silently.

**Links.** A resolution R (session *s*) has as *previous versions*:

1. **title** -- the resolutions of the latest session before *s* that bear R's
   title, normalized (:func:`normalize_title`: case folded, every dash a hyphen,
   white space collapsed, a final period dropped); else
2. **citation** (a renamed resolution) -- when no earlier resolution bears R's
   title: the resolutions R cites as *its* own ("Recalling its resolution X",
   "its resolutions X and Y": :data:`ITS` before the symbol in the citing clause),
   of an earlier session, whose own title has no later version before *s*, and
   whose title is close to R's (word similarity at least :data:`RENAMED_TITLE`)
   or whose agenda item is R's; the latest session of them is kept.

Each link lists every reason that holds: ``title``, ``citation`` (R cites it as
its own; the citing clause's id is given) and ``agenda item`` (the same agenda
item title, case and spaces aside). The chain follows the links both ways from
the resolution named, transitively: the previous versions of each version, and
the resolutions that have it as a previous version.

**Competing versions.** Two resolutions of one session under one title (A and B
parts, or two resolutions of one title) are both versions; each lists the other
in ``competing`` and ``note`` says why. A later version linked to both has two
links, each marked ``competing``; ``note`` says which one it cites, if only one.
Never one of them is dropped.

Pure reading: nothing is written to the index.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = [
    "ITS",
    "RENAMED_TITLE",
    "Lineage",
    "Link",
    "Version",
    "lineage",
    "normalize_title",
]

#: A citation of the Assembly's own resolution: "its resolution", "its resolutions",
#: "its annual resolutions", "its relevant resolutions", up to three words between.
ITS = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}?resolutions?\b", re.IGNORECASE)
#: How close (word similarity of the normalized titles) a renamed version's title is.
RENAMED_TITLE = 0.5

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


def normalize_title(title: str) -> str:
    """A title as titles are matched: case folded, dashes unified, spaces collapsed."""
    text = _DASHES.sub("-", title).casefold()
    return " ".join(text.split()).rstrip(".")


@dataclass(frozen=True)
class Link:
    """Why a version follows an earlier one."""

    previous: str  #: the earlier version's symbol
    reasons: tuple[str, ...]  #: ``title``, ``citation``, ``agenda item`` (those that hold)
    cited_in: str | None = None  #: the id of the clause that cites it as its own, if any
    competing: bool = False  #: another earlier version of the same session is linked too


@dataclass(frozen=True)
class Version:
    """One version in the chain, and its links to the versions before it."""

    symbol: str
    session: int | None
    date: str | None
    title: str
    adoption_type: str | None
    in_favour: int | None
    against: int | None
    abstaining: int | None
    clauses: int
    agenda_items: tuple[str, ...]
    links: tuple[Link, ...] = ()
    #: The other versions of the same session under the same title.
    competing: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Lineage:
    """The chain of versions of ``symbol``, oldest first."""

    symbol: str
    versions: tuple[Version, ...]

    def version(self, symbol: str) -> Version:
        """The version of that (normalized) symbol."""
        for version in self.versions:
            if version.symbol == symbol:
                return version
        raise KeyError(symbol)

    def previous(self, symbol: str) -> tuple[str, ...]:
        """The symbols of the versions just before ``symbol``."""
        return tuple(link.previous for link in self.version(symbol).links)

    def next(self, symbol: str) -> tuple[str, ...]:
        """The symbols of the versions just after ``symbol``."""
        return tuple(
            v.symbol for v in self.versions if any(lk.previous == symbol for lk in v.links)
        )


# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class _Row:
    id: int
    symbol: str
    session: int | None
    ordinal: int
    letter: str
    title: str
    key: str  # normalized title
    date: str | None
    adoption_type: str | None
    in_favour: int | None
    against: int | None
    abstaining: int | None
    clauses: int


Source = sqlite3.Connection | str | os.PathLike[str] | None


@contextmanager
def connection(source: Source) -> Iterator[sqlite3.Connection]:
    """A connection to the index: ``source`` itself, or the index at that path (None: the
    default index, :func:`~resolution_cli.corpus.store.default_db`), closed after."""
    if isinstance(source, sqlite3.Connection):
        yield source
        return
    from resolution_cli.corpus.store import default_db, open_index

    conn = open_index(default_db(source))
    try:
        yield conn
    finally:
        conn.close()


class _Index:
    """The resolutions of one language, read once, and the questions lineage asks."""

    def __init__(self, conn: sqlite3.Connection, lang: str) -> None:
        self.conn = conn
        self.lang = lang
        self.rows: dict[str, _Row] = {}
        self.by_id: dict[int, _Row] = {}
        self.by_title: dict[str, list[_Row]] = {}
        self.by_document: dict[str, list[_Row]] = {}  # A/RES/74/255 -> its parts A, B
        for values in conn.execute(
            "SELECT id, symbol, session, ordinal, letter, title, adopted, adoption_type, "
            "in_favour, against, abstaining, clause_count FROM resolutions WHERE lang = ? "
            "ORDER BY session, ordinal, letter, symbol",
            (lang,),
        ):
            rid, symbol, session, ordinal, letter, title, *rest = values
            row = _Row(rid, symbol, session, ordinal, letter, title, normalize_title(title), *rest)
            self.rows[symbol] = row
            self.by_id[rid] = row
            self.by_title.setdefault(row.key, []).append(row)
            self.by_document.setdefault(symbol.split(" ")[0], []).append(row)
        self._cites: dict[int, dict[str, str]] = {}
        self._agenda: dict[int, tuple[str, ...]] = {}

    def cites(self, row: _Row) -> dict[str, str]:
        """The indexed resolutions ``row`` cites as its own: symbol -> citing clause id."""
        found = self._cites.get(row.id)
        if found is not None:
            return found
        found = {}
        refs = self.conn.execute(
            "SELECT cid, written, normalized, document FROM refs "
            "WHERE resolution_id = ? AND kind = 'GA resolution' ORDER BY rowid",
            (row.id,),
        ).fetchall()
        texts: dict[str, str] = {}
        if refs:  # the clauses' texts, read once (the index has no (resolution, cid) key)
            texts = dict(
                self.conn.execute(
                    "SELECT cid, text FROM clauses WHERE resolution_id = ?", (row.id,)
                )
            )
        for cid, written, normalized, document in refs:
            text = texts.get(cid, "")
            at = text.find(written)
            if at < 0 or not ITS.search(text, 0, at):
                continue
            for target in self._targets(normalized, document):
                found.setdefault(target.symbol, cid)
        self._cites[row.id] = found
        return found

    def _targets(self, normalized: str, document: str) -> list[_Row]:
        """The indexed resolutions a reference names (a symbol without its letter: every
        lettered part)."""
        if normalized in self.rows:
            return [self.rows[normalized]]
        return self.by_document.get(document, [])

    def citing(self, row: _Row) -> list[_Row]:
        """The indexed resolutions that cite ``row`` (by any words; checked later)."""
        document = row.symbol.split(" ")[0]
        rids = self.conn.execute(
            "SELECT DISTINCT f.resolution_id FROM refs f WHERE (f.normalized = ? OR "
            "f.document = ?) AND f.kind = 'GA resolution'",
            (row.symbol, document),
        )
        return [self.by_id[rid] for (rid,) in rids if rid in self.by_id]

    def agenda(self, row: _Row) -> tuple[str, ...]:
        """Its agenda items ("number: title"), read from the stored model."""
        found = self._agenda.get(row.id)
        if found is None:
            (blob,) = self.conn.execute(
                "SELECT model FROM resolutions WHERE id = ?", (row.id,)
            ).fetchone()
            items = json.loads(zlib.decompress(blob)).get("agenda_items") or []
            found = tuple(
                f"{item.get('number', '')}: {item.get('title', '')}".strip(": ") for item in items
            )
            self._agenda[row.id] = found
        return found

    def same_agenda(self, a: _Row, b: _Row) -> bool:
        """Whether they share an agenda item title (numbers change from session to session)."""

        def titles(row: _Row) -> set[str]:
            return {normalize_title(item.partition(": ")[2]) for item in self.agenda(row)} - {""}

        return bool(titles(a) & titles(b))

    # ------------------------------------------------------------------ the links

    def previous(self, row: _Row) -> list[Link]:
        """The links from ``row`` to its previous versions (module doc)."""
        if row.session is None:
            return []
        cites = self.cites(row)
        earlier = [r for r in self.by_title.get(row.key, []) if _before(r, row)]
        chosen: list[_Row]
        if earlier:
            latest = max(r.session or 0 for r in earlier)
            chosen = [r for r in earlier if r.session == latest]
        else:
            renamed = [
                r
                for symbol in cites
                if (r := self.rows[symbol]) is not row
                and _before(r, row)
                and not any(
                    _before(r, later) and _before(later, row)
                    for later in self.by_title.get(r.key, [])
                )
                and (_title_similarity(r.key, row.key) >= RENAMED_TITLE or self.same_agenda(r, row))
            ]
            if not renamed:
                return []
            latest = max(r.session or 0 for r in renamed)
            chosen = [r for r in renamed if r.session == latest]
        links = []
        for r in chosen:
            reasons = []
            if r.key == row.key:
                reasons.append("title")
            if r.symbol in cites:
                reasons.append("citation")
            if self.same_agenda(r, row):
                reasons.append("agenda item")
            links.append(Link(r.symbol, tuple(reasons), cites.get(r.symbol), len(chosen) > 1))
        return links

    def following(self, row: _Row) -> list[_Row]:
        """The resolutions that have ``row`` as a previous version."""
        candidates = {r.id: r for r in self.by_title.get(row.key, []) if _before(row, r)}
        for r in self.citing(row):
            if _before(row, r):
                candidates[r.id] = r
        return [
            r
            for r in candidates.values()
            if any(lk.previous == row.symbol for lk in self.previous(r))
        ]

    def siblings(self, row: _Row) -> list[_Row]:
        """The other resolutions of its session under its title."""
        return [
            r for r in self.by_title.get(row.key, []) if r.session == row.session and r is not row
        ]


def _before(a: _Row, b: _Row) -> bool:
    return a.session is not None and b.session is not None and a.session < b.session


def _title_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _order(row: _Row) -> tuple[int, int, str, str]:
    return (row.session or 0, row.ordinal, row.letter, row.symbol)


def lineage(source: Source, symbol: str, lang: str = "en") -> Lineage:
    """The chain of versions of ``symbol`` in the index, oldest first (module doc).

    ``source``: an open connection to the index, or its path (None: the default
    index). Raises :class:`~resolution_cli.corpus.store.UnknownSymbol` for a
    symbol the index lacks (its message names the nearest ones).
    """
    from resolution_cli.corpus.store import resolution_id

    with connection(source) as conn:
        index = _Index(conn, lang)
        start = index.by_id[resolution_id(conn, symbol, lang)]
        return _chain(index, start)


def _chain(index: _Index, start: _Row) -> Lineage:
    seen: dict[int, _Row] = {start.id: start}
    links: dict[int, list[Link]] = {}
    todo = [start]
    while todo:
        row = todo.pop()
        found = index.previous(row)
        links[row.id] = found
        neighbours = [index.rows[lk.previous] for lk in found]
        neighbours += index.following(row)
        neighbours += index.siblings(row)
        for other in neighbours:
            if other.id not in seen:
                seen[other.id] = other
                todo.append(other)
    versions = []
    for row in sorted(seen.values(), key=_order):
        competing = tuple(r.symbol for r in index.siblings(row))
        note = None
        if competing:
            note = f"{len(competing) + 1} resolutions of session {row.session} bear this title"
        mine = links[row.id]
        if sum(lk.competing for lk in mine) > 1:
            cited = [lk.previous for lk in mine if "citation" in lk.reasons]
            which = (
                f"; it cites only {cited[0]} as its own"
                if len(cited) == 1
                else "; it cites none of them as its own"
                if not cited
                else ""
            )
            text = (
                f"{len(mine)} previous versions of one session compete: "
                f"{', '.join(lk.previous for lk in mine)}{which}"
            )
            note = f"{note}; {text}" if note else text
        versions.append(
            Version(
                symbol=row.symbol,
                session=row.session,
                date=row.date,
                title=row.title,
                adoption_type=row.adoption_type,
                in_favour=row.in_favour,
                against=row.against,
                abstaining=row.abstaining,
                clauses=row.clauses,
                agenda_items=index.agenda(row),
                links=tuple(mine),
                competing=competing,
                note=note,
            )
        )
    return Lineage(start.symbol, tuple(versions))
