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
    from resolution_cli.references import find_references

    r = load(str(BUNDLED))
    changed = r.model_copy(update={"operative": r.operative[1:]})
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
        "Hits": Hits(()),
        "Rows": Rows(("symbol", "count"), (("A/RES/75/272", 2),)),
    }
