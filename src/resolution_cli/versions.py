"""The language versions of one resolution: matched, paired paragraph by paragraph, and
checked.

Versions are matched by what the files declare, never by file name: the FRBR work
(``Resolution.work_uri``, from ``FRBRWork/FRBRthis``) and the language
(``Resolution.lang``, from ``FRBRExpression/FRBRlanguage``). The UN's work URI
carries the adoption date, which differs between languages in a few files (or is
empty): two works are the same when their URIs are equal, or equal once the date
is set aside (``/unga/2021-04-16/75-272/`` and ``/unga//75-272/``). A source with
no work URI (JSON, text) is matched by its symbol.

- :func:`counterparts` pairs the clauses of a version with those of the reference
  version (English): a clause printed with a number is the clause of that id; the
  paragraphs printed without one (every preambular paragraph, ``OP.u1``, ``annex.u2``),
  whose ids are their places, are paired by what every language writes alike (the
  figures they cite, their footnote markers, their share of the text), so that a
  paragraph missing from one version leaves a hole at its place and never shifts its
  neighbours onto the wrong ids;
- :func:`align_versions` lays the versions side by side on those pairs: one
  :class:`Row` per paragraph, in document order, with the clause of each language or
  None where that version has no counterpart (never a neighbour in its place);
- :func:`check_versions` reports where the versions disagree: clause counts, ids
  missing, extra or renumbered, footnote counts and the symbols each cites;
- :func:`group_versions` sorts many resolutions into their works (a folder).

Pure functions: no I/O, no output. The side-by-side view (``show --lang``), the
translation memory (``export --format tmx``) and ``resolution languages`` stand on them.
"""

from __future__ import annotations

import re
from collections import Counter
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
    "counterparts",
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


def _reference(langs: Sequence[str]) -> str:
    """The version the others are compared with and paired to: English if among
    ``langs``, else the first."""
    return "en" if "en" in langs else langs[0]


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
    """One paragraph and its clause in each language (None: that version has no
    counterpart of it).

    ``id`` is the reference version's id of the paragraph; a paragraph the reference
    lacks is ``lang:id`` (``ar:PP3``), the id in the one version that has it. Each
    clause keeps its own id: where a version lacks a paragraph printed without a
    number, its later ones have ids one place lower than the reference's.
    """

    id: str
    clauses: dict[str, Clause | None]

    @property
    def missing(self) -> tuple[str, ...]:
        """The languages whose version has no counterpart of this paragraph."""
        return tuple(lang for lang, clause in self.clauses.items() if clause is None)


@dataclass(frozen=True)
class Aligned:
    """The versions of one resolution, paragraph by paragraph.

    ``langs`` are in the order asked for; ``versions`` maps each to its resolution;
    ``reference`` is the version the others are paired with (English if among them,
    else the first asked); ``rows`` are in the reference's document order, a paragraph
    only another version has after the paragraph before it in that version.
    """

    langs: tuple[str, ...]
    versions: dict[str, Resolution]
    rows: tuple[Row, ...]
    reference: str

    @property
    def symbol(self) -> str:
        return self.versions[self.langs[0]].symbol


# ----------------------------------------------------------------- counterparts

#: A run of digits in any script (``int()`` reads Arabic-Indic and full-width digits).
_DIGITS = re.compile(r"\d+")

#: The worth of pairing two unnumbered clauses at all, above any likeness: the pairing
#: keeps as many pairs as the two runs allow, and likeness only decides which.
_PAIR = 10.0


@dataclass(frozen=True)
class _Traits:
    """What the versions of a paragraph share whatever their language."""

    figures: Counter[int]
    footnotes: int
    share: float


def _traits(clauses: Sequence[Clause]) -> list[_Traits]:
    texts = [c.all_text() for c in clauses]
    total = sum(len(t) for t in texts) or 1
    return [
        _Traits(
            Counter(int(d) for d in _DIGITS.findall(text)),
            len(clause.footnote_numbers()),
            len(text) / total,
        )
        for clause, text in zip(clauses, texts, strict=True)
    ]


def _likeness(a: _Traits, b: _Traits) -> float:
    """0..1: how alike two paragraphs of two versions are, by what no translation
    changes: the figures they write (years, symbols, amounts), their footnote markers
    and their share of their version's text."""
    if a.figures or b.figures:
        common = sum((a.figures & b.figures).values())
        figures = common / sum((a.figures | b.figures).values())
    else:
        figures = 0.5
    footnotes = 1.0 if a.footnotes == b.footnotes else 0.0
    longer = max(a.share, b.share)
    share = min(a.share, b.share) / longer if longer else 1.0
    return 0.6 * figures + 0.15 * footnotes + 0.25 * share


def _place(clause: Clause) -> tuple[str | None, str | None, str | None, str]:
    """Where a clause stands: its section, annex, article and part."""
    return (clause.section, clause.annex, clause.article, clause.part)


def _key(clause: Clause) -> str:
    """The clause's id if printed with a number; else only its place (its id is a
    position, which says nothing of which paragraph it is)."""
    if clause.num is not None:
        return clause.id
    return "\x00".join(str(p) for p in _place(clause))


Pair = tuple["Clause | None", "Clause | None"]


def _pair_run(
    a: Sequence[Clause], b: Sequence[Clause], ta: Sequence[_Traits], tb: Sequence[_Traits]
) -> list[Pair]:
    """The clauses of two runs between the same numbered paragraphs, paired in order:
    as many pairs as their places allow, the likeliest; on a tie, a version lacking a
    paragraph lacks the last one."""
    if [_key(c) for c in a] == [_key(c) for c in b]:
        return list(zip(a, b, strict=True))
    n, m = len(a), len(b)

    def worth(i: int, j: int) -> float | None:
        if _key(a[i]) != _key(b[j]):
            return None
        return _PAIR + _likeness(ta[i], tb[j])

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            value = max(best[i + 1][j], best[i][j + 1])
            w = worth(i, j)
            if w is not None:
                value = max(value, w + best[i + 1][j + 1])
            best[i][j] = value
    pairs: list[Pair] = []
    i = j = 0
    while i < n and j < m:
        w = worth(i, j)
        if w is not None and best[i][j] == w + best[i + 1][j + 1]:
            pairs.append((a[i], b[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((a[i], None))
            i += 1
        else:
            pairs.append((None, b[j]))
            j += 1
    pairs.extend((clause, None) for clause in a[i:])
    pairs.extend((None, clause) for clause in b[j:])
    return pairs


def counterparts(reference: Resolution, other: Resolution) -> list[Pair]:
    """The clauses of two versions paired, in document order: ``(ref, other)``, with
    None where one has no counterpart.

    A clause printed with a number pairs with the clause of the same id. Between two
    such, the clauses printed without one (preambular paragraphs, ``OP.u1``) pair in
    order within the same place (section, annex, article, part); where the runs differ
    in length, the pairs are those alike in what no translation changes (the figures
    they cite, their footnote markers, their share of the text), so that a preambular
    paragraph missing from a version (the UN's Arabic and Chinese files of the
    peacekeeping budgets of session 75 lack the recall of the Security Council's
    mandate) is missing at its place.
    """
    from difflib import SequenceMatcher

    a, b = reference.clauses, other.clauses
    if [c.id for c in a] == [c.id for c in b]:
        return list(zip(a, b, strict=True))
    ta, tb = _traits(a), _traits(b)
    anchors = [
        (i, j)
        for tag, i1, i2, j1, _ in SequenceMatcher(
            None, [_key(c) for c in a], [_key(c) for c in b], autojunk=False
        ).get_opcodes()
        if tag == "equal"
        for i, j in zip(range(i1, i2), range(j1, j1 + i2 - i1), strict=True)
        if a[i].num is not None
    ]
    pairs: list[Pair] = []
    i0 = j0 = 0
    for i, j in [*anchors, (len(a), len(b))]:
        pairs.extend(_pair_run(a[i0:i], b[j0:j], ta[i0:i], tb[j0:j]))
        if i < len(a):
            pairs.append((a[i], b[j]))
        i0, j0 = i + 1, j + 1
    return pairs


_Found = dict[str, "Clause | None"]


def _merge_extras(
    existing: list[tuple[str, _Found]], extras: Sequence[Clause], lang: str
) -> list[tuple[str, _Found]]:
    """The rows of one gap between two rows of the reference (paragraphs the reference
    lacks) with ``lang``'s extras there: an extra like one another version has there
    joins its row (75/290 A: the same unnumbered paragraph in French and Spanish), the
    others make rows of their own, in their order."""
    if not existing:
        return [(f"{lang}:{c.id}", {lang: c}) for c in extras]
    if not extras:
        return existing
    firsts = [next(c for c in found.values() if c is not None) for _, found in existing]
    rows = {id(first): row for first, row in zip(firsts, existing, strict=True)}
    merged: list[tuple[str, _Found]] = []
    for theirs, mine in _pair_run(firsts, extras, _traits(firsts), _traits(extras)):
        if theirs is not None:
            row = rows[id(theirs)]
            if mine is not None:
                row[1][lang] = mine
            merged.append(row)
        elif mine is not None:
            merged.append((f"{lang}:{mine.id}", {lang: mine}))
    return merged


def _rows(chosen: dict[str, Resolution], reference: str) -> list[Row]:
    """One row per clause of the reference, each other version's counterpart in it; the
    clauses the reference lacks make rows of their own after their predecessor's, one
    per paragraph whatever the versions that have it (:func:`_merge_extras`)."""
    main: list[tuple[str, _Found]] = [(c.id, {reference: c}) for c in chosen[reference].clauses]
    at = {row_id: index for index, (row_id, _) in enumerate(main)}
    gaps: list[list[tuple[str, _Found]]] = [[] for _ in range(len(main) + 1)]
    for lang, version in chosen.items():
        if lang == reference:
            continue
        extras: list[list[Clause]] = [[] for _ in gaps]
        gap = 0
        for mine, theirs in counterparts(chosen[reference], version):
            if mine is None:
                assert theirs is not None
                extras[gap].append(theirs)
                continue
            index = at[mine.id]
            main[index][1][lang] = theirs
            gap = index + 1
        gaps = [_merge_extras(rows, new, lang) for rows, new in zip(gaps, extras, strict=True)]
    ordered = [*gaps[0]]
    for row, after in zip(main, gaps[1:], strict=True):
        ordered += [row, *after]
    return [Row(row_id, {lang: found.get(lang) for lang in chosen}) for row_id, found in ordered]


def _named(rows: Sequence[Row], reference: str, named: set[str], lang: str) -> list[int]:
    """The indexes of the rows whose clause in ``lang`` one REF names (``named``, ids
    of that version); in the reference, with the rows of paragraphs only other versions
    have between two of them."""
    kept: list[int] = []
    pending: list[int] = []
    inside = False
    for index, row in enumerate(rows):
        clause = row.clauses[lang]
        if clause is None:
            if inside and lang == reference and row.clauses[reference] is None:
                pending.append(index)
            continue
        if clause.id in named:
            kept += pending
            kept.append(index)
            inside = True
        else:
            inside = False
        pending = []
    return kept


def align_versions(
    resolutions: Iterable[Resolution],
    *,
    langs: Sequence[str] | None = None,
    refs: Sequence[str] = (),
) -> Aligned:
    """The clauses of the versions of one resolution, paragraph by paragraph
    (:func:`counterparts` of each with the reference: English if among them, else the
    first language asked).

    ``langs`` picks and orders the languages (default: as given); a language asked for
    and not given is an error. ``refs`` (as for ``show``) keeps the rows of the
    paragraphs each names in the reference version (with the paragraphs only other
    versions have between two of them); a REF that names nothing in the reference
    keeps the rows of what it names in the first version where it names something.
    Raises :class:`VersionsError` for files of
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
    reference = _reference(order)
    rows = _rows(chosen, reference)
    if refs:
        from resolution_cli import query

        kept: set[int] = set()
        for ref in refs:  # each on its own: one naming nothing somewhere spoils no other
            found: list[int] = []
            error: RefError | None = None
            for lang in (reference, *(lang for lang in order if lang != reference)):
                try:
                    named = {c.id for c in query.select((ref,), chosen[lang])}
                except RefError as exc:
                    error = error or exc
                    continue
                found = _named(rows, reference, named, lang)
                break  # the reference's paragraphs, else those of the first version
            if not found:
                assert error is not None
                raise error
            kept.update(found)
        rows = [row for index, row in enumerate(rows) if index in kept]
    return Aligned(order, chosen, tuple(rows), reference)


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

    ``kind``: ``clauses`` (counts), ``missing`` (the reference's ids of the paragraphs
    the version lacks), ``extra`` (the version's ids of those the reference lacks),
    ``renumbered`` (the same paragraphs under other ids: the reference's, then the
    version's, in the same order), ``footnotes`` (counts),
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
    (English if given, else the first): clause counts, the paragraphs each lacks or
    adds and those under other ids (:func:`counterparts`), footnote counts, the
    symbols written in full, and the FRBR work URI (its date). Raises
    :class:`VersionsError` as :func:`align_versions` does."""
    versions = _by_lang(resolutions)
    rank = {lang: i for i, lang in enumerate(LANGUAGES)}
    langs = tuple(sorted(versions, key=lambda lang: rank.get(lang, len(rank))))
    reference = _reference(langs)
    ref = versions[reference]
    symbols = {lang: cited_symbols(r) for lang, r in versions.items()}
    found: list[Disagreement] = []
    for lang in langs:
        if lang == reference:
            continue
        other = versions[lang]
        pairs = counterparts(ref, other)
        if len(other.clauses) != len(ref.clauses):
            found.append(
                Disagreement(lang, "clauses", str(len(ref.clauses)), str(len(other.clauses)))
            )
        missing = [mine.id for mine, theirs in pairs if theirs is None and mine is not None]
        extra = [theirs.id for mine, theirs in pairs if mine is None and theirs is not None]
        moved = [(m.id, t.id) for m, t in pairs if m is not None and t is not None and m.id != t.id]
        if missing:
            found.append(Disagreement(lang, "missing", _ids(missing), ""))
        if extra:
            found.append(Disagreement(lang, "extra", "", _ids(extra)))
        if moved:
            found.append(
                Disagreement(
                    lang, "renumbered", _ids(m for m, _ in moved), _ids(t for _, t in moved)
                )
            )
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
