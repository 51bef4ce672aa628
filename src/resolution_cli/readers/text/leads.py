"""Lead phrases: the italic span a clause opens with, or, where italics cannot tell
(a page printed wholly in italics, a text without markup), the lexicon's.

The lexicon (``data/lexicon.json``, built by ``scripts/build_lexicon.py`` from
the UN's AKN4UN edition) lists the lead phrases of each part, and ``prefer``: for
a phrase that starts clauses whose printed lead is usually shorter ("Takes note
of" is printed "*Takes note* of"), the lead a reader takes.

The adverbs that may precede an operative verb ("*Also decides*") are those of
:data:`resolution_cli.words.LEAD_ADVERBS`, the list that verb matching in
:mod:`resolution_cli.query` uses too.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from resolution_cli.model import Part
from resolution_cli.words import LEAD_ADVERBS as _ADVERBS

_NOT_VERBS = ("ous", "ss", "ful")
_AFTER = frozenset({"also", "further", "again"})
_PARTICIPLE = ("ing", "ant")  # "Mourning"; the French edition's "Rappelant"


@cache
def lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The UN lead phrases (preambular, operative), longest first."""
    data = _data()

    def order(phrases: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(phrases), key=lambda p: (-len(p), p)))

    return order(data.get("preambular", [])), order(data.get("operative", []))


@cache
def _data() -> dict[str, Any]:
    try:
        raw = resources.files("resolution_cli").joinpath("data/lexicon.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def _sets() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    preambular, operative = lexicon()
    prefer = _data().get("prefer", {})
    return frozenset(preambular), frozenset(operative), dict(prefer)


def from_lexicon(text: str, part: Part) -> str:
    """The lead phrase a reader takes for ``text`` when no italics mark it: the longest
    phrase of the part's lexicon (then the other part's) that starts it, or the
    shorter lead that the lexicon prefers for that phrase."""
    preambular, operative = lexicon()
    ordered = preambular + operative if part is Part.PREAMBULAR else operative + preambular
    for phrase in ordered:
        after = text[len(phrase) : len(phrase) + 1]  # "" at the end of the text
        if text.startswith(phrase) and not after.isalnum():
            return _sets()[2].get(phrase, phrase)
    return _verb_form(text)


def _verb_form(text: str) -> str:
    """A lead phrase the lexicon does not know: a participle ("Mourning", "Rappelant"), or an
    adverb and a participle or adjective ("Deeply convinced"), with "also" or
    "further" after it."""
    words = text.split(" ", 4)
    lead: list[str] = []
    if len(words) > 2 and words[0].endswith("ly") and words[1].rstrip(",").endswith(("ed", "ing")):
        lead = words[:2]
    elif len(words) > 1 and words[0][:1].isupper() and words[0].rstrip(",").endswith(_PARTICIPLE):
        lead = words[:1]
    if lead and len(words) > len(lead) + 1 and words[len(lead)].rstrip(",") in _AFTER:
        lead.append(words[len(lead)])
    return " ".join(lead).rstrip(",")


def is_operative(lead: str) -> bool:
    """Whether a lead phrase is an operative verb form ("Approves", "Also decides")."""
    if not lead:
        return False
    preambular, operative, _ = _sets()
    if lead in operative and lead not in preambular:
        return True
    if lead in preambular:
        return False
    words = lead.split()
    while len(words) > 1 and (words[0].lower() in _ADVERBS or words[0].lower().endswith("ly")):
        words = words[1:]
    verb = words[0].lower()
    return verb.endswith("s") and not verb.endswith(_NOT_VERBS) and verb[:1].isalpha()
