"""REFs in sections and annexes, compact and written (resolution_cli.paragraph_refs).

The resolutions are hand-built (tests/hand_built.py); each expectation names the
clauses a delegate means by the citation.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hand_built import annexed, lone_annex, sectioned
from resolution_cli.errors import RefError
from resolution_cli.model import Resolution
from resolution_cli.query import in_part, select

SECTIONED = sectioned()
ANNEXED = annexed()
LONE = lone_annex()


def ids(refs: list[str], resolution: Resolution) -> list[str]:
    return [c.id for c in select(refs, resolution)]


def error(refs: list[str], resolution: Resolution) -> str:
    with pytest.raises(RefError) as caught:
        select(refs, resolution)
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (["II.OP2"], ["II.OP2"]),
        (["ii.op2"], ["II.OP2"]),
        (["II.2"], ["II.OP2"]),
        (["II.PP1"], ["II.PP1"]),
        (["II.OP1-3"], ["II.OP1", "II.OP2", "II.OP3"]),
        (["II.OP1-II.OP3"], ["II.OP1", "II.OP2", "II.OP3"]),
        (["II.OP1-OP2"], ["II.OP1", "II.OP2"]),
        (["II.OP2–3"], ["II.OP2", "II.OP3"]),
        (["II"], ["II.PP1", "II.OP1", "II.OP2", "II.OP3"]),
        (["iii"], ["III.OP1"]),
        (["PP1"], ["PP1"]),
        (["sect. II, para. 2"], ["II.OP2"]),
        (["SECT. II, PARA. 2"], ["II.OP2"]),
        (["section II, paragraph 2"], ["II.OP2"]),
        (["sect. II, paras. 1-3"], ["II.OP1", "II.OP2", "II.OP3"]),
        (["sect. II, paras. 2–3"], ["II.OP2", "II.OP3"]),
        (["sect. II, paras. 1 and 3"], ["II.OP1", "II.OP3"]),
        (["sect. II, paras. 1, 3"], ["II.OP1", "II.OP3"]),
        (["sect. II, preambular para. 1"], ["II.PP1"]),
        (["sect. II"], ["II.PP1", "II.OP1", "II.OP2", "II.OP3"]),
        (["section I"], ["I.PP1", "I.OP1", "I.OP2"]),
        # a comma list: written citations and compact ones, in document order
        (["sect. II, para. 2, I.OP1"], ["I.OP1", "II.OP2"]),
        (["III.OP1,sect. I, para. 2,PP1"], ["PP1", "I.OP2", "III.OP1"]),
        (["sect. II, para. 3", "sect. I, para. 1"], ["I.OP1", "II.OP3"]),
        (["sect. I, para. 1, sect. II, para. 1"], ["I.OP1", "II.OP1"]),
    ],
)
def test_sections(refs: list[str], expected: list[str]) -> None:
    assert ids(refs, SECTIONED) == expected


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (["annex I"], ["annexI.PP1", "annexI.1", "annexI.2", "annexI.appendix.1"]),
        (["annexI"], ["annexI.PP1", "annexI.1", "annexI.2", "annexI.appendix.1"]),
        (["ANNEX i"], ["annexI.PP1", "annexI.1", "annexI.2", "annexI.appendix.1"]),
        (["annexI.2"], ["annexI.2"]),
        (["annex I, para. 2"], ["annexI.2"]),
        (["annexI.1-2"], ["annexI.1", "annexI.2"]),
        (["annex I, paras. 1-2"], ["annexI.1", "annexI.2"]),
        (["annexI.appendix.1"], ["annexI.appendix.1"]),
        (["annex I, appendix, para. 1"], ["annexI.appendix.1"]),
        (["annexI.appendix"], ["annexI.appendix.1"]),
        (["annexII.PP2"], ["annexII.PP2"]),
        (["annexII.art2"], ["annexII.art2.1", "annexII.art2.2"]),
        (["annex II, article 2"], ["annexII.art2.1", "annexII.art2.2"]),
        (["annex II, art. 2"], ["annexII.art2.1", "annexII.art2.2"]),
        (["annexII.art1"], ["annexII.art1"]),
        (["annexII.art2.2"], ["annexII.art2.2"]),
        (["annex II, art. 2, para. 2"], ["annexII.art2.2"]),
        (["annex II, article 2, paragraph 1"], ["annexII.art2.1"]),
        (["annexII.art2.1-2"], ["annexII.art2.1", "annexII.art2.2"]),
        (
            ["annexII.art1-art3"],
            ["annexII.art1", "annexII.art2.1", "annexII.art2.2", "annexII.art3.1"],
        ),
        (["annex II, arts. 1-2"], ["annexII.art1", "annexII.art2.1", "annexII.art2.2"]),
        # rules of procedure are held as articles
        (["annex II, rule 1"], ["annexII.art1"]),
        (["annex II, Rule 2, para. 2"], ["annexII.art2.2"]),
        (["annex II, rules 1-2"], ["annexII.art1", "annexII.art2.1", "annexII.art2.2"]),
        (["annex II, rules 2–3"], ["annexII.art2.1", "annexII.art2.2", "annexII.art3.1"]),
        (["PP1,annex II, art. 2, para. 1,OP1"], ["PP1", "OP1", "annexII.art2.1"]),
        (["OP1"], ["OP1"]),
        (["1"], ["OP1"]),
    ],
)
def test_annexes(refs: list[str], expected: list[str]) -> None:
    assert ids(refs, ANNEXED) == expected


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (["annex"], [f"annex.{n}" for n in range(1, 13)]),
        (["annex.12"], ["annex.12"]),
        (["annex, para. 12"], ["annex.12"]),
        (["Annex, Para. 12"], ["annex.12"]),
        (["annex, paras. 3-5"], ["annex.3", "annex.4", "annex.5"]),
        (["annex, paras. 3–5"], ["annex.3", "annex.4", "annex.5"]),
        (["annex.3-5"], ["annex.3", "annex.4", "annex.5"]),
        (["annex.1-annex.3"], ["annex.1", "annex.2", "annex.3"]),
        (["annex, para. 12, annex, para. 2"], ["annex.2", "annex.12"]),
        (["annex, para. 2,OP1"], ["OP1", "annex.2"]),
        (["para. 1"], ["OP1"]),
    ],
)
def test_lone_annex(refs: list[str], expected: list[str]) -> None:
    assert ids(refs, LONE) == expected


def test_a_bare_operative_ref_in_a_sectioned_resolution_names_the_sections() -> None:
    # the example is the first section that has such a paragraph, else the second
    for ref, section in (("OP5", "II"), ("5", "II"), ("op2", "I"), ("3", "II")):
        number = ref.lower().removeprefix("op")
        assert error([ref], SECTIONED) == (
            f"'{ref}': A/RES/99/1 is divided into sections I, II and III; cite a paragraph "
            f'as {section}.OP{number} or "sect. {section}, para. {number}"'
        )


@pytest.mark.parametrize(
    ("refs", "resolution", "expected"),
    [
        (
            ["II.OP9"],
            SECTIONED,
            "II.OP9 does not exist; expected one of II.PP1 or II.OP1-II.OP3",
        ),
        (
            ["sect. II, para. 9"],
            SECTIONED,
            "'sect. II, para. 9' (II.OP9) does not exist; expected one of II.PP1 or II.OP1-II.OP3",
        ),
        (["IV.OP1"], SECTIONED, "'IV.OP1': there is no section IV; the sections are I, II and III"),
        (["IV"], SECTIONED, "'IV': there is no section IV; the sections are I, II and III"),
        (["II.PP9"], SECTIONED, "II.PP9 does not exist; expected one of II.PP1 or II.OP1-II.OP3"),
        (["sect. IX, para. 1"], LONE, "'sect. IX, para. 1': this resolution has no sections"),
        (["II.5"], LONE, "'II.5': this resolution has no sections"),
        (["sect. II"], LONE, "'sect. II': this resolution has no sections"),
        # an unnumbered paragraph's id needs no section: the ids it could be are named
        (["OP.u1"], LONE, "OP.u1 does not exist; expected one of OP1 or annex.1-annex.12"),
        (
            ["sect. IV"],
            SECTIONED,
            "'sect. IV': there is no section IV; the sections are I, II and III",
        ),
        (
            ["I.OP1-II.OP1"],
            SECTIONED,
            "'I.OP1-II.OP1' leaves its section or annex; a range stays in one",
        ),
        (
            ["II.PP1-II.OP2"],
            SECTIONED,
            "'II.PP1-II.OP2' spans two parts; a range stays in one part",
        ),
        (
            ["II.OP3-1"],
            SECTIONED,
            "'II.OP3-1' is a reversed range; write its first paragraph first",
        ),
        (
            ["II.OP1-"],
            SECTIONED,
            "'II.OP1-' is not a range; expected e.g. II.OP1-II.OP3 or II.OP1-3",
        ),
        (
            ["XY"],
            SECTIONED,
            "'XY' is not a paragraph reference; expected one of PP1, I.PP1, I.OP1-I.OP2, "
            "II.PP1, II.OP1-II.OP3 or III.OP1",
        ),
        (
            ["II.OP1,,II.OP2"],
            SECTIONED,
            "empty paragraph reference; expected one of PP1, I.PP1, I.OP1-I.OP2, II.PP1, "
            "II.OP1-II.OP3 or III.OP1",
        ),
        (
            ["annex"],
            ANNEXED,
            "'annex' names no annex of this resolution; its annexes are annexI, "
            "annexI.appendix and annexII",
        ),
        (
            ["annex, para. 1"],
            ANNEXED,
            "'annex, para. 1' names no annex of this resolution; its annexes are annexI, "
            "annexI.appendix and annexII",
        ),
        (
            ["annexIII"],
            ANNEXED,
            "'annexIII' names no annex of this resolution; its annexes are annexI, "
            "annexI.appendix and annexII",
        ),
        (
            ["annexII.art9"],
            ANNEXED,
            "annexII.art9 does not exist; expected one of PP1, OP1, annexI.PP1, "
            "annexI.1-annexI.2, annexI.appendix.1, annexII.PP1-annexII.PP2 or "
            "annexII.art1-annexII.art3.1",
        ),
        (
            ["OP2"],
            ANNEXED,
            "OP2 does not exist; expected one of PP1, OP1, annexI.PP1, annexI.1-annexI.2, "
            "annexI.appendix.1, annexII.PP1-annexII.PP2 or annexII.art1-annexII.art3.1",
        ),
        (
            ["annex, para. 13"],
            LONE,
            "'annex, para. 13' (annex.13) does not exist; expected one of OP1 or annex.1-annex.12",
        ),
        (["annex II"], LONE, "'annex II' names no annex of this resolution; its annexes are annex"),
        (["annex"], SECTIONED, "'annex': this resolution has no annex"),
    ],
)
def test_errors_name_what_is_valid(refs: list[str], resolution: Resolution, expected: str) -> None:
    assert error(refs, resolution) == expected


def test_a_resolution_without_sections_or_annexes_says_it_has_no_sections() -> None:
    from hand_built import OP, PP, clause

    plain = Resolution(
        symbol="A/RES/99/8",
        number="99/8",
        title="Plain",
        preamble=(clause("PP1", PP, 1, "Recalling.", "Recalling"),),
        operative=(clause("OP1", OP, 1, "Decides.", "Decides", "1."),),
    )
    for ref in ("sect. IX, para. 1", "II.5", "sect. II"):
        assert error([ref], plain) == f"'{ref}': this resolution has no sections"
    assert error(["XY"], plain) == (
        "'XY' is not a paragraph reference; expected one of PP1-PP1 or OP1-OP1"
    )


def test_an_annex_error_names_its_unnumbered_paragraphs_too() -> None:
    from hand_built import OP, clause
    from resolution_cli.model import Annex

    body = [clause(f"annex.{n}", OP, n, f"Goal {n}.", "", f"{n}.", annex="") for n in (1, 2, 3)]
    body.insert(1, clause("annex.u1", OP, 0, "Goals follow.", "", annex=""))
    resolution = Resolution(
        symbol="A/RES/99/7",
        number="99/7",
        title="Goals",
        operative=(clause("OP1", OP, 1, "Adopts the goals.", "Adopts", "1."),),
        annexes=(Annex(num="", label="Annex", body=tuple(body)),),
    )
    assert error(["annex.9"], resolution) == (
        "annex.9 does not exist; expected one of OP1, annex.1-annex.3 or annex.u1"
    )
    assert ids(["annex.u1"], resolution) == ["annex.u1"]


def test_parts_keep_to_the_resolution_itself_and_annex_to_the_annexes() -> None:
    assert [c.id for c in in_part(ANNEXED, "preambular")] == ["PP1"]
    assert [c.id for c in in_part(ANNEXED, "operative")] == ["OP1"]
    assert [c.id for c in in_part(ANNEXED, "annex")] == [
        c.id for c in ANNEXED.clauses if c.id.startswith("annex")
    ]
    assert [c.id for c in in_part(SECTIONED, "preambular")] == ["PP1", "I.PP1", "II.PP1"]
    assert in_part(SECTIONED, "annex") == ()


def test_many_sections_are_named_by_their_first_and_last() -> None:
    from hand_built import OP, clause
    from resolution_cli.model import Section

    nums = ["A", "B", "C", "D", "E", "F", "G"]
    many = Resolution(
        symbol="A/RES/99/9",
        number="99/9",
        title="Omnibus",
        sections=tuple(
            Section(
                num=num,
                operative=tuple(
                    clause(f"{num}.OP{n}", OP, n, f"Decides {n}.", "Decides", f"{n}.", section=num)
                    for n in range(1, 2 + index)
                ),
            )
            for index, num in enumerate(nums)
        ),
    )
    assert error(["OP4"], many) == (
        "'OP4': A/RES/99/9 is divided into 7 sections, A to G; cite a paragraph as D.OP4 "
        'or "sect. D, para. 4"'
    )
    assert ids(["sect. G, paras. 6-7", "a"], many) == ["A.OP1", "G.OP6", "G.OP7"]


def test_an_article_outside_an_annex_is_an_error_not_nothing() -> None:
    assert error(["art. 5"], ANNEXED).startswith("'art. 5' is not a paragraph reference")
    assert error(["sect. II, art. 5"], SECTIONED).startswith("'art. 5' is not a paragraph")


REF_ALPHABET = "PpOoIiVvXxAaNnEeSsCcTtRr0123456789-–,. "


@settings(max_examples=300, deadline=None)
@given(
    refs=st.lists(st.text(alphabet=REF_ALPHABET, max_size=20), min_size=1, max_size=3),
    which=st.sampled_from(["sectioned", "annexed", "lone"]),
)
def test_select_raises_only_ref_error_and_keeps_document_order(refs: list[str], which: str) -> None:
    resolution = {"sectioned": SECTIONED, "annexed": ANNEXED, "lone": LONE}[which]
    try:
        chosen = [c.id for c in select(refs, resolution)]
    except RefError as exc:
        assert "\n" not in str(exc)
        return
    assert chosen == [c.id for c in resolution.clauses if c.id in set(chosen)]


def test_a_written_citation_keeps_its_targets_in_a_field() -> None:
    from dataclasses import fields

    from resolution_cli.paragraph_refs import _pieces, _Written

    assert "targets" in {f.name for f in fields(_Written)}
    assert _Written("x").targets == [] and _Written("x").targets is not _Written("y").targets
    assert list(_pieces("sect. II, paras. 1-3, 5")) == [
        ("II.OP1-II.OP3", "sect. II, paras. 1-3, 5"),
        ("II.OP5", "sect. II, paras. 1-3, 5"),
    ]
