"""State names: sponsors, additional sponsors and vote lists split into names."""

from __future__ import annotations

import re

from resolution_cli.readers.akn.xml import normalise

_SPLIT_NAMES = re.compile(r",\s+|\s+and\s+|\s+et\s+")


def _split_names(value: str) -> tuple[str, ...]:
    """Split "A, B (on behalf of C and D) and E" at the top level only."""
    value = normalise(value)
    if not value:
        return ()
    if value[0].islower():  # "submitted by the President of the General Assembly"
        return (value,)
    names: list[str] = []
    depth = 0
    start = 0
    pos = 0
    while pos < len(value):
        ch = value[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and (match := _SPLIT_NAMES.match(value, pos)):
            names.append(value[start:pos])
            start = pos = match.end()
            continue
        pos += 1
    names.append(value[start:])
    return tuple(n.strip() for n in names if n.strip())
