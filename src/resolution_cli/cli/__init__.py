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

The top group is lazy (:class:`~resolution_cli.cli.app.LazyGroup`): a command's
module is imported only when that command runs; ``load()`` imports them all.

Commands parse options, load the resolution (``loader``), select (``query``),
and hand a view to the renderer of the chosen format (``render``). Heavy
modules (pydantic, rich, regex, lxml) are imported only by the commands that
need them, so ``--help`` stays fast.
"""

from resolution_cli.cli.app import _tolerant_stdout, cli, load, main, run
from resolution_cli.cli.examples import EXAMPLES, epilog

# The group's --help ends with examples from the README; each command gets its own
# when its module is imported (``app.load``, called by the lazy group).
cli.epilog = epilog(EXAMPLES[""]) if EXAMPLES.get("") else cli.epilog

__all__ = ["_tolerant_stdout", "cli", "load", "main", "run"]
