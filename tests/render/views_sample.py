"""One sample view of every type, built from the bundled resolution (for the render tests)."""

from __future__ import annotations

from pathlib import Path

from resolution_cli.views import (
    Clauses,
    Count,
    Diff,
    Document,
    FootnoteRow,
    Footnotes,
    HistoryView,
    Hits,
    Ids,
    Info,
    Languages,
    LineageView,
    Parallel,
    Problems,
    Refs,
    Rows,
    VerbRow,
    Verbs,
    View,
    VoteRow,
    Votes,
)

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "resolution_75_272.json"


def sample_views() -> dict[str, View]:
    """View type name -> a view of that type, with real content."""
    from resolution_cli import load
    from resolution_cli.corpus.history import History, Step
    from resolution_cli.corpus.lineage import Lineage, Link, Version
    from resolution_cli.diff import compare
    from resolution_cli.diff.words import Segment
    from resolution_cli.references import find_references
    from resolution_cli.versions import align_versions, check_versions

    r = load(str(BUNDLED))
    changed = r.model_copy(update={"operative": r.operative[1:]})
    en = r.model_copy(update={"lang": "en"})
    fr = changed.model_copy(update={"lang": "fr"})
    return {
        "Info": Info(r),
        "Document": Document(r),
        "Clauses": Clauses(r, r.operative[:2], "show"),
        "Verbs": Verbs((VerbRow("Recalling", ("PP1",)),)),
        "Footnotes": Footnotes(tuple(FootnoteRow(n, ("PP2",)) for n in r.footnotes)),
        "Refs": Refs(find_references(r)),
        "Count": Count(3),
        "Ids": Ids(("OP1", "OP2")),
        "Votes": Votes((VoteRow("Andorra", "yes"),)),
        "Problems": Problems("file.xml", ()),
        "Diff": Diff(compare(r, changed)),
        "Parallel": Parallel(align_versions([en, fr], refs=["OP1-2"])),
        "Languages": Languages((check_versions([en, fr]),)),
        "Hits": Hits(()),
        "Rows": Rows(("symbol", "count"), (("A/RES/75/272", 2),)),
        "LineageView": LineageView(
            Lineage(
                "A/RES/75/272",
                (
                    Version("A/RES/74/1", 74, "2019-09-10", "T", None, None, None, None, 2, ()),
                    Version(
                        "A/RES/75/272",
                        75,
                        "2021-04-02",
                        "T",
                        "Recorded vote",
                        150,
                        2,
                        10,
                        3,
                        ("12",),
                        (Link("A/RES/74/1", ("title",)),),
                    ),
                ),
            )
        ),
        "HistoryView": HistoryView(
            History(
                "A/RES/75/272",
                "OP1",
                (
                    Step("A/RES/74/1", 74, None, "OP1", "Decides to act;", "first", None, ()),
                    Step(
                        "A/RES/75/272",
                        75,
                        None,
                        "OP1",
                        "Decides to act now;",
                        "changed",
                        "OP1",
                        (
                            Segment("equal", "Decides to act"),
                            Segment("insert", " now"),
                            Segment("equal", ";"),
                        ),
                    ),
                ),
                absent_before=None,
                gone_from=None,
            )
        ),
    }
