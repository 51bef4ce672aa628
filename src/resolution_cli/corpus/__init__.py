"""The corpus: every resolution you have, indexed in SQLite, searched all at once.

- :mod:`.schema`: the tables, versioned; :mod:`.store`: where the index is, opening
  it, reading a resolution back (:func:`load_resolution`, :func:`default_db`);
- :mod:`.extract`: one source file -> the rows of its resolutions (run in a pool);
- :mod:`.index`: ``corpus add`` (incremental, parallel, one transaction per batch);
- :mod:`.search`: FTS5 narrows, then ``query``'s own grep decides;
- :mod:`.citations`, :mod:`.votes`, :mod:`.filters`: the other questions;
- :mod:`.api`: :class:`Corpus`, all of it as one object (the Python API).

Imported lazily by the command line: importing this package loads nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "Corpus",
    "CorpusError",
    "Filters",
    "NoIndex",
    "UnknownSymbol",
    "default_db",
    "load_resolution",
]

if TYPE_CHECKING:
    from resolution_cli.corpus.api import Corpus as Corpus
    from resolution_cli.corpus.filters import Filters as Filters
    from resolution_cli.corpus.store import CorpusError as CorpusError
    from resolution_cli.corpus.store import NoIndex as NoIndex
    from resolution_cli.corpus.store import UnknownSymbol as UnknownSymbol
    from resolution_cli.corpus.store import default_db as default_db
    from resolution_cli.corpus.store import load_resolution as load_resolution


def __getattr__(name: str) -> Any:
    if name == "Corpus":
        from resolution_cli.corpus.api import Corpus

        return Corpus
    if name == "Filters":
        from resolution_cli.corpus.filters import Filters

        return Filters
    if name in __all__:
        from resolution_cli.corpus import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
