"""The text reader on what converting a printed resolution produces.

A small resolution written here, by hand, in the conversion's own conventions:
a header, whole-clause italics (lead phrase from the lexicon), italics around the
lead phrase alone, a clause cut by a page break and a footnote block, links,
markers, and operative paragraphs with (a), (b) and nested (i), (ii).
"""

from __future__ import annotations

from datetime import date

import pytest

from resolution_cli.errors import LoadError
from resolution_cli.loader import parse
from resolution_cli.model import Part

SOURCE = """\
# General Assembly

Distr.: General
3 January 2022

---

**Seventy-sixth session**

Agenda item 12

**A question of importance**

## **Resolution adopted by the General Assembly on 2 January 2022**

[on the report of the Third Committee ([A/76/999](#))]

### **76/1. A title of the resolution**

*The General Assembly,*

*Bearing in mind its resolution [75/272](#),*

*Deeply concerned about the matter,<sup>1</sup>*

*Noting* with appreciation the work done so far, and in this regard the report of the
Secretary-General on the

---

<sup>1</sup> See [A/76/1](#).

question of importance,<sup>2</sup>

1. *Decides* that:

(a) The first thing shall happen;

(b) The second thing shall happen, namely:

(i) One part;

(ii) Another part;

(c) A third thing;
2. *Also requests* the Secretary-General to report thereon.

<sup>2</sup> Resolution 75/272.

*1st plenary meeting
2 January 2022*
"""


def read(text: str = SOURCE, warnings: list[str] | None = None):  # type: ignore[no-untyped-def]
    sink = warnings if warnings is not None else []
    return parse(text.encode("utf-8"), "test.md", "text", warn=sink.append)


def test_header() -> None:
    r = read()
    assert (r.symbol, r.number, r.title) == ("A/RES/76/1", "76/1", "A title of the resolution")
    assert (r.session, r.session_name) == (76, "Seventy-sixth session")
    assert [(a.number, a.title) for a in r.agenda_items] == [("12", "A question of importance")]
    assert (r.distribution, r.issued, r.adopted) == ("General", date(2022, 1, 3), date(2022, 1, 2))
    assert r.committee == "on the report of the Third Committee"
    assert r.drafts == ("A/76/999",)
    assert r.meeting is not None and (r.meeting.name, r.meeting.number) == (
        "1st plenary meeting",
        1,
    )
    assert r.enacting_formula == "The General Assembly,"


def test_lead_phrases_from_italics_and_from_the_lexicon() -> None:
    r = read()
    assert [c.lead for c in r.preamble] == ["Bearing in mind", "Deeply concerned", "Noting"]
    assert [c.lead for c in r.operative] == ["Decides", "Also requests"]
    assert r.preamble[0].text == "Bearing in mind its resolution 75/272,"


def test_a_clause_cut_by_a_page_break_and_footnotes_is_one_clause() -> None:
    pp3 = read().preamble[2]
    assert pp3.text == (
        "Noting with appreciation the work done so far, and in this regard the report of the "
        "Secretary-General on the question of importance,"
    )
    assert [(m.number, pp3.text[: m.offset][-11:]) for m in pp3.markers] == [(2, "importance,")]


def test_markers_and_footnotes() -> None:
    r = read()
    pp2 = r.preamble[1]
    assert pp2.text == "Deeply concerned about the matter,"
    assert [(m.number, m.offset) for m in pp2.markers] == [(1, len(pp2.text))]
    assert [(f.number, f.text) for f in r.footnotes] == [
        (1, "See A/76/1."),
        (2, "Resolution 75/272."),
    ]


def test_operative_paragraphs_with_nested_sub_paragraphs() -> None:
    op1, op2 = read().operative
    assert (op1.id, op1.num, op1.part, op1.text) == ("OP1", "1.", Part.OPERATIVE, "Decides that:")
    assert [s.num for s in op1.subparagraphs] == ["(a)", "(b)", "(c)"]
    assert op1.subparagraphs[1].text == "The second thing shall happen, namely:"
    assert [(s.num, s.text) for s in op1.subparagraphs[1].subparagraphs] == [
        ("(i)", "One part;"),
        ("(ii)", "Another part;"),
    ]
    assert (op2.num, op2.text) == ("2.", "Also requests the Secretary-General to report thereon.")


def test_i_after_h_is_a_letter() -> None:
    letters = "abcdefghi"
    lines = "\n".join(f"({x}) Item {x};" for x in letters)
    text = SOURCE.replace(
        "(a) The first thing shall happen;\n\n(b) The second thing shall happen, namely:\n\n"
        "(i) One part;\n\n(ii) Another part;\n\n(c) A third thing;",
        lines,
    )
    subs = read(text).operative[0].subparagraphs
    assert [s.num for s in subs] == [f"({x})" for x in letters]
    assert all(not s.subparagraphs for s in subs)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("*The General Assembly,*", "*Having met,*"), "no enacting formula"),
    ],
)
def test_errors_name_the_problem_and_the_line(change: tuple[str, str], needle: str) -> None:
    with pytest.raises(LoadError, match=needle) as info:
        read(SOURCE.replace(*change))
    assert "test.md" in str(info.value)


def test_footnote_problems_are_warnings() -> None:
    warnings: list[str] = []
    r = read(
        SOURCE.replace("<sup>2</sup> Resolution 75/272.", "<sup>9</sup> Never cited."), warnings
    )
    assert len(r.operative) == 2
    assert any("footnote marker 2 has no footnote text" in w for w in warnings)
    assert any("footnote 9 is never cited" in w for w in warnings)
