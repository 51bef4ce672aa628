"""The records of the corpus views (json, jsonl): plain dicts, stable keys (see the README).

A search hit: ``symbol``, ``id``, ``section``, ``annex``, ``date``, ``session``,
``part``, ``verb``, ``text`` (the clause's whole text, sub-paragraphs one per line:
what the pattern is matched against) and ``matches``. A table row: its fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolution_cli.views import Hits, Rows

if TYPE_CHECKING:
    from resolution_cli.corpus.search import FirstUse, Hit


def hit_record(hit: Hit) -> dict[str, Any]:
    """One search hit."""
    clause = hit.clause
    return {
        "symbol": hit.symbol,
        "id": clause.id,
        "section": clause.section,
        "annex": clause.annex,
        "date": hit.date,
        "session": hit.session,
        "part": clause.part.value,
        "verb": clause.verb,
        "text": clause.text,
        "matches": list(hit.matches),
    }


def first_record(first: FirstUse) -> dict[str, Any]:
    """The ``--first`` summary."""
    return {
        "first": {
            "symbol": first.first.symbol,
            "id": first.first.clause.id,
            "date": first.first.date,
            "session": first.first.session,
        },
        "resolutions": first.resolutions,
        "sessions": first.sessions,
        "per_session": [
            {"session": s, "resolutions": r, "clauses": c} for s, r, c in first.per_session
        ],
    }


def corpus_records(view: Hits | Rows) -> list[Any]:
    """The records of a corpus view, in order (jsonl: one a line)."""
    if isinstance(view, Hits):
        out: list[Any] = [hit_record(hit) for hit in view.hits]
        if view.first is not None:
            out.append(first_record(view.first))
        return out
    return [dict(zip(view.fields, row, strict=True)) for row in view.rows]


def corpus_document(view: Hits | Rows) -> Any:
    """What ``--format json`` prints for a corpus view."""
    if isinstance(view, Hits):
        hits = [hit_record(hit) for hit in view.hits]
        if view.first is None:
            return hits
        return {"hits": hits, **first_record(view.first)}
    if view.document is not None:
        return view.document
    return corpus_records(view)
