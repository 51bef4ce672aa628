"""resolution-cli: inspect United Nations General Assembly resolutions.

The public Python API is :func:`load`; it is imported lazily so that the
command line's ``--help`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "load"]

if TYPE_CHECKING:
    from resolution_cli.loader import load as load


def __getattr__(name: str) -> Any:
    if name == "load":
        from resolution_cli.loader import load

        return load
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
