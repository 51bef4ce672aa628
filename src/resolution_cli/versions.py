"""The language versions of one resolution: matched, aligned by id, and checked.

Versions are matched by what the files declare, never by file name: the FRBR work
(``Resolution.work_uri``, from ``FRBRWork/FRBRthis``) and the language
(``Resolution.lang``, from ``FRBRExpression/FRBRlanguage``). The UN's work URI
carries the adoption date, which differs between languages in a few files (or is
empty): two works are the same when their URIs are equal, or equal once the date
is set aside (``/unga/2021-04-16/75-272/`` and ``/unga//75-272/``). A source with
no work URI (JSON, text) is matched by its symbol.

- :func:`align_versions` pairs the clauses of the versions by id: one
  :class:`Row` per id, in document order, with the clause of each language or
  None where that version has no clause of that id (never a neighbour in its place);
- :func:`check_versions` reports where the versions disagree: clause counts, ids,
  footnote counts and the symbols each cites;
- :func:`group_versions` sorts many resolutions into their works (a folder).

Pure functions: no I/O, no output. The side-by-side view (``show --lang``), the
translation memory (``export --format tmx``) and ``resolution languages`` stand on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resolution_cli.errors import ResolutionError
from resolution_cli.words import LANGUAGE_CODES

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution

__all__ = [
    "LANGUAGES",
    "Aligned",
    "Disagreement",
    "Row",
    "VersionCheck",
    "VersionsError",
    "align_versions",
    "check_versions",
    "cited_symbols",
    "group_versions",
    "parse_langs",
    "work_key",
]

#: The six official languages, ISO 639-1, in the order the tool lists them (English first).
LANGUAGES = LANGUAGE_CODES

#: The adoption date inside a work URI: ``/unga/2021-04-16/75-272/`` or ``/unga//75-272/``.
_WORK_DATE = re.compile(r"/(\d{4}-\d{2}-\d{2})?/(?=[^/]+/!)")


class VersionsError(ResolutionError):
    """The versions given cannot be aligned: of different resolutions, a language twice..."""


class BadLanguages(VersionsError):
    """``value`` is not ``all`` nor a comma list of the six language codes."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(self.worded())

    def worded(self, option: str | None = None) -> str:
        """The message, naming the option that gave the value (``--lang``), if any."""
        given = f"{option} {self.value!r}" if option else f"languages {self.value!r}"
        return f"{given}: expected 'all' or a comma list of {', '.join(LANGUAGES)}"


def parse_langs(value: str) -> tuple[str, ...]:
    """``"en,fr"`` -> ``("en", "fr")``; ``"all"`` -> the six. A code not of the six is an error."""
    if value.strip().lower() == "all":
        return LANGUAGES
    langs = tuple(dict.fromkeys(p.strip().lower() for p in value.split(",") if p.strip()))
    unknown = [code for code in langs if code not in LANGUAGES]
    if unknown or not langs:
        raise BadLanguages(value)
    return langs


def work_key(resolution: Resolution) -> str:
    """What names the resolution across its versions: the work URI without its date,
    else the symbol."""
    if resolution.work_uri:
        return _WORK_DATE.sub("/*/", resolution.work_uri, count=1)
    return resolution.symbol


def _label(resolution: Resolution) -> str:
    return (
        f"{resolution.symbol} ({resolution.lang or '?'}: {resolution.work_uri or 'no FRBR work'})"
    )


def _by_lang(resolutions: Iterable[Resolution]) -> dict[str, Resolution]:
    """The versions keyed by language; all of one work, each language once."""
    versions: dict[str, Resolution] = {}
    first: Resolution | None = None
    for resolution in resolutions:
        if resolution.lang is None:
            raise VersionsError(
                f"{resolution.symbol}: the file does not say its language "
                "(no FRBRExpression/FRBRlanguage); versions are matched by it"
            )
        if first is None:
            first = resolution
        elif work_key(resolution) != work_key(first):
            raise VersionsError(
                "the files are not versions of one resolution: "
                f"{_label(first)} and {_label(resolution)}"
            )
        if resolution.lang in versions:
            raise VersionsError(
                f"two versions in {resolution.lang} of {resolution.symbol}; give each language once"
            )
        versions[resolution.lang] = resolution
    if not versions:
        raise VersionsError("no version given")
    return versions


@dataclass(frozen=True)
class Row:
    """One clause id and its clause in each language (None: that version has no such id)."""

    id: str
    clauses: dict[str, Clause | None]

    @property
    def missing(self) -> tuple[str, ...]:
        """The languages whose version has no clause of this id."""
        return tuple(lang for lang, clause in self.clauses.items() if clause is None)


@dataclass(frozen=True)
class Aligned:
    """The versions of one resolution, clause by clause.

    ``langs`` are in the order asked for; ``versions`` maps each to its resolution;
    ``rows`` are the ids in document order (an id only some versions have stands after
    the id before it in those versions).
    """

    langs: tuple[str, ...]
    versions: dict[str, Resolution]
    rows: tuple[Row, ...]

    @property
    def symbol(self) -> str:
        return self.versions[self.langs[0]].symbol


def _merged_ids(orders: Sequence[Sequence[str]]) -> list[str]:
    """The ids of every version in one document order: the first version's order, each
    id of a later version inserted after the id that precedes it there."""
    merged: list[str] = []
    for order in orders:
        previous: str | None = None
        for clause_id in order:
            if clause_id not in merged:
                at = merged.index(previous) + 1 if previous is not None else 0
                merged.insert(at, clause_id)
            previous = clause_id
    return merged


def align_versions(
    resolutions: Iterable[Resolution],
    *,
    langs: Sequence[str] | None = None,
    refs: Sequence[str] = (),
) -> Aligned:
    """The clauses of the versions of one resolution, aligned by id.

    ``langs`` picks and orders the languages (default: as given); a language asked for
    and not given is an error. ``refs`` (as for ``show``) keeps the clauses they name
    in any version: a REF that names nothing in one version but does in another keeps
    its row, with None for that version. Raises :class:`VersionsError` for files of
    different resolutions (naming their FRBR works) and
    :class:`~resolution_cli.errors.RefError` when a REF names nothing in any version.
    """
    from resolution_cli.errors import RefError

    versions = _by_lang(resolutions)
    order = tuple(langs) if langs else tuple(versions)
    absent = [lang for lang in order if lang not in versions]
    if absent:
        given = ", ".join(versions)
        raise VersionsError(f"no version in {', '.join(absent)} given (the files are in {given})")
    chosen: dict[str, Resolution] = {lang: versions[lang] for lang in order}
    wanted: set[str] | None = None
    if refs:
        from resolution_cli import query

        wanted = set()
        errors: list[RefError] = []
        for resolution in chosen.values():
            try:
                wanted.update(c.id for c in query.select(tuple(refs), resolution))
            except RefError as exc:
                errors.append(exc)
        if not wanted:
            raise errors[0]
    ids = _merged_ids([[c.id for c in r.clauses] for r in chosen.values()])
    by_id = {lang: {c.id: c for c in r.clauses} for lang, r in chosen.items()}
    rows = tuple(
        Row(clause_id, {lang: by_id[lang].get(clause_id) for lang in order})
        for clause_id in ids
        if wanted is None or clause_id in wanted
    )
    return Aligned(order, chosen, rows)


def group_versions(resolutions: Iterable[Resolution]) -> list[list[Resolution]]:
    """The resolutions sorted into their works (first seen first), each work's versions
    in the order of :data:`LANGUAGES`."""
    exact: dict[str, list[Resolution]] = {}
    for resolution in resolutions:
        exact.setdefault(resolution.work_uri or resolution.symbol, []).append(resolution)
    # A version whose work URI differs by its date only (the UN's files disagree on the
    # date in a few) joins the one work of that URI whose languages it completes; the
    # parts of a resolution adopted in parts (75/253, 75/253 B) share the URI but for the
    # date, and each has every language: they stay apart.
    merged: list[list[Resolution]] = []
    by_key: dict[str, list[list[Resolution]]] = {}
    for group in exact.values():
        langs = {r.lang for r in group}
        candidates = [
            g for g in by_key.get(work_key(group[0]), []) if not langs & {r.lang for r in g}
        ]
        if len(candidates) == 1:
            candidates[0].extend(group)
            continue
        merged.append(group)
        by_key.setdefault(work_key(group[0]), []).append(group)
    rank = {lang: i for i, lang in enumerate(LANGUAGES)}
    return [sorted(g, key=lambda r: rank.get(r.lang or "", len(rank))) for g in merged]


def cited_symbols(resolution: Resolution) -> frozenset[str]:
    """The document symbols a version writes in full in its clauses, annexes and footnotes
    (``A/75/630``, ``S/2007/279``), normalized.

    Resolutions cited by their number in words ("resolution 60/288") are recognised in
    English and French only, and the header (the drafts) is read differently by
    language: neither is compared, so that only what a version really prints differs.
    """
    from resolution_cli.references import find_references

    return frozenset(
        ref.normalized
        for ref in find_references(resolution)
        if ref.location != "header" and re.match(r"[A-Z]{1,8}/", ref.written)
    )


@dataclass(frozen=True)
class Disagreement:
    """One point where a version differs from the reference version.

    ``kind``: ``clauses`` (counts), ``missing`` (ids of the reference the version lacks),
    ``extra`` (ids it has that the reference lacks), ``footnotes`` (counts),
    ``symbols`` (symbols cited by one and not the other), ``work`` (the FRBR work URIs
    differ, by their date). ``reference`` and ``value`` are what each says.
    """

    lang: str
    kind: str
    reference: str
    value: str


@dataclass(frozen=True)
class VersionCheck:
    """The cross-version check of one resolution: its versions' figures and disagreements."""

    symbol: str
    work: str
    reference: str
    langs: tuple[str, ...]
    clauses: dict[str, int] = field(default_factory=dict)
    footnotes: dict[str, int] = field(default_factory=dict)
    symbols: dict[str, int] = field(default_factory=dict)
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def agrees(self) -> bool:
        return not self.disagreements


def _ids(ids: Iterable[str]) -> str:
    return " ".join(ids)


def check_versions(resolutions: Iterable[Resolution]) -> VersionCheck:
    """Where the versions of one resolution disagree, each against the reference version
    (English if given, else the first): clause counts and ids, footnote counts, the
    symbols written in full, and the FRBR work URI (its date). Raises
    :class:`VersionsError` as :func:`align_versions` does."""
    versions = _by_lang(resolutions)
    rank = {lang: i for i, lang in enumerate(LANGUAGES)}
    langs = tuple(sorted(versions, key=lambda lang: rank.get(lang, len(rank))))
    reference = "en" if "en" in versions else langs[0]
    ref = versions[reference]
    ref_ids = [c.id for c in ref.clauses]
    symbols = {lang: cited_symbols(r) for lang, r in versions.items()}
    found: list[Disagreement] = []
    for lang in langs:
        if lang == reference:
            continue
        other = versions[lang]
        ids = [c.id for c in other.clauses]
        if len(ids) != len(ref_ids):
            found.append(Disagreement(lang, "clauses", str(len(ref_ids)), str(len(ids))))
        own, theirs = set(ids), set(ref_ids)
        missing = [i for i in ref_ids if i not in own]
        extra = [i for i in ids if i not in theirs]
        if missing:
            found.append(Disagreement(lang, "missing", _ids(missing), ""))
        if extra:
            found.append(Disagreement(lang, "extra", "", _ids(extra)))
        if len(other.footnotes) != len(ref.footnotes):
            found.append(
                Disagreement(lang, "footnotes", str(len(ref.footnotes)), str(len(other.footnotes)))
            )
        if symbols[lang] != symbols[reference]:
            found.append(
                Disagreement(
                    lang,
                    "symbols",
                    _ids(sorted(symbols[reference] - symbols[lang])),
                    _ids(sorted(symbols[lang] - symbols[reference])),
                )
            )
        if other.work_uri != ref.work_uri:
            found.append(Disagreement(lang, "work", ref.work_uri or "", other.work_uri or ""))
    return VersionCheck(
        symbol=ref.symbol,
        work=ref.work_uri or ref.symbol,
        reference=reference,
        langs=langs,
        clauses={lang: len(versions[lang].clauses) for lang in langs},
        footnotes={lang: len(versions[lang].footnotes) for lang in langs},
        symbols={lang: len(symbols[lang]) for lang in langs},
        disagreements=tuple(found),
    )
