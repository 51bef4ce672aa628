"""Property tests (hypothesis): the readers and the query fail only with the tool's own errors,
and every export the tool reads back gives the model it wrote.

Round trips:

- JSON: any valid model (arbitrary text, control characters included);
- CSV: any clauses (arbitrary text; ``read_rows`` gives equal Clauses);
- AKN: the models the AKN reader can produce. The constraints applied (each one a
  documented limit of the writer or what the reader makes of AKN):

  * texts, lead phrases, headings, footnotes and metadata are *normalised text*: words
    of printable characters separated by single spaces, no leading or trailing white
    space, no tab or line break (the reader collapses those, as the UN's XML needs);
  * a lead phrase (``verb``) is a prefix of its clause's text that does not end in
    ``,;:.`` or a space (the reader strips those from the italic span), or ``""``;
  * sub-paragraphs only in operative paragraphs; a ``wrap_up`` only where there are
    sub-paragraphs (elsewhere it would be read back as more text);
  * footnote markers: distinct numbers, each of an existing footnote, in the
    clause's or a sub-paragraph's own text (there are no markers in wrap-ups or
    headings in the model); footnotes numbered 1..n;
  * ``adoption_type`` is None, ``Without a vote`` or ``Recorded vote``: the writer
    maps ``By a recorded vote`` to the same outcome, which reads back as the latter;
  * an operative paragraph's ``num`` is ``"N."`` and a preambular clause's None (without
    ``<num>`` the reader may take a leading ``0.`` of the text for the number);
  * ``work_uri`` is set (when None the writer derives one and the reader reads it);
    ``meeting.number`` is set and the meeting name starts with it (the reader takes
    the number from the name).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import string
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli import loader, query
from resolution_cli.errors import RefError, ResolutionError
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
from resolution_cli.render import akn as akn_writer
from resolution_cli.render import csv as csv_writer
from resolution_cli.symbols import find_symbols, parse_symbol
from resolution_cli.terminal import Terminal
from resolution_cli.views import Document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = ["text", "akn", "json", None]
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

# ----------------------------------------------------------------------------- fuzzing


TAGS = [
    "akomaNtoso",
    "statement",
    "documentCollection",
    "component",
    "meta",
    "identification",
    "FRBRWork",
    "FRBRthis",
    "coverPage",
    "docNumber",
    "preface",
    "docTitle",
    "preamble",
    "formula",
    "container",
    "mainBody",
    "paragraph",
    "num",
    "content",
    "p",
    "span",
    "list",
    "intro",
    "point",
    "wrapUp",
    "authorialNote",
    "conclusions",
    "inline",
    "subheading",
    "crossHeading",
    "a",
    "x",
]
ATTRS = ["name", "class", "marker", "value", "date", "href", "eId", "title", "refersTo"]


@st.composite
def tag_soup(draw: st.DrawFn, depth: int = 0) -> str:
    """Elements of AKN names with random attributes, text, markers, and breakage."""
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ATTRS),
                st.sampled_from(
                    [
                        "",
                        "1",
                        "0",
                        "-3",
                        "x",
                        "resolution",
                        "italic",
                        "A",
                        "1999-99-99",
                        "2021-04-16",
                        "adoption",
                    ]
                ),
            ),
            max_size=3,
            unique_by=lambda kv: kv[0],
        )
    )
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
    if depth >= 4 or draw(st.integers(0, 3)) == 0:
        children = [draw(st.text(alphabet=string.printable + "é’", max_size=20))]
    else:
        children = draw(
            st.lists(
                st.one_of(tag_soup(depth + 1), st.text(alphabet="ab (1)., &<>;\n", max_size=10)),
                max_size=4,
            )
        )
    body = "".join(children)
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</x>"]))
    return f"<{tag}{attr_text}>{body}{closing}"


@st.composite
def akn_skeleton(draw: st.DrawFn) -> str:
    """``<akomaNtoso><statement name="resolution">`` around random content."""
    inner = draw(st.lists(tag_soup(1), max_size=5))
    name = draw(st.sampled_from(["resolution", "resolution", "", "decision"]))
    kind = draw(st.sampled_from(["statement", "statement", "documentCollection", "act"]))
    prolog = draw(st.sampled_from(["", '<?xml version="1.0" encoding="UTF-8"?>\n', "\ufeff"]))
    return (
        f'{prolog}<akomaNtoso xmlns="{AKN_NS}"><{kind} name="{name}">'
        f"{''.join(inner)}</{kind}></akomaNtoso>"
    )


def _only_our_errors(data: bytes, fmt: str | None) -> None:
    with contextlib.suppress(ResolutionError):
        loader.parse(data, "fuzz", fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(text=st.text(max_size=400))
def test_parse_arbitrary_text(fmt: str | None, text: str) -> None:
    _only_our_errors(text.encode("utf-8", "surrogatepass"), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(data=st.binary(max_size=300))
def test_parse_arbitrary_bytes(fmt: str | None, data: bytes) -> None:
    _only_our_errors(data, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(xml=st.one_of(tag_soup(), akn_skeleton()))
def test_parse_xml_like(fmt: str | None, xml: str) -> None:
    _only_our_errors(xml.encode(), fmt)


def _text_source(lines: list[str]) -> str:
    return "*The General Assembly,*\n\n" + "\n\n".join(lines) + "\n"


TEXT_LINE = st.one_of(
    st.sampled_from(
        [
            "*Recalling* its resolution 72/7,",
            "1. *Decides* to act;",
            "2. *Requests* a report:",
            "(a) first;",
            "(i) one;",
            "---",
            "<sup>1</sup> A footnote.",
            "<sup>2</sup>",
            "Text with a marker<sup>1</sup> and [a link](#).",
            "59th plenary meeting\n16 April 2021",
            "**bold** *it* \\*",
        ]
    ),
    st.text(alphabet="0123456789.()ai *<>/sup-\n", max_size=30),
)


@pytest.mark.parametrize("fmt", ["text", None])
@SETTINGS
@given(lines=st.lists(TEXT_LINE, max_size=12))
def test_parse_text_like(fmt: str | None, lines: list[str]) -> None:
    _only_our_errors(_text_source(lines).encode(), fmt)


BUNDLED = loader.load()
BUNDLED_JSON = json.loads(BUNDLED.model_dump_json())
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@st.composite
def mutated_json(draw: st.DrawFn) -> str:
    """The bundled resolution's JSON with one value somewhere replaced or removed."""
    data = copy.deepcopy(BUNDLED_JSON)
    node: Any = data
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and draw(st.booleans()):
            node = child
            continue
        if isinstance(node, dict) and draw(st.integers(0, 4)) == 0:
            del node[key]
        else:
            node[key] = draw(JSON_VALUE)
        break
    return json.dumps(data)


@SETTINGS
@given(text=mutated_json())
def test_parse_mutated_json(text: str) -> None:
    _only_our_errors(text.encode(), "json")
    _only_our_errors(text.encode(), None)


@SETTINGS
@given(refs=st.lists(st.text(max_size=12), max_size=5))
def test_select_raises_only_ref_error(refs: list[str]) -> None:
    try:
        chosen = query.select(refs, BUNDLED)
    except RefError:
        return
    ids = [c.id for c in chosen]
    assert ids == [c.id for c in BUNDLED.clauses if c.id in set(ids)]


REF_TEXT = st.text(alphabet="PpOo0123456789-, ", max_size=12)


@SETTINGS
@given(ref=REF_TEXT)
def test_select_ref_like(ref: str) -> None:
    with contextlib.suppress(RefError):
        query.select([ref], BUNDLED)


SYMBOLISH = st.text(
    alphabet=string.ascii_letters + string.digits + "/.-–() ,;\u2011" + "éÉ", max_size=80
)


@SETTINGS
@given(text=st.one_of(st.text(max_size=200), SYMBOLISH))
def test_symbols_never_raise(text: str) -> None:
    parse_symbol(text)
    for match in find_symbols(text):
        assert 0 <= match.start <= match.end <= len(text)


@SETTINGS
@given(
    text=st.builds(
        lambda kw, body: f"{kw} {body}",
        st.sampled_from(
            ["resolution", "resolutions", "decision", "Security Council resolution", "A/RES/"]
        ),
        SYMBOLISH,
    )
)
def test_symbols_after_keywords_never_raise(text: str) -> None:
    parse_symbol(text)
    find_symbols(text)


# ----------------------------------------------------------------------------- models

#: words of normalised text: printable, no white space inside
WORD = st.text(
    alphabet=st.characters(
        categories=["L", "N", "P", "S"], exclude_characters="\ue000", max_codepoint=0x2FFF
    ),
    min_size=1,
    max_size=8,
)
NORMAL = st.lists(WORD, min_size=1, max_size=8).map(" ".join)
#: a clause's text (it may be all lead phrase: test_marker_after_a_text_that_is_all_markup)
SENTENCE = NORMAL
ANY_TEXT = st.text(max_size=60)


@st.composite
def markers(
    draw: st.DrawFn, text: str, numbers: list[int], verb: str = ""
) -> tuple[FootnoteRef, ...]:
    """Markers citing ``numbers`` (taken from the front, in order) at sorted offsets.

    Anywhere, the lead phrase included (see test_marker_inside_the_lead_phrase).
    """
    count = draw(st.integers(0, min(2, len(numbers))))
    offset = st.integers(1, len(text))
    offsets = sorted(draw(st.lists(offset, min_size=count, max_size=count)))
    return tuple(FootnoteRef(number=numbers.pop(0), offset=offset) for offset in offsets)


@st.composite
def subparagraphs(draw: st.DrawFn, numbers: list[int], depth: int = 0) -> tuple[SubParagraph, ...]:
    labels = ["(a)", "(b)", "(c)"] if depth == 0 else ["(i)", "(ii)", "(iii)"]
    count = draw(st.integers(0, 3 if depth == 0 else 2))
    subs = []
    for label in labels[:count]:
        text = draw(SENTENCE)
        nested = draw(subparagraphs(numbers, depth + 1)) if depth == 0 else ()
        subs.append(
            SubParagraph(
                num=label,
                text=text,
                markers=draw(markers(text, numbers)),
                subparagraphs=nested,
                wrap_up=draw(st.one_of(st.none(), NORMAL)) if nested else None,
            )
        )
    return tuple(subs)


@st.composite
def clause(draw: st.DrawFn, part: Part, number: int, numbers: list[int]) -> Clause:
    text = draw(SENTENCE)
    cut = draw(st.integers(0, len(text)))
    verb = text[:cut].rstrip(",;:. ").strip()
    if not text.startswith(verb):
        verb = ""
    own = draw(markers(text, numbers, verb))
    subs = draw(subparagraphs(numbers)) if part is Part.OPERATIVE else ()
    return Clause(
        id=f"{part.prefix}{number}",
        part=part,
        number=number,
        num=f"{number}." if part is Part.OPERATIVE else None,
        verb=verb,
        text=text,
        markers=own,
        subparagraphs=subs,
        wrap_up=draw(st.one_of(st.none(), NORMAL)) if subs else None,
        headings=tuple(draw(st.lists(NORMAL, max_size=2))),
    )


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    """A model the AKN reader can produce (see the module docstring for the constraints)."""
    note_count = draw(st.integers(0, 6))
    numbers = list(range(1, note_count + 1))
    preamble = tuple(
        draw(clause(Part.PREAMBULAR, n, numbers)) for n in range(1, draw(st.integers(0, 4)) + 1)
    )
    operative = tuple(
        draw(clause(Part.OPERATIVE, n, numbers)) for n in range(1, draw(st.integers(1, 4)) + 1)
    )
    session = draw(st.integers(1, 99))
    num = draw(st.integers(1, 400))
    day = draw(st.dates(min_value=date(1946, 1, 1), max_value=date(2099, 12, 31)))
    meeting_no = draw(st.integers(1, 120))
    return Resolution(
        symbol=f"A/RES/{session}/{num}",
        number=f"{session}/{num}",
        title=draw(NORMAL),
        session=session,
        session_name=draw(st.sampled_from(["Seventy-fifth session", "Fifth session"])),
        agenda_items=tuple(
            AgendaItem(number=str(n), title=draw(NORMAL))
            for n in draw(st.lists(st.integers(1, 200), max_size=2, unique=True))
        ),
        distribution="General",
        issued=draw(st.one_of(st.none(), st.just(day))),
        adopted=day,
        meeting=Meeting(name=f"{meeting_no}th plenary meeting", number=meeting_no),
        committee=draw(st.sampled_from(["", "without reference to a Main Committee"])),
        drafts=tuple(
            draw(
                st.lists(st.sampled_from(["A/75/L.72", "A/75/L.72/Add.1"]), max_size=2, unique=True)
            )
        ),
        preamble=preamble,
        operative=operative,
        footnotes=tuple(Footnote(number=n, text=draw(NORMAL)) for n in range(1, note_count + 1)),
        # the reader's name for adoptedRecordedVote ("By a recorded vote" is written alike)
        adoption_type=draw(st.sampled_from([None, "Without a vote", "Recorded vote"])),
        record=draw(st.sampled_from([None, "A/75/PV.59"])),
        sponsors=tuple(
            draw(st.lists(st.sampled_from(["Austria", "Chad", "Peru"]), max_size=3, unique=True))
        ),
        work_uri=f"/akn/un/statement/deliberation/unga/{day.isoformat()}/{session}-{num}/!main",
    )


@st.composite
def any_resolution(draw: st.DrawFn) -> Resolution:
    """Any valid model: arbitrary text anywhere, markers anywhere within their text."""
    r = draw(resolutions())

    def loosen(c: Clause) -> Clause:
        text = draw(ANY_TEXT)
        refs = tuple(
            FootnoteRef(number=draw(st.integers(0, 9)), offset=draw(st.integers(0, len(text))))
            for _ in range(draw(st.integers(0, 2)))
        )
        return c.model_copy(
            update={
                "text": text,
                "verb": draw(ANY_TEXT),
                "markers": refs,
                "headings": tuple(draw(st.lists(ANY_TEXT, max_size=2))),
                # CSV: an empty wrap-up and none are the same thing (render/csv.py)
                "wrap_up": draw(st.one_of(st.none(), st.text(min_size=1, max_size=60))),
            }
        )

    return r.model_copy(
        update={
            "title": draw(ANY_TEXT),
            "preamble": tuple(loosen(c) for c in r.preamble),
            "operative": tuple(loosen(c) for c in r.operative),
            "work_uri": draw(st.one_of(st.none(), ANY_TEXT)),
            "meeting": draw(st.one_of(st.none(), st.builds(Meeting, name=ANY_TEXT))),
            "provenance": draw(st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=2)),
        }
    )


@SETTINGS
@given(r=any_resolution())
def test_json_round_trip(r: Resolution) -> None:
    assert Resolution.model_validate_json(r.model_dump_json()) == r
    assert loader.parse(r.model_dump_json(indent=2).encode(), "x.json") == r


@SETTINGS
@given(r=any_resolution())
def test_csv_round_trip(r: Resolution) -> None:
    out = io.StringIO()
    csv_writer.render(Document(r), out, Terminal())
    back = csv_writer.read_rows(out.getvalue())
    assert back == list(r.clauses)


def _akn(r: Resolution) -> bytes:
    out = io.StringIO()
    akn_writer.render(Document(r), out, Terminal())
    return out.getvalue().encode("utf-8")


@SETTINGS
@given(r=resolutions())
def test_akn_round_trip(r: Resolution) -> None:
    back = loader.parse(_akn(r), "export.xml", "akn")
    # AKN declares a language (FRBRlanguage): a resolution of none is written as English.
    assert back.lang == (r.lang or "en")
    unsaid = {"provenance", "lang"}
    assert back.model_dump(exclude=unsaid) == r.model_dump(exclude=unsaid)


# ------------------------------------------------------------- round-trip bugs found


def _one_clause(verb: str, text: str, offset: int) -> Resolution:
    op1 = Clause(
        id="OP1",
        part=Part.OPERATIVE,
        number=1,
        verb=verb,
        text=text,
        markers=(FootnoteRef(number=1, offset=offset),),
    )
    return BUNDLED.model_copy(
        update={"preamble": (), "operative": (op1,), "footnotes": (Footnote(number=1, text="n"),)}
    )


def test_marker_after_a_text_that_is_all_markup() -> None:
    """``<p>`` with no text node of its own is pretty-printed: the reader reads the indent.

    Text ``Decides`` (all lead phrase), marker at 7: read back as text ``Decides `` with
    the marker at 8.
    """
    r = _one_clause("Decides", "Decides", 7)
    assert loader.parse(_akn(r), "export.xml", "akn").operative == r.operative


def test_marker_inside_the_lead_phrase() -> None:
    """The reader takes the footnote's text into the italic span: the lead phrase is lost.

    ``Recalling¹ also that ...`` with the lead phrase ``Recalling also``.
    """
    r = _one_clause("Recalling also", "Recalling also that it met.", 9)
    assert loader.parse(_akn(r), "export.xml", "akn").operative == r.operative
