"""``corpus votes``: each State's recorded votes, and how often two States voted alike.

The votes are those of ``Resolution.vote`` (the AKN file's voting block), one
row per State: ``yes``, ``no``, ``abstain`` or ``absent``. Agreement counts the
recorded votes on which both States voted (yes, no or abstain): absent or not
voting is left out of the share.
"""

from __future__ import annotations

import difflib
import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from resolution_cli.corpus.filters import Filters
from resolution_cli.errors import AmbiguousState, CorpusError, UnknownState
from resolution_cli.states import fold, same_state

ORDER = "r.session, r.ordinal, r.letter, r.symbol"


class StateVote(NamedTuple):
    """One recorded vote of a State: the resolution, its adoption date and title, and the
    State's vote (``yes``, ``no``, ``abstain`` or ``absent``)."""

    symbol: str
    date: str | None
    title: str
    vote: str


class AgreementRow(NamedTuple):
    """One row of ``corpus votes --agree``: ``all`` or ``session N``, and its figures."""

    scope: str
    same: int
    votes: int
    share: float | None


@dataclass(frozen=True)
class SessionAgreement:
    """How often two States voted alike in one session."""

    session: int | None
    same: int  #: the recorded votes on which both voted, and voted the same
    votes: int  #: the recorded votes on which both voted (yes, no or abstain)
    share: float  #: ``same / votes``, to 4 places


@dataclass(frozen=True)
class Agreement:
    """How often two States voted alike: overall and per session.

    ``share`` is None when the two never both voted (``votes == 0``).
    """

    states: tuple[str, str]
    same: int
    votes: int
    share: float | None
    per_session: tuple[SessionAgreement, ...]

    def rows(self) -> list[AgreementRow]:
        """The rows ``corpus votes --agree`` prints: all, then each session."""
        rows = [AgreementRow("all", self.same, self.votes, self.share)]
        rows += [
            AgreementRow(f"session {p.session}", p.same, p.votes, p.share) for p in self.per_session
        ]
        return rows

    def as_dict(self) -> dict[str, Any]:
        """The JSON document of ``corpus votes --agree --format json``."""
        return {
            "states": list(self.states),
            "same": self.same,
            "votes": self.votes,
            "share": self.share,
            "per_session": [
                {"session": p.session, "same": p.same, "votes": p.votes, "share": p.share}
                for p in self.per_session
            ],
        }


def state_name(conn: sqlite3.Connection, name: str) -> str:
    """The State's name as the index writes it, as ``votes --state`` finds it: the exact
    name (any case) if there is one, else the one State whose name contains it (any
    case); several such States (:class:`~resolution_cli.errors.AmbiguousState`), or none
    (:class:`~resolution_cli.errors.UnknownState`), are an error that names them."""
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
        raise AmbiguousState(name, tuple(containing))
    near = difflib.get_close_matches(name, states, n=3, cutoff=0.5)
    near += [s for s in states if name.casefold() in s.casefold() and s not in near][:3]
    raise UnknownState(name, tuple(near))


def _spellings(conn: sqlite3.Connection, name: str) -> list[str]:
    """The spellings of ``name``'s State in the index (``name`` if it has none)."""
    wanted = same_state(name)
    found = [s for (s,) in conn.execute("SELECT DISTINCT state FROM votes")]
    return [s for s in found if same_state(s) == wanted] or [name]


def _in(values: list[str]) -> str:
    return f"IN ({', '.join('?' * len(values))})"


def state_votes(conn: sqlite3.Connection, state: str, filters: Filters) -> list[StateVote]:
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
    return [StateVote(*row) for row in conn.execute(sql, [*names, *params])]


def agreement(conn: sqlite3.Connection, a: str, b: str, filters: Filters) -> Agreement:
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
    per_session = tuple(
        SessionAgreement(s, int(same), int(n), round(same / n, 4))
        for s, same, n in conn.execute(sql, [*names_a, *names_b, *params])
    )
    same = sum(p.same for p in per_session)
    total = sum(p.votes for p in per_session)
    share = round(same / total, 4) if total else None
    return Agreement((a, b), same, total, share, per_session)
