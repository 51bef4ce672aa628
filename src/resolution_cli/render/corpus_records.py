"""The records of the corpus views (json, jsonl): plain dicts, stable keys (see the README).

A search hit: ``symbol``, ``id``, ``section``, ``annex``, ``date``, ``session``,
``part``, ``verb``, ``text`` (the clause's whole text, sub-paragraphs one per line:
what the pattern is matched against) and ``matches``. A table row: its fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, TypedDict

from resolution_cli.render.schemas import Extra, record_schema
from resolution_cli.views import Hits

if TYPE_CHECKING:
    from resolution_cli.corpus.search import FirstUse, Hit
    from resolution_cli.views import Rows

#: A date, ISO 8601, or null when the index does not know it.
Date = Annotated[str | None, Extra(format="date")]


class HitRecord(TypedDict):
    """search: one matching clause of an indexed resolution."""

    symbol: str
    id: str
    section: str | None
    annex: str | None
    date: Date
    session: int | None
    part: Literal["preambular", "operative"]
    verb: str
    text: str
    matches: list[str]
    lang: str  #: ISO 639-1: ar, en, es, fr, ru, zh


class FirstHit(TypedDict):
    symbol: str
    id: str
    date: Date
    session: int | None


class SessionCount(TypedDict):
    session: int | None
    resolutions: int
    clauses: int


class FirstRecord(TypedDict):
    """search --first: the summary after the hits (json: merged with {'hits': [...]})."""

    first: FirstHit
    resolutions: int
    sessions: int
    per_session: list[SessionCount]


class CountRecord(TypedDict):
    """search -c: hits per resolution."""

    symbol: str
    count: int


class RefRecord(TypedDict):
    """search -l: one hit."""

    symbol: str
    id: str


class ResolutionRecord(TypedDict):
    """corpus list: one indexed resolution."""

    symbol: str
    date: Date
    title: str
    clauses: int
    adoption: str | None
    lang: str  #: ISO 639-1: ar, en, es, fr, ru, zh


class CitedByRecord(TypedDict):
    """cited-by: one citing clause (id: for a footnote, the clauses citing it)."""

    symbol: str
    id: str
    date: Date
    written: str
    location: str


class CitedByCountRecord(TypedDict):
    """cited-by --count: one citing resolution and its number of citations."""

    symbol: str
    citations: int
    date: Date
    title: str


class TopCitedRecord(TypedDict):
    """corpus top-cited: a document, its kind, citing resolutions and citations."""

    document: str
    kind: str
    resolutions: int
    citations: int


class StateVoteRecord(TypedDict):
    """corpus votes --state: a recorded vote and the State's vote on it."""

    symbol: str
    date: Date
    title: str
    vote: Literal["yes", "no", "abstain", "absent"]


class AgreementRecord(TypedDict):
    """corpus votes --agree (json): how often two States voted alike (jsonl: scope rows)."""

    states: list[str]
    same: int
    votes: int
    share: float | None
    per_session: list[Any]


class CorpusInfoRecord(TypedDict):
    """corpus info (json): the index file and its counts."""

    path: str
    size: int
    schema: int
    files: int
    resolutions: int
    clauses: int
    references: int
    votes: int
    sessions: list[Any]


def hit_record(hit: Hit) -> HitRecord:
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
        "verb": clause.lead,
        "text": clause.text,
        "matches": list(hit.matches),
        "lang": hit.lang,
    }


def first_record(first: FirstUse) -> FirstRecord:
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


# ------------------------------------------------------------------------- JSON Schemas

#: The record types of the corpus commands: schema name -> (title, TypedDict).
_TABLES: dict[str, tuple[str, Any]] = {
    "corpus-hit": ("Search hit", HitRecord),
    "corpus-first": ("First use", FirstRecord),
    "corpus-count": ("Search count", CountRecord),
    "corpus-ref": ("Search reference", RefRecord),
    "corpus-resolution": ("Indexed resolution", ResolutionRecord),
    "cited-by": ("Citation", CitedByRecord),
    "cited-by-count": ("Citing resolution", CitedByCountRecord),
    "top-cited": ("Cited document", TopCitedRecord),
    "state-vote": ("State's vote", StateVoteRecord),
    "agreement": ("Agreement", AgreementRecord),
    "corpus-info": ("Corpus index", CorpusInfoRecord),
}

#: The names ``resolution schema`` knows for the corpus records.
SCHEMA_NAMES = tuple(_TABLES)


def corpus_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the corpus record type ``name`` (from its TypedDict)."""
    title, record = _TABLES[name]
    return record_schema(record, title)
