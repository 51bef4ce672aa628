"""layout.cited: which headings print before which cited clause (``show REF``), once for
plain, rich and markdown. Expectations from the hand-built resolutions' structure."""

from __future__ import annotations

import io

from hand_built import annexed, sectioned
from resolution_cli.model import Clause, Resolution
from resolution_cli.render.layout import Heading, cited
from resolution_cli.terminal import Terminal
from resolution_cli.views import Clauses


def _events(resolution: Resolution, *ids: str) -> list[object]:
    """The layout of ``ids``: a clause as its id, a heading as (kind, lines, depth)."""
    by_id = {c.id: c for c in resolution.clauses}
    out: list[object] = []
    for item in cited(resolution, (by_id[i] for i in ids)):
        out.append(item.id if isinstance(item, Clause) else (item.kind, item.lines, item.depth))
    return out


SECTION_I = ("section", ("I", "Revised estimates"), 0)
SECTION_II = ("section", ("II", "Special political missions", "and related matters"), 0)


def test_a_section_heading_prints_once_before_its_first_cited_clause() -> None:
    assert _events(sectioned(), "I.OP1", "I.OP2", "II.OP3") == [
        SECTION_I,
        "I.OP1",
        "I.OP2",
        SECTION_II,
        "II.OP3",
    ]


def test_the_resolutions_own_clauses_get_no_heading() -> None:
    assert _events(sectioned(), "PP1") == ["PP1"]
    assert _events(annexed(), "PP1", "OP1") == ["PP1", "OP1"]


def test_a_heading_prints_again_after_a_clause_from_elsewhere() -> None:
    assert _events(sectioned(), "I.OP1", "PP1", "I.OP2") == [
        SECTION_I,
        "I.OP1",
        "PP1",
        SECTION_I,
        "I.OP2",
    ]


def test_an_annex_clause_is_placed_by_its_labels_outermost_first() -> None:
    assert _events(annexed(), "annexI.1", "annexI.appendix.1", "annexII.art2.2") == [
        ("place", ("Annex I",), 0),
        "annexI.1",
        ("place", ("Annex I", "Appendix"), 1),
        "annexI.appendix.1",
        ("place", ("Annex II",), 0),
        "annexII.art2.2",
    ]


def test_a_clauses_own_headings_are_part_of_the_clause() -> None:
    """Article headings are the clause's own, not layout events."""
    events = _events(annexed(), "annexII.art1", "annexII.art2.1")
    assert [e for e in events if isinstance(e, tuple)] == [("place", ("Annex II",), 0)]


def _draw(fmt: str, view: Clauses) -> str:
    from resolution_cli.render import draw

    out = io.StringIO()
    draw(view, fmt, out, Terminal(is_tty=False, width=200))
    return out.getvalue()


def test_the_three_renderers_draw_the_same_layout() -> None:
    """plain, rich and markdown print each heading once, in the layout's order."""
    r = sectioned()
    by_id = {c.id: c for c in r.clauses}
    view = Clauses(r, (by_id["I.OP1"], by_id["I.OP2"], by_id["II.OP3"]), "show")
    last_words = [by_id[i].text.split()[-1] for i in ("I.OP2", "II.OP3")]
    for fmt in ("plain", "rich", "markdown"):
        text = _draw(fmt, view)
        assert text.count("Revised estimates") == 1, fmt
        assert text.count("Special political missions") == 1, fmt
        first = text.index("Revised estimates")
        second = text.index("Special political missions")
        assert first < text.index(last_words[0]) < second < text.rindex(last_words[1]), fmt
    heading = next(h for h in cited(r, view.clauses) if isinstance(h, Heading))
    assert heading.lines == ("I", "Revised estimates")
