"""The FTS5 query builder (corpus/fts.py): from a grep pattern to a MATCH expression that
never leaves out a clause grep would match (it may let in more), on a small index."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest

from resolution_cli.corpus import fts, schema
from resolution_cli.corpus.fts import Run, build, literal_runs

TEXTS = [
    ("Welcomes the 2030 Agenda for Sustainable Development,", ""),
    ("Reaffirms the sustainable use of the oceans and seas,", ""),
    ("Stresses that peacekeeping operations need resources,", ""),
    ("Decides to remain seized of the matter.", "Revised estimates"),
    ("Notes the report (A/75/123) of the Secretary-General,", ""),
    ("Urges States to protect the area of 20 km² around the site,", ""),
    ("Calls for a café-style dialogue on peace and security,", ""),
] + [(f"Word{n}e filler text number {n},", "") for n in range(70)]


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    schema.create(connection)
    connection.executemany(
        "INSERT INTO clauses (resolution_id, seq, cid, part, verb, text, headings) "
        "VALUES (1, ?, ?, 'operative', '', ?, ?)",
        [(i, f"OP{i + 1}", text, headings) for i, (text, headings) in enumerate(TEXTS)],
    )
    yield connection
    connection.close()


def _narrowed(conn: sqlite3.Connection, match: str) -> set[int]:
    sql = "SELECT rowid FROM clauses_fts WHERE clauses_fts MATCH ?"
    return {row[0] for row in conn.execute(sql, (match,))}


def _grep(pattern: str, *, fixed: bool = False, word: bool = False) -> set[int]:
    source = re.escape(pattern) if fixed else pattern
    if word:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    compiled = re.compile(source)
    return {
        i + 1
        for i, (text, headings) in enumerate(TEXTS)
        if compiled.search(text) or (headings and compiled.search(headings))
    }


# --------------------------------------------------------------------------- literal runs


def test_a_fixed_string_is_one_run_open_at_both_ends_unless_whole_words() -> None:
    assert literal_runs("peace and", fixed=True, word=False) == [[Run("peace and", True, True)]]
    assert literal_runs("peace and", fixed=True, word=True) == [[Run("peace and", False, False)]]


def test_a_regular_expression_gives_its_literal_runs_per_alternative() -> None:
    assert literal_runs("Sustain.*Development", fixed=False, word=False) == [
        [Run("Sustain", True, True), Run("Development", True, True)]
    ]
    assert literal_runs("peace|security", fixed=False, word=True) == [
        [Run("peace", False, False)],
        [Run("security", False, False)],
    ]
    assert literal_runs("(", fixed=False, word=False) is None  # not a regex: scan all


# --------------------------------------------------------------------------- queries


def test_a_whole_word_is_a_quoted_prefix(conn: sqlite3.Connection) -> None:
    assert build(conn, "peace", fixed=True, word=True) == '(("peace"*))'
    assert build(conn, 'say "hi"', fixed=True, word=True) == '(("say"* + "hi"*))'


def test_a_partial_first_word_becomes_the_terms_that_contain_it(
    conn: sqlite3.Connection,
) -> None:
    query = build(conn, "ustainable development", fixed=True, word=False)
    assert query == '((("sustainable"* + "development"*)))'


def test_a_partial_word_in_no_term_means_nothing_can_match(conn: sqlite3.Connection) -> None:
    with pytest.raises(fts.Nothing):
        build(conn, "zzqx", fixed=True, word=False)
    # one alternative that cannot match is left out; the other stays
    assert build(conn, "zzqx|peacek", fixed=False, word=False) == '((("peacekeeping"*)))'


def test_what_fts_cannot_narrow_gives_none(conn: sqlite3.Connection) -> None:
    assert build(conn, r"\d+", fixed=False, word=False) is None  # no literal at all
    assert build(conn, "e", fixed=True, word=False) is None  # in more than MAX_TERMS terms
    assert build(conn, "peace|\\d+", fixed=False, word=False) is None  # an open alternative
    assert build(conn, "e\u0301", fixed=True, word=True) is None  # a combining mark


@pytest.mark.parametrize(
    ("pattern", "fixed", "word"),
    [
        ("Sustainable Development", True, False),
        ("ustainable", True, False),
        ("peace", False, True),
        ("peace", False, False),
        ("Secretary-General", True, False),
        ("A/75/123", True, False),
        ("20 km", True, False),
        ("km²", True, True),
        ("café", True, False),
        ("Revised estimates", True, False),  # in the headings only
        (r"seiz\w+ of", False, False),
        ("oceans|seas", False, True),
        ("(Decides|Notes) the", False, False),
    ],
)
def test_the_query_never_leaves_out_a_clause_grep_matches(
    conn: sqlite3.Connection, pattern: str, fixed: bool, word: bool
) -> None:
    wanted = _grep(pattern, fixed=fixed, word=word)
    assert wanted, pattern  # each case is about clauses that do match
    query = build(conn, pattern, fixed=fixed, word=word)
    if query is not None:
        assert wanted <= _narrowed(conn, query), query
