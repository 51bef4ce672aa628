"""The text reader on the printed layouts that used to fail (issue 12, causes 1-8).

Each case is a small resolution written by hand in the layout of the converted
source (``data/sources/A_RES_75_272.md``): ``---`` page breaks followed by the
page's footnotes, italic lead phrases, links ``[symbol](#)``, bold headings, the
closing meeting line. The expectations are written here from the printed text.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli.errors import LoadError
from resolution_cli.loader import parse
from resolution_cli.model import Part, Resolution
from resolution_cli.references import find_references

HEADER = """\
# General Assembly

Distr.: General
3 January 2022

---

**Seventy-sixth session**

Agenda item 12

**A question of importance**

## **Resolution adopted by the General Assembly on 2 January 2022**

[on the report of the Fifth Committee ([A/76/631](#), para. 6)]

### **76/1. A title of the resolution**

*The General Assembly,*

"""

CLOSING = """
*1st plenary meeting
2 January 2022*
"""


def read(body: str, warnings: list[str] | None = None, closing: str = CLOSING) -> Resolution:
    sink = warnings if warnings is not None else []
    return parse((HEADER + body + closing).encode("utf-8"), "t.md", "text", warn=sink.append)


# -- 1. a page break or a footnote block before any line --------------------------------


def test_1_a_sub_paragraph_that_starts_a_new_page() -> None:
    r = read(
        """\
*Noting* the report,<sup>1</sup>

1. *Calls upon* States:

(a) To act;

---

<sup>1</sup> [A/76/1](#).

(b) Speaking out against hate;

2. *Decides* to remain seized of the matter.
"""
    )
    op1 = r.operative[0]
    assert [(s.num, s.text) for s in op1.subparagraphs] == [
        ("(a)", "To act;"),
        ("(b)", "Speaking out against hate;"),
    ]
    assert [c.id for c in r.clauses] == ["PP1", "OP1", "OP2"]
    assert [(f.number, f.text) for f in r.footnotes] == [(1, "A/76/1.")]


def test_1_a_page_break_before_a_numbered_paragraph_and_before_a_heading() -> None:
    r = read(
        """\
*Noting* the report,

---

1. *Decides* to act;

---

**A heading**

2. *Requests* a report.
"""
    )
    assert [c.id for c in r.clauses] == ["PP1", "OP1", "OP2"]
    assert r.operative[1].headings == ("A heading",)


# -- 2. section headings between operative paragraphs ----------------------------------


SECTIONED = """\
*Recalling* its resolution [75/1](#),

1. *Decides* to proceed;

**I**

**Budget performance report for the period from 1 July 2019 to 30 June 2020**

*Having considered* the report,<sup>1</sup>

1. *Takes note* of the report;

2. *Decides* to retain the balance;

---

<sup>1</sup> [A/76/2](#).

**A.**

**Miscellaneous**

1. *Approves* the budget.
"""


def test_2_section_headings_make_sections_as_the_akn_reader_does() -> None:
    r = read(SECTIONED)
    assert [c.id for c in r.preamble] == ["PP1"]
    assert [c.id for c in r.operative] == ["OP1"]
    assert [(s.num, s.heading) for s in r.sections] == [
        ("I", ("Budget performance report for the period from 1 July 2019 to 30 June 2020",)),
        ("A", ("Miscellaneous",)),
    ]
    first = r.sections[0]
    assert [(c.id, c.part, c.lead, c.section) for c in first.clauses] == [
        ("I.PP1", Part.PREAMBULAR, "Having considered", "I"),
        ("I.OP1", Part.OPERATIVE, "Takes note", "I"),
        ("I.OP2", Part.OPERATIVE, "Decides", "I"),
    ]
    assert first.preamble[0].footnote_numbers() == (1,)
    assert [(c.id, c.num) for c in r.sections[1].clauses] == [("A.OP1", "1.")]


def test_2_numbered_headings_over_continuous_numbering_stay_headings() -> None:
    r = read(
        """\
*Noting* the report,

**I**

**Fisheries**

1. *Decides* to act;

**II**

**Oceans**

2. *Requests* a report.
"""
    )
    assert r.sections == ()
    assert [(c.id, c.headings) for c in r.operative] == [
        ("OP1", ("I", "Fisheries")),
        ("OP2", ("II", "Oceans")),
    ]


# -- 3. the closing line of a resumed meeting --------------------------------------------


RESUMED = "54th (resumed) plenary meeting"


@pytest.mark.parametrize(
    ("closing", "name", "number"),
    [
        (
            "\n*54th (resumed) plenary meeting\n2 March 2022*\n",
            "54th (resumed) plenary meeting",
            54,
        ),
        (
            "\n*54th (resumed) plenary meeting*\n\n*2 March 2022*\n",
            "54th (resumed) plenary meeting",
            54,
        ),
        ("\n*102nd plenary meeting  \n2 March 2022*\n\n---\n", "102nd plenary meeting", 102),
    ],
)
def test_3_closing_lines(closing: str, name: str, number: int) -> None:
    r = read("1. *Decides* to act.\n", closing=closing)
    assert r.meeting is not None
    assert (r.meeting.name, r.meeting.number) == (name, number)
    assert [c.text for c in r.clauses] == ["Decides to act."]


def test_3_the_adoption_date_comes_from_the_closing_line_when_the_header_has_none() -> None:
    text = HEADER.replace("## **Resolution adopted by the General Assembly on 2 January 2022**", "")
    r = parse(
        (
            text + "1. *Decides* to act.\n\n*54th (resumed) plenary meeting\n2 March 2022*\n"
        ).encode(),
        "t.md",
        "text",
    )
    assert r.adopted == date(2022, 3, 2)


# -- 4. a clause cut by a page break ------------------------------------------------------


@pytest.mark.parametrize(
    "continuation",
    ["United Nations Office on Drugs and Crime,", "65/52 of 8 December 2010,", "[2234 (2015)](#),"],
)
def test_4_a_clause_cut_by_a_page_break_continues_whatever_its_next_word(
    continuation: str,
) -> None:
    warnings: list[str] = []
    r = read(
        f"""\
*Recalling* its resolution 1 and the work of the

---

<sup>1</sup> A footnote.

{continuation}

*Noting* the report,<sup>1</sup>

1. *Decides* to act.
""",
        warnings,
    )
    plain = continuation.replace("[2234 (2015)](#)", "2234 (2015)")
    assert [c.text for c in r.preamble] == [
        f"Recalling its resolution 1 and the work of the {plain}",
        "Noting the report,",
    ]
    assert any("line 28" in w and "page break cut it" in w for w in warnings), warnings


def test_4_a_clause_ends_at_its_final_punctuation_not_at_a_page_break() -> None:
    r = read(
        """\
*Recalling* its resolution 1,

---

*Noting* the report,

1. *Decides*, in accordance with
paragraph 2 of the report, to act as follows:

---

(a) First;
"""
    )
    assert [c.text for c in r.preamble] == ["Recalling its resolution 1,", "Noting the report,"]
    op1 = r.operative[0]
    assert op1.text == "Decides, in accordance with paragraph 2 of the report, to act as follows:"
    assert [s.text for s in op1.subparagraphs] == ["First;"]


# -- 5. a one-paragraph resolution ---------------------------------------------------------


def test_5_an_unnumbered_operative_paragraph_is_operative() -> None:
    warnings: list[str] = []
    r = read("*Approves* the report of the Credentials Committee.\n", warnings)
    assert r.preamble == ()
    assert [(c.id, c.part, c.num, c.lead) for c in r.operative] == [
        ("OP1", Part.OPERATIVE, None, "Approves")
    ]
    assert any("operative part starts here" in w and "line 22" in w for w in warnings)


def test_5_the_operative_part_starts_at_the_first_operative_verb_form() -> None:
    r = read(
        """\
*Recalling* its resolution [74/1](#),

*Having considered* the report,

*Decides* to include the item in the provisional agenda of its next session.
"""
    )
    assert [(c.id, c.lead) for c in r.clauses] == [
        ("PP1", "Recalling"),
        ("PP2", "Having considered"),
        ("OP1", "Decides"),
    ]


# -- 6. a clause without final punctuation ---------------------------------------------------


def test_6_a_clause_without_final_punctuation_does_not_swallow_the_next() -> None:
    for between in ("\n", "\n---\n\n"):
        r = read(
            f"""\
*Recalling* its resolution 1
{between}
*Noting* the report,

1. *Decides* to act.
"""
        )
        assert [(c.lead, c.text) for c in r.preamble] == [
            ("Recalling", "Recalling its resolution 1"),
            ("Noting", "Noting the report,"),
        ]


# -- 7. an all-italic first page ----------------------------------------------------------------


def test_7_all_italic_first_page_lead_phrases() -> None:
    r = read(
        """\
*Recalling also its resolution 1,*

*Taking note of the report,*

*Deeply convinced of the need,*

*Reaffirming also its resolution 2 and the work of the*

---

Commission,

*Noting* the report,

1. *Decides* to act.
"""
    )
    assert [c.lead for c in r.preamble] == [
        "Recalling also",
        "Taking note",  # "Taking note of" is printed "*Taking note* of"
        "Deeply convinced",  # in no lexicon: an adverb and a participle
        "Reaffirming also",  # not the whole italic first part of a clause cut by the page
        "Noting",
    ]
    assert r.preamble[3].text == "Reaffirming also its resolution 2 and the work of the Commission,"


# -- 8. the header ---------------------------------------------------------------------------


def test_8_a_reports_paragraph_is_one_draft_and_a_reference_to_the_report() -> None:
    r = read("1. *Decides* to act.\n")
    assert r.committee == "on the report of the Fifth Committee"
    assert r.drafts == ("A/76/631, para. 6",)
    header = [ref.symbol for ref in find_references(r) if ref.location == "header"]
    assert [s.normalized for s in header] == ["A/76/631"]


# -- preambular sub-paragraphs, annexes, errors ---------------------------------------------------


def test_a_preambular_clause_with_sub_paragraphs() -> None:
    r = read(
        """\
*Noting* that denial of the Holocaust refers, inter alia, to:

(a) Intentional efforts to excuse or minimize;

(b) Gross minimization of the number of the victims,

*Recalling* its resolution 60/7,

1. *Rejects* any denial.
"""
    )
    pp1 = r.preamble[0]
    assert [(s.num, s.text) for s in pp1.subparagraphs] == [
        ("(a)", "Intentional efforts to excuse or minimize;"),
        ("(b)", "Gross minimization of the number of the victims,"),
    ]
    assert [c.id for c in r.clauses] == ["PP1", "PP2", "OP1"]


def test_annex_pages_are_annexes() -> None:
    r = read(
        "1. *Adopts* the declaration contained in the annex to the present resolution.\n",
        closing=CLOSING
        + """
---

**Annex**

**Political declaration**

We, the Heads of State,

1. Reaffirm our commitment;<sup>1</sup>

**Article 5**

1. States shall act;

(a) Promptly;

2. States shall report.

---

<sup>1</sup> Resolution 70/1.

**Annex II**

Anything else.
""",
    )
    assert [(a.num, a.label, a.title) for a in r.annexes] == [
        ("", "Annex", ("Political declaration",)),
        ("II", "Annex II", ()),
    ]
    first = r.annexes[0]
    assert [(c.id, c.part, c.article) for c in first.clauses] == [
        ("annex.PP1", Part.PREAMBULAR, None),
        ("annex.1", Part.OPERATIVE, None),
        ("annex.art5.1", Part.OPERATIVE, "5"),
        ("annex.art5.2", Part.OPERATIVE, "5"),
    ]
    assert first.body[1].headings == ("Article 5",)
    assert first.body[0].footnote_numbers() == (1,)
    assert [c.id for c in r.annexes[1].clauses] == ["annexII.u1"]
    assert r.meeting is not None and r.meeting.number == 1


def test_text_that_cannot_be_a_resolution_is_an_error() -> None:
    with pytest.raises(LoadError, match="no clause found"):
        read("")


def test_sub_paragraph_labels_nest_by_their_kind() -> None:
    lines = ["(a) A;", "(i) A i;", "(ii) A ii;", "(b) B;", "(c) C;", "(d) D;", "(e) E;"]
    lines += ["(f) F;", "(g) G;", "(h) H;", "(i) I;", "(j) J;", "(1) J 1;", "(2) J 2;", "(k) K."]
    r = read("1. *Decides*:\n\n" + "\n\n".join(lines) + "\n")
    subs = r.operative[0].subparagraphs
    assert [s.num for s in subs] == [f"({x})" for x in "abcdefghijk"]
    assert [c.num for c in subs[0].subparagraphs] == ["(i)", "(ii)"]
    assert [c.num for c in subs[9].subparagraphs] == ["(1)", "(2)"]
    assert all(not s.subparagraphs for s in subs[1:9])


def test_footnotes_above_the_page_break_are_an_interruption_too() -> None:
    r = read(
        """\
*Recalling* its resolution 1<sup>1</sup> and the work of the

<sup>1</sup> A footnote.

---

Commission,

1. *Decides* to act.
"""
    )
    assert [c.text for c in r.preamble] == [
        "Recalling its resolution 1 and the work of the Commission,"
    ]
    assert r.preamble[0].footnote_numbers() == (1,)


def test_an_italic_line_in_the_operative_part_is_a_heading() -> None:
    """Past the first page (which some documents print all in italics)."""
    r = read("1. *Decides* to act;\n\n---\n\n*Progress and gaps*\n\n2. *Requests* a report.\n")
    assert [(c.id, c.headings) for c in r.operative] == [
        ("OP1", ()),
        ("OP2", ("Progress and gaps",)),
    ]


def test_a_french_edition() -> None:
    """The French edition that sits among the English files reads too: its enacting
    formula, its lead phrases (a participle, where the first page is all in italics),
    its session and its closing meeting line."""
    text = (
        HEADER.replace("Seventy-sixth session", "Soixante-quinzième session").replace(
            "*The General Assembly,*", "*L’Assemblée générale,*"
        )
        + "*Rappelant ses résolutions [53/199](#) du 15 décembre 1998,*\n\n"
        + "*Prenant note avec satisfaction* du travail accompli,\n\n"
        + "1. *Décide* de proclamer le 10 mars Journée internationale des femmes juges ;\n\n"
        + "*62e séance plénière\n28 avril 2021*\n"
    )
    r = parse(text.encode(), "f.md", "text")
    assert (r.session, r.enacting_formula) == (75, "L’Assemblée générale,")
    assert [(c.id, c.lead) for c in r.clauses] == [
        ("PP1", "Rappelant"),
        ("PP2", "Prenant note avec satisfaction"),
        ("OP1", "Décide"),
    ]
    assert r.meeting is not None and (r.meeting.name, r.meeting.number) == (
        "62e séance plénière",
        62,
    )


def test_markdown_headings_are_headings() -> None:
    r = read(
        "1. *Decides* to act;\n\n## A heading\n\n2. *Requests* a report.\n",
        closing=CLOSING + "\n---\n\n## Annex\n\n### **A title**\n\n1. Text.\n",
    )
    assert r.operative[1].headings == ("A heading",)
    assert [(a.label, a.title, [c.id for c in a.clauses]) for a in r.annexes] == [
        ("Annex", ("A title",), ["annex.1"])
    ]


def test_a_note_after_a_page_break_is_not_the_rest_of_the_clause() -> None:
    """A table's note ("Abbreviations: ...") opens its own paragraph even where the
    paragraph before it, a table, has no final punctuation."""
    r = read(
        "1. *Decides* to act.\n",
        closing=CLOSING
        + "\n---\n\n**Annex**\n\nPosts Department Number 4 Team Assistant (GS (OL))\n\n---\n\n"
        + "Abbreviations: GS (OL), General Service (Other level).\n\n---\n\n"
        + "**Annex II**\n\nThe Development of the\n\n---\n\nDevelopment: towards 2030.\n",
    )
    assert [c.text for c in r.annexes[0].clauses] == [
        "Posts Department Number 4 Team Assistant (GS (OL))",
        "Abbreviations: GS (OL), General Service (Other level).",
    ]
    assert [c.text for c in r.annexes[1].clauses] == [
        "The Development of the Development: towards 2030."
    ]


# -- anything in the printed layout: a resolution, or one of the tool's own errors -----

LAYOUT_LINE = st.sampled_from(
    [
        "*Recalling* its resolution [72/7](#),",
        "*Approves* the report.",
        "*Recalling also the work of the*",
        "1. *Decides* to act;",
        "1. *Decides*:",
        "2. *Requests* a report:",
        "(a) first;",
        "(b) second:",
        "(i) one;",
        "(1) un;",
        "Panel 1: a theme;",
        "continuing in lower case,",
        "Continuing With A Capital",
        "---",
        "<sup>1</sup> A footnote.",
        "<sup>1</sup> The same number again.",
        "Text with a marker<sup>1</sup> and [a link](#).",
        "**I**",
        "**II**",
        "A.",
        "**A heading**",
        "*An italic heading*",
        "## Annex",
        "**Annex I**",
        "Appendix",
        "**Article 5**",
        "Rule 2",
        "Abbreviations: GS, General Service.",
        "*59th plenary meeting\n16 April 2021*",
        "*54th (resumed) plenary meeting*",
        "*2 March 2021*",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LAYOUT_LINE, max_size=20))
def test_any_layout_is_a_resolution_or_our_error(lines: list[str]) -> None:
    text = HEADER + "\n\n".join(lines) + "\n"
    try:
        r = parse(text.encode(), "t.md", "text")
    except LoadError as exc:
        # only for text that cannot be a resolution, never the model refusing the reading
        assert "no clause found" in str(exc), exc
        return
    assert len({c.id for c in r.clauses}) == len(r.clauses)


def test_an_appendix_is_an_annex_inside_the_annex() -> None:
    r = read(
        "1. *Adopts* the rules annexed to the present resolution.\n",
        closing=CLOSING
        + "\n---\n\n**Annex I**\n\n**Rules**\n\n1. A rule.\n\n---\n\n**Appendix**\n\n"
        + "**Forms**\n\n1. A form.\n\n---\n\n**Annex II**\n\n1. Another.\n",
    )
    assert [(a.num, a.label) for a in r.annexes] == [("I", "Annex I"), ("II", "Annex II")]
    inner = r.annexes[0].annexes
    assert [(a.label, a.title) for a in inner] == [("Appendix", ("Forms",))]
    assert [(c.id, c.annex) for c in r.clauses[1:]] == [
        ("annexI.1", "I"),
        ("annexI.appendix.1", "I.appendix"),
        ("annexII.1", "II"),
    ]


def test_a_text_without_any_italics_takes_its_lead_phrases_from_the_lexicon() -> None:
    r = read("Recalling also its resolution 1,\n\n1. Takes note of the report;\n\n2. Decides.\n")
    assert [c.lead for c in r.clauses] == ["Recalling also", "Takes note", "Decides"]


def test_in_a_text_with_italics_a_clause_without_them_has_no_lead_phrase() -> None:
    warnings: list[str] = []
    r = read("*Recalling* its resolution 1,\n\n1. Decides to act.\n", warnings)
    assert [c.lead for c in r.clauses] == ["Recalling", ""]
    assert any("line 24: OP1 has no lead phrase" in w for w in warnings), warnings


def test_a_footnote_cited_in_a_sub_paragraphs_wrap_up_warns() -> None:
    """(b) introduces one paragraph (its wrap-up); the wrap-up's text is kept but the
    model has no place for its marker: a warning names the footnote, never silence."""
    warnings: list[str] = []
    r = read(
        """\
*Noting* the report,

1. *Decides* the following:

(a) To act;

(b) The panels will address the following themes:

Panel One on the matter of peace.<sup>1</sup>

2. *Requests* a report.

---

<sup>1</sup> A footnote.
""",
        warnings,
    )
    sub_b = r.operative[0].subparagraphs[1]
    assert sub_b.wrap_up == "Panel One on the matter of peace."
    assert [(f.number, f.text) for f in r.footnotes] == [(1, "A footnote.")]
    assert [w for w in warnings if "footnote 1" in w and "(b)" in w], warnings
