"""The AKN4UN reader: the official edition of A/RES/75/272 and others, and small snippets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from resolution_cli.errors import LoadError
from resolution_cli.loader import load
from resolution_cli.model import Resolution
from resolution_cli.readers import akn

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def _snippet(body: str, *, preamble: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{NS}">
  <statement name="resolution">
    <coverPage><p><docNumber refersTo="#symbol">A/RES/99/1</docNumber></p></coverPage>
    <preface><p><docNumber>99/1.</docNumber><docTitle>Test</docTitle></p></preface>
    <preamble>
      <formula name="enactingFormula">
        <p><span class="italic">The General Assembly</span>,</p></formula>
      <container name="Recalling">
        <p>	<span class="italic">Recalling</span> its work,</p></container>
      {preamble}
    </preamble>
    <mainBody>
{body}
    </mainBody>
  </statement>
</akomaNtoso>
""".encode()


def _write(tmp_path: Path, data: bytes, name: str = "doc.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------- A/RES/75/272


@pytest.fixture
def res272(official: Path) -> Resolution:
    return load(official / "75_272_E.xml")


def test_272_clauses_and_footnotes(res272: Resolution) -> None:
    assert len(res272.preamble) == 16
    assert len(res272.operative) == 4
    assert [f.number for f in res272.footnotes] == [1, 2, 3]
    assert [c.id for c in res272.preamble] == [f"PP{i}" for i in range(1, 17)]
    assert [c.id for c in res272.operative] == ["OP1", "OP2", "OP3", "OP4"]


def test_272_pp3(res272: Resolution) -> None:
    pp3 = res272.preamble[2]
    assert pp3.lead == "Recalling also"
    assert pp3.text.startswith("Recalling also the exchange")
    assert pp3.text.endswith("in Ashgabat,")
    assert [m.number for m in pp3.markers] == [1]
    assert pp3.markers[0].offset == len(pp3.text)
    assert "\t" not in pp3.text and "  " not in pp3.text


def test_272_footnote_offset(res272: Resolution) -> None:
    pp8 = res272.preamble[7]
    (marker,) = pp8.markers
    assert marker.number == 2
    assert pp8.text[: marker.offset].endswith("Strategy")
    assert pp8.text[marker.offset :].startswith(" in the region,")
    note = res272.footnote(2)
    assert note is not None and note.text == "Resolution 60/288."


def test_272_metadata(res272: Resolution) -> None:
    r = res272
    assert r.symbol == "A/RES/75/272"
    assert r.number == "75/272"
    assert r.title.startswith("Role of the United Nations Regional Centre for Preventive")
    assert r.organ == "General Assembly"
    assert r.session == 75
    assert r.session_name == "Seventy-fifth session"
    assert [(a.number, a.title) for a in r.agenda_items] == [
        ("64", "Peacebuilding and sustaining peace")
    ]
    assert r.distribution == "General"
    assert r.issued == date(2021, 4, 20)
    assert r.adopted == date(2021, 4, 16)
    assert r.meeting is not None
    assert (r.meeting.name, r.meeting.number) == ("59th plenary meeting", 59)
    assert r.committee == "without reference to a Main Committee"
    assert r.drafts == ("A/75/L.72", "A/75/L.72/Add.1")
    assert r.enacting_formula == "The General Assembly,"
    assert r.record == "A/75/PV.59"
    assert r.adoption_type == "Without a vote"
    assert "Kazakhstan" in r.sponsors
    assert "Viet Nam" in r.additional_sponsors
    assert "Bolivia (Plurinational State of)" in r.additional_sponsors
    assert "Iran (Islamic Republic of)" in r.additional_sponsors
    assert r.work_uri == "/akn/un/statement/deliberation/unga/2021-04-16/75-272/!main"
    for key in ("sponsors", "additional_sponsors", "record", "adoption_type", "work_uri"):
        assert key in r.provenance
    assert all(c.lead for c in r.clauses)
    assert r.operative[1].lead == "Welcomes"


# ------------------------------------------------------------ other files


def test_283_list_points(official: Path) -> None:
    r = load(official / "75_283_E.xml")
    with_four = [c for c in r.operative if len(c.subparagraphs) == 4]
    assert [c.id for c in with_four] == ["OP4"]
    op4 = with_four[0]
    assert [s.num for s in op4.subparagraphs] == ["(a)", "(b)", "(c)", "(d)"]
    assert op4.text.startswith("Further decides that the organizational arrangements")
    assert op4.lead == "Further decides"
    assert op4.subparagraphs[0].text.startswith("Interactive panel discussion 1")
    (marker,) = op4.subparagraphs[3].markers  # footnote inside (d) goes on (d)
    assert op4.subparagraphs[3].text[: marker.offset].endswith("observers,")
    assert not op4.markers
    op2 = r.operative[1]
    assert op2.text == "Also decides that:"
    assert [s.num for s in op2.subparagraphs] == ["(a)", "(b)", "(c)"]


def test_subparagraphs_encoded_as_paragraphs(official: Path) -> None:
    """75/101 A: '(a)\\tTo cooperate ...' paragraphs, (i)-(iv) nested under (e)."""
    r = load(official / "75_101A-B_E.xml", part_of="A")
    (op1,) = r.operative
    assert op1.lead == "Urges"
    assert [s.num for s in op1.subparagraphs] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert [s.num for s in op1.subparagraphs[4].subparagraphs] == ["(i)", "(ii)", "(iii)", "(iv)"]
    assert op1.subparagraphs[0].text.startswith("To cooperate")


def test_headings(official: Path) -> None:
    r = load(official / "75_224_E.xml")
    headed = [c for c in r.operative if c.headings]
    assert headed[0].id == "OP1"
    assert headed[0].headings[0].startswith("Governance of the United Nations Human Settlements")
    assert any(h.startswith("Ensuring adequate funding") for c in headed for h in c.headings)
    assert not any(c.text.startswith("Governance") for c in r.clauses)


def test_collection_parts(official: Path) -> None:
    path = official / "75_101A-B_E.xml"
    assert akn.parts(path.read_bytes(), path.name) == ["A", "B"]
    warnings: list[str] = []
    a = load(path, warn=warnings.append)
    assert any("holds resolutions A, B; reading A" in w for w in warnings)
    b = load(path, part_of="b")
    assert a.symbol == "A/RES/75/101 A" and b.symbol == "A/RES/75/101 B"
    assert a.title == "Information in the service of humanity"
    assert b.title == "United Nations global communications policies and activities"
    assert len(b.operative) > len(a.operative)
    assert b.work_uri is not None and b.work_uri.endswith("75-101B/!main")
    with pytest.raises(LoadError, match="A, B"):
        load(path, part_of="Z")


def test_single_statement_has_no_parts(official: Path) -> None:
    path = official / "75_272_E.xml"
    assert akn.parts(path.read_bytes(), path.name) == []


# ------------------------------------------------------------- snippets


def test_unknown_element_kept_as_text(tmp_path: Path) -> None:
    body = """      <paragraph><num>1.</num><content>
      <p><span class="italic">Decides</span> to act;</p>
      </content></paragraph>
      <mystery>Odd words here</mystery>"""
    warnings: list[str] = []
    r = load(_write(tmp_path, _snippet(body)), warn=warnings.append)
    assert r.operative[0].text == "Decides to act; Odd words here"
    assert any("<mystery> kept as text" in w and "line " in w for w in warnings)


def test_table_kept_as_text(tmp_path: Path) -> None:
    body = """      <paragraph><num>1.</num><content>
      <p><span class="italic">Approves</span> this:</p>
      </content></paragraph>
      <container name="table"><table><tr><td><p>Cell one</p></td><td><p>Cell two</p></td></tr>
      </table></container>"""
    warnings: list[str] = []
    r = load(_write(tmp_path, _snippet(body)), warn=warnings.append)
    assert r.operative[0].text == "Approves this: Cell one Cell two"
    assert warnings


def test_footnote_and_tabs(tmp_path: Path) -> None:
    body = """      <paragraph><num>1.</num><content><p>	<span class="italic">Notes</span> the
      report<authorialNote marker="1"><p>	A/1/2.</p></authorialNote>  of \u2013 it\u2019s;</p>
      </content></paragraph>"""
    r = load(_write(tmp_path, _snippet(body)))
    op1 = r.operative[0]
    assert op1.text == "Notes the report  of \u2013 it\u2019s;"
    assert op1.markers[0].offset == len("Notes the report")
    assert r.footnotes[0].text == "A/1/2."


def test_invalid_xml(tmp_path: Path) -> None:
    data = b'<akomaNtoso xmlns="x">\n<statement name="resolution">\n<p>oops</statement>\n'
    with pytest.raises(LoadError) as info:
        load(_write(tmp_path, data))
    assert info.value.where is not None and info.value.where.startswith("line ")
    assert "not well-formed XML" in str(info.value)


def test_not_akoma_ntoso(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"root element is <html>; expected <akomaNtoso>"):
        load(_write(tmp_path, b"<html><body/></html>"))


def test_akn_not_a_resolution(tmp_path: Path) -> None:
    data = f'<akomaNtoso xmlns="{NS}"><judgment name="x"/></akomaNtoso>'.encode()
    with pytest.raises(LoadError, match="not a resolution"):
        load(_write(tmp_path, data))
    data = f'<akomaNtoso xmlns="{NS}"><statement name="decision"/></akomaNtoso>'.encode()
    with pytest.raises(LoadError, match="not a resolution"):
        load(_write(tmp_path, data))


def test_ids_follow_the_printed_numbers_across_a_gap(tmp_path: Path) -> None:
    body = """      <paragraph><num>1.</num><content><p><span class="italic">Decides</span> a;</p>
      </content></paragraph>
      <paragraph><num>3.</num><content><p><span class="italic">Requests</span> b.</p>
      </content></paragraph>"""
    warnings: list[str] = []
    r = load(_write(tmp_path, _snippet(body)), warn=warnings.append)
    assert [c.id for c in r.operative] == ["OP1", "OP3"]  # printed 3.: OP3, never OP2
    assert [c.num for c in r.operative] == ["1.", "3."]
    assert not any("position" in w for w in warnings)


def test_numbering_that_restarts_in_a_section_is_kept_quietly(official: Path) -> None:
    """75/245: paragraphs 1-10, then sections A-D (a <section> each, its letter a
    subheading, its preambular lines crossHeadings), numbered again from 1."""
    warnings: list[str] = []
    r = load(official / "75_245_E.xml", warn=warnings.append)
    root = etree.parse(str(official / "75_245_E.xml")).getroot()
    sections = root.findall(".//{*}mainBody/{*}section")
    letters = [
        text
        for s in sections
        for text in ("".join(h.itertext()).strip() for h in s.findall("{*}subheading"))
        if len(text) == 1
    ]
    assert [s.num for s in r.sections] == letters == ["A", "B", "C", "D"]
    assert [c.id for c in r.operative] == [f"OP{n}" for n in range(1, 11)]
    b = r.section("B")
    assert b is not None
    numbered = [p for p in sections[1].iter("{*}paragraph")]
    assert [c.id for c in b.operative] == [f"B.OP{n}" for n in range(1, len(numbered) + 1)]
    assert {c.section for c in b.clauses} == {"B"}
    cross = sections[1].find("{*}crossHeading")
    assert [c.lead for c in b.preamble] == ["".join(cross.find("{*}span").itertext()).strip()]
    assert b.heading == (
        " ".join("".join(sections[1].findall("{*}subheading")[1].itertext()).split()),
    )
    assert not any("printed as 1." in w for w in warnings)


def test_a_footnote_cited_again_is_a_marker_not_text(official_74: Path) -> None:
    """Session 74 writes a footnote's second citation as a bare <sup>n</sup>: the
    printed document shows footnote n's marker there, so it is a marker, not a word."""
    path = official_74 / "74_10.xml"
    raw = path.read_text(encoding="utf-8")
    assert "takes note of its annual report,<sup>1</sup> including" in raw
    resolution = load(path)
    clause = next(c for c in resolution.clauses if "takes note of its annual report" in c.text)
    assert "annual report, including" in clause.text
    offset = clause.text.index("annual report,") + len("annual report,")
    assert (1, offset) in [(m.number, m.offset) for m in clause.markers]
    assert resolution.footnote(1) is not None


def test_a_number_after_a_unit_is_an_exponent_not_a_marker(tmp_path: Path) -> None:
    """After footnote 2 is read, "km<sup>2</sup>" is still square kilometres, while a
    bare <sup>2</sup> after a word or a year cites footnote 2 again."""
    body = """      <paragraph><num>1.</num><content><p>Notes the
      report<authorialNote marker="2"><p>A/1/2.</p></authorialNote> covering
      5 km<sup>2</sup> of land and CO<sup>2</sup> and the plan 2030<sup>2</sup> and
      the report<sup>2</sup> again;</p></content></paragraph>"""
    r = load(_write(tmp_path, _snippet(body)))
    op1 = r.operative[0]
    assert "covering 5 km2 of land and CO2 and the plan 2030 and the report again;" in op1.text
    assert [m.number for m in op1.markers] == [2, 2, 2]


def test_json_annex_clause_without_annex_is_refused(tmp_path: Path, official: Path) -> None:
    """A JSON resolution whose annex holds a clause with annex null (or a section) is
    refused with one line, not loaded as if the clause were outside the annex."""
    data = json.loads(load(official / "75_129_E.xml").model_dump_json())
    annex = data["annexes"][0]
    clause = (annex["preamble"] + annex["body"])[0]
    assert clause["annex"] is not None  # the reader sets it
    load(_write(tmp_path, json.dumps(data).encode(), "good.json"))
    clause["annex"] = None
    with pytest.raises(LoadError) as info:
        load(_write(tmp_path, json.dumps(data).encode(), "bad.json"))
    assert "is in an annex" in str(info.value) and "\\n" not in str(info.value)
    clause["annex"] = annex["num"] or ""
    clause["section"] = "II"
    with pytest.raises(LoadError, match="is in an annex"):
        load(_write(tmp_path, json.dumps(data).encode(), "bad2.json"))


def test_a_second_different_footnote_text_warns(tmp_path: Path) -> None:
    body = """      <paragraph><num>1.</num><content><p>Notes the
      report<authorialNote marker="1"><p>A/1/2.</p></authorialNote> and the
      plan<authorialNote marker="1"><p>A/1/3.</p></authorialNote> and the
      list<authorialNote marker="1"><p>A/1/2.</p></authorialNote>;</p>
      </content></paragraph>"""
    data = _snippet(body)
    line = data[: data.index(b"A/1/3.")].count(b"\n") + 1
    warnings: list[str] = []
    r = load(_write(tmp_path, data), warn=warnings.append)
    assert [(f.number, f.text) for f in r.footnotes] == [(1, "A/1/2.")]
    twice = [w for w in warnings if "footnote 1" in w]
    assert len(twice) == 1 and "A/1/3." in twice[0] and f"line {line}:" in twice[0], warnings


def test_a_punctuation_paragraph_with_a_footnote_keeps_its_marker(tmp_path: Path) -> None:
    """A paragraph of punctuation alone is held for the next clause, but not when it
    carries a footnote marker: the marker would be lost."""
    body = """      <paragraph><content><p>\u2014<authorialNote marker="1"><p>A/1/2.</p>
      </authorialNote></p></content></paragraph>
      <paragraph><num>1.</num><content><p>Notes the report;</p></content></paragraph>"""
    warnings: list[str] = []
    r = load(_write(tmp_path, _snippet(body)), warn=warnings.append)
    assert [f.number for f in r.footnotes] == [1]
    cited = [m.number for c in r.clauses for m in c.markers]
    assert cited == [1], (warnings, [c.text for c in r.clauses])


def test_a_footnote_on_the_title_letter_warns(official: Path) -> None:
    """75/253 B: the preface's footnote sits on the letter "B" of the title; the title
    holds no markers, so the footnote is kept and a warning says where its marker was."""
    path = official / "75_253B_E.xml"
    tree = etree.parse(str(path))
    note = tree.find(f"{{{NS}}}*/{{{NS}}}preface//{{{NS}}}authorialNote")
    assert note is not None
    marker = note.get("marker")
    warnings: list[str] = []
    r = load(path, warn=warnings.append)
    assert marker is not None and r.footnote(int(marker)) is not None
    said = [w for w in warnings if f"footnote {marker} is cited in the title" in w]
    assert len(said) == 1 and f"75_253B_E.xml: line {note.sourceline}:" in said[0], warnings


def test_both_readers_share_one_section_number_rule() -> None:
    """The AKN and text readers open sections on the same printed numbers: one rule."""
    from resolution_cli.readers import numbering
    from resolution_cli.readers.akn import body, clauses
    from resolution_cli.readers.text import clauses as text_clauses

    for module in (body, clauses, text_clauses):
        assert module.section_number is numbering.section_number
    assert [numbering.section_number(s) for s in ("II", " B. ", "Section 2", "Section IV.")] == [
        "II", "B", "2", "IV",
    ]  # fmt: skip
    assert numbering.section_number("Annex") is None
    assert numbering.section_number("Section 2 and 3") is None
