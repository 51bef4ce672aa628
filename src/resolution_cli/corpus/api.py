""":class:`Corpus`: the corpus index as one Python object, the one the corpus commands use.

Each method is a thin delegate to the module that does the work (:mod:`.index`,
:mod:`.search`, :mod:`.citations`, :mod:`.votes`, :mod:`.catalog`, :mod:`.store`,
:mod:`.lineage`, :mod:`.history`),
so a new question is one more method of the same shape. Every result is typed (a
NamedTuple or a dataclass); every problem is a
:class:`~resolution_cli.errors.CorpusError` (or another
:class:`~resolution_cli.errors.ResolutionError`) whose fields say what was wrong.
An error of SQLite itself (a locked or damaged index) is ``sqlite3.Error``.
"""

from __future__ import annotations

import builtins
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from resolution_cli.corpus.filters import Filters
from resolution_cli.corpus.store import create_index, default_db, open_index

if TYPE_CHECKING:
    from resolution_cli.corpus.catalog import IndexInfo, Listed
    from resolution_cli.corpus.citations import Citation, CitedDocument, CitingResolution
    from resolution_cli.corpus.history import History
    from resolution_cli.corpus.index import AddResult
    from resolution_cli.corpus.lineage import Lineage
    from resolution_cli.corpus.search import FirstUse, Hit, HitCount
    from resolution_cli.corpus.votes import Agreement, StateVote
    from resolution_cli.model import Resolution

__all__ = ["Corpus", "Filters"]


def _ignore(message: str) -> None:
    """The default warning sink of the API: warnings are dropped."""


class Corpus:
    """The corpus index at ``path``: ``None`` is the default index (``$RESOLUTION_DB``,
    else ``index.sqlite`` in the user's data directory).

    The index is opened on first use (:class:`~resolution_cli.errors.NoIndex` if
    there is none; :meth:`add` creates it). Use it as a context manager, or call
    :meth:`close`. ``filters`` (a :class:`Filters`: sessions, dates, sponsor, title,
    adoption, language, limit) choose the resolutions a question looks at; a
    sponsor or language the index does not have is an error
    (:class:`~resolution_cli.errors.UnknownSponsor`,
    :class:`~resolution_cli.errors.UnknownLanguage`).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path: Path = default_db(path)
        self._conn: sqlite3.Connection | None = None

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r})"

    # ------------------------------------------------------------------ connection

    def open(self) -> Corpus:
        """Open the index for reading now (it is opened on first use otherwise)."""
        if self._conn is None:
            self._conn = open_index(self.path)
        return self

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for a question the API does not ask (read only)."""
        conn = self.open()._conn
        assert conn is not None
        return conn

    def close(self) -> None:
        """Close the connection (the object can be used again: it reopens)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _filters(self, filters: Filters | None) -> Filters:
        filters = filters or Filters()
        filters.check(self.connection)
        return filters

    # ------------------------------------------------------------------ building

    def add(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        rebuild: bool = False,
        jobs: int | None = None,
        warn: Callable[[str], None] = _ignore,
        progress: Callable[[int], None] | None = None,
        total: Callable[[int], None] | None = None,
        skip: Callable[[str], None] | None = None,
    ) -> AddResult:
        """Index the AKN files, folders (recursively) and zip archives in ``paths``.

        Incremental: a file already indexed with the same content is skipped, a
        changed one replaced. A file that cannot be read is skipped (counted in
        ``result.skipped``, named in ``result.skips`` and told to ``warn``).
        ``rebuild`` makes anew an index of another schema version; ``jobs`` is the
        number of worker processes (default: all cores; 1 parses in this process).
        ``progress(n)`` is told each time n more files are done, ``total(n)`` the
        number of files found. ``skip`` is told each file skipped (default: ``warn``);
        messages name files as given in ``paths`` (``DIR/F.xml``, ``A.zip/MEMBER.xml``).
        """
        from resolution_cli.corpus.index import add

        if isinstance(paths, str | os.PathLike):  # one path, not its characters
            paths = [paths]
        self.close()
        conn = create_index(self.path, rebuild=rebuild)
        try:
            return add(
                conn,
                [str(p) for p in paths],
                warn=warn,
                progress=progress,
                total=total,
                jobs=jobs,
                skip=skip,
            )
        finally:
            conn.close()

    # ------------------------------------------------------------------ questions

    def resolution(self, symbol: str, lang: str = "en") -> Resolution:
        """The indexed resolution ``symbol`` (``77/118``, ``A/RES/77/118``, ``75/253 B``),
        exactly as the reader made it. :class:`~resolution_cli.errors.UnknownSymbol`
        names the nearest symbols when it is not indexed."""
        from resolution_cli.corpus.store import read_model, resolution_id

        return read_model(self.connection, resolution_id(self.connection, symbol, lang))

    def search(
        self,
        pattern: str | None = None,
        *,
        fixed: bool = False,
        ignore_case: bool = False,
        word: bool = False,
        verb: str | None = None,
        part: str | None = None,
        filters: Filters | None = None,
        oldest_first: bool = False,
    ) -> Iterator[Hit]:
        """Every clause that :func:`resolution_cli.grep` would find in each indexed
        resolution, resolution after resolution (by session and number; with
        ``oldest_first``, by adoption date). The arguments are grep's. Hits are made
        as they are read: stop early without cost. Raises
        :class:`~resolution_cli.errors.PatternError` (while iterating) for a bad or
        runaway pattern. ``filters.limit`` is not applied (slice the iterator).
        """
        from resolution_cli.corpus.search import search

        return search(
            self.connection,
            pattern,
            fixed=fixed,
            ignore_case=ignore_case,
            word=word,
            verb=verb,
            part=part,
            filters=self._filters(filters),
            oldest_first=oldest_first,
        )

    def count(
        self,
        pattern: str | None = None,
        *,
        fixed: bool = False,
        ignore_case: bool = False,
        word: bool = False,
        verb: str | None = None,
        part: str | None = None,
        filters: Filters | None = None,
    ) -> builtins.list[HitCount]:
        """``search --count``: the matching clauses counted per resolution and language
        (each version on its own), in the order of :meth:`search`; at most
        ``filters.limit`` of them (versions, over several languages)."""
        from resolution_cli.corpus.search import count_hits

        filters = self._filters(filters)
        hits = self.search(
            pattern,
            fixed=fixed,
            ignore_case=ignore_case,
            word=word,
            verb=verb,
            part=part,
            filters=filters,
        )
        return count_hits(hits, filters.limit)

    def first_use(
        self,
        pattern: str | None = None,
        *,
        fixed: bool = False,
        ignore_case: bool = False,
        word: bool = False,
        verb: str | None = None,
        part: str | None = None,
        filters: Filters | None = None,
    ) -> FirstUse | None:
        """``search --first``: the oldest hit, and how many resolutions and sessions used
        the pattern since (per session); None when nothing matches."""
        from resolution_cli.corpus.search import first_use

        return first_use(
            self.search(
                pattern,
                fixed=fixed,
                ignore_case=ignore_case,
                word=word,
                verb=verb,
                part=part,
                filters=filters,
                oldest_first=True,
            )
        )

    def cited_by(self, symbol: str, filters: Filters | None = None) -> builtins.list[Citation]:
        """Every indexed clause that cites the document ``symbol`` (``60/288``,
        ``A/RES/60/288``, ``"resolution 60/288"``; without a part letter its lettered
        parts too), by citing resolution. A ``symbol`` that is no document symbol is a
        :class:`~resolution_cli.errors.CorpusError`."""
        from resolution_cli.corpus.citations import cited_by

        filters = self._filters(filters)
        return cited_by(self.connection, symbol, filters)

    def citing_resolutions(
        self, symbol: str, filters: Filters | None = None
    ) -> builtins.list[CitingResolution]:
        """``cited-by --count``: the resolutions citing ``symbol``, most citations first."""
        from resolution_cli.corpus.citations import cited_by_count

        filters = self._filters(filters)
        return cited_by_count(self.connection, symbol, filters)

    def top_cited(
        self, filters: Filters | None = None, limit: int = 20
    ) -> builtins.list[CitedDocument]:
        """The ``limit`` documents the (filtered) resolutions cite most."""
        from resolution_cli.corpus.citations import top_cited

        filters = self._filters(filters)
        return top_cited(self.connection, filters, limit)

    def state(self, name: str) -> str:
        """The State ``name`` names, as the index writes it: its whole name in any case,
        else the one State whose name contains it.
        :class:`~resolution_cli.errors.UnknownState` (``candidates``: the nearest) or
        :class:`~resolution_cli.errors.AmbiguousState` (``candidates``: all that fit)
        otherwise."""
        from resolution_cli.corpus.votes import state_name

        return state_name(self.connection, name)

    def votes(self, state: str, filters: Filters | None = None) -> builtins.list[StateVote]:
        """Each recorded vote of ``state`` (found as :meth:`state` finds it)."""
        from resolution_cli.corpus.votes import state_votes

        filters = self._filters(filters)
        return state_votes(self.connection, self.state(state), filters)

    def agreement(self, state_a: str, state_b: str, filters: Filters | None = None) -> Agreement:
        """How often two States voted alike, overall and per session: the share of the
        recorded votes on which both voted (yes, no or abstain) and voted the same."""
        from resolution_cli.corpus.votes import agreement

        filters = self._filters(filters)
        a, b = self.state(state_a), self.state(state_b)
        return agreement(self.connection, a, b, filters)

    def list(self, filters: Filters | None = None) -> builtins.list[Listed]:
        """One row per indexed resolution, by session and number."""
        from resolution_cli.corpus.catalog import listing

        return listing(self.connection, self._filters(filters))

    def info(self) -> IndexInfo:
        """Where the index is, its size, and its counts (per session and language)."""
        from resolution_cli.corpus.catalog import info

        return info(self.connection, self.path)

    def lineage(self, symbol: str, lang: str = "en") -> Lineage:
        """The chain of versions of ``symbol`` in the index, oldest first, each with why
        it was linked (:func:`resolution_cli.corpus.lineage.lineage`)."""
        from resolution_cli.corpus.lineage import lineage

        return lineage(self.connection, symbol, lang)

    def history(self, symbol: str, ref: str, lang: str = "en") -> History:
        """One paragraph (``ref``, as cited in ``symbol``) through the chain of versions:
        its id, text and word changes in each (:func:`resolution_cli.corpus.history.history`)."""
        from resolution_cli.corpus.history import history

        return history(self.connection, symbol, ref, lang)
