"""``corpus votes``: each State's recorded votes, and how often two States voted alike.

The votes are those of ``Resolution.vote`` (the AKN file's voting block), one
row per State: ``yes``, ``no``, ``abstain`` or ``absent``. Agreement counts the
recorded votes on which both States voted (yes, no or abstain): absent or not
voting is left out of the share.
"""

from __future__ import annotations

import difflib
import sqlite3
from typing import Any

from resolution_cli.corpus.filters import Filters
from resolution_cli.corpus.store import CorpusError
from resolution_cli.states import fold, same_state

ORDER = "r.session, r.ordinal, r.letter, r.symbol"


def state_name(conn: sqlite3.Connection, name: str, option: str = "--state") -> str:
    """The State's name as the index writes it, as ``votes --state`` finds it: the exact
    name (any case) if there is one, else the one State whose name contains it (any
    case); several such States, or none, are an error that names them."""
    row = conn.execute(
        "SELECT state FROM votes WHERE rcli_state(state) = ? LIMIT 1", (same_state(name),)
    ).fetchone()
    if row is not None:
        return str(row[0])
    states = sorted(str(s) for (s,) in conn.execute("SELECT DISTINCT state FROM votes"))
    if not states:
        raise CorpusError("the index holds no recorded vote")
    wanted = fold(name)
    found = {same_state(s): s for s in reversed(states) if wanted and wanted in fold(s)}
    containing = sorted(found.values())
    if len(containing) == 1:
        return containing[0]
    if containing:
        raise CorpusError(
            f"{option} {name!r} names {len(containing)} States: {'; '.join(containing)}; "
            "give one of them"
        )
    near = difflib.get_close_matches(name, states, n=3, cutoff=0.5)
    near += [s for s in states if name.casefold() in s.casefold() and s not in near][:3]
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise CorpusError(f"no State {name!r} in the recorded votes of the index{hint}")


def _spellings(conn: sqlite3.Connection, name: str) -> list[str]:
    """The spellings of ``name``'s State in the index (``name`` if it has none)."""
    wanted = same_state(name)
    found = [s for (s,) in conn.execute("SELECT DISTINCT state FROM votes")]
    return [s for s in found if same_state(s) == wanted] or [name]


def _in(values: list[str]) -> str:
    return f"IN ({', '.join('?' * len(values))})"


def state_votes(conn: sqlite3.Connection, state: str, filters: Filters) -> list[tuple[object, ...]]:
    """Each recorded vote of ``state``: symbol, date, title, vote."""
    where, params = filters.where()
    names = _spellings(conn, state)
    sql = (
        "SELECT r.symbol, r.adopted, r.title, v.vote FROM votes v JOIN resolutions r "
        f"ON r.id = v.resolution_id WHERE v.state {_in(names)} AND {where} "
        f"ORDER BY {ORDER}"
    )
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return list(conn.execute(sql, [*names, *params]))


def agreement(conn: sqlite3.Connection, a: str, b: str, filters: Filters) -> dict[str, Any]:
    """How often ``a`` and ``b`` voted alike: overall and per session, with the counts."""
    where, params = filters.where()
    names_a, names_b = _spellings(conn, a), _spellings(conn, b)
    sql = (
        "SELECT r.session, sum(va.vote = vb.vote), count(*) FROM votes va "
        "JOIN votes vb ON vb.resolution_id = va.resolution_id "
        "JOIN resolutions r ON r.id = va.resolution_id "
        f"WHERE va.state {_in(names_a)} AND vb.state {_in(names_b)} "
        "AND va.vote != 'absent' AND vb.vote != 'absent' "
        f"AND {where} GROUP BY r.session ORDER BY r.session"
    )
    per_session = [
        {"session": s, "same": int(same), "votes": int(n), "share": round(same / n, 4)}
        for s, same, n in conn.execute(sql, [*names_a, *names_b, *params])
    ]
    same = sum(p["same"] for p in per_session)
    total = sum(p["votes"] for p in per_session)
    return {
        "states": [a, b],
        "same": same,
        "votes": total,
        "share": round(same / total, 4) if total else None,
        "per_session": per_session,
    }
