"""--format markdown: the resolution as published, readable on any forge."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import BUNDLED
from resolution_cli.model import (
    AgendaItem,
    Clause,
    Footnote,
    FootnoteRef,
    Meeting,
    Part,
    Resolution,
    SubParagraph,
)
from resolution_cli.render import UnsupportedView, markdown
from resolution_cli.terminal import Terminal
from resolution_cli.views import Clauses, Count, Document

TERM = Terminal()


def small() -> Resolution:
    return Resolution(
        symbol="A/RES/99/5",
        number="99/5",
        title="Use of *stars* and [brackets]",
        session=99,
        session_name="Ninety-ninth session",
        agenda_items=(AgendaItem(number="12", title="Markup_in_titles"),),
        distribution="General",
        issued=date(2044, 1, 3),
        adopted=date(2044, 1, 2),
        meeting=Meeting(name="7th plenary meeting", number=7),
        committee="on the report of the Sixth Committee",
        drafts=("A/99/L.1",),
        preamble=(
            Clause(
                id="PP1",
                part=Part.PREAMBULAR,
                number=1,
                verb="Recalling also",
                text="Recalling also its resolution 98/1,",
                markers=(FootnoteRef(number=1, offset=35),),
            ),
            Clause(
                id="PP2",
                part=Part.PREAMBULAR,
                number=2,
                verb="",
                text="1. A clause without a lead phrase, with *stars*, _under_ and <tags>,",
            ),
        ),
        operative=(
            Clause(
                id="OP1",
                part=Part.OPERATIVE,
                number=1,
                num="1.",
                verb="Decides",
                text="Decides that:",
                markers=(FootnoteRef(number=2, offset=7),),
                subparagraphs=(
                    SubParagraph(num="(a)", text="the first thing;"),
                    SubParagraph(
                        num="(b)",
                        text="the second:",
                        markers=(FootnoteRef(number=1, offset=10),),
                        subparagraphs=(SubParagraph(num="(i)", text="# not a heading;"),),
                        wrap_up="and so on;",
                    ),
                ),
                wrap_up="all of it.",
            ),
            Clause(
                id="OP2",
                part=Part.OPERATIVE,
                number=2,
                num="2.",
                verb="Requests",
                text="Requests a report.",
                headings=("B. Follow-up",),
            ),
        ),
        footnotes=(
            Footnote(number=1, text="Resolution 98/1."),
            Footnote(number=2, text="See A/99/1."),
        ),
    )


EXPECTED_DOCUMENT = """\
A/RES/99/5

# General Assembly

Distr.: General\\
3 January 2044

**Ninety-ninth session**

Agenda item 12

**Markup\\_in\\_titles**

## Resolution adopted by the General Assembly on 2 January 2044

\\[on the report of the Sixth Committee (A/99/L.1)\\]

### 99/5. Use of \\*stars\\* and \\[brackets\\]

*The General Assembly,*

*Recalling also* its resolution 98/1,[^1]

1\\. A clause without a lead phrase, with \\*stars\\*, \\_under\\_ and \\<tags>,

1. *Decides*[^2] that:

   (a) the first thing;

   (b) the second[^1]:

     (i) \\# not a heading;

   and so on;

   all of it.

#### B. Follow-up

2. *Requests* a report.

[^1]: Resolution 98/1.

[^2]: See A/99/1.

*7th plenary meeting*\\
*2 January 2044*
"""

EXPECTED_CLAUSES = """\
*Recalling also* its resolution 98/1,[^1]

[^1]: Resolution 98/1.

<!-- -->

2. *Requests* a report.
"""


def render(view: object) -> str:
    out = io.StringIO()
    markdown.render(view, out, TERM)  # type: ignore[arg-type]
    return out.getvalue()


def test_document_exact() -> None:
    assert render(Document(small())) == EXPECTED_DOCUMENT


def test_clauses_exact() -> None:
    r = small()
    # OP2 without its heading, so that only the list break separates it
    op2 = r.operative[1].model_copy(update={"headings": ()})
    view = Clauses(r, (r.preamble[0], op2), "show")
    assert render(view) == EXPECTED_CLAUSES.replace("\n<!-- -->\n", "")


def test_clauses_break_a_list_when_numbers_jump() -> None:
    r = small()
    op1 = r.operative[0].model_copy(update={"markers": (), "subparagraphs": (), "wrap_up": None})
    op3 = r.operative[1].model_copy(update={"number": 3, "num": "3.", "id": "OP3", "headings": ()})
    text = render(Clauses(r, (op1, op3), "show"))
    assert text == "1. *Decides* that:\n\n<!-- -->\n\n3. *Requests* a report.\n"
    html = MarkdownIt("commonmark").render(text)
    assert '<ol start="3">' in html


def test_clauses_define_each_footnote_once() -> None:
    r = small()
    text = render(Clauses(r, (r.preamble[0], r.operative[0]), "show"))
    assert text.count("[^1]: Resolution 98/1.") == 1
    assert text.index("[^1]: ") < text.index("1. *Decides*") < text.index("[^2]: See A/99/1.")


def test_renders_as_intended_with_commonmark() -> None:
    html = MarkdownIt("commonmark").render(render(Document(small())))
    assert "<h3>99/5. Use of *stars* and [brackets]</h3>" in html
    assert "<p><em>Recalling also</em> its resolution 98/1,[^1]</p>" in html
    assert (
        "<p>1. A clause without a lead phrase, with *stars*, _under_ and &lt;tags&gt;,</p>" in html
    )
    assert "<p>(i) # not a heading;</p>" in html
    assert '<ol start="2">' in html
    assert html.count("<ol") == 2  # the heading restarts the list at 2


def test_other_views_are_refused() -> None:
    with pytest.raises(UnsupportedView, match="--format markdown does not apply to"):
        render(Count(3))


def _rendered_text(source: str) -> str:
    """The text of a one-paragraph markdown document, as a reader sees it."""
    tokens = MarkdownIt("commonmark").parse(source)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], source
    children = tokens[1].children or []
    kinds = {child.type for child in children}
    assert kinds <= {"text", "hardbreak", "softbreak"}, (source, kinds)
    return "".join("\n" if c.type.endswith("break") else c.content for c in children)


@given(st.text(alphabet="ab *_`[]<>&#;!~-+=|1.)\\\n(^:", min_size=1))
def test_escaped_text_renders_literally(text: str) -> None:
    lines = [line.strip(" ") for line in text.split("\n")]
    if not all(lines):  # CommonMark drops edge spaces and ends a paragraph at a blank line
        return
    clean = "\n".join(lines)
    assert _rendered_text(markdown.escape(clean)) == clean


# -- the bundled resolution --------------------------------------------------------------------


@pytest.fixture
def bundled_markdown() -> str:
    from resolution_cli import load

    if BUNDLED.read_text(encoding="utf-8").strip() in ("", "{}"):
        pytest.skip("the bundled JSON is not built yet")
    return render(Document(load(BUNDLED)))


def test_bundled_marker_after_strategy(bundled_markdown: str) -> None:
    assert "United Nations Global Counter-Terrorism Strategy[^2] in the region," in (
        bundled_markdown
    )
    assert "\n*Noting* the focus of the Regional Centre" in bundled_markdown
    assert "[^2]: Resolution 60/288.\n" in bundled_markdown


def test_bundled_layout(bundled_markdown: str) -> None:
    text = bundled_markdown
    assert text.startswith(
        "A/RES/75/272\n\n# General Assembly\n\nDistr.: General\\\n20 April 2021\n"
    )
    assert "\n## Resolution adopted by the General Assembly on 16 April 2021\n" in text
    assert "\n\\[without reference to a Main Committee (A/75/L.72 and A/75/L.72/Add.1)\\]\n" in text
    assert "\n### 75/272. Role of the United Nations Regional Centre" in text
    assert "\n*The General Assembly,*\n" in text
    assert "\n*Welcoming further* the close interaction" in text
    assert "\n1. *Encourages* the United Nations Regional Centre" in text
    assert "\n4. *Encourages* the Regional Centre" in text
    assert text.endswith("*59th plenary meeting*\\\n*16 April 2021*\n")
    for n in (1, 2, 3):
        assert text.count(f"[^{n}]") == 2  # the marker and the definition
