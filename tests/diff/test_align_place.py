"""align pass 4: clauses alone at the same place, with the same lead phrase and the same
purpose, pair as changed under the threshold (and only those)."""

from __future__ import annotations

from resolution_cli.diff.align import FLOOR, align, same_purpose, similarity
from resolution_cli.diff.words import words

# 74/129 PP2 and 75/162 PP2, as published
OLD = (
    "Taking note also of the requests regarding the enlargement of the Executive Committee "
    "contained in the note verbale dated 3 June 2019 from the Permanent Mission of Burkina Faso "
    "to the United Nations addressed to the Secretary-General, the note verbale dated 13 May "
    "2019 from the Permanent Mission of Iceland to the United Nations addressed to the "
    "Secretary-General, the note verbale dated 26 July 2019 from the Permanent Mission of Mali "
    "to the United Nations addressed to the Secretary-General, and the note verbale dated "
    "8 November 2018 from the Permanent Mission of Malta to the United Nations addressed to the "
    "Secretary-General,"
)
NEW = (
    "Taking note also of the request regarding the enlargement of the Executive Committee "
    "contained in the note verbale dated 31 August 2020 from the Permanent Mission of Malawi "
    "to the United Nations addressed to the Secretary-General,"
)
BEFORE = "Taking note of the decision of the Council concerning the enlargement,"
AFTER = "Decides to increase the number of members of the Executive Committee;"


def test_the_case_of_the_issue_pairs_by_place() -> None:
    value = similarity(words(OLD), words(NEW))
    assert FLOOR <= value < 0.5
    lead = "Taking note also"
    texts_old, texts_new = [BEFORE, OLD, AFTER], [BEFORE, NEW, AFTER]
    leads = ([lead] * 3, [lead] * 3)
    # without the lead phrases (pass 4 off): deleted and added
    assert [(p.old, p.new) for p in align(texts_old, texts_new)] == [
        (0, 0),
        (1, None),
        (None, 1),
        (2, 2),
    ]
    pairs = align(texts_old, texts_new, leads=leads)
    assert [(p.old, p.new, p.by_place) for p in pairs] == [
        (0, 0, False),
        (1, 1, True),
        (2, 2, False),
    ]
    assert pairs[1].similarity == value and not pairs[1].moved


def test_other_lead_phrase_or_other_purpose_does_not_pair() -> None:
    lead = "Taking note also"
    assert same_purpose(OLD, NEW, lead, lead) is not None
    assert same_purpose(OLD, NEW, lead, "Taking note") is None  # lead phrase differs
    assert same_purpose(OLD, NEW, "", "") is None  # no lead phrase
    # same lead phrase, other resolution recalled: another purpose
    a = "Recalling its resolution 65/230 of 21 December 2010, in which the General Assembly"
    b = "Recalling its resolution 74/247 of 27 December 2019, in which it decided"
    assert same_purpose(a, b, "Recalling", "Recalling") is None
    # same lead phrase, openings that differ: another purpose
    c = "Requests the President of the General Assembly to identify proposals"
    d = "Requests the Secretariat to brief the Ad Hoc Working Group on proposals"
    assert same_purpose(c, d, "Requests", "Requests") is None


def test_not_at_the_same_place_does_not_pair() -> None:
    # the old clause sits before an anchor, the new one after it: not the same gap
    lead = "Taking note also"
    texts_old, texts_new = [OLD, BEFORE], [BEFORE, NEW]
    pairs = align(texts_old, texts_new, leads=([lead, lead], [lead, lead]))
    assert not any(p.by_place for p in pairs)
    assert sorted((p.old, p.new) for p in pairs if p.old is not None and p.new is not None) == [
        (1, 0)
    ]
