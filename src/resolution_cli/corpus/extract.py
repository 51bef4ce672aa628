"""One source file -> the rows of each resolution it holds (the work of ``corpus add``).

This runs in the worker processes: it parses with the project's own readers
(``loader.parse``; every part of an AKN ``documentCollection``), and computes
what the index stores: the model JSON, the clauses as grep sees them, the
references ``references.find_references`` finds and the recorded vote. It returns plain,
picklable data; only the parent process writes to the index.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resolution_cli.errors import ResolutionError
from resolution_cli.words import FRBR_LANGUAGES

if TYPE_CHECKING:
    from resolution_cli.model import Resolution

#: AKN's language codes -> the codes --lang takes (one table: :mod:`resolution_cli.words`).
LANGUAGES = FRBR_LANGUAGES
_LANGUAGE = re.compile(rb"<(?:\w+:)?FRBRlanguage\b[^>]*\blanguage=\"([^\"]+)\"")
_NUMBER = re.compile(r"(\d+)\s*([A-Z]?)\s*(?:\([IVXLC]+\))?$")
#: The votes a State may cast, as the index stores them (``Vote.states`` takes them).
VOTE_KINDS = ("yes", "no", "abstain", "absent")

#: seq, id, part, section, annex, article, lead, text, headings, and the text and
#: headings FTS indexes when folding changes them (``textfold.folded``).
ClauseRow = tuple[
    int, str, str, str | None, str | None, str | None, str, str, str, str | None, str | None
]
RefRow = tuple[str, str, str, str, str, str]
#: One source to extract: its identity in the index, its content, its SHA-256, and the
#: name messages give it (the path as the user typed it).
Job = tuple[str, bytes, str, str]


@dataclass
class Parsed:
    """The rows of one resolution."""

    symbol: str
    lang: str
    number: str
    session: int | None
    ordinal: int
    letter: str
    title: str
    adopted: str | None
    adoption_type: str | None
    recorded_vote: bool
    counts: tuple[int | None, int | None, int | None]
    model: bytes
    clauses: list[ClauseRow]
    sponsors: list[tuple[str, bool]]
    refs: list[RefRow]
    votes: list[tuple[str, str]]
    work: str | None = None  #: ``work_key`` of its FRBR work URI


@dataclass
class Extracted:
    """What a worker returns for one source: its resolutions, or why it was skipped."""

    source: str
    sha256: str
    size: int
    shown: str = ""  #: the name messages give it
    resolutions: list[Parsed] = field(default_factory=list)
    error: str | None = None
    #: The readers' warnings, in order (the parent prints them on stderr).
    warnings: list[str] = field(default_factory=list)


def language(data: bytes) -> str:
    """The language of an AKN file (its first FRBRlanguage), as ``en``; ``en`` if none."""
    found = _LANGUAGE.search(data[:20_000])
    if not found:
        return "en"
    code = found.group(1).decode("ascii", "replace").lower()
    return LANGUAGES.get(code, code)


def work_key(uri: str | None) -> str | None:
    """The FRBR work URI that joins the language versions of a resolution, without the
    component name: ``…/unga/2021-04-16/75-272/!main`` -> ``…/unga/2021-04-16/75-272``."""
    if not uri:
        return None
    return re.sub(r"/!\w*/?$", "", uri.rstrip("/")) or None


def ordinal(number: str) -> tuple[int, str]:
    """The sort key of a resolution number: ``75/101 B`` -> (101, "B")."""
    tail = number.rsplit("/", 1)[-1]
    found = _NUMBER.search(tail)
    return (int(found.group(1)), found.group(2)) if found else (0, "")


def rows(resolution: Resolution, lang: str) -> Parsed:
    """The index rows of one resolution."""
    from resolution_cli.corpus.textfold import folded
    from resolution_cli.query import heading_text, headings_before
    from resolution_cli.references import find_references

    # The headings grep matches for a clause, joined as query.grep joins them.
    before = headings_before(resolution)
    clauses: list[ClauseRow] = []
    for seq, c in enumerate(resolution.clauses):
        text, headings = c.all_text(), heading_text(c, before)
        place = (c.section, c.annex, c.article)
        norms = (folded(text), folded(headings))
        clauses.append((seq, c.id, c.part.value, *place, c.lead, text, headings, *norms))
    refs: dict[RefRow, None] = {}
    for ref in find_references(resolution):
        if ref.location == "header":  # its own drafts: not a citation
            continue
        if ref.location.startswith("footnote"):
            cid = ",".join(ref.cited_by)
        else:
            cid = ref.location.split("(", 1)[0]
        for symbol in ref.symbol.flat():
            document = symbol.document or symbol.normalized
            row = (ref.location, cid, ref.written, symbol.normalized, document, symbol.kind)
            refs[row] = None
    votes: list[tuple[str, str]] = []
    vote = resolution.vote
    if vote is not None:
        for kind in VOTE_KINDS:
            votes.extend((state, kind) for state in vote.states(kind))
    adoption = resolution.adoption_type
    recorded = vote is not None or "recorded" in (adoption or "").lower()
    number, letter = ordinal(resolution.number or resolution.symbol)
    return Parsed(
        symbol=resolution.symbol,
        lang=lang,
        number=resolution.number,
        session=resolution.session,
        ordinal=number,
        letter=letter,
        title=resolution.title,
        adopted=resolution.adopted.isoformat() if resolution.adopted else None,
        adoption_type=adoption,
        recorded_vote=recorded,
        counts=((vote.in_favour, vote.against, vote.abstaining) if vote else (None, None, None)),
        model=zlib.compress(resolution.model_dump_json().encode("utf-8"), 6),
        clauses=clauses,
        sponsors=[(s, False) for s in resolution.sponsors]
        + [(s, True) for s in resolution.additional_sponsors],
        refs=list(refs),
        votes=votes,
        work=work_key(resolution.work_uri),
    )


def extract(source: str, data: bytes, sha256: str, shown: str | None = None) -> Extracted:
    """Parse ``data`` (the content of ``source``) into the rows of every resolution in it;
    messages name it ``shown`` (default: ``source``)."""
    from resolution_cli.loader import detect, parse, require_content

    result = Extracted(source, sha256, len(data), shown or source)
    source = result.shown
    try:
        require_content(data, source)
        fmt = detect(data)
        if fmt == "akn":  # every resolution of a collection, from one parse of the XML
            from resolution_cli.readers import akn

            lang = language(data)
            found = akn.read_all(data, source, warn=result.warnings.append)
        else:
            lang = "en"
            found = [parse(data, source, fmt, warn=result.warnings.append)]
        result.resolutions = [rows(resolution, lang) for resolution in found]
    except ResolutionError as exc:
        result.error = str(exc)
        result.resolutions = []
    except Exception as exc:  # a reader's bug: this file is skipped, the others indexed
        result.error = f"{source}: cannot be read (internal error: {type(exc).__name__}: {exc})"
        result.resolutions = []
    return result


def extract_many(jobs: list[Job]) -> list[Extracted]:
    """:func:`extract` for a batch of jobs (one call per worker round trip)."""
    return [extract(*job) for job in jobs]
