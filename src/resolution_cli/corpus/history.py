"""History: one paragraph through the versions of its resolution (:mod:`.lineage`).

:func:`history` follows the paragraph REF of resolution SYMBOL back and forth along
its lineage, one version at a time, with the diff's own pairing
(:func:`resolution_cli.diff.compare`: by similarity and order, then by the same
place, lead phrase and purpose):

- **back**: each previous version is compared with the version after it; while the
  paragraph is paired (``same``, ``changed``, ``moved``) it was there, under the
  old id; where it is ``added``, the version after is its *first appearance*
  (``absent_before`` names the version that lacks it; ``split_from`` the paragraph
  it was split from, if the diff says so); a version with no previous version in
  the index is the first appearance as far as the index knows (``absent_before``
  None);
- **forward**: each next version is compared with the version before it; where the
  paragraph is ``deleted``, that next version is the one from which it is *gone*
  (``gone_from``; ``merged_into`` the paragraph it was merged into, if the diff
  says so).

Each step carries the version's id for the paragraph (its number moves), its
text, and its word changes against the step before (the diff's segments: equal,
delete, insert); the first step's segments are the text alone (``equal``) or, when
it was added, all inserted.

Where the lineage has two competing previous (or next) versions, each is
compared; the one where the paragraph pairs with the greatest similarity is
followed, and the step's ``note`` names the others and what was found there:
never a silent choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resolution_cli.corpus.lineage import Lineage, Source, connection, lineage
from resolution_cli.errors import ResolutionError

if TYPE_CHECKING:
    import sqlite3

    from resolution_cli.diff import DiffRecord
    from resolution_cli.diff.words import Segment
    from resolution_cli.model import Clause, Resolution

__all__ = ["History", "HistoryError", "Step", "history"]


class HistoryError(ResolutionError):
    """REF does not name exactly one paragraph of the resolution (one line)."""


@dataclass(frozen=True)
class Step:
    """The paragraph in one version."""

    symbol: str
    session: int | None
    date: str | None
    id: str  #: its id in this version
    text: str  #: ``Clause.all_text()``
    #: ``first`` (its first appearance), ``same``, ``changed``, ``moved`` (against the step before)
    op: str
    previous_id: str | None  #: its id in the step before
    diff: tuple[Segment, ...]
    similarity: float | None = None
    by_place: bool = False  #: paired by the same place, lead phrase and purpose
    split_from: str | None = None  #: first step: ``SYMBOL ID`` of the paragraph it split from
    footnotes_added: tuple[str, ...] = ()
    footnotes_removed: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class History:
    """One paragraph through the chain, oldest first."""

    symbol: str  #: the resolution asked
    id: str  #: the paragraph asked, its id there
    steps: tuple[Step, ...]
    #: The version before the first step, which lacks the paragraph (None: no earlier version).
    absent_before: str | None
    gone_from: str | None  #: the first later version without it
    merged_into: str | None = None  #: ``ID`` in ``gone_from`` it was merged into, if so
    gone_note: str | None = None

    @property
    def first(self) -> Step:
        """Its first appearance (as far as the index knows)."""
        return self.steps[0]


class _Models:
    def __init__(self, conn: sqlite3.Connection, lang: str) -> None:
        self.conn, self.lang = conn, lang
        self.cache: dict[str, Resolution] = {}

    def get(self, symbol: str) -> Resolution:
        from resolution_cli.corpus.store import read_model, resolution_id

        if symbol not in self.cache:
            self.cache[symbol] = read_model(self.conn, resolution_id(self.conn, symbol, self.lang))
        return self.cache[symbol]


def _record(old: Resolution, new: Resolution, side: str, clause: Clause) -> DiffRecord | None:
    """The diff record of old -> new that holds ``clause`` on ``side``.

    Only the clause's part is compared (its preamble or operative part, sections
    included, or the annexes): the diff pairs clauses only within a part, so the
    record is the one the whole diff holds."""
    from resolution_cli.diff import Scope, compare

    scope = Scope(part="annex" if clause.annex is not None else clause.part.value)
    cid = clause.id
    for record in compare(old, new, scope, refs=False).records:
        found = record.new if side == "new" else record.old
        if found is not None and found.id == cid:
            return record
    return None


def _pick(
    options: list[tuple[str, DiffRecord | None]], side: str
) -> tuple[str, DiffRecord | None, str | None]:
    """The option where the paragraph pairs best, and a note on the others."""
    if len(options) == 1:
        symbol, record = options[0]
        return symbol, record, None

    def score(item: tuple[str, DiffRecord | None]) -> float:
        record = item[1]
        if record is None or record.old is None or record.new is None:
            return -1.0
        return record.similarity or 0.0

    ranked = sorted(options, key=score, reverse=True)
    symbol, record = ranked[0]
    if score(ranked[0]) < 0:
        where = "previous" if side == "new" else "next"
        names = ", ".join(s for s, _ in options)
        return symbol, record, f"in none of the competing {where} versions: {names}"
    others = []
    for other, found in ranked[1:]:
        if found is not None and found.old is not None and found.new is not None:
            there = found.old if side == "new" else found.new
            others.append(f"{other} ({there.id}, similarity {found.similarity})")
        else:
            others.append(f"{other} (not there)")
    note = f"competing versions compared; followed {symbol}, also {', '.join(others)}"
    return symbol, record, note


def _one(resolution: Resolution, ref: str) -> Clause:
    from resolution_cli.query import select

    clauses = select([ref], resolution)
    if len(clauses) != 1:
        ids = ", ".join(c.id for c in clauses)
        raise HistoryError(
            f"{ref!r} names {len(clauses)} paragraphs of {resolution.symbol} ({ids}); "
            "history follows one: give one paragraph, e.g. OP1"
        )
    return clauses[0]


def history(
    source: Source, symbol: str, ref: str, lang: str = "en", chain: Lineage | None = None
) -> History:
    """The paragraph ``ref`` of ``symbol`` through its lineage (module doc).

    ``source``: a connection to the index or its path (None: the default index).
    ``chain``: its lineage, if already known. Raises ``UnknownSymbol`` and
    ``RefError`` (a paragraph it lacks), ``HistoryError`` (REF names several)."""
    with connection(source) as conn:
        chain = chain or lineage(conn, symbol, lang)
        models = _Models(conn, lang)
        start = models.get(chain.symbol)
        clause = _one(start, ref)
        versions = {v.symbol: v for v in chain.versions}

        def step(sym: str, found: Clause, record: DiffRecord | None, note: str | None) -> Step:
            version = versions[sym]
            if record is None or record.old is None:
                from resolution_cli.diff.words import Segment

                diff: tuple[Segment, ...] = (
                    record.diff if record is not None else (Segment("equal", found.all_text()),)
                )
                return Step(
                    sym,
                    version.session,
                    version.date,
                    found.id,
                    found.all_text(),
                    "first",
                    None,
                    diff,
                    split_from=None,
                    footnotes_added=record.footnotes_added if record else (),
                    note=note,
                )
            return Step(
                sym,
                version.session,
                version.date,
                found.id,
                found.all_text(),
                record.op,
                record.old.id,
                record.diff,
                record.similarity,
                record.by_place,
                footnotes_added=record.footnotes_added,
                footnotes_removed=record.footnotes_removed,
                note=note,
            )

        # back
        steps: list[Step] = []
        current, here = chain.symbol, clause
        absent_before: str | None = None
        split_from: str | None = None
        while True:
            earlier = chain.previous(current)
            if not earlier:
                steps.append(step(current, here, None, None))
                break
            options = [
                (p, _record(models.get(p), models.get(current), "new", here)) for p in earlier
            ]
            prev, record, note = _pick(options, "new")
            if record is None or record.old is None:
                steps.append(step(current, here, record, note))
                absent_before = prev
                if record is not None and record.split_from:
                    split_from = f"{prev} {record.split_from}"
                break
            steps.append(step(current, here, record, note))
            current, here = prev, record.old
        steps.reverse()
        if split_from:
            first = steps[0]
            steps[0] = Step(**{**first.__dict__, "split_from": split_from})

        # forward
        current, here = chain.symbol, clause
        gone_from: str | None = None
        merged_into: str | None = None
        gone_note: str | None = None
        while True:
            later = chain.next(current)
            if not later:
                break
            options = [(n, _record(models.get(current), models.get(n), "old", here)) for n in later]
            nxt, record, note = _pick(options, "old")
            if record is None or record.new is None:
                gone_from, gone_note = nxt, note
                merged_into = record.merged_into if record is not None else None
                break
            steps.append(step(nxt, record.new, record, note))
            current, here = nxt, record.new
        return History(
            chain.symbol, clause.id, tuple(steps), absent_before, gone_from, merged_into, gone_note
        )
