"""lineage and history on hand-built corpora: exact records (texts stated in make.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage_corpora import FIXTURES, build
from resolution_cli.corpus.history import History, HistoryError, Step, history
from resolution_cli.corpus.lineage import Link, Version, lineage, normalize_title
from resolution_cli.diff.words import Segment

CENTRE = "Cooperation between the United Nations and the Regional Centre"
CENTRE_2 = "Cooperation between the United Nations and the Regional Centre for Peace"
OCEANS = "Oceans and the law of the sea"
ARMS = "Small arms and light weapons in the region"


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("lineage")
    return {
        name: build(root / f"{name}.sqlite", FIXTURES / name)
        for name in ("renamed", "ab", "paragraphs", "split")
    }


def test_titles_match_case_dashes_and_spaces_aside() -> None:
    assert normalize_title("Oceans  and the Law of the Sea") == normalize_title(
        "oceans and the law of the sea"
    )
    assert normalize_title("Follow\u2010up \u2013 to the  Summit.") == "follow-up - to the summit"


def test_renamed_resolution_joins_by_its_citation(indexes: dict[str, Path]) -> None:
    # 70/10 was renamed in 71/12, which recalls "its resolution 70/10"; 71/30 (global
    # health) also recalls it but is another subject: not a version
    for asked in ("70/10", "71/12", "A/RES/72/15"):
        chain = lineage(indexes["renamed"], asked)
        assert chain.versions == (
            Version(
                "A/RES/70/10",
                70,
                "2015-12-01",
                CENTRE,
                "Without a vote",
                None,
                None,
                None,
                3,
                ("10: Regional cooperation",),
            ),
            Version(
                "A/RES/71/12",
                71,
                "2016-12-05",
                CENTRE_2,
                "Recorded vote",
                150,
                2,
                10,
                3,
                ("11: Regional cooperation",),
                links=(Link("A/RES/70/10", ("citation", "agenda item"), "PP1"),),
            ),
            Version(
                "A/RES/72/15",
                72,
                "2017-12-04",
                CENTRE_2,
                "Without a vote",
                None,
                None,
                None,
                3,
                ("12: Regional cooperation",),
                links=(Link("A/RES/71/12", ("title", "citation", "agenda item"), "PP1"),),
            ),
        )
    health = lineage(indexes["renamed"], "71/30")
    assert [v.symbol for v in health.versions] == ["A/RES/71/30"]
    assert health.versions[0].links == ()


def test_a_b_parts_compete_and_are_both_listed(indexes: dict[str, Path]) -> None:
    chain = lineage(indexes["ab"], "72/22")
    agenda = {70: ("10: Oceans and the law of the sea",)}
    item = {s: (f"{s - 60}: {OCEANS}",) for s in (70, 71, 72)}
    assert agenda[70] == item[70]
    both = "2 resolutions of session 71 bear this title"
    assert chain.versions == (
        Version(
            "A/RES/70/20", 70, "2015-12-08", OCEANS, "Without a vote", None, None, None, 2, item[70]
        ),
        Version(
            "A/RES/71/21 A",
            71,
            "2016-12-06",
            OCEANS,
            "Without a vote",
            None,
            None,
            None,
            2,
            item[71],
            links=(Link("A/RES/70/20", ("title", "citation", "agenda item"), "PP1"),),
            competing=("A/RES/71/21 B",),
            note=both,
        ),
        Version(
            "A/RES/71/21 B",
            71,
            "2016-12-06",
            OCEANS,
            "Without a vote",
            None,
            None,
            None,
            2,
            item[71],
            links=(Link("A/RES/70/20", ("title", "citation", "agenda item"), "PP1"),),
            competing=("A/RES/71/21 A",),
            note=both,
        ),
        Version(
            "A/RES/72/22",
            72,
            "2017-12-05",
            OCEANS,
            "Without a vote",
            None,
            None,
            None,
            2,
            item[72],
            links=(
                Link("A/RES/71/21 A", ("title", "agenda item"), None, competing=True),
                Link("A/RES/71/21 B", ("title", "citation", "agenda item"), "PP1", competing=True),
            ),
            note="2 previous versions of one session compete: A/RES/71/21 A, A/RES/71/21 B; "
            "it cites only A/RES/71/21 B as its own",
        ),
    )
    # the same chain from any of its versions
    assert lineage(indexes["ab"], "71/21 A").versions == chain.versions
    assert chain.previous("A/RES/72/22") == ("A/RES/71/21 A", "A/RES/71/21 B")
    assert chain.next("A/RES/70/20") == ("A/RES/71/21 A", "A/RES/71/21 B")


P1 = "Encourages Member States to contribute to the trust fund of the Centre in 2016;"
P2 = (
    "Encourages Member States and other donors to contribute to the trust fund of the Centre "
    "in 2017;"
)
Z = "Stresses the importance of regional cooperation for the prevention of armed conflict;"


def test_paragraph_added_then_changed_then_dropped(indexes: dict[str, Path]) -> None:
    found = history(indexes["paragraphs"], "72/42", "OP2")
    assert found == History(
        symbol="A/RES/72/42",
        id="OP2",
        steps=(
            Step(
                "A/RES/71/41", 71, "2016-12-05", "OP2", P1, "first", None, (Segment("insert", P1),)
            ),
            Step(
                "A/RES/72/42",
                72,
                "2017-12-04",
                "OP2",
                P2,
                "changed",
                "OP2",
                (
                    Segment("equal", "Encourages Member States "),
                    Segment("insert", "and other donors "),
                    Segment("equal", "to contribute to the trust fund of the Centre in "),
                    Segment("delete", "2016"),
                    Segment("insert", "2017"),
                    Segment("equal", ";"),
                ),
                similarity=found.steps[1].similarity,
            ),
        ),
        absent_before="A/RES/70/40",
        gone_from="A/RES/73/43",
    )
    # 14 words against 17, 13 in common in order (all but 2016): difflib's ratio 2 * 13 / 31
    assert found.steps[1].similarity == round(26 / 31, 4)
    # the same history asked from the version where it first appears
    assert history(indexes["paragraphs"], "71/41", "OP2").steps == found.steps


def test_paragraph_that_moves(indexes: dict[str, Path]) -> None:
    found = history(indexes["paragraphs"], "73/43", "OP3")
    same = (Segment("equal", Z),)
    assert found.steps == (
        Step("A/RES/70/40", 70, "2015-12-07", "OP1", Z, "first", None, same),
        Step("A/RES/71/41", 71, "2016-12-05", "OP4", Z, "moved", "OP1", same, 1.0),
        Step("A/RES/72/42", 72, "2017-12-04", "OP4", Z, "same", "OP4", same, 1.0),
        Step("A/RES/73/43", 73, "2018-12-05", "OP3", Z, "same", "OP4", same, 1.0),
    )
    assert (found.absent_before, found.gone_from) == (None, None)


def test_history_follows_one_paragraph(indexes: dict[str, Path]) -> None:
    with pytest.raises(HistoryError, match="names 2 paragraphs"):
        history(indexes["paragraphs"], "72/42", "OP1-2")


AGENDA_PART = "Decides to include the item in its agenda;"


def test_a_paragraph_split_off_then_merged_back(indexes: dict[str, Path]) -> None:
    """71/51 splits paragraph 2 of 70/50 in two (make.py); 72/52 merges them again: the
    part split off starts with the paragraph it came from and ends in the one it joined."""
    found = history(indexes["split"], "71/51", "OP3")
    assert found.steps == (
        Step(
            "A/RES/71/51",
            71,
            "2016-12-05",
            "OP3",
            AGENDA_PART,
            "first",
            None,
            (Segment("insert", AGENDA_PART),),
            split_from="A/RES/70/50 OP2",
        ),
    )
    assert (found.absent_before, found.gone_from, found.merged_into) == (
        "A/RES/70/50",
        "A/RES/72/52",
        "OP2",
    )
    # the larger part is the paragraph itself, changed twice
    whole = history(indexes["split"], "71/51", "OP2")
    assert [(s.symbol, s.op, s.id) for s in whole.steps] == [
        ("A/RES/70/50", "first", "OP2"),
        ("A/RES/71/51", "changed", "OP2"),
        ("A/RES/72/52", "changed", "OP2"),
    ]
    assert [(s.op, s.text) for s in whole.steps[1].diff if s.op != "equal"] == [
        ("delete", ", and decides to include the item in its agenda")
    ]
    from helpers import run

    shown = run("--db", str(indexes["split"]), "--res", "71/51", "history", "OP3")
    assert (shown.exit_code, shown.stdout.splitlines()) == (
        0,
        [
            "history A/RES/71/51 OP3",
            "first A/RES/71/51 OP3 2016-12-05 (absent from A/RES/70/50, split from "
            "A/RES/70/50 OP2)",
            f"    {AGENDA_PART}",
            "gone A/RES/72/52 (merged into OP2)",
        ],
    )
