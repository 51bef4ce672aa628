"""The names of States: one canonical name for each Member State and observer State,
whatever spelling the UN prints.

The list is ``data/state_names.json`` (built by ``scripts/build_state_names.py``):
the 193 Member States and the 2 observer States (Holy See, State of Palestine),
each under its current UN name, with its former names and the other spellings the
UN prints as aliases ("Turkey" and "TÜRKİYE" for "Türkiye", "United Kingdom" for
"United Kingdom of Great Britain and Northern Ireland"). It is read the first time
a name is looked up.

A name is compared by its *key*: without regard to case or diacritics ("COTE
D'IVOIRE" is "Côte d'Ivoire"), to a leading "the" ("the Bahamas"), to spaces (a
stray space inside a name, "Ge rmany", or a doubled one) and to apostrophes and
hyphens ("Côte d’Ivoire", "Guinea -Bissau"). Brackets and commas count, so that two
names never read as one. Nothing here changes how a name is printed: callers print
the source's spelling and compare canonical names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

#: What a key keeps of a casefolded name without diacritics.
_NOT_KEPT = re.compile(r"[^0-9a-z(),]+")
#: A bracket at the end of a sponsor that is not part of the State's name:
#: "Guyana (on behalf of ... (G77))", "Venezuela (Bolivarian Republic of) (A/74/368)".
_TRAILING_BRACKET = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


def fold(text: str) -> str:
    """``text`` casefolded, without diacritics, with one kind of apostrophe and single
    spaces: the form in which a part of a name is looked for ("cote" in "Côte d'Ivoire")."""
    folded = text.casefold().translate(_APOSTROPHES).replace("\u0131", "i")
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(folded.split())


def key(name: str) -> str:
    """The form in which two spellings of one name are equal (see the module's docstring)."""
    folded = fold(name)
    if folded.startswith("the "):
        folded = folded[4:]
    return _NOT_KEPT.sub("", folded)


def _plain(name: str) -> str:
    """A quick form of ``name``: casefolded, one kind of apostrophe, no leading "the"."""
    folded = name.casefold()
    if not folded.isascii():
        folded = folded.translate(_APOSTROPHES)
    return folded[4:] if folded.startswith("the ") else folded


@cache
def _table() -> tuple[
    dict[str, str], tuple[str, ...], tuple[str, ...], int, frozenset[str], frozenset[int]
]:
    """Canonical name by key; the Member States; the observer States; the length of
    the longest spelling; the spellings' quick forms and their lengths (with and
    without a leading "the ")."""
    raw = resources.files("resolution_cli").joinpath("data/state_names.json").read_text("utf-8")
    data = json.loads(raw)
    by_key: dict[str, str] = {}
    members: list[str] = []
    observers: list[str] = []
    longest = 0
    plain: set[str] = set()
    for state in data["states"]:
        name = state["name"]
        (observers if state["observer"] else members).append(name)
        for spelling in (name, *state["aliases"]):
            by_key[key(spelling)] = name
            longest = max(longest, len(spelling))
            plain.add(_plain(spelling))
    lengths = frozenset(n for p in plain for n in (len(p), len(p) + 4))
    return by_key, tuple(members), tuple(observers), longest, frozenset(plain), lengths


def is_state(name: str) -> bool:
    """Whether ``name`` as a whole is a spelling of a State's name ("the" allowed)."""
    return key(name) in _table()[0]


def longest_name(text: str, start: int, ends: Sequence[int]) -> int | None:
    """The last of ``ends`` (ascending, each after ``start``) at which
    ``text[start:end]`` is a spelling of a State's name, if any. (A quick pass
    compares the spellings as printed up to case and apostrophes; only if it finds
    none are the keys compared.)"""
    by_key, _, _, _, plain, lengths = _table()
    for end in reversed(ends):
        if end - start in lengths and _plain(text[start:end]) in plain:
            return end
    for end in reversed(ends):
        if key(text[start:end]) in by_key:
            return end
    return None


def canonical(name: str) -> str | None:
    """The canonical name of the State that ``name`` names, or None.

    ``name`` is any spelling of the list; a sponsor with a bracket after the name
    ("Guyana (on behalf of the Group of 77 and China)") names that State.
    """
    by_key = _table()[0]
    found = by_key.get(key(name))
    while found is None and name.endswith(")"):
        shorter = _TRAILING_BRACKET.sub("", name)
        if shorter == name:
            break
        name = shorter
        found = by_key.get(key(name))
    return found


@lru_cache(maxsize=4096)
def same_state(name: str) -> str:
    """What two names are compared by: the canonical name, or else the folded name
    (two spellings of one State are equal; other names equal up to case and spaces)."""
    return canonical(name) or fold(name)


def member_states() -> tuple[str, ...]:
    """The canonical names of the Member States, in the list's order."""
    return _table()[1]


def observer_states() -> tuple[str, ...]:
    """The canonical names of the observer States."""
    return _table()[2]


def longest() -> int:
    """The length of the longest spelling of the list (a bound for a name's extent)."""
    return _table()[3]
