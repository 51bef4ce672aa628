"""The terminal a command writes to, as data, so that tests can fake a TTY.

``Terminal.from_environment()`` reads the real one; tests build their own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import IO, NamedTuple


class Terminal(NamedTuple):
    """What we know of stdout, stderr and the environment."""

    is_tty: bool = False  #: stdout is a terminal
    width: int | None = None  #: $COLUMNS, if set and valid, else a terminal's width
    no_color: bool = False  #: $NO_COLOR is set (non-empty)
    force_color: bool = False  #: $FORCE_COLOR is set (non-empty)
    dumb: bool = False  #: $TERM is 'dumb'
    hyperlinks: bool = True  #: links (OSC 8) may be drawn
    #: stderr is a terminal: ``corpus add`` draws its progress bar there
    stderr_tty: bool = False

    @classmethod
    def from_environment(
        cls,
        stream: IO[str] | None = None,
        environ: Mapping[str, str] | None = None,
        errors: IO[str] | None = None,
    ) -> Terminal:
        """Describe ``stream`` (stdout), ``errors`` (stderr) and ``environ`` (os.environ)."""
        env = os.environ if environ is None else environ
        out = sys.stdout if stream is None else stream
        is_tty = _isatty(out)
        width: int | None = None
        columns = env.get("COLUMNS", "")
        if columns.isdigit() and int(columns) > 0:
            width = int(columns)
        elif is_tty:  # the terminal's own width, so that a pager never wraps a line again
            try:
                width = os.get_terminal_size(out.fileno()).columns or None
            except (AttributeError, ValueError, OSError):
                width = None
        return cls(
            is_tty=is_tty,
            width=width,
            no_color=bool(env.get("NO_COLOR")),
            force_color=bool(env.get("FORCE_COLOR")),
            dumb=env.get("TERM") == "dumb",
            stderr_tty=_isatty(sys.stderr if errors is None else errors),
        )

    @property
    def wants_rich(self) -> bool:
        """Whether ``--format auto`` means the rich layout (a terminal, or FORCE_COLOR)."""
        return self.is_tty or self.force_color

    @property
    def styled(self) -> bool:
        """Whether escape codes (colour, italics, links) may be written."""
        if self.no_color or self.dumb:
            return False
        return self.is_tty or self.force_color


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False
