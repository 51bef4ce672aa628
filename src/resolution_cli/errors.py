"""The tool's own errors and exit statuses.

Every error the tool reports derives from :class:`ResolutionError`; ``cli.py``
turns it into one line on stderr and :attr:`ExitStatus.ERROR`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit statuses, as grep uses them."""

    OK = 0  #: something was found / printed
    NO_MATCH = 1  #: the command ran, but nothing matched
    ERROR = 2  #: bad input, bad usage or an I/O error
    INTERRUPTED = 130  #: stopped by SIGINT (Ctrl-C)
    BROKEN_PIPE = 141  #: the reader of stdout went away (128 + SIGPIPE), as grep


class ResolutionError(Exception):
    """An error the user can act on; its message is one line."""


class LoadError(ResolutionError):
    """A resolution file could not be read or is not a valid resolution.

    ``source`` names the file; ``where`` the line, element or field, if known.
    """

    def __init__(self, source: str, problem: str, where: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.where = where
        location = f"{source}: {where}" if where else source
        super().__init__(f"{location}: {problem}")


class RefError(ResolutionError):
    """A paragraph reference (PP3, OP2, 1-3, ...) is malformed or does not exist."""


class PatternError(ResolutionError):
    """A search pattern is invalid or took too long."""
