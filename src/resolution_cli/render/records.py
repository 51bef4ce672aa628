"""The records of the machine formats (json, jsonl): plain dicts, stable keys.

These keys are a promise to scripts; the README documents each one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, NotRequired, TypedDict

from resolution_cli.render.schemas import Doc, Raw

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution, Vote
    from resolution_cli.references import Reference
    from resolution_cli.views import Clauses, Diff, Hits, Rows, VerbRow, View


_Part = Literal["preambular", "operative"]


class Marker(TypedDict):
    number: int
    offset: int


class ClauseRecord(TypedDict):
    """One clause of a resolution, of one of its sections or of one of its annexes."""

    id: Annotated[
        str,
        Doc(
            "PP1, OP2; II.PP1, II.OP5 in a section; annex.12, annexII.3, "
            "annex.art5.2, annex.PP1 in an annex."
        ),
    ]
    part: _Part
    number: Annotated[int, Doc("Its position in its part, from 1.")]
    num: Annotated[str | None, Doc("Its number as printed ('1.').")]
    verb: Annotated[str, Doc("Its lead phrase, '' if none.")]
    text: Annotated[str, Doc("Its text as published, before sub-paragraphs.")]
    footnotes: list[int]
    markers: list[Marker]
    subparagraphs: Annotated[
        list[Any], Raw({"type": "array", "items": {"$ref": "#/$defs/SubParagraph"}})
    ]
    wrap_up: str | None
    headings: list[str]
    section: Annotated[
        str | None, Doc("The printed number of its section ('II'); null outside sections.")
    ]
    annex: Annotated[
        str | None,
        Doc(
            "null outside annexes; the annex's printed number ('I', 'II'), "
            "'' for a lone 'Annex', 'I.appendix' for an annex inside an annex."
        ),
    ]
    lang: NotRequired[
        Annotated[
            str,
            Doc(
                "The language of the resolution's version (ISO 639-1: ar, en, es, fr, ru, "
                "zh), when its file says (AKN's FRBRlanguage); absent for a JSON resolution "
                "that declares none (the bundled one)."
            ),
        ]
    ]
    article: NotRequired[
        Annotated[str | None, Doc("Annex records only: the number of its article, or null.")]
    ]
    lead_inferred: NotRequired[
        Annotated[
            Literal[True],
            Doc(
                "Present (true) only when its lead phrase is not printed in italics but "
                "taken from the lexicon of lead phrases (an annex printing no italics)."
            ),
        ]
    ]
    matches: NotRequired[Annotated[list[str], Doc("grep only: the text of each match.")]]


class VoteCounts(TypedDict):
    in_favour: int | None
    against: int | None
    abstaining: int | None
    non_voting: int | None


class Counts(TypedDict):
    preambular: int
    operative: int
    footnotes: int
    sections: NotRequired[int]
    annexes: NotRequired[int]
    annex_paragraphs: NotRequired[int]


class VoteRecord(TypedDict):
    """resolution votes --format json|jsonl: one State and its vote."""

    state: Annotated[str, Doc("The State's name, as the file prints it.")]
    vote: Literal["yes", "no", "abstain", "absent"]


class VerbRecord(TypedDict):
    """resolution verbs: one lead phrase, how often and by which clauses it is used."""

    verb: str
    count: int
    ids: list[str]
    inferred_ids: NotRequired[
        Annotated[
            list[str],
            Doc(
                "Present only when some of its ids have this lead phrase by inference "
                "(no italics; the lexicon's): those ids."
            ),
        ]
    ]


class FootnoteRecord(TypedDict):
    """resolution footnotes: one footnote and the ids of the clauses that cite it."""

    number: int
    text: str
    cited_by: list[str]


class RefRecord(TypedDict):
    """resolution refs: one UN document symbol cited, and where."""

    written: str
    normalized: str
    kind: str
    url: str
    location: str
    cited_by: list[str]
    parts: list[str]
    field: str
    start: int | None
    end: int | None


def clause_record(
    clause: Clause, matches: tuple[str, ...] | None = None, lang: str | None = None
) -> ClauseRecord:
    """A clause: the model's fields, plus ``footnotes`` (the numbers it cites) and the
    language of its resolution (``lang``), when known."""
    data = clause.model_dump(mode="json")
    record: ClauseRecord = {
        "id": data["id"],
        "part": data["part"],
        "number": data["number"],
        "num": data["num"],
        "verb": data["verb"],
        "text": data["text"],
        "footnotes": list(clause.footnote_numbers()),
        "markers": data["markers"],
        "subparagraphs": data["subparagraphs"],
        "wrap_up": data["wrap_up"],
        "headings": data["headings"],
        "section": clause.section,
        "annex": clause.annex,
    }
    if lang is not None:
        record["lang"] = lang
    if clause.annex is not None:
        record["article"] = clause.article
    if clause.lead_inferred:
        record["lead_inferred"] = True
    if matches is not None:
        record["matches"] = list(matches)
    return record


def info_record(resolution: Resolution) -> dict[str, Any]:
    """The metadata, without the clauses and footnotes, plus their counts.

    ``vote`` (present after a recorded vote) holds its counts only: ``votes``
    lists the States. ``counts.preambular`` and ``counts.operative`` count the
    resolution itself, its sections included; ``sections``, ``annexes`` and
    ``annex_paragraphs`` are added when it has sections or annexes.
    """
    omitted = {"preamble", "operative", "footnotes", "sections", "annexes", "vote"}
    data = resolution.model_dump(mode="json", exclude=omitted)
    if resolution.vote is not None:
        data["vote"] = vote_counts(resolution.vote)
    own = [c for c in resolution.clauses if c.annex is None]
    counts: Counts = {
        "preambular": sum(c.part.value == "preambular" for c in own),
        "operative": sum(c.part.value == "operative" for c in own),
        "footnotes": len(resolution.footnotes),
    }
    if resolution.sections or resolution.annexes:
        counts["sections"] = len(resolution.sections)
        counts["annexes"] = len(resolution.annexes)
        counts["annex_paragraphs"] = len(resolution.clauses) - len(own)
    data["counts"] = counts
    return data


def vote_counts(vote: Vote) -> VoteCounts:
    """The counts of a recorded vote (null where the file does not record one)."""
    return {
        "in_favour": vote.in_favour,
        "against": vote.against,
        "abstaining": vote.abstaining,
        "non_voting": vote.non_voting,
    }


def ref_record(ref: Reference) -> RefRecord:
    """A document reference: as written, normalized, its kind, link and place."""
    return {
        "written": ref.written,
        "normalized": ref.normalized,
        "kind": ref.kind,
        "url": ref.url,
        "location": ref.location,
        "cited_by": list(ref.cited_by),
        "parts": [part.normalized for part in ref.symbol.parts],
        "field": ref.field,
        "start": ref.start,
        "end": ref.end,
    }


def _clauses(view: Clauses) -> list[Any]:
    out = []
    for clause in view.clauses:
        matches = None
        if view.mode == "grep":
            text = clause.all_text()
            matches = tuple(text[a:b] for a, b in view.spans.get(clause.id, ()))
        out.append(clause_record(clause, matches, view.resolution.lang))
    return out


def _verb_record(row: VerbRow) -> VerbRecord:
    record = VerbRecord(verb=row.verb, count=len(row.ids), ids=list(row.ids))
    if row.inferred:
        record["inferred_ids"] = list(row.inferred)
    return record


def _diff(view: Diff) -> list[Any]:
    from resolution_cli.render.diff_records import diff_lines

    return diff_lines(view.result)


def _corpus(view: Hits | Rows) -> list[Any]:
    from resolution_cli.render.corpus_records import corpus_records

    return corpus_records(view)


#: view type -> its records, in order.
_RECORDS: dict[str, Callable[[Any], list[Any]]] = {
    "Info": lambda view: [info_record(view.resolution)],
    "Document": lambda view: [
        clause_record(c, lang=view.resolution.lang) for c in view.resolution.clauses
    ],
    "Clauses": _clauses,
    "Verbs": lambda view: [_verb_record(r) for r in view.rows],
    "Footnotes": lambda view: [
        FootnoteRecord(number=r.footnote.number, text=r.footnote.text, cited_by=list(r.cited_by))
        for r in view.rows
    ],
    "Refs": lambda view: [ref_record(row) for row in view.rows],
    "Votes": lambda view: [VoteRecord(state=row.state, vote=row.vote) for row in view.rows],
    "Count": lambda view: [{"count": view.matched}],
    "Ids": lambda view: [{"id": i} for i in view.ids],
    "Diff": _diff,
    "Problems": lambda view: [
        {
            "source": view.source,
            "location": p.location,
            "severity": p.severity,
            "message": p.message,
        }
        for p in view.problems
    ],
    "Hits": _corpus,
    "Rows": _corpus,
}


def records(view: View) -> list[Any]:
    """The records of a view, in order (json prints them as an array, jsonl one a line)."""
    kind = type(view).__name__
    if kind not in _RECORDS:
        from resolution_cli.render import unsupported

        raise unsupported("jsonl", kind)
    return _RECORDS[kind](view)
