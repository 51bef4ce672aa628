"""Lead-phrase detection: the italic span a clause opens with, the lexicon's phrase
where italics cannot tell, and whether a lead phrase is an operative verb form.

The adverbs that may precede a verb ("*Also decides*", "*Therefore decides*") are
one list (``resolution_cli/words.py``) read by the text reader and by verb
matching (``query.verb_matches``): the two agree on every adverb.
"""

from __future__ import annotations

import pytest

from resolution_cli.model import Part
from resolution_cli.query import verb_matches
from resolution_cli.readers.text.clauses import lead_of
from resolution_cli.readers.text.leads import from_lexicon, is_operative
from resolution_cli.readers.text.markup import inline
from resolution_cli.words import LEAD_ADVERBS


def test_the_lead_phrase_is_the_leading_italic_span() -> None:
    assert lead_of(inline("*Recalling* its resolution 74/1,")) == "Recalling"
    assert lead_of(inline("*Taking note with appreciation* of the report,")) == (
        "Taking note with appreciation"
    )


def test_no_italics_no_lead_and_all_italics_leaves_it_to_the_lexicon() -> None:
    assert lead_of(inline("Recalling its resolution 74/1,")) == ""
    assert lead_of(inline("*Recalling its resolution 74/1,*")) is None


def test_the_lexicon_gives_the_lead_a_reader_takes() -> None:
    # "Takes note of" is printed "*Takes note* of".
    assert from_lexicon("Takes note of the report", Part.OPERATIVE) == "Takes note"
    # Not in the lexicon: a participle, or an adverb and a participle, "also" after it.
    assert from_lexicon("Mourning the loss of life", Part.PREAMBULAR) == "Mourning"
    assert from_lexicon("Deeply convinced also that", Part.PREAMBULAR) == "Deeply convinced also"


@pytest.mark.parametrize(
    ("lead", "operative"),
    [
        ("Decides", True),
        ("Also decides", True),
        ("Further requests", True),
        ("Strongly condemns", True),
        ("Therefore decides", True),
        ("Recalling", False),
        ("Deeply concerned", False),
        ("Mindful", False),
        ("", False),
    ],
)
def test_operative_verb_forms(lead: str, operative: bool) -> None:
    assert is_operative(lead) is operative


@pytest.mark.parametrize("adverb", sorted(LEAD_ADVERBS))
def test_every_adverb_is_skipped_alike_by_the_reader_and_by_verb_matching(adverb: str) -> None:
    lead = f"{adverb.capitalize()} decides"
    assert verb_matches(lead, "decide")
    assert is_operative(lead)


def test_verb_matching_needs_the_verb_from_the_start_or_after_adverbs() -> None:
    assert verb_matches("Also strongly urges", "urge")
    assert not verb_matches("Recalling", "decide")
    assert not verb_matches("Decides", "recall")
