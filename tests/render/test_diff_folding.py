"""The folding rule every diff renderer shares (render.diff_layout)."""

from __future__ import annotations

from resolution_cli.render.diff_layout import id_ranges


def test_consecutive_ids_with_the_same_prefix_make_a_range() -> None:
    ids = ["PP1", "PP2", "PP3", "OP1", "OP2", "OP4"]
    assert id_ranges(ids) == "PP1-PP3, OP1-OP2, OP4"


def test_sections_and_annexes_keep_their_prefixes() -> None:
    ids = ["II.OP1", "II.OP2", "III.OP3", "annex.art5.1", "annex.art5.2", "annex.art6.1"]
    assert id_ranges(ids) == "II.OP1-II.OP2, III.OP3, annex.art5.1-annex.art5.2, annex.art6.1"


def test_an_id_without_a_number_stands_alone() -> None:
    assert id_ranges(["annexI.PP1", "annexI.x", "annexI.PP2"]) == "annexI.PP1, annexI.x, annexI.PP2"
    assert id_ranges([]) == ""
