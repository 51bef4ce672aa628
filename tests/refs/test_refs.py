"""Every document reference in a resolution: resolution_cli.references."""

from __future__ import annotations

import pytest

import resolution_cli
from resolution_cli.model import Clause, Footnote, FootnoteRef, Part, Resolution, SubParagraph
from resolution_cli.references import Reference, find_references
from source_text import clause_texts

U = "https://undocs.org/en/"

#: (location, written, normalized, kind, url, cited_by) of the seven references of A/RES/75/272.
EXPECTED_75_272 = [
    ("header", "A/75/L.72", "A/75/L.72", "GA draft", U + "A/75/L.72", ()),
    ("header", "A/75/L.72/Add.1", "A/75/L.72/Add.1", "GA draft", U + "A/75/L.72/Add.1", ()),
    ("PP2", "72/7", "A/RES/72/7", "GA resolution", U + "A/RES/72/7", ()),
    ("footnote 1", "S/2007/279", "S/2007/279", "SC document", U + "S/2007/279", ("PP3",)),
    ("footnote 1", "S/2007/280", "S/2007/280", "SC document", U + "S/2007/280", ("PP3",)),
    ("footnote 2", "60/288", "A/RES/60/288", "GA resolution", U + "A/RES/60/288", ("PP8",)),
    (
        "footnote 3",
        "A/71/982-S/2017/600",
        "A/71/982-S/2017/600",
        "joint document",
        U + "A/71/982",
        ("PP9",),
    ),
]


def _pp(number: int, verb: str, text: str, markers: tuple[FootnoteRef, ...] = ()) -> Clause:
    return Clause(
        id=f"PP{number}",
        part=Part.PREAMBULAR,
        number=number,
        verb=verb,
        text=text,
        markers=markers,
    )


def _op(number: int, verb: str, text: str) -> Clause:
    return Clause(id=f"OP{number}", part=Part.OPERATIVE, number=number, verb=verb, text=text)


def _hand_built_75_272() -> Resolution:
    """A/RES/75/272 from the words of data/sources/A_RES_75_272.md (PP10 and later omitted)."""
    pp3 = (
        "Recalling also the exchange of letters between the Secretary-General and the President "
        "of the Security Council on the establishment of a United Nations Regional Centre for "
        "Preventive Diplomacy for Central Asia in Ashgabad,"
    )
    pp8 = (
        "Noting the focus of the Regional Centre on supporting cooperation among the Central "
        "Asian States in the areas of counter-terrorism and prevention of violent extremism "
        "conducive to terrorism, with a view to the integrated and balanced implementation of all "
        "pillars of the United Nations Global Counter-Terrorism Strategy in the region,"
    )
    pp9 = (
        "Recalling the Ashgabat Declaration of the high-level United Nations-Central Asia dialogue "
        "on implementing the United Nations Global Counter-Terrorism Strategy in Central Asia, "
        "adopted on 13 June 2017, and the Joint Plan of Action for the Implementation of the "
        "United Nations Global Counter-Terrorism Strategy in Central Asia, adopted on 30 November "
        "2011,"
    )
    strategy = "Counter-Terrorism Strategy"
    return Resolution(
        symbol="A/RES/75/272",
        number="75/272",
        title=(
            "Role of the United Nations Regional Centre for Preventive Diplomacy for Central Asia"
        ),
        drafts=("A/75/L.72", "A/75/L.72/Add.1"),
        record="A/75/PV.59",
        preamble=(
            _pp(1, "Guided by", "Guided by the Charter of the United Nations,"),
            _pp(2, "Recalling", "Recalling its resolution 72/7 of 17 November 2017,"),
            _pp(3, "Recalling also", pp3, (FootnoteRef(number=1, offset=len(pp3)),)),
            # PP4-PP7 hold no reference; the source's own words stand in for them.
            *(_pp(n, "", text) for n, text in enumerate(clause_texts()[3:7], start=4)),
            _pp(8, "Noting", pp8, (FootnoteRef(number=2, offset=pp8.index(strategy) + 26),)),
            _pp(9, "Recalling", pp9, (FootnoteRef(number=3, offset=pp9.index("2017,") + 5),)),
        ),
        operative=(
            *(_op(n, "", text) for n, text in enumerate(clause_texts()[16:18], start=1)),
            _op(
                3,
                "Notes",
                "Notes the need to continue the cooperation of the Regional Centre with the "
                "Central Asian countries within its mandate to mitigate the impacts of the "
                "COVID-19 pandemic in the region;",
            ),
        ),
        footnotes=(
            Footnote(number=1, text="S/2007/279 and S/2007/280."),
            Footnote(number=2, text="Resolution 60/288."),
            Footnote(number=3, text="A/71/982-S/2017/600, annex."),
        ),
    )


def _rows(refs: tuple[Reference, ...]) -> list[tuple[object, ...]]:
    return [(r.location, r.written, r.normalized, r.kind, r.url, r.cited_by) for r in refs]


def test_the_seven_references_of_75_272() -> None:
    refs = find_references(_hand_built_75_272())
    assert _rows(refs) == EXPECTED_75_272


def test_offsets_index_the_text_they_come_from() -> None:
    resolution = _hand_built_75_272()
    for ref in find_references(resolution):
        if ref.location == "header":
            assert (ref.start, ref.end, ref.field) == (None, None, "drafts")
            continue
        assert ref.start is not None and ref.end is not None
        if ref.location.startswith("footnote "):
            note = resolution.footnote(int(ref.location.split()[1]))
            assert note is not None
            text = note.text
        else:
            text = next(c.text for c in resolution.clauses if c.id == ref.location)
        assert text[ref.start : ref.end] == ref.written


def test_joint_reference_lists_its_parts() -> None:
    (joint,) = [r for r in find_references(_hand_built_75_272()) if r.location == "footnote 3"]
    assert [p.normalized for p in joint.symbol.parts] == ["A/71/982", "S/2017/600"]


def test_the_meeting_record_is_not_a_printed_reference() -> None:
    normalized = {r.normalized for r in find_references(_hand_built_75_272())}
    assert "A/75/PV.59" not in normalized


def test_sub_paragraphs_and_wrap_up_have_their_own_locations() -> None:
    clause = Clause(
        id="OP2",
        part=Part.OPERATIVE,
        number=2,
        verb="Requests",
        text="Requests the Secretary-General, pursuant to resolution 70/1:",
        subparagraphs=(
            SubParagraph(
                num="(a)",
                text="To report on S/2020/1;",
                subparagraphs=(SubParagraph(num="(i)", text="See A/75/6 (Sect. 3);"),),
            ),
            SubParagraph(num="(b)", text="To act;", wrap_up="as set out in A/74/1;"),
        ),
        wrap_up="in line with Security Council resolution 2282 (2016);",
    )
    first = _op(1, "Decides", "Decides to act;")
    resolution = Resolution(symbol="A/RES/0/1", number="0/1", title="T", operative=(first, clause))
    assert [(r.location, r.field, r.normalized) for r in find_references(resolution)] == [
        ("OP2", "text", "A/RES/70/1"),
        ("OP2(a)", "text", "S/2020/1"),
        ("OP2(a)(i)", "text", "A/75/6 (Sect. 3)"),
        ("OP2(b)", "wrap_up", "A/74/1"),
        ("OP2", "wrap_up", "S/RES/2282 (2016)"),
    ]


def test_two_parts_of_one_resolution_are_two_references() -> None:
    clause = _pp(1, "Recalling", "Recalling its resolutions 53/243 A and B,")
    resolution = Resolution(symbol="A/RES/0/1", number="0/1", title="T", preamble=(clause,))
    refs = find_references(resolution)
    assert [r.normalized for r in refs] == ["A/RES/53/243 A", "A/RES/53/243 B"]
    assert {(r.start, r.end, r.written) for r in refs} == {(26, 40, "53/243 A and B")}


def test_bundled_resolution_has_the_seven_references() -> None:
    refs = find_references(resolution_cli.load())
    assert _rows(refs) == EXPECTED_75_272


def test_official_edition_of_75_272_has_the_same_references(official: object) -> None:
    from pathlib import Path

    assert isinstance(official, Path)
    refs = find_references(resolution_cli.load(official / "75_272_E.xml"))
    assert [(r.location, r.normalized, r.cited_by) for r in refs] == [
        (loc, norm, cited) for loc, _, norm, _, _, cited in EXPECTED_75_272
    ]


@pytest.mark.parametrize("field", ["normalized", "kind", "url"])
def test_reference_exposes_its_symbol(field: str) -> None:
    ref = find_references(_hand_built_75_272())[2]
    assert getattr(ref, field) == getattr(ref.symbol, field)
