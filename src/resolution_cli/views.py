"""What a command hands to a renderer: one small immutable view per kind of output.

``query`` builds views, ``render.<format>.render(view, out, term)`` draws them.
This module is light on purpose: named tuples, no pydantic at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from resolution_cli.corpus.history import History
    from resolution_cli.corpus.lineage import Lineage
    from resolution_cli.corpus.search import FirstUse, Hit
    from resolution_cli.diff import DiffResult
    from resolution_cli.model import Clause, Footnote, Resolution
    from resolution_cli.references import Reference
    from resolution_cli.validate import Problem
    from resolution_cli.versions import Aligned, VersionCheck


class Info(NamedTuple):
    """``resolution info``: the metadata and the counts."""

    resolution: Resolution


class Document(NamedTuple):
    """``resolution show`` with no REF, and ``export``: the whole resolution as printed."""

    resolution: Resolution


class Clauses(NamedTuple):
    """A selection of clauses, in document order.

    ``mode`` says which command asked: ``show`` (full texts, each followed by the
    footnotes it cites), ``list`` (one row per clause, the start of its text on a
    terminal) or ``grep`` (one row per matching clause). ``spans`` maps a clause id
    to the (start, end) offsets of the matches in ``clause.all_text()``.
    """

    resolution: Resolution
    clauses: tuple[Clause, ...]
    mode: Literal["show", "list", "grep"]
    spans: Mapping[str, tuple[tuple[int, int], ...]] = MappingProxyType({})


class VerbRow(NamedTuple):
    """One lead phrase, how often it is used and by which clauses."""

    verb: str
    ids: tuple[str, ...]
    #: those of ``ids`` whose lead phrase is inferred (no italics: the lexicon's)
    inferred: tuple[str, ...] = ()


class Verbs(NamedTuple):
    """``resolution verbs``: each lead phrase with its count and ids."""

    rows: tuple[VerbRow, ...]


class FootnoteRow(NamedTuple):
    """One footnote and the ids of the clauses that cite it."""

    footnote: Footnote
    cited_by: tuple[str, ...]


class Footnotes(NamedTuple):
    """``resolution footnotes``."""

    rows: tuple[FootnoteRow, ...]


class Refs(NamedTuple):
    """``resolution refs``: every document reference, in document order."""

    rows: tuple[Reference, ...]


class Count(NamedTuple):
    """``grep -c``: how many clauses matched."""

    matched: int


class Ids(NamedTuple):
    """``grep -l``: the ids of the matching clauses."""

    ids: tuple[str, ...]


class VoteRow(NamedTuple):
    """One State and how it voted: ``yes``, ``no``, ``abstain`` or ``absent``."""

    state: str
    vote: str


class Votes(NamedTuple):
    """``resolution votes``: each State with its vote, in the order of the record."""

    rows: tuple[VoteRow, ...]


class Problems(NamedTuple):
    """``resolution validate``: the problems found in a file (none: it is valid)."""

    source: str
    problems: tuple[Problem, ...]


class Diff(NamedTuple):
    """``resolution diff``: the records and summary; ``show_all`` prints unchanged clauses too."""

    result: DiffResult
    show_all: bool = False


class Parallel(NamedTuple):
    """``show REF --lang en,fr`` over several versions, and ``export --format tmx``: each
    clause in each language, paired paragraph by paragraph
    (:func:`resolution_cli.versions.align_versions`)."""

    aligned: Aligned


class Languages(NamedTuple):
    """``resolution languages``: where the language versions of each resolution disagree.

    ``every``: list the resolutions that agree too (one resolution, or ``--all``)."""

    checks: tuple[VersionCheck, ...]
    every: bool = True


class Hits(NamedTuple):
    """``search``: the matching clauses across the corpus; with ``--first``, the summary."""

    hits: tuple[Hit, ...]
    first: FirstUse | None = None


class Rows(NamedTuple):
    """A corpus table (corpus list/info/votes/top-cited, cited-by, search -c/-l).

    ``fields`` names the columns (and the keys of the json/jsonl records); plain
    prints the rows tab-separated. ``document``, if set, is what json prints instead
    of the array of records (``corpus info``, ``corpus votes --agree``).
    """

    fields: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    document: object = None


class LineageView(NamedTuple):
    """``resolution lineage``: the chain of versions of a resolution, oldest first."""

    lineage: Lineage


class HistoryView(NamedTuple):
    """``resolution history``: one paragraph through the chain of versions."""

    history: History


View = (
    Info
    | Document
    | Clauses
    | Verbs
    | Footnotes
    | Refs
    | Count
    | Ids
    | Votes
    | Problems
    | Diff
    | Parallel
    | Languages
    | Hits
    | Rows
    | LineageView
    | HistoryView
)
