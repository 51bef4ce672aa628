"""The Python API of one resolution: load it, select clauses, grep them, compare versions.

The command line stands on these functions (as sqlite-utils' stands on its
``Database``): ``show REF`` is :func:`select`, ``list`` is :func:`clauses`,
``grep`` is :func:`grep`, ``diff`` is :func:`compare`. They are pure: no output,
no exit; each problem is a :class:`~resolution_cli.errors.ResolutionError` with
a one-line message. Import them from the package: ``from resolution_cli import
load, select, grep, compare``. The corpus index is :class:`resolution_cli.Corpus`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from resolution_cli.loader import Format, Warn, _ignore

if TYPE_CHECKING:
    from resolution_cli.diff import DiffResult
    from resolution_cli.model import Clause, Resolution

__all__ = ["Match", "clauses", "compare", "grep", "load", "select"]


def load(
    source: str | Path | bytes | None = None,
    *,
    fmt: Format | None = None,
    part_of: str | None = None,
    warn: Warn = _ignore,
) -> Resolution:
    """A resolution, from a file path (``-`` is stdin), from bytes, or the bundled one.

    ``source`` None gives the bundled A/RES/75/272. The format (JSON, AKN XML or
    text) is detected from the content unless ``fmt`` says it (``"json"``,
    ``"akn"``, ``"text"``); ``part_of`` picks one resolution (``"A"``, ``"B"``...) of
    an AKN document collection; ``warn`` receives the reader's warnings (dropped by
    default). Raises :class:`~resolution_cli.errors.LoadError`.
    """
    from resolution_cli import loader

    if isinstance(source, bytes):
        return loader.parse(source, "<bytes>", fmt, part_of=part_of, warn=warn)
    return loader.load(source, fmt=fmt, part_of=part_of, warn=warn)


def select(resolution: Resolution, *refs: str) -> tuple[Clause, ...]:
    """The clauses that ``refs`` name, once each, in document order (``show REF...``).

    A REF is cited as the resolutions cite: ``PP3``, ``op2``, a bare ``2``, ranges
    (``PP1-PP4``), lists (``PP2,OP1``), ``II.OP5`` or ``"sect. II, para. 5"``,
    ``II`` for a section, ``annex.12`` or ``"annex II, para. 3"``, ``annex``...
    No ref: every clause. Raises :class:`~resolution_cli.errors.RefError` naming
    the bad reference.
    """
    if not refs:
        return resolution.clauses
    from resolution_cli import query

    return query.select(refs, resolution)


def clauses(
    resolution: Resolution,
    *,
    refs: Iterable[str] = (),
    part: str | None = None,
    verb: str | None = None,
) -> tuple[Clause, ...]:
    """The clauses ``list`` prints: of ``part`` (``"preambular"``, ``"operative"`` or
    ``"annex"``), among those ``refs`` name (if any), whose lead phrase is of ``verb``'s
    family (if given: ``verb="welcome"`` finds *Welcoming* and *Welcomes also*)."""
    from resolution_cli import query

    found = query.in_part(resolution, part)
    refs = tuple(refs)
    if refs:
        chosen = {c.id for c in query.select(refs, resolution)}
        found = tuple(c for c in found if c.id in chosen)
    if verb is not None:
        found = query.by_verb(found, verb, resolution.lang)
    return found


@dataclass(frozen=True)
class Match:
    """A clause :func:`grep` found, with where the pattern matched.

    ``spans`` are (start, end) offsets in ``clause.all_text()``; they are empty when
    only a heading printed before the clause matched, or when no pattern was given.
    """

    clause: Clause
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def id(self) -> str:
        """The clause's id: ``OP2``, ``II.PP1``, ``annex.12``."""
        return self.clause.id

    @property
    def texts(self) -> tuple[str, ...]:
        """The matched texts, in order."""
        text = self.clause.all_text()
        return tuple(text[start:end] for start, end in self.spans)


def grep(
    resolution: Resolution,
    pattern: str | None = None,
    *,
    refs: Iterable[str] = (),
    fixed: bool = False,
    ignore_case: bool = False,
    word: bool = False,
    verb: str | None = None,
    part: str | None = None,
) -> tuple[Match, ...]:
    """The clauses whose text (or a heading printed before them) matches ``pattern``.

    ``pattern`` is a regular expression (``fixed``: a plain string), searched in each
    clause's ``all_text()`` and the headings before it; ``ignore_case`` and ``word``
    as grep's ``-i`` and ``-w``. ``refs``, ``part`` and ``verb`` narrow the clauses
    searched, as for :func:`clauses`; with no pattern, every clause they keep is a
    match. Raises :class:`~resolution_cli.errors.PatternError` for an invalid or
    runaway pattern, :class:`~resolution_cli.errors.RefError` for a bad REF.
    """
    from resolution_cli import query

    found = clauses(resolution, refs=refs, part=part, verb=verb)
    if pattern is None:
        return tuple(Match(c) for c in found)
    compiled = query.compile_pattern(pattern, fixed=fixed, ignore_case=ignore_case, word=word)
    spans = query.grep(found, compiled, before=query.headings_before(resolution))
    return tuple(Match(c, spans[c.id]) for c in found if c.id in spans)


def compare(
    old: Resolution,
    new: Resolution,
    *,
    part: str | None = None,
    section: str | None = None,
    annex: str | None = None,
) -> DiffResult:
    """What changed from ``old`` to ``new`` (``diff``): paired clauses and a summary.

    ``part`` (``"preambular"``, ``"operative"``, ``"annex"``), ``section`` (its
    printed number, ``"II"``) or ``annex`` (its number; ``""`` for a lone annex)
    compare only that. ``result.records`` holds one
    :class:`~resolution_cli.diff.DiffRecord` per clause or pair of clauses (``op``:
    ``same``, ``changed``, ``added``, ``deleted``, ``moved``); ``result.summary`` counts
    them; ``result.differ`` says whether the versions differ.
    """
    from resolution_cli.diff import Scope
    from resolution_cli.diff import compare as diff

    return diff(old, new, Scope(part=part, section=section, annex=annex))
