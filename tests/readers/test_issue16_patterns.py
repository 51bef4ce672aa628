"""Issue 16's patterns, each rebuilt as a hand-made AKN fixture (tests/fixtures/akn):
exact ids, where each heading is placed, and the words in their printed order. The
expectations are written from the fixture's XML (what a delegate reads on the page),
not from this tool's output; tests/readers/test_conservation.py checks that every word
of each fixture is printed, in order.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from helpers import run
from resolution_cli import load
from resolution_cli.model import Resolution

FIXTURES = ROOT / "tests" / "fixtures" / "akn"


def _load(name: str) -> tuple[Resolution, list[str]]:
    warnings: list[str] = []
    resolution = load(FIXTURES / name, warn=warnings.append)
    return resolution, warnings


def _rows(resolution: Resolution) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    return [(c.id, c.num, c.headings, c.text) for c in resolution.clauses]


def test_pattern_5_a_bold_line_between_continuing_numbers_heads_what_follows() -> None:
    resolution, warnings = _load("heading_between.xml")
    assert _rows(resolution) == [
        ("PP1", None, (), "Recalling its resolution 98/3,"),
        ("OP1", "1.", (), "Reaffirms its commitment to the 2030 Agenda;"),
        ("OP2", "2.", (), "Welcomes the report of the Secretary-General on the 2030 Agenda;"),
        (
            "OP3",
            "3.",
            ("I", "Children and the Sustainable Development Goals"),
            "Urges States to protect children;",
        ),
        ("OP4", "4.", (), "Calls upon States to end child labour;"),
        ("OP5", "5.", ("Peace and security",), "Decides to remain seized of the matter."),
    ]
    assert resolution.sections == ()
    assert not [w for w in warnings if "position" in w]


def test_pattern_5_holds_whatever_the_numbers_around_the_bold_line(tmp_path: Path) -> None:
    """The same fixture with paragraph 4 printed "3." (a repeat) and 5 after it (a gap):
    "Peace and security" still heads the paragraph printed 5., as printed."""
    xml = (FIXTURES / "heading_between.xml").read_text(encoding="utf-8")
    assert xml.count("<num>4.</num>") == 1
    path = tmp_path / "repeat.xml"
    path.write_text(xml.replace("<num>4.</num>", "<num>3.</num>"), encoding="utf-8")
    resolution, warnings = _load(str(path))
    assert [(c.id, c.headings) for c in resolution.operative] == [
        ("OP1", ()),
        ("OP2", ()),
        ("OP3", ("I", "Children and the Sustainable Development Goals")),
        ("OP3_2", ()),
        ("OP5", ("Peace and security",)),
    ]
    assert [w.split(": ", 2)[-1] for w in warnings] == [
        "paragraph 3. is printed again; this paragraph is OP3_2",
        "paragraph 5. is printed after 3.; its id is OP5, as printed",
    ]


def _subs(resolution: Resolution, cid: str) -> list[tuple[tuple[str, ...], str, str]]:
    (clause,) = [c for c in resolution.clauses if c.id == cid]
    return [(s.headings, s.num, s.text) for s in clause.subparagraphs]


def test_pattern_6_headings_inside_a_run_of_sub_paragraphs_stay_where_printed() -> None:
    """ "32. We commit to the following:", "A. Build economic resilience", (a), (b),
    "B. Scale up climate action", (a), (b), then 33.: each heading heads the sub-paragraph
    printed after it, inside paragraph 32, never after the whole run (nor before 33.)."""
    resolution, warnings = _load("headings_in_run.xml")
    assert [c.id for c in resolution.clauses] == [
        *("PP1", "OP1", "OP2", "OP3"),
        *("annex.31", "annex.32", "annex.33"),
    ]
    assert _subs(resolution, "annex.32") == [
        (("A. Build economic resilience",), "(a)", "Diversify exports;"),
        ((), "(b)", "Strengthen public finances;"),
        (("B. Scale up climate action",), "(a)", "Adapt infrastructure to a changing climate;"),
        ((), "(b)", "Protect coastal communities;"),
    ]
    assert _subs(resolution, "OP2") == [
        (("I. Data",), "(a)", "To collect data on progress;"),
        ((), "(b)", "To publish the data each year;"),
        (("II. Reporting",), "(c)", "To report to the Assembly at its one hundredth session;"),
    ]
    # the clauses after the runs have no heading: nothing was carried past the run
    assert [c.headings for c in resolution.clauses if c.id in ("OP3", "annex.33")] == [(), ()]
    assert warnings == []
    # printed in place: the words of the page in their order
    shown = run("--file", str(FIXTURES / "headings_in_run.xml"), "show", "annex.32", "OP2")
    assert shown.exit_code == 0
    lines = [line.strip() for line in shown.stdout.splitlines() if line.strip()]
    assert lines == [
        "2. Requests the Secretary-General:",
        "I. Data",
        "(a) To collect data on progress;",
        "(b) To publish the data each year;",
        "II. Reporting",
        "(c) To report to the Assembly at its one hundredth session;",
        "Annex",  # the annex a cited paragraph is in is named before it
        "32. We commit to the following:",
        "A. Build economic resilience",
        "(a) Diversify exports;",
        "(b) Strengthen public finances;",
        "B. Scale up climate action",
        "(a) Adapt infrastructure to a changing climate;",
        "(b) Protect coastal communities;",
    ]


def test_pattern_4_a_table_in_the_main_body_belongs_to_the_paragraph_introducing_it() -> None:
    resolution, warnings = _load("table_between.xml")
    assert _rows(resolution) == [
        ("PP1", None, (), "Recalling its resolution 98/3,"),
        (
            "OP1",
            "1.",
            (),
            "Approves the staffing of the Office as set out in the table below: "
            "Category Posts Professional 12",
        ),
        (
            "OP2",
            "2.",
            (),
            "Decides to appropriate the amounts set out in the table below: "
            "Section Amount 1. Overall policymaking 100,000",
        ),
        ("OP3", "3.", (), "Requests the Secretary-General to report thereon."),
    ]
    assert [w.rpartition(": ")[2] for w in warnings] == [
        "table kept as text (its cells in reading order)"
    ] * 2


def test_pattern_2_preambular_lines_opening_the_main_body_are_preambular() -> None:
    resolution, warnings = _load("budget_preamble_in_body.xml")
    assert [(c.id, c.num, c.lead) for c in resolution.clauses] == [
        ("PP1", None, "Recalling"),
        ("PP2", None, "Having considered"),
        ("PP3", None, "Having also considered"),
        ("OP1", "1.", "Approves"),
        ("OP2", "2.", "Decides"),
        ("OP3", "3.", "Decides also"),
    ]
    assert resolution.preamble[2].text == (
        "Having also considered the notes by the Secretary-General on the budget for "
        "the period from 1 July 2099 to 30 June 2100,"
    )
    assert resolution.operative[0].text == (
        "Approves the budget of the Mission for the period from 1 July 2099 to 30 June 2100;"
    )
    assert warnings == []


def test_pattern_7_sections_written_as_bare_subheadings_are_sections() -> None:
    resolution, warnings = _load("bare_sections.xml")
    assert [(c.id, c.num, c.section, c.lead) for c in resolution.clauses] == [
        ("PP1", None, None, "Recalling"),
        ("I.PP1", None, "I", "Having considered"),
        ("I.OP1", "1.", "I", "Takes note"),
        ("I.OP2", "2.", "I", "Decides"),
        ("II.PP1", None, "II", "Having considered also"),
        ("II.OP1", "1.", "II", "Approves"),
        ("II.OP2", "2.", "II", "Decides"),
        ("II.OP3", "3.", "II", "Requests"),
    ]
    assert [(s.num, s.heading) for s in resolution.sections] == [
        ("I", ("Budget performance report for the period from 1 July 2098 to 30 June 2099",)),
        ("II", ("Budget estimates for the period from 1 July 2099 to 30 June 2100",)),
    ]
    assert all(c.headings == () for c in resolution.clauses)
    assert warnings == []
    shown = run("--file", str(FIXTURES / "bare_sections.xml"), "show", "sect. II, para. 1")
    assert shown.exit_code == 0
    assert "1. Approves the budget of the Mission;" in shown.stdout


def test_pattern_1_a_document_adopted_in_the_body_keeps_its_printed_numbers() -> None:
    resolution, warnings = _load("declaration_in_body.xml")
    action = (
        "Action 1. We will take bold, ambitious, accelerated, just and transformative "
        "actions to implement the 2030 Agenda."
    )
    assert [(c.id, c.num, c.headings) for c in resolution.clauses] == [
        ("PP1", None, ()),
        ("OP.u1", None, ()),
        ("OP1", "1.", ("Pact for the Test",)),
        ("OP2", "2.", ()),
        ("OP3", "3.", ("I. Sustainable development and financing for development",)),
        ("OP4", "4.", (action,)),
        ("OP5", "5.", ("II. International peace and security",)),
    ]
    assert resolution.operative[0].text == "Adopts the following Pact:"
    assert resolution.operative[0].lead == "Adopts"
    assert resolution.operative[3].text == (
        "We recognize that the eradication of poverty is the greatest global challenge."
    )
    assert warnings == []
    path = str(FIXTURES / "declaration_in_body.xml")
    para = run("--file", path, "show", "para. 3", "--format", "plain")
    assert para.stdout.splitlines()[-1] == (
        "3. We recognize that the eradication of poverty is the greatest global challenge."
    )
    chapter = run("--file", path, "show", "chap. I", "--format", "plain")
    assert [line for line in chapter.stdout.splitlines() if line] == [
        "I. Sustainable development and financing for development",
        "3. We recognize that the eradication of poverty is the greatest global challenge.",
        action,
        "4. We will accelerate the implementation of the 2030 Agenda.",
    ]
    listed = run("--file", path, "list", "--format", "plain")
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == [
        "PP1",
        "OP.u1",
        "OP1",
        "OP2",
        "OP3",
        "OP4",
        "OP5",
    ]
    missing = run("--file", path, "show", "chap. IV")
    assert missing.exit_code == 2
    assert "has no chapter IV" in missing.output


def test_every_fixture_of_issue_16_is_a_file(tmp_path: Path) -> None:
    for name in (
        "declaration_in_body.xml",
        "heading_between.xml",
        "table_between.xml",
        "budget_preamble_in_body.xml",
        "bare_sections.xml",
        "headings_in_run.xml",
    ):
        assert (FIXTURES / name).is_file()
