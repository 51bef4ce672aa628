"""Verb-family matching (query.stem, query.verb_matches, query.by_verb): --verb PHRASE finds
the clauses whose lead phrase is of the verb's family, on any clause-like object."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from resolution_cli import query


class Lead(NamedTuple):
    """The least a clause needs to be query.Searchable."""

    id: str
    lead: str
    part: str = "operative"
    annex: str | None = None
    headings: tuple[str, ...] = ()
    text: str = ""

    def all_text(self) -> str:
        return self.text


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (("welcome", "welcomes", "welcoming", "Welcoming,"), "welcom"),
        (("note", "notes", "noting"), "not"),
        (("stress", "stresses", "stressing"), "stress"),
        (("decide", "decides", "decided"), "decid"),
        (("recall", "recalls", "recalling"), "recall"),
    ],
)
def test_the_words_of_a_family_share_a_stem(words: tuple[str, ...], stem: str) -> None:
    assert {query.stem(w) for w in words} == {stem}


@pytest.mark.parametrize(
    ("lead", "phrase"),
    [
        ("Welcomes", "welcome"),
        ("Welcoming also", "welcome"),
        ("Also encourages", "encourage"),
        ("Strongly condemns", "condemn"),
        ("We decide", "decide"),
        ("We strongly commit", "commit"),
        ("Recalling further", "recall further"),
        ("Takes note with appreciation", "take note"),
        ("DECIDES", "decide"),
    ],
)
def test_a_lead_phrase_belongs_to_the_family(lead: str, phrase: str) -> None:
    assert query.verb_matches(lead, phrase)


@pytest.mark.parametrize(
    ("lead", "phrase"),
    [
        ("Notes", "note with"),  # the phrase is longer than the lead
        ("Takes note", "note"),  # "note" is not the verb of "Takes note"
        ("Welcomes", "well"),
        ("", "decide"),
        ("Decides", ""),
        ("Recalling further", "further"),  # an adverb is not the verb
    ],
)
def test_a_lead_phrase_outside_the_family(lead: str, phrase: str) -> None:
    assert not query.verb_matches(lead, phrase)


def test_by_verb_keeps_the_order_and_the_type_of_what_it_is_given() -> None:
    clauses = [
        Lead("PP1", "Recalling", "preambular"),
        Lead("OP1", "Decides"),
        Lead("OP2", "Also decides"),
        Lead("OP3", "Requests"),
        Lead("annex.1", "Decides", annex=""),
    ]
    found = query.by_verb(clauses, "decide")
    assert [c.id for c in found] == ["OP1", "OP2", "annex.1"]
    assert all(isinstance(c, Lead) for c in found)
    assert [c.id for c in query.keep_part(found, "operative")] == ["OP1", "OP2"]
    assert [c.id for c in query.keep_part(clauses, "annex")] == ["annex.1"]
