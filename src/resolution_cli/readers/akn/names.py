"""State names: sponsors and additional sponsors split into the names of States.

The names come from one list, ``data/state_names.json`` (the UN's Member States
and observer States, built by ``scripts/build_state_names.py``), loaded the
first time a list is split. A line of sponsors ("Antigua and Barbuda, Bosnia and
Herzegovina, the Bahamas and United Kingdom of Great Britain and Northern
Ireland") is read from left to right:

- at each name, the longest State name of the list that starts there (without
  regard to case, after an optional "the") and ends at a separator (", ",
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

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from resolution_cli.readers.akn.xml import normalise

_SPLIT_NAMES = re.compile(r",\s+|\s+and\s+|\s+et\s+")
_SEPARATOR = re.compile(r"\s*,\s+and\s+|\s*,\s*|\s+and\s+")
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "`": "'"}
_APOSTROPHE_TABLE = str.maketrans(_APOSTROPHES)
_SKIP = "\x00"  # stands for the second space of a doubled space in folded text


def _fold(text: str) -> str:
    """Case folded, apostrophes alike, runs of spaces as one space: one character for
    one (so that positions agree with the text; a doubled space folds to a space and
    a character that :func:`_match` skips)."""
    fast = text.casefold()
    if len(fast) == len(text) and "  " not in text:
        return fast.translate(_APOSTROPHE_TABLE)
    out: list[str] = []
    for index, ch in enumerate(text):
        if ch == " " and index and text[index - 1] == " ":
            out.append(_SKIP)
        else:
            out.append(_APOSTROPHES.get(ch) or ch.casefold()[:1] or ch)
    return "".join(out)


@cache
def _state_names() -> dict[str, tuple[str, ...]]:
    """Casefolded State names by their first word, longest first."""
    raw = resources.files("resolution_cli").joinpath("data/state_names.json").read_text("utf-8")
    names: list[str] = json.loads(raw)["names"]
    index: dict[str, list[str]] = {}
    for name in names:
        folded = _fold(" ".join(name.split()))
        index.setdefault(folded.split(" ", 1)[0], []).append(folded)
    return {key: tuple(sorted(set(v), key=len, reverse=True)) for key, v in index.items()}


def is_state_name(name: str) -> bool:
    """Whether ``name`` (any case, "the" allowed) is a name of the list."""
    folded = _fold(" ".join(name.split())).removeprefix("the ")
    return folded in _name_set()


@cache
def _name_set() -> frozenset[str]:
    return frozenset(name for names in _state_names().values() for name in names)


def _match(value: str, folded: str, pos: int) -> int | None:
    """The end of the longest State name starting at ``pos`` and ending at a
    separator or at the end of ``value``, if there is one."""
    start = pos + 4 if folded.startswith("the ", pos) else pos
    end_of_word = folded.find(" ", start)
    first = folded[start : end_of_word if end_of_word >= 0 else len(folded)]
    first = first.split(",", 1)[0].replace(_SKIP, "")
    skips = _SKIP in folded
    for name in _state_names().get(first, ()):
        if skips:
            end = _starts_with(folded, name, start)
        else:
            end = start + len(name) if folded.startswith(name, start) else None
        if end is not None and (
            end == len(value) or _SEPARATOR.match(value, end) or value.startswith(" (", end)
        ):
            return end
    return None


def _starts_with(folded: str, name: str, start: int) -> int | None:
    """Where ``name`` ends if ``folded`` holds it at ``start`` (skipping doubled spaces)."""
    at = start
    for ch in name:
        while at < len(folded) and folded[at] == _SKIP:
            at += 1
        if at >= len(folded) or folded[at] != ch:
            return None
        at += 1
    return at


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


def split_states(value: str, warn: Callable[[str], None]) -> tuple[str, ...]:
    """Split a line of sponsors into names of States (see the module's docstring)."""
    value = normalise(value)
    if not value:
        return ()
    if value[0].islower():
        return (value,)
    folded = _fold(value)
    names: list[str] = []
    unknown: list[str] = []
    pos = 0
    while pos < len(value):
        end = _match(value, folded, pos)
        if end is not None:
            end = _bracket(value, end)
        else:
            end = _unknown_end(value, folded, pos)
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


def _unknown_end(value: str, folded: str, pos: int) -> int:
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
            if "," in separator.group() or _match(value, folded, separator.end()) is not None:
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
