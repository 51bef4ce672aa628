"""Every form a person types for a citation is read as its canonical form (issue 19, item 4).

The expectation is independent of the grammar: each variant is built from a canonical
compact id by the rules of written English (case, spacing, full stops, plurals, a
trailing comma), and must select exactly the clauses the canonical id selects.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BUNDLED
from hand_built import annexed, lone_annex, sectioned
from resolution_cli.loader import load
from resolution_cli.model import Resolution
from resolution_cli.paragraph_refs import select

PLAIN = load(str(BUNDLED))  # A/RES/75/272: PP1-PP16, OP1-OP4
SECTIONED = sectioned()  # I: PP1, OP1-2; II: PP1, OP1-3; III: OP1
ANNEXED = annexed()
LONE = lone_annex()  # annex.1-annex.12


def ids(ref: str, resolution: Resolution) -> list[str]:
    return [c.id for c in select([ref], resolution)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("operative paragraph 2", "OP2"),
        ("para 2", "OP2"),
        ("paras 1-3", "OP1-3"),
        ("PP 3", "PP3"),
        ("OP.2", "OP2"),
        ("para. 2,", "OP2"),
        ("Operative Paragraphs 1 to 3", "OP1-3"),
        ("preambular paras 2, 4 and 6", "PP2,PP4,PP6"),
        ("paras. 1, 2, and 4", "OP1,OP2,OP4"),
        ("OP 2.", "OP2"),
    ],
)
def test_the_forms_the_issue_names(written: str, canonical: str) -> None:
    assert ids(written, PLAIN) == ids(canonical, PLAIN)


@pytest.mark.parametrize(
    ("written", "canonical", "resolution"),
    [
        ("sect II para 2", "II.OP2", SECTIONED),
        ("Section II, operative paragraph 2", "II.OP2", SECTIONED),
        ("sections II, paras 1-3", "II.OP1-3", SECTIONED),
        ("II.OP 2", "II.OP2", SECTIONED),
        ("ii.op.2", "II.OP2", SECTIONED),
        ("sect. II, preambular para 1", "II.PP1", SECTIONED),
        ("annex para 12", "annex.12", LONE),
        ("annex II art 2 para 2", "annexII.art2.2", ANNEXED),
        ("annex II, arts 1 to 2", "annexII.art1-art2", ANNEXED),
        ("annex I appendix para 1", "annexI.appendix.1", ANNEXED),
    ],
)
def test_sections_and_annexes_written_loosely(
    written: str, canonical: str, resolution: Resolution
) -> None:
    assert ids(written, resolution) == ids(canonical, resolution)


# -- the property ---------------------------------------------------------------

PP_WORDS = ["preambular paragraph", "preambular paragraphs", "preambular para"]
PP_WORDS += ["preambular para.", "preambular paras", "preambular paras.", "PP", "PP."]
OP_WRITTEN = ["operative paragraph", "operative paragraphs", "operative para", "operative paras."]
OP_WRITTEN += ["paragraph", "paragraphs", "para", "para.", "paras", "paras."]
OP_COMPACT = ["OP", "OP.", ""]


def _cased(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(text, flips, strict=True))


def _space(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["", " ", "  "]))


def _closing(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["", ",", ".", ";", " ,", ", "]))


@st.composite
def plain_citation(draw: st.DrawFn) -> tuple[str, str]:
    """(variant, canonical) over A/RES/75/272's paragraphs."""
    kind = draw(st.sampled_from(["PP", "OP"]))
    count = 16 if kind == "PP" else 4
    first = draw(st.integers(1, count))
    last = draw(st.one_of(st.none(), st.integers(first, count)))
    canonical = f"{kind}{first}" + (f"-{kind}{last}" if last is not None else "")
    words = PP_WORDS if kind == "PP" else OP_WRITTEN + OP_COMPACT
    word = draw(st.sampled_from(words))
    written = word.rstrip(".").lower() not in ("pp", "op", "")
    gap = draw(st.sampled_from([" ", "  "])) if written and word[-1].isalpha() else _space(draw)
    text = f"{word}{gap}{first}"
    if last is not None:
        dashes = ["-", "–", " - "] + ([" to "] if written else [])
        dash = draw(st.sampled_from(dashes))
        repeat = not written and word and draw(st.booleans())
        text += dash + (word.rstrip(".") if repeat else "") + str(last)
    return _space(draw) + _cased(draw, text) + _closing(draw), canonical


@st.composite
def section_citation(draw: st.DrawFn) -> tuple[str, str]:
    """(variant, canonical) over the hand-built sectioned resolution's section II."""
    first = draw(st.integers(1, 3))
    last = draw(st.one_of(st.none(), st.integers(first, 3)))
    canonical = f"II.OP{first}" + (f"-{last}" if last is not None else "")
    sect = draw(st.sampled_from(["sect.", "sect", "section", "sections"]))
    comma = draw(st.sampled_from([", ", " ", ",", " , "]))
    para = draw(st.sampled_from(OP_WRITTEN))
    numbers = str(first) + (draw(st.sampled_from(["-", " to ", "–"])) + str(last) if last else "")
    text = f"{sect} II{comma}{para} {numbers}"
    return _space(draw) + _cased(draw, text) + _closing(draw), canonical


@settings(max_examples=300, deadline=None)
@given(plain_citation())
def test_every_variant_selects_what_its_canonical_form_selects(case: tuple[str, str]) -> None:
    variant, canonical = case
    assert ids(variant, PLAIN) == ids(canonical, PLAIN), variant


@settings(max_examples=200, deadline=None)
@given(section_citation())
def test_every_section_variant_selects_what_its_canonical_form_selects(
    case: tuple[str, str],
) -> None:
    variant, canonical = case
    assert ids(variant, SECTIONED) == ids(canonical, SECTIONED), variant
