"""What every diff renderer (plain, rich, markdown) shares: the folding rule.

:func:`folded` yields the records to draw in reading order, with each run of
unchanged (``same``) clauses folded into one :class:`Fold` unless ``--all`` asks
for their text; :func:`fold_ids` names the clauses of a fold as ranges of ids
(``PP1-PP12, OP1-OP2``; ``OP3-OP4 -> OP4-OP5`` when they were renumbered).
Pure functions, no rich: the renderers only draw what these give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from resolution_cli.diff import DiffRecord

__all__ = ["Fold", "fold_ids", "folded", "id_ranges"]

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


class Fold(NamedTuple):
    """A run of unchanged clauses, drawn as one line."""

    records: tuple[DiffRecord, ...]


def folded(records: Iterable[DiffRecord], show_all: bool = False) -> Iterator[DiffRecord | Fold]:
    """The records in order, each run of ``same`` ones as one Fold (none with ``show_all``)."""
    run: list[DiffRecord] = []
    for record in records:
        if record.op == "same" and not show_all:
            run.append(record)
            continue
        if run:
            yield Fold(tuple(run))
            run = []
        yield record
    if run:
        yield Fold(tuple(run))


def id_ranges(ids: Iterable[str], dash: str = "-") -> str:
    """``PP1, PP2, PP3, OP1`` as ``PP1-PP3, OP1``: consecutive numbers with the same
    prefix (``PP``, ``II.OP``, ``annex.art5.``) make a range, anything else stands alone."""
    groups: list[list[str]] = []
    previous: tuple[str, int] | None = None
    for clause_id in ids:
        match = _NUMBERED.match(clause_id)
        key = (match.group(1), int(match.group(2))) if match else None
        if (
            key is not None
            and previous is not None
            and groups
            and key[0] == previous[0]
            and key[1] == previous[1] + 1
        ):
            groups[-1].append(clause_id)
        else:
            groups.append([clause_id])
        previous = key
    return ", ".join(g[0] if len(g) == 1 else f"{g[0]}{dash}{g[-1]}" for g in groups)


def fold_ids(fold: Fold, arrow: str = "->", dash: str = "-") -> str:
    """The ids of a fold: ``PP1-PP12, OP1-OP2``, or ``OLD -> NEW`` ranges when renumbered."""
    old = [r.old_id for r in fold.records if r.old_id is not None]
    new = [r.new_id for r in fold.records if r.new_id is not None]
    if old == new:
        return id_ranges(new, dash)
    return f"{id_ranges(old, dash)} {arrow} {id_ranges(new, dash)}"


def fold_count(fold: Fold) -> str:
    """``1 unchanged clause``, ``14 unchanged clauses``."""
    n = len(fold.records)
    return f"{n} unchanged clause{'s' if n != 1 else ''}"
