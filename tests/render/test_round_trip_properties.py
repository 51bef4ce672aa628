"""Property tests (hypothesis): every export the tool reads back gives the model it wrote.

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

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_cli import loader
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
from resolution_cli.terminal import Terminal
from resolution_cli.views import Document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BUNDLED = loader.load()


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
