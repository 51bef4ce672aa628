"""``resolution diff``: what changed between two versions of a resolution.

- :mod:`~resolution_cli.diff.align`: pairing the clauses of one part, by
  similarity and order (the measure, the threshold, moves);
- :mod:`~resolution_cli.diff.words`: word-level edits inside a pair;
- :mod:`~resolution_cli.diff.compare`: the records and the summary.

Pure functions: two :class:`~resolution_cli.model.Resolution` in, records out.
"""

from resolution_cli.diff.compare import DiffRecord, DiffResult, DiffSummary, Scope, compare

__all__ = ["DiffRecord", "DiffResult", "DiffSummary", "Scope", "compare"]
