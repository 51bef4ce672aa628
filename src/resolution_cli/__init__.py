"""resolution-cli: inspect United Nations General Assembly resolutions.

The Python API the command line stands on (documented in ``docs/python-api.md``)::

    import resolution_cli as rc

    resolution = rc.load()                    # the bundled A/RES/75/272; or a path, or bytes
    rc.select(resolution, "PP3", "OP2")       # clauses by reference, as `show REF` selects
    rc.grep(resolution, "peace", ignore_case=True)   # typed Match results, as `grep`
    rc.compare(old, new)                      # the diff, as `diff`
    with rc.Corpus("index.sqlite") as corpus:  # the corpus index: add, search, cited_by...
        corpus.search("climate")

Every name is imported lazily (module ``__getattr__``), so ``import resolution_cli``
and the command line's ``--help`` load neither pydantic, rich, regex nor lxml.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Each public name -> the module that defines it.
_LAZY = {
    "load": "resolution_cli.api",
    "select": "resolution_cli.api",
    "clauses": "resolution_cli.api",
    "grep": "resolution_cli.api",
    "Match": "resolution_cli.api",
    "compare": "resolution_cli.api",
    "find_references": "resolution_cli.references",
    "Reference": "resolution_cli.references",
    "Corpus": "resolution_cli.corpus.api",
    "Filters": "resolution_cli.corpus.filters",
    "Resolution": "resolution_cli.model",
    "Clause": "resolution_cli.model",
    "ResolutionError": "resolution_cli.errors",
    "LoadError": "resolution_cli.errors",
    "UnknownPart": "resolution_cli.errors",
    "RefError": "resolution_cli.errors",
    "PatternError": "resolution_cli.errors",
    "InvalidPattern": "resolution_cli.errors",
    "PatternTimeout": "resolution_cli.errors",
    "CorpusError": "resolution_cli.errors",
    "NoIndex": "resolution_cli.errors",
    "UnknownSymbol": "resolution_cli.errors",
    "UnknownState": "resolution_cli.errors",
    "AmbiguousState": "resolution_cli.errors",
    "UnknownSponsor": "resolution_cli.errors",
    "UnknownLanguage": "resolution_cli.errors",
    "BadSession": "resolution_cli.errors",
    "BadDate": "resolution_cli.errors",
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:
    from resolution_cli.api import Match as Match
    from resolution_cli.api import clauses as clauses
    from resolution_cli.api import compare as compare
    from resolution_cli.api import grep as grep
    from resolution_cli.api import load as load
    from resolution_cli.api import select as select
    from resolution_cli.corpus.api import Corpus as Corpus
    from resolution_cli.corpus.filters import Filters as Filters
    from resolution_cli.errors import AmbiguousState as AmbiguousState
    from resolution_cli.errors import BadDate as BadDate
    from resolution_cli.errors import BadSession as BadSession
    from resolution_cli.errors import CorpusError as CorpusError
    from resolution_cli.errors import InvalidPattern as InvalidPattern
    from resolution_cli.errors import LoadError as LoadError
    from resolution_cli.errors import NoIndex as NoIndex
    from resolution_cli.errors import PatternError as PatternError
    from resolution_cli.errors import PatternTimeout as PatternTimeout
    from resolution_cli.errors import RefError as RefError
    from resolution_cli.errors import ResolutionError as ResolutionError
    from resolution_cli.errors import UnknownLanguage as UnknownLanguage
    from resolution_cli.errors import UnknownPart as UnknownPart
    from resolution_cli.errors import UnknownSponsor as UnknownSponsor
    from resolution_cli.errors import UnknownState as UnknownState
    from resolution_cli.errors import UnknownSymbol as UnknownSymbol
    from resolution_cli.model import Clause as Clause
    from resolution_cli.model import Resolution as Resolution
    from resolution_cli.references import Reference as Reference
    from resolution_cli.references import find_references as find_references


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next access does not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
