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
    Hits,
    Ids,
    Info,
    Languages,
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
    from resolution_cli.diff import compare
    from resolution_cli.refs import find_refs
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
        "Refs": Refs(find_refs(r)),
        "Count": Count(3),
        "Ids": Ids(("OP1", "OP2")),
        "Votes": Votes((VoteRow("Andorra", "yes"),)),
        "Problems": Problems("file.xml", ()),
        "Diff": Diff(compare(r, changed)),
        "Parallel": Parallel(align_versions([en, fr], refs=["OP1-2"])),
        "Languages": Languages((check_versions([en, fr]),)),
        "Hits": Hits(()),
        "Rows": Rows(("symbol", "count"), (("A/RES/75/272", 2),)),
    }
