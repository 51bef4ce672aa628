"""The command line: a thin click layer, one module per command group.

- :mod:`~resolution_cli.cli.app`: the group, its global options, the options the
  commands share, and :func:`run`, which maps every outcome to an exit status;
- :mod:`~resolution_cli.cli.inspection`: info, list, show, grep, verbs, footnotes, refs, votes;
- :mod:`~resolution_cli.cli.files`: import, export, validate, schema.
- :mod:`~resolution_cli.cli.diff`: diff (two versions of a resolution compared).
- :mod:`~resolution_cli.cli.corpus`: corpus add/list/info/top-cited/votes, search,
  cited-by (the corpus index).
- :mod:`~resolution_cli.cli.lineage`: lineage, history (versions across sessions).
- :mod:`~resolution_cli.cli.languages`: show --lang, export --format tmx, languages
  (the language versions of a resolution).

Commands parse options, load the resolution (``loader``), select (``query``),
and hand a view to the renderer of the chosen format (``render``). Heavy
modules (pydantic, rich, regex, lxml) are imported only by the commands that
need them, so ``--help`` stays fast.
"""

from resolution_cli.cli import corpus, diff, files, inspection, languages, lineage
from resolution_cli.cli.app import _tolerant_stdout, cli, main, run
from resolution_cli.cli.examples import attach

attach(cli)  # each command's --help ends with examples from the README

__all__ = [
    "_tolerant_stdout",
    "cli",
    "corpus",
    "diff",
    "files",
    "inspection",
    "languages",
    "lineage",
    "main",
    "run",
]
