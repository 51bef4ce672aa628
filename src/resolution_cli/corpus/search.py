"""``search``: grep across the corpus, giving for each resolution exactly what grep gives.

FTS5 narrows the candidates (:mod:`.fts`), then the very functions ``grep``
uses decide: ``query.keep_part``, ``query.by_verb``, ``query.compile_pattern`` and
``query.grep``, run on each resolution's stored clauses (id, part, section,
annex, lead phrase, ``all_text()`` and headings, as the reader made them), which
are :class:`query.Searchable` as a model ``Clause`` is. A pattern FTS cannot
narrow is checked against every clause of the filtered resolutions.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from resolution_cli.corpus import fts
from resolution_cli.corpus.filters import Filters
from resolution_cli.errors import PatternError, PatternTimeout, SearchTimeout

#: How long one search may run in all before it is stopped, in seconds.
SEARCH_TIMEOUT = 60.0


class _Budget:
    """The time the pattern may take over the whole search (``query.PATTERN_TIMEOUT``
    in all, not per clause or per resolution): every regex call gets what is left."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.spent = 0.0

    def left(self) -> float:
        return max(self.seconds - self.spent, 0.001)

    def over(self) -> bool:
        return self.spent >= self.seconds

    def error(self) -> PatternTimeout:
        return PatternTimeout(self.seconds)


class _Part(StrEnum):
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"


_PARTS = {part.value: part for part in _Part}


class StoredClause(NamedTuple):
    """A clause as the index stores it: what grep, --part and --verb look at
    (a :class:`resolution_cli.query.Searchable`)."""

    id: str
    part: _Part
    section: str | None
    annex: str | None
    article: str | None
    lead: str  # the lead phrase (the index's column "verb", as in the JSON)
    text: str  # all_text(): the clause's text and its sub-paragraphs, one per line
    #: ``query.heading_text``: the headings printed before it, then its own, one per item
    headings: tuple[str, ...]

    def all_text(self) -> str:
        """The clause's text and its sub-paragraphs, as ``Clause.all_text()`` gives them."""
        return self.text


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching clause of one resolution."""

    symbol: str
    clause: StoredClause
    date: str | None
    session: int | None
    spans: tuple[tuple[int, int], ...]

    @property
    def ref(self) -> str:
        """``A/RES/75/272 OP2``."""
        return f"{self.symbol} {self.clause.id}"

    @property
    def matches(self) -> tuple[str, ...]:
        return tuple(self.clause.text[a:b] for a, b in self.spans)


def verbs_of(conn: sqlite3.Connection, phrase: str) -> list[str]:
    """The indexed lead phrases of ``phrase``'s family (``query.verb_matches``)."""
    from resolution_cli.query import verb_matches

    return [
        v for (v,) in conn.execute("SELECT DISTINCT verb FROM clauses") if verb_matches(v, phrase)
    ]


def _rows(
    conn: sqlite3.Connection,
    filters: Filters,
    match: str | None,
    verbs: list[str] | None,
    oldest_first: bool,
    prefilter: bool,
) -> Iterator[tuple[Any, ...]]:
    where, params = filters.where()
    if match is not None:
        where += " AND c.id IN (SELECT rowid FROM clauses_fts WHERE clauses_fts MATCH ?)"
        params.append(match)
    if prefilter:
        where += " AND rcli_grep(c.text, c.headings)"
    if verbs is not None:
        where += f" AND c.verb IN ({','.join('?' * len(verbs))})"
        params.extend(verbs)
    order = "r.session, r.ordinal, r.letter, r.symbol, r.id, c.seq"
    if oldest_first:
        order = "r.adopted IS NULL, r.adopted, " + order
    sql = (
        "SELECT r.id, r.symbol, r.adopted, r.session, c.cid, c.part, c.section, c.annex, "
        "c.article, c.verb, c.text, c.headings FROM clauses c "
        f"JOIN resolutions r ON r.id = c.resolution_id WHERE {where} ORDER BY {order}"
    )
    return iter(conn.execute(sql, params))


def search(
    conn: sqlite3.Connection,
    pattern: str | None,
    *,
    fixed: bool = False,
    ignore_case: bool = False,
    word: bool = False,
    verb: str | None = None,
    part: str | None = None,
    filters: Filters | None = None,
    oldest_first: bool = False,
) -> Iterator[Hit]:
    """Every clause that ``resolution --res X grep`` would print, resolution after resolution.

    Raises PatternError for a bad pattern, or one that runs past the time limit.
    """
    from resolution_cli import query

    filters = filters or Filters()
    compiled = None
    match: str | None = None
    if pattern is not None:
        compiled = query.compile_pattern(pattern, fixed=fixed, ignore_case=ignore_case, word=word)
        try:
            match = fts.build(conn, pattern, fixed=fixed, word=word)
        except fts.Nothing:
            return
    verbs = None
    if verb is not None:
        verbs = verbs_of(conn, verb)
        if not verbs:
            return
    deadline = time.monotonic() + SEARCH_TIMEOUT
    budget = _Budget(query.PATTERN_TIMEOUT)
    if compiled is not None:
        conn.create_function("rcli_grep", 2, _prefilter(compiled, budget), deterministic=True)
    rows = _rows(conn, filters, match, verbs, oldest_first, compiled is not None)
    for (_rid, symbol, date, session), group in itertools.groupby(rows, key=lambda r: r[:4]):
        clauses = tuple(
            StoredClause(
                cid,
                _PARTS[kind],
                section,
                annex,
                article,
                lead,
                text,
                tuple(headings.split("\n")) if headings else (),
            )
            for *_, cid, kind, section, annex, article, lead, text, headings in group
        )
        if budget.over():
            break
        selected = query.keep_part(clauses, part)
        if verb is not None:
            selected = query.by_verb(selected, verb)
        spans: dict[str, tuple[tuple[int, int], ...]] = {}
        if compiled is not None:
            if deadline - time.monotonic() <= 0:
                raise SearchTimeout(SEARCH_TIMEOUT)
            started = time.monotonic()
            try:
                spans = query.grep(selected, compiled, timeout=budget.left())
            except PatternError:
                raise budget.error() from None
            budget.spent += time.monotonic() - started
            selected = tuple(c for c in selected if c.id in spans)
        for clause in selected:
            yield Hit(symbol, clause, date, session, spans.get(clause.id, ()))
    if budget.over():
        raise budget.error()


def _prefilter(compiled: object, budget: _Budget) -> Callable[[str, str], bool]:
    """SQL's quick test of a clause: what ``query.grep`` keeps (a match in the text or
    the headings), so that only those rows become objects; grep itself then decides.
    Its time counts against ``budget``; once that is spent it keeps nothing."""
    search = compiled.search  # type: ignore[attr-defined]

    def keep(text: str, headings: str) -> bool:
        if budget.over():
            return False
        started = time.monotonic()
        try:
            return search(text, timeout=budget.left()) is not None or (
                bool(headings) and search(headings, timeout=budget.left()) is not None
            )
        except TimeoutError:
            budget.spent = budget.seconds
            return False
        finally:
            if not budget.over():
                budget.spent += time.monotonic() - started

    return keep


class HitCount(NamedTuple):
    """``search --count``: one resolution and how many of its clauses matched."""

    symbol: str
    clauses: int  #: how many of its clauses matched


def count_hits(hits: Iterable[Hit], limit: int | None = None) -> list[HitCount]:
    """The matching clauses counted per resolution, in the order the hits come;
    the first ``limit`` resolutions only (None: all)."""
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.symbol] = counts.get(hit.symbol, 0) + 1
    return [HitCount(s, n) for s, n in counts.items()][:limit]


@dataclass(frozen=True)
class FirstUse:
    """``search --first``: the first use of a phrase, and its use since, per session."""

    first: Hit
    resolutions: int
    sessions: int
    per_session: tuple[tuple[int | None, int, int], ...]  # (session, resolutions, clauses)


def first_use(hits: Iterable[Hit]) -> FirstUse | None:
    """The summary of hits ordered oldest first (None when there is none)."""
    hits = list(hits)
    if not hits:
        return None
    table: dict[int | None, tuple[set[str], int]] = {}
    for hit in hits:
        symbols, count = table.get(hit.session, (set(), 0))
        symbols.add(hit.symbol)
        table[hit.session] = (symbols, count + 1)
    per_session = tuple(
        (session, len(symbols), count)
        for session, (symbols, count) in sorted(
            table.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)
        )
    )
    return FirstUse(
        first=hits[0],
        resolutions=len({hit.symbol for hit in hits}),
        sessions=len(table),
        per_session=per_session,
    )
