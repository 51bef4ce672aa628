"""``search``: grep across the corpus, giving for each resolution exactly what grep gives.

FTS5 narrows the candidates (:mod:`.fts`), then the very functions ``grep``
uses decide: ``query.keep_part``, ``query.by_verb``, ``query.compile_pattern`` and
``query.text_matches`` (grep's test, made in SQL), run on each resolution's stored
clauses (id, part, section, annex, lead phrase, ``all_text()`` and headings, as
the reader made them), which are :class:`query.Searchable` as a model ``Clause``
is. A pattern FTS cannot narrow is checked against every clause of the filtered resolutions.

Time: each regex call, on one clause's text or headings, may run
``query.PATTERN_TIMEOUT`` seconds; one that runs longer stops the search with a
:class:`~resolution_cli.errors.PatternTimeout` naming the resolution and the clause
(catastrophic backtracking). A pattern that simply matches a lot (``.``) is not
stopped, however long the whole search takes: there is no overall limit, and the
hits come resolution after resolution (the command line prints them as they come).

One difference from grep, outside English-only searches: accents are optional, and
Arabic is matched without its marks and with its letter variants
(``textfold.tolerant``).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any, NamedTuple

from resolution_cli.corpus import fts
from resolution_cli.corpus.filters import Filters
from resolution_cli.corpus.textfold import tolerant
from resolution_cli.errors import PatternTimeout


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


@dataclass(frozen=True)
class Hit:
    """One matching clause of one resolution."""

    symbol: str
    clause: StoredClause
    date: str | None
    session: int | None
    #: The compiled pattern (None: --verb alone); the spans are found when asked for.
    pattern: object = field(default=None, repr=False, compare=False)
    lang: str = "en"  #: ISO 639-1

    @property
    def ref(self) -> str:
        """``A/RES/75/272 OP2``."""
        return f"{self.symbol} {self.clause.id}"

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each match in the clause's text, as ``query.grep`` gives
        them (found only when a format prints them: ``-c`` and plain output never pay
        for every match of '.'). PatternTimeout names the clause."""
        from resolution_cli.query import PATTERN_TIMEOUT, spans_in

        if self.pattern is None:
            return ()
        try:
            return spans_in(self.clause.text, self.pattern)
        except TimeoutError:
            raise PatternTimeout(PATTERN_TIMEOUT, self.ref) from None

    @property
    def matches(self) -> tuple[str, ...]:
        return tuple(self.clause.text[a:b] for a, b in self.spans)


def verbs_of(conn: sqlite3.Connection, phrase: str) -> list[str]:
    """The indexed lead phrases of ``phrase``'s family (``query.verb_matches``, each
    in the language of the versions that print it)."""
    from resolution_cli.query import verb_matches

    rows = conn.execute(
        "SELECT DISTINCT c.verb, r.lang FROM clauses c "
        "JOIN resolutions r ON r.id = c.resolution_id WHERE c.verb != ''"
    )
    return sorted({v for v, lang in rows if verb_matches(v, phrase, lang)})


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
        where += " AND rcli_grep(r.symbol, c.cid, c.text, c.headings)"
    if verbs is not None:
        where += f" AND c.verb IN ({','.join('?' * len(verbs))})"
        params.extend(verbs)
    order = "r.session, r.ordinal, r.letter, r.symbol, r.id, c.seq"
    if oldest_first:
        order = "r.adopted IS NULL, r.adopted, " + order
    sql = (
        "SELECT r.id, r.symbol, r.adopted, r.session, r.lang, c.cid, c.part, c.section, c.annex, "
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

    Raises PatternError for a bad pattern (InvalidPattern, EmptyPattern), or one that
    runs longer than ``query.PATTERN_TIMEOUT`` on one clause (PatternTimeout, naming
    the resolution and the clause).
    """
    from resolution_cli import query

    filters = filters or Filters()
    compiled = None
    match: str | None = None
    if pattern is not None:
        compiled = query.compile_pattern(pattern, fixed=fixed, ignore_case=ignore_case, word=word)
        # Accents optional, Arabic variants and marks folded (the text stays as printed).
        source, is_fixed = tolerant(pattern, fixed, latin=filters.chosen() != ("en",))
        if (source, is_fixed) != (pattern, fixed):
            compiled = query.compile_pattern(
                source, fixed=is_fixed, ignore_case=ignore_case, word=word
            )
        try:
            match = fts.build(conn, pattern, fixed=fixed, word=word)
        except fts.Nothing:
            return
    verbs = None
    if verb is not None:
        verbs = verbs_of(conn, verb)
        if not verbs:
            return
    stuck = _Stuck()
    if compiled is not None:
        conn.create_function("rcli_grep", 4, _prefilter(compiled, stuck), deterministic=True)
    try:
        rows = _rows(conn, filters, match, verbs, oldest_first, compiled is not None)
        for (_rid, symbol, date, session, lang), group in itertools.groupby(
            rows, key=lambda r: r[:5]
        ):
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
            selected = query.keep_part(clauses, part)
            if verb is not None:
                selected = query.by_verb(selected, verb, lang)
            # The SQL prefilter made grep's own test (query.text_matches) on every row.
            for clause in selected:
                yield Hit(symbol, clause, date, session, compiled, lang)
    except sqlite3.OperationalError:
        if stuck.where is not None:  # the prefilter's timeout, raised through SQLite
            raise PatternTimeout(query.PATTERN_TIMEOUT, stuck.where) from None
        raise


class _Stuck:
    """Where the prefilter met a pattern that ran past its time on one clause."""

    where: str | None = None


def _prefilter(compiled: object, stuck: _Stuck) -> Callable[[str, str, str, str], bool]:
    """SQL's test of a clause: grep's own (``query.text_matches``: a match in the text
    or the headings), so that only matching rows become objects. Each regex call may
    run ``query.PATTERN_TIMEOUT`` seconds; past that it notes the clause in ``stuck``
    and raises, which stops the query."""
    from resolution_cli.query import text_matches

    def keep(symbol: str, cid: str, text: str, headings: str) -> bool:
        try:
            return text_matches(text, headings, compiled)
        except TimeoutError:
            stuck.where = f"{symbol} {cid}"
            raise

    return keep


class HitCount(NamedTuple):
    """``search --count``: one version of a resolution and how many of its clauses
    matched."""

    symbol: str
    clauses: int  #: how many of its clauses matched
    lang: str = "en"  #: ISO 639-1


def count_hits(hits: Iterable[Hit], limit: int | None = None) -> list[HitCount]:
    """The matching clauses counted per resolution and language (each version on its
    own), in the order the hits come; the first ``limit`` only (None: all)."""
    counts: dict[tuple[str, str], int] = {}
    for hit in hits:
        key = (hit.symbol, hit.lang)
        counts[key] = counts.get(key, 0) + 1
    return [HitCount(s, n, lang) for (s, lang), n in counts.items()][:limit]


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
