"""From a grep pattern to an FTS5 query that finds every clause it could match, or None.

FTS5 only *narrows*: ``search`` then decides with ``query.grep`` itself, so the
query must never leave out a clause grep would match (it may let in more). User
input is never handed to MATCH as written (FTS5's syntax trips over ``.`` and
``-``): the query is built from the pattern's words, each a quoted string.

- A fixed string (``-F``), or the literal runs of a regular expression (read by
  Python's own regex parser; alternatives at the top give an OR), are split into
  words as the ``unicode61`` tokenizer splits them (letters and digits).
- A word in the middle of a run is a whole word of the text; every word is
  searched as a prefix (``"word"*``), which also covers a text word that goes on
  with characters the tokenizer keeps and the regex engine does not (``km²``).
- The first word of a run may be the end of a longer word ("ustainable" in
  "sustainable"): it is replaced by the indexed terms that contain it (the
  ``fts5vocab`` table), or dropped when there are too many. With ``-w`` the
  pattern's ends are whole words.
- A pattern with no literal run FTS can use (``\\d+ km``, ``(a|b)c``) gives None:
  every clause is checked.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import warnings
from dataclasses import dataclass

#: The most indexed terms one partial word may expand to before it is dropped.
MAX_TERMS = 64
_WORD = re.compile(r"[^\W_]+")


class Nothing(Exception):
    """No clause can match: a partial word is in no indexed term."""


@dataclass(frozen=True)
class Run:
    """A stretch of literal text the pattern requires, and whether its ends may be mid-word."""

    text: str
    left_open: bool
    right_open: bool


def _runs(items: object, left_open: bool, right_open: bool) -> list[Run] | None:
    """The literal runs of a parsed sequence (``re._parser`` items)."""
    from re import _constants as c  # type: ignore[attr-defined]

    runs: list[Run] = []
    current: list[str] = []
    current_left = left_open

    def close(open_right: bool) -> None:
        nonlocal current, current_left
        if current:
            runs.append(Run("".join(current), current_left, open_right))
        current = []
        current_left = True

    def walk(seq: object) -> None:
        for op, arg in seq:  # type: ignore[attr-defined]
            if op is c.LITERAL:
                current.append(chr(arg))
            elif op is c.SUBPATTERN and arg[-1] is not None:
                walk(arg[-1])  # a group: its items are in sequence
            else:
                close(True)

    walk(items)
    close(right_open)
    return runs


def literal_runs(pattern: str, *, fixed: bool, word: bool) -> list[list[Run]] | None:
    """The runs each alternative requires (one list per top-level alternative), or None."""
    if fixed:
        return [[Run(pattern, not word, not word)]]
    import re._parser as parser  # type: ignore[import-not-found]
    from re import _constants as c  # type: ignore[attr-defined]

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(pattern, 0)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    items = list(parsed)
    if len(items) == 1 and items[0][0] is c.BRANCH:
        alternatives = [list(branch) for branch in items[0][1][1]]
    else:
        alternatives = [items]
    out = []
    for alternative in alternatives:
        runs = _runs(alternative, not word, not word)
        if runs is None:
            return None
        out.append(runs)
    return out


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _usable(token: str) -> bool:
    return not any(unicodedata.category(ch).startswith("M") for ch in token)


def _as_indexed(word: str) -> bool:
    """Whether ``word`` (folded) is written as the index writes its terms once lower-cased:
    ASCII, Cyrillic or Arabic letters (a Latin accent is removed by the tokenizer, so an
    accented word is not looked up in the terms)."""
    return all(c < "\x80" or "\u0400" <= c < "\u0530" or "\u0600" <= c < "\u0700" for c in word)


def _containing(conn: sqlite3.Connection, token: str) -> list[str] | None:
    """The indexed terms containing ``token`` (:func:`_as_indexed`), or None if too many."""
    fresh = conn.execute("SELECT value FROM meta WHERE key = 'terms'").fetchone()
    table = "terms" if fresh == ("fresh",) else "clauses_vocab"
    rows = conn.execute(
        f"SELECT term FROM {table} WHERE instr(term, ?) > 0 LIMIT ?",
        (token.lower(), MAX_TERMS + 1),
    ).fetchall()
    if len(rows) > MAX_TERMS:
        return None
    return [r[0] for r in rows]


def run_query(conn: sqlite3.Connection, run: Run) -> str | None:
    """The FTS5 query for one run, or None when it cannot narrow; Nothing if it cannot occur.

    The run is folded as the indexed text is (``textfold.fold``): Arabic marks dropped
    and variants folded, each Han character a token (a whole token: never open)."""
    from resolution_cli.corpus.textfold import fold, is_han

    text = fold(run.text)
    if not _usable(text):
        return None
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return None
    words = [t.group() for t in tokens]
    first_open = run.left_open and tokens[0].start() == 0 and not is_han(words[0])
    rest = [_quote(w) + "*" for w in words[1:]]
    if not first_open:
        return " + ".join([_quote(words[0]) + "*", *rest])
    # The first word may be the end (or, alone, the middle) of a longer word.
    terms = _containing(conn, words[0]) if _as_indexed(words[0]) else None
    if terms is None:
        return " + ".join(rest) if rest else None
    if not terms:
        raise Nothing
    phrases = [" + ".join([_quote(t) + "*", *rest]) for t in terms]
    return " OR ".join(f"({p})" for p in phrases)


def build(conn: sqlite3.Connection, pattern: str, *, fixed: bool, word: bool) -> str | None:
    """The FTS5 MATCH expression that narrows ``pattern``'s candidates, or None (scan all).

    Raises :class:`Nothing` when no clause can match.
    """
    alternatives = literal_runs(pattern, fixed=fixed, word=word)
    if alternatives is None:
        return None
    queries = []
    for runs in alternatives:
        parts = []
        for run in runs:
            try:
                query = run_query(conn, run)
            except Nothing:
                parts = ["NOTHING"]
                break
            if query is not None:
                parts.append(f"({query})")
        if parts == ["NOTHING"]:
            continue  # this alternative cannot match anywhere
        if not parts:
            return None  # an alternative FTS cannot narrow: scan everything
        queries.append(" AND ".join(parts))
    if not queries:
        raise Nothing
    return " OR ".join(f"({q})" for q in queries)
