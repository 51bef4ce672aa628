"""State names: sponsors and additional sponsors split into the names of States.

The names come from one list, that of :mod:`resolution_cli.states` (the UN's
Member States and observer States and their spellings), loaded the first time a
list is split. A line of sponsors ("Antigua and Barbuda, Bosnia and
Herzegovina, the Bahamas and United Kingdom of Great Britain and Northern
Ireland") is read from left to right:

- at each name, the longest State name of the list that starts there (compared
  as :func:`resolution_cli.states.key` compares names: without regard to case,
  diacritics, a leading "the" or a stray space, "Ge rmany") and ends at a separator (", ",
  " and ", ", and ") or at the end is one name, printed as the source prints it
  ("the Bahamas" keeps its "the"); a bracket right after it ("Guyana (on behalf
  of the Group of 77 and China)") stays with it;
- text that starts with no State name is kept whole, up to the next comma, or
  the next " and " that is followed by a State name (or the end), with one
  warning ("Land of Oz and Emerald City" stays one name);
- a line in which fewer than half of the names are State names of the list (a
  line in another language) is split at the top-level separators (", ",
  " and ", " et "), with one warning; a line that starts in lower case
  ("submitted by the President of the General Assembly") is one entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from resolution_cli import states
from resolution_cli.readers.akn.xml import normalise

_SPLIT_NAMES = re.compile(r",\s+|\s+and\s+|\s+et\s+")
_SEPARATOR = re.compile(r"\s*,\s+and\s+|\s*,\s*|\s+and\s+")
#: Where a State's name may end: before a separator or a bracket.
_ENDS = re.compile(r"\s*,|\s+and\s+|\s\(")


def is_state_name(name: str) -> bool:
    """Whether ``name`` (any case, "the" allowed) is a name of the list."""
    return states.is_state(name)


def _match(value: str, pos: int) -> int | None:
    """The end of the longest State name starting at ``pos`` and ending at a
    separator, a bracket or the end of ``value``, if there is one (names compared
    as :mod:`resolution_cli.states` compares them)."""
    ends = _ends(value)
    limit = pos + states.longest() + 8  # room for stray and doubled spaces
    within = ends[bisect_right(ends, pos) : bisect_right(ends, limit)]
    return states.longest_name(value, pos, within)


@lru_cache(maxsize=8)
def _ends(value: str) -> tuple[int, ...]:
    """Where a name may end in ``value``, in order."""
    return (*dict.fromkeys(m.start() for m in _ENDS.finditer(value)), len(value))


def _bracket(value: str, end: int) -> int:
    """Past a bracket printed right after a name ("X (on behalf of ...)")."""
    if not value.startswith(" (", end):
        return end
    depth = 0
    for pos in range(end + 1, len(value)):
        if value[pos] == "(":
            depth += 1
        elif value[pos] == ")":
            depth -= 1
            if depth == 0:
                return pos + 1
    return len(value)


#: A note printed after the last name of a sponsor line: "... and Togo. - Philippines
#: was removed from the list of sponsors of the draft resolution".
_NOTE = re.compile(r"\.\s*[-\u2013\u2014]\s+(\S.*)$")


def split_states(
    value: str, warn: Callable[[str], None], notes: list[str] | None = None
) -> tuple[str, ...]:
    """Split a line of sponsors into names of States (see the module's docstring).

    A note printed after the last name (". - Philippines was removed from the list of
    sponsors ...") goes to ``notes`` when given, its State kept as a name; without
    ``notes`` it stays with that name, whole."""
    value = normalise(value)
    if notes is not None and (note := _NOTE.search(value)) is not None:
        notes.append(note.group(1))
        value = value[: note.start()]
    if not value:
        return ()
    if value[0].islower():
        return (value,)
    names: list[str] = []
    unknown: list[str] = []
    pos = 0
    while pos < len(value):
        end = _match(value, pos)
        if end is not None:
            end = _bracket(value, end)
        else:
            end = _unknown_end(value, pos)
            unknown.append(value[pos:end])
        names.append(value[pos:end].strip())
        separator = _SEPARATOR.match(value, end)
        pos = separator.end() if separator else end
        if not separator and end < len(value):  # no separator: keep the rest whole
            names[-1] = f"{names[-1]}{value[end:]}".strip()
            break
    if len(unknown) * 2 > len(names):
        warn(f"most names of {value!r} are not State names of the list: split at commas and 'and'")
        return _split_names(value)
    for name in unknown:
        warn(f"{name!r} is not a State name of the list: kept whole")
    return tuple(n for n in names if n)


def _unknown_end(value: str, pos: int) -> int:
    """Where text that starts with no State name ends: at the next top-level comma,
    or " and " followed by a State name, or at the end."""
    depth = 0
    at = pos
    while at < len(value):
        ch = value[at]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and (separator := _SEPARATOR.match(value, at)):
            if "," in separator.group() or _match(value, separator.end()) is not None:
                return at
            at = separator.end()
            continue
        at += 1
    return len(value)


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
