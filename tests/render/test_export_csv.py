"""--format csv / tsv: one row per clause, and no text lost on the way back."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_cli.model import Clause, Footnote, FootnoteRef, Part, Resolution, SubParagraph
from resolution_cli.render import UnsupportedView
from resolution_cli.render import csv as csv_render
from resolution_cli.render import tsv as tsv_render
from resolution_cli.terminal import Terminal
from resolution_cli.views import Clauses, Document, VerbRow, Verbs

TERM = Terminal()

HARD_TEXT = 'Notes, with "quotes", a tab\there,\na new line\r\nand a back\\slash \\t;'


def hand_built() -> Resolution:
    """A resolution with everything a row must carry."""
    return Resolution(
        symbol="A/RES/99/1",
        number="99/1",
        title="Test",
        preamble=(
            Clause(
                id="PP1",
                part=Part.PREAMBULAR,
                number=1,
                verb="Recalling also",
                text="Recalling also its resolution 72/7, of 17 November 2017,",
                markers=(FootnoteRef(number=1, offset=34),),
                headings=("I", 'Heading, with "quotes" | and a bar'),
            ),
            Clause(
                id="PP2",
                part=Part.PREAMBULAR,
                number=2,
                verb="",
                text=HARD_TEXT,
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
                markers=(FootnoteRef(number=2, offset=7), FootnoteRef(number=3, offset=13)),
                subparagraphs=(
                    SubParagraph(
                        num="(a)",
                        text="first, with a marker;",
                        markers=(FootnoteRef(number=4, offset=5),),
                    ),
                    SubParagraph(
                        num="(b)",
                        text="second:",
                        subparagraphs=(
                            SubParagraph(num="(i)", text='nested "one"\tand\ttabs;'),
                            SubParagraph(num="(ii)", text="nested two,\nwith a line break;"),
                        ),
                        wrap_up="and the wrap-up of (b);",
                    ),
                ),
                wrap_up='all of which, "in" short.',
                headings=("B. Second part",),
            ),
        ),
        footnotes=tuple(Footnote(number=n, text=f"Note {n}.") for n in (1, 2, 3, 4)),
    )


def render(module: object, view: object) -> str:
    out = io.StringIO(newline="")
    module.render(view, out, TERM)  # type: ignore[attr-defined]
    return out.getvalue()


def test_csv_header_and_columns() -> None:
    text = render(csv_render, Document(hand_built()))
    assert text.startswith(
        "id,part,number,num,verb,text,footnotes,markers,subparagraphs,wrap_up,headings\r\n"
    )
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == ["PP1", "PP2", "OP1"]
    first, second, third = rows
    assert first["part"] == "preambular" and first["number"] == "1"
    assert first["markers"] == "1@34" and first["footnotes"] == "1"
    assert json.loads(first["headings"]) == ["I", 'Heading, with "quotes" | and a bar']
    assert first["subparagraphs"] == "" and first["wrap_up"] == ""
    assert second["text"] == HARD_TEXT
    assert second["headings"] == "" and second["markers"] == "" and second["footnotes"] == ""
    assert third["footnotes"] == "2;3;4"
    assert third["markers"] == "2@7;3@13"
    subs = json.loads(third["subparagraphs"])
    assert [s["num"] for s in subs] == ["(a)", "(b)"]
    assert [s["num"] for s in subs[1]["subparagraphs"]] == ["(i)", "(ii)"]


def test_csv_quoting_is_rfc4180() -> None:
    text = render(csv_render, Document(hand_built()))
    # the field with quotes, commas and line breaks is quoted, its quotes doubled
    assert '"Notes, with ""quotes"", a tab\there,\na new line\r\nand' in text
    assert text.endswith("\r\n")


def compare(clause: Clause, back: Clause) -> None:
    for name in Clause.model_fields:
        assert getattr(back, name) == getattr(clause, name), name
    assert back == clause


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_round_trip_hand_built(fmt: str) -> None:
    resolution = hand_built()
    module = csv_render if fmt == "csv" else tsv_render
    back = module.read_rows(render(module, Document(resolution)))
    assert len(back) == len(resolution.clauses)
    for clause, again in zip(resolution.clauses, back, strict=True):
        compare(clause, again)


def test_round_trip_with_dictreader_and_clause_constructor() -> None:
    """The documented recipe: DictReader, parse the JSON/marker columns, Clause(**...)."""
    resolution = hand_built()
    text = render(csv_render, Document(resolution))
    for clause, cells in zip(
        resolution.clauses, csv.DictReader(io.StringIO(text, newline="")), strict=True
    ):
        markers = [
            FootnoteRef(number=int(n), offset=int(o))
            for n, o in (m.split("@") for m in cells["markers"].split(";") if m)
        ]
        rebuilt = Clause(
            id=cells["id"],
            part=Part(cells["part"]),
            number=int(cells["number"]),
            num=cells["num"] or None,
            verb=cells["verb"],
            text=cells["text"],
            markers=tuple(markers),
            subparagraphs=tuple(
                SubParagraph.model_validate(s) for s in json.loads(cells["subparagraphs"] or "[]")
            ),
            wrap_up=cells["wrap_up"] or None,
            headings=tuple(json.loads(cells["headings"] or "[]")),
        )
        compare(clause, rebuilt)


def test_tsv_escaping() -> None:
    text = render(tsv_render, Document(hand_built()))
    lines = text.split("\n")
    assert lines[-1] == ""
    assert len(lines) == 1 + 3 + 1  # header, three clauses, the final newline
    assert lines[0] == "\t".join(csv_render.COLUMNS)
    assert all(line.count("\t") == len(csv_render.COLUMNS) - 1 for line in lines[:-1])
    pp2 = lines[2].split("\t")
    expected = r'Notes, with "quotes", a tab\there,\na new line\r\nand a back\\slash \\t;'
    text_column = csv_render.COLUMNS.index("text")
    assert pp2[text_column] == expected
    assert tsv_render.unescape(pp2[text_column]) == HARD_TEXT


def test_clauses_view_is_the_selection() -> None:
    resolution = hand_built()
    view = Clauses(resolution, (resolution.operative[0],), "show")
    back = csv_render.read_rows(render(csv_render, view))
    assert back == [resolution.operative[0]]
    assert tsv_render.read_rows(render(tsv_render, view)) == [resolution.operative[0]]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_other_views_are_refused(fmt: str) -> None:
    module = csv_render if fmt == "csv" else tsv_render
    with pytest.raises(UnsupportedView) as info:
        module.render(Verbs((VerbRow("Notes", ("PP1",)),)), io.StringIO(), TERM)
    assert str(info.value) == (
        f"--format {fmt} does not apply to 'verbs'; use plain, json, jsonl or rich"
    )


def test_empty_selection_is_a_header() -> None:
    view = Clauses(hand_built(), (), "grep")
    assert render(csv_render, view) == ",".join(csv_render.COLUMNS) + "\r\n"
    assert csv_render.read_rows(render(csv_render, view)) == []
    assert tsv_render.read_rows(render(tsv_render, view)) == []


# -- property: any text round-trips ------------------------------------------------------------

refs = st.lists(
    st.builds(FootnoteRef, number=st.integers(1, 999), offset=st.integers(0, 10_000)), max_size=3
).map(tuple)
subparagraph = st.builds(
    SubParagraph,
    num=st.text(max_size=6),
    text=st.text(),
    markers=refs,
    wrap_up=st.none() | st.text(min_size=1),
)
clauses = st.builds(
    Clause,
    id=st.text(max_size=6),
    part=st.sampled_from(Part),
    number=st.integers(1, 10_000),
    verb=st.text(max_size=30),
    text=st.text(),
    markers=refs,
    subparagraphs=st.lists(
        st.builds(
            SubParagraph,
            num=st.text(max_size=6),
            text=st.text(),
            markers=refs,
            subparagraphs=st.lists(subparagraph, max_size=2).map(tuple),
            wrap_up=st.none() | st.text(min_size=1),
        ),
        max_size=2,
    ).map(tuple),
    wrap_up=st.none() | st.text(min_size=1),
    headings=st.lists(st.text(), max_size=3).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(clauses, max_size=4))
def test_any_text_round_trips(chosen: list[Clause]) -> None:
    resolution = Resolution(symbol="A/RES/1/1", number="1/1", title="t")
    view = Clauses(resolution, tuple(chosen), "list")
    assert csv_render.read_rows(render(csv_render, view)) == chosen
    assert tsv_render.read_rows(render(tsv_render, view)) == chosen


@given(st.text())
def test_tsv_escape_inverts(value: str) -> None:
    escaped = tsv_render.escape(value)
    assert "\t" not in escaped and "\n" not in escaped and "\r" not in escaped
    assert tsv_render.unescape(escaped) == value
