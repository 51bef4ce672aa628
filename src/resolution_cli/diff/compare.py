"""The diff of two resolutions: one record per pair of clauses or clause alone, and a summary.

:func:`compare` is pure: two :class:`Resolution` in, a :class:`DiffResult` out.

- **Parts.** Clauses pair only within the same part: the preamble with the
  preamble, the operative part with the operative part, each section's preamble
  and operative part with those of the matching section, each annex's preamble
  and body with those of the matching annex. Sections (and annexes) match by
  heading (title) first: a heading, case and spaces aside, that exactly one section
  of each side bears pairs those two whatever their numbers (section II became
  III); the others match by their printed number (:func:`matching`). A part
  that only one side has is all added or all deleted. Within a part the pairing
  is :func:`resolution_cli.diff.align.align`'s (by similarity and order; under the
  threshold, by the same place, lead phrase and purpose: ``by_place``).
- **Text compared**: a clause's full text with its sub-paragraphs,
  ``Clause.all_text()`` (one line each, labels included: ``(a) ...``), without
  headings and without footnote markers.
- **op**: ``same`` (identical text, and its footnotes say the same), ``changed``
  (paired, in order, the text or a footnote differs), ``moved`` (paired, out of
  order; ``changed`` says whether it also differs), ``added``, ``deleted``.
- **Splits and merges**: a paragraph split in two pairs with its larger part (the
  rest of it deleted there) and the other part is ``added``, with ``split_from`` set
  to the old id of a changed pair at most three records away (:data:`NEAR`) when at
  least 80 % of its words (:data:`CONTAINED`) are, in order, among those deleted from
  that pair. The reverse, a ``deleted`` clause whose words
  were inserted into a changed pair, is ``merged_into`` that pair's new id.
- **Footnotes** are compared by their text (numbers shift from one year to the
  next): ``footnotes_added`` are the texts of the footnotes the new clause cites
  that the old one does not, ``footnotes_removed`` the reverse.
- **References** (``refs_added``/``refs_removed``): per clause, the normalized
  symbols (``A/RES/74/19``) that ``symbols.find_symbols`` finds in its text and
  in the footnotes it cites, on one side and not on the other. The summary's are
  the same sets taken over every clause compared, so a citation that moved from
  one clause to another is not counted there.
- **Summary**: the count of records per op, the words inserted and deleted (in
  the word diffs: an added clause's words are all inserted), and the changes of
  the header: title, agenda items, sponsors (with additional sponsors) added and
  removed, adoption type; and the title's word diff (``title_diff``) for the renderers.
- **Headings**: a section heading or an annex title that changed (of a section or
  annex both sides have) is in the summary's ``headings``, and makes them differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Literal

from resolution_cli.diff.align import THRESHOLD, align
from resolution_cli.diff.words import Segment, word_count, word_diff, words

if TYPE_CHECKING:
    from resolution_cli.model import Annex, Clause, Resolution

__all__ = ["OPS", "DiffRecord", "DiffResult", "DiffSummary", "Scope", "compare"]

Op = Literal["same", "changed", "added", "deleted", "moved"]
#: The record ops, in the order the summary counts them.
OPS: tuple[Op, ...] = ("same", "changed", "added", "deleted", "moved")


@dataclass(frozen=True)
class DiffRecord:
    """One pair of clauses, or one clause alone, and what changed."""

    op: Op
    old: Clause | None
    new: Clause | None
    diff: tuple[Segment, ...]
    moved: bool = False
    changed: bool | None = None
    similarity: float | None = None
    footnotes_added: tuple[str, ...] = ()
    footnotes_removed: tuple[str, ...] = ()
    refs_added: tuple[str, ...] = ()
    refs_removed: tuple[str, ...] = ()
    split_from: str | None = None
    merged_into: str | None = None
    #: Paired under the threshold by the same place, lead phrase and purpose (``align`` pass 4).
    by_place: bool = False

    @property
    def old_id(self) -> str | None:
        return self.old.id if self.old else None

    @property
    def new_id(self) -> str | None:
        return self.new.id if self.new else None

    @property
    def old_text(self) -> str | None:
        return self.old.all_text() if self.old else None

    @property
    def new_text(self) -> str | None:
        return self.new.all_text() if self.new else None

    @property
    def clause(self) -> Clause:
        """The new clause, or the old one when it was deleted."""
        clause = self.new or self.old
        assert clause is not None
        return clause


@dataclass(frozen=True)
class DiffSummary:
    """The counts and the header changes."""

    old_symbol: str
    new_symbol: str
    counts: dict[str, int]
    words_inserted: int
    words_deleted: int
    title: tuple[str, str] | None = None
    agenda_items: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    sponsors_added: tuple[str, ...] = ()
    sponsors_removed: tuple[str, ...] = ()
    adoption_type: tuple[str | None, str | None] | None = None
    refs_added: tuple[str, ...] = ()
    refs_removed: tuple[str, ...] = ()
    #: The new title, word-diffed against the old one (one ``equal`` segment if the same).
    title_diff: tuple[Segment, ...] = ()
    #: Headings that changed: (``section II`` / ``Annex I``, old lines, new lines), for
    #: the sections and annexes both sides have (within the scope compared).
    headings: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    @property
    def header_changed(self) -> bool:
        return bool(
            self.title
            or self.agenda_items
            or self.sponsors_added
            or self.sponsors_removed
            or self.adoption_type
        )


@dataclass(frozen=True)
class DiffResult:
    """Every record, in reading order, and the summary."""

    old: Resolution
    new: Resolution
    records: tuple[DiffRecord, ...]
    summary: DiffSummary
    limited: bool = False  #: --part, --section or --annex limited the comparison

    @property
    def differ(self) -> bool:
        """Whether there are differences: a record that is not ``same`` or, when the whole
        resolutions are compared, a change in the header."""
        if any(r.op != "same" for r in self.records) or self.summary.headings:
            return True
        return not self.limited and self.summary.header_changed


@dataclass(frozen=True)
class Scope:
    """What to compare: a part (``preambular``, ``operative`` of the resolution itself, or
    ``annex``), one section (its printed number), one annex (its number, ``""`` for a
    lone unnumbered annex). Empty: everything."""

    part: str | None = None
    section: str | None = None
    annex: str | None = None

    @property
    def limited(self) -> bool:
        return self.part is not None or self.section is not None or self.annex is not None

    def keeps(self, clause: Clause) -> bool:
        from resolution_cli.query import is_in_part

        if not is_in_part(clause, self.part):
            return False
        if (
            self.section is not None
            and (clause.section or "").casefold() != self.section.casefold()
        ):
            return False
        if self.annex is not None:
            if clause.annex is None:
                return False
            own, wanted = clause.annex.casefold(), self.annex.casefold()
            if own != wanted and not own.startswith(wanted + "."):
                return False
        return True


Key = tuple[str | None, str | None, str]


def _key(clause: Clause, renamed: tuple[dict[str, str], dict[str, str]] | None = None) -> Key:
    section = clause.section.casefold() if clause.section is not None else None
    annex = clause.annex
    if renamed is not None:
        sections, annexes = renamed
        if section is not None:
            section = sections.get(section, section)
        if annex is not None:
            top, dot, rest = annex.partition(".")
            annex = annexes.get(top, top) + dot + rest
    return (section, annex, clause.part.value)


def _segments(
    clauses: Iterable[Clause], renamed: tuple[dict[str, str], dict[str, str]] | None = None
) -> dict[Key, list[Clause]]:
    out: dict[Key, list[Clause]] = {}
    for clause in clauses:
        out.setdefault(_key(clause, renamed), []).append(clause)
    return out


def _heading(lines: Iterable[str]) -> str:
    return " ".join(" ".join(lines).split()).casefold()


def matching(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> dict[str, str]:
    """Which old part matches which new part, from (number, heading) of each side: the
    old number -> the new number, for each old part whose number changed (or that
    matches none: it is given a number no new part has).

    A heading (case and spaces aside, not empty) that exactly one part of each side
    bears pairs those two; the others pair by number, among those left."""
    counts_old = Counter(heading for _, heading in old)
    counts_new = Counter(heading for _, heading in new)
    by_heading = {h: n for n, h in new if h and counts_new[h] == 1}
    paired: dict[str, str] = {}
    for num, heading in old:
        if heading and counts_old[heading] == 1 and heading in by_heading:
            paired[num] = by_heading[heading]
    taken = set(paired.values())
    new_nums = {n for n, _ in new}
    out: dict[str, str] = {}
    for num, _ in old:
        if num in paired:
            if paired[num] != num:
                out[num] = paired[num]
        elif num in taken or num not in new_nums:
            # its number now belongs to another heading, or to no part: it matches none
            out[num] = f"{num} (old)"
    return out


def _renamed(old: Resolution, new: Resolution) -> tuple[dict[str, str], dict[str, str]]:
    """The old section and annex numbers (section numbers case-folded) -> the new ones."""
    sections = matching(
        [(s.num.casefold(), _heading(s.heading)) for s in old.sections],
        [(s.num.casefold(), _heading(s.heading)) for s in new.sections],
    )
    annexes = matching(
        [(a.num, _heading(a.title)) for a in old.annexes],
        [(a.num, _heading(a.title)) for a in new.annexes],
    )
    return sections, annexes


def _segment_order(old: list[Key], new: list[Key]) -> list[Key]:
    """New order; a key only the old side has goes after the key it followed there."""
    order = list(new)
    for index, key in enumerate(old):
        if key in order:
            continue
        position = 0
        for before in reversed(old[:index]):
            if before in order:
                position = order.index(before) + 1
                break
        order.insert(position, key)
    return order


class _Context:
    """Footnote texts and references of one side, cached per text."""

    def __init__(self, resolution: Resolution, symbols: Callable[[str], frozenset[str]]) -> None:
        self.resolution = resolution
        self.symbols = symbols

    def footnotes(self, clause: Clause) -> list[str]:
        texts = []
        for number in clause.footnote_numbers():
            note = self.resolution.footnote(number)
            if note is not None:
                texts.append(note.text)
        return texts

    def refs(self, clause: Clause) -> set[str]:
        found = set(self.symbols(clause.all_text()))
        for text in self.footnotes(clause):
            found |= self.symbols(text)
        return found


_DIGIT = re.compile(r"\d")


def _symbol_finder() -> Callable[[str], frozenset[str]]:
    from resolution_cli.symbols import find_symbols

    cache: dict[str, frozenset[str]] = {}

    def symbols(text: str) -> frozenset[str]:
        found = cache.get(text)
        if found is None and _DIGIT.search(text) is None:
            found = frozenset()  # every symbol has a number: no digit, no symbol
            cache[text] = found
        if found is None:
            found = frozenset(
                symbol.normalized for match in find_symbols(text) for symbol in match.symbols
            )
            cache[text] = found
        return found

    return symbols


def _no_symbols(text: str) -> frozenset[str]:
    return frozenset()


def _only(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    """The items of ``first`` that ``second`` lacks, in order, once each."""
    other = set(second)
    return tuple(dict.fromkeys(x for x in first if x not in other))


def _only_states(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    """The sponsors of ``first`` that ``second`` lacks, two spellings of one State
    ("United Kingdom", "United Kingdom of Great Britain and Northern Ireland") alike."""
    from resolution_cli.states import same_state

    other = {same_state(x) for x in second}
    return tuple(dict.fromkeys(x for x in first if same_state(x) not in other))


def _record(
    old: Clause | None,
    new: Clause | None,
    similarity: float | None,
    moved: bool,
    old_side: _Context,
    new_side: _Context,
) -> DiffRecord:
    if new is None:
        assert old is not None
        return DiffRecord(
            "deleted",
            old,
            None,
            tuple(word_diff(old.all_text(), "")),
            footnotes_removed=tuple(dict.fromkeys(old_side.footnotes(old))),
            refs_removed=tuple(sorted(old_side.refs(old))),
        )
    if old is None:
        return DiffRecord(
            "added",
            None,
            new,
            tuple(word_diff("", new.all_text())),
            footnotes_added=tuple(dict.fromkeys(new_side.footnotes(new))),
            refs_added=tuple(sorted(new_side.refs(new))),
        )
    old_text, new_text = old.all_text(), new.all_text()
    notes_old, notes_new = old_side.footnotes(old), new_side.footnotes(new)
    changed = old_text != new_text or sorted(notes_old) != sorted(notes_new)
    refs_added: tuple[str, ...] = ()
    refs_removed: tuple[str, ...] = ()
    if changed:
        refs_old, refs_new = old_side.refs(old), new_side.refs(new)
        refs_added, refs_removed = (
            tuple(sorted(refs_new - refs_old)),
            tuple(sorted(refs_old - refs_new)),
        )
    op: Op = "moved" if moved else ("changed" if changed else "same")
    return DiffRecord(
        op,
        old,
        new,
        tuple(word_diff(old_text, new_text)),
        moved=moved,
        changed=changed,
        similarity=round(similarity, 4) if similarity is not None else None,
        footnotes_added=_only(notes_new, notes_old),
        footnotes_removed=_only(notes_old, notes_new),
        refs_added=refs_added,
        refs_removed=refs_removed,
    )


#: The share of an added clause's words found, in order, among the words deleted from a
#: changed pair for it to be reported as split from that pair's old clause (and the
#: reverse for a deleted clause merged into a pair's new clause).
CONTAINED = 0.8


#: How far (in records, in reading order) a split-off or merged clause may stand from
#: the changed pair it is compared with.
NEAR = 3


def _contained(mine: list[str], theirs: list[str]) -> float:
    """The share of the words ``mine`` found, in order, in ``theirs`` (0 under 3 words)."""
    if len(mine) < 3 or len(theirs) < CONTAINED * len(mine):
        return 0.0
    shared = Counter(mine) & Counter(theirs)
    if sum(shared.values()) < CONTAINED * len(mine):
        return 0.0
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(mine)


def _splits_and_merges(records: list[DiffRecord]) -> list[DiffRecord]:
    """An added clause whose words are (mostly) those deleted from a nearby changed pair
    was split from its old clause: ``split_from``; a deleted clause whose words were
    (mostly) inserted into a nearby changed pair was merged into its new clause:
    ``merged_into``. Nearby: at most :data:`NEAR` records apart."""
    out = list(records)
    for index, record in enumerate(records):
        if record.op not in ("added", "deleted"):
            continue
        added = record.op == "added"
        clause = record.new if added else record.old
        assert clause is not None
        mine = words(clause.all_text())
        best: tuple[float, DiffRecord | None] = (0.0, None)
        for other in records[max(0, index - NEAR) : index + NEAR + 1]:
            if not other.changed or other.old is None or other.new is None:
                continue
            wanted = "delete" if added else "insert"
            theirs = words(" ".join(s.text for s in other.diff if s.op == wanted))
            share = _contained(mine, theirs)
            if share > best[0]:
                best = (share, other)
        share, pair = best
        if pair is not None and share >= CONTAINED:
            if added:
                out[index] = replace(record, split_from=pair.old_id)
            else:
                out[index] = replace(record, merged_into=pair.new_id)
    return out


def compare(
    old: Resolution,
    new: Resolution,
    scope: Scope | None = None,
    threshold: float = THRESHOLD,
    *,
    refs: bool = True,
) -> DiffResult:
    """The records and summary of the changes from ``old`` to ``new`` (module doc).

    ``refs=False`` leaves the references out (``refs_added``/``refs_removed`` stay
    empty, here and in the summary): what ``history`` asks, for speed."""
    scope = scope or Scope()
    symbols = _symbol_finder() if refs else _no_symbols
    old_side, new_side = _Context(old, symbols), _Context(new, symbols)
    old_clauses = [c for c in old.clauses if scope.keeps(c)]
    new_clauses = [c for c in new.clauses if scope.keeps(c)]
    renamed = _renamed(old, new)
    old_parts = _segments(old_clauses, renamed)
    new_parts = _segments(new_clauses)
    records: list[DiffRecord] = []
    for key in _segment_order(list(old_parts), list(new_parts)):
        olds, news = old_parts.get(key, []), new_parts.get(key, [])
        texts_old = [c.all_text() for c in olds]
        texts_new = [c.all_text() for c in news]
        pairs = align(
            texts_old, texts_new, threshold, ([c.lead for c in olds], [c.lead for c in news])
        )
        part = [
            _record(
                olds[pair.old] if pair.old is not None else None,
                news[pair.new] if pair.new is not None else None,
                pair.similarity if pair.old is not None and pair.new is not None else None,
                pair.moved,
                old_side,
                new_side,
            )
            for pair in pairs
        ]
        part = [
            replace(record, by_place=True) if pair.by_place else record
            for record, pair in zip(part, pairs, strict=True)
        ]
        records += _splits_and_merges(part)
    summary = _summary(old, new, records, old_side, new_side, old_clauses, new_clauses)
    summary = replace(summary, headings=tuple(_headings(old, new, scope, renamed)))
    return DiffResult(old, new, tuple(records), summary, scope.limited)


def _summary(
    old: Resolution,
    new: Resolution,
    records: list[DiffRecord],
    old_side: _Context,
    new_side: _Context,
    old_clauses: list[Clause],
    new_clauses: list[Clause],
) -> DiffSummary:
    counts: dict[str, int] = dict.fromkeys(OPS, 0)
    inserted = deleted = 0
    for record in records:
        counts[record.op] += 1
        for segment in record.diff:
            if segment.op == "insert":
                inserted += word_count(segment.text)
            elif segment.op == "delete":
                deleted += word_count(segment.text)
    refs_old: set[str] = set()
    refs_new: set[str] = set()
    for clause in old_clauses:
        refs_old |= old_side.refs(clause)
    for clause in new_clauses:
        refs_new |= new_side.refs(clause)
    items_old = tuple(_agenda(old))
    items_new = tuple(_agenda(new))
    sponsors_old = old.sponsors + old.additional_sponsors
    sponsors_new = new.sponsors + new.additional_sponsors
    return DiffSummary(
        old_symbol=old.symbol,
        new_symbol=new.symbol,
        counts=counts,
        words_inserted=inserted,
        words_deleted=deleted,
        title=(old.title, new.title) if old.title != new.title else None,
        agenda_items=(items_old, items_new) if items_old != items_new else None,
        sponsors_added=_only_states(sponsors_new, sponsors_old),
        sponsors_removed=_only_states(sponsors_old, sponsors_new),
        adoption_type=(
            (old.adoption_type, new.adoption_type)
            if old.adoption_type != new.adoption_type
            else None
        ),
        refs_added=tuple(sorted(refs_new - refs_old)),
        refs_removed=tuple(sorted(refs_old - refs_new)),
        title_diff=(
            tuple(word_diff(old.title, new.title))
            if old.title != new.title
            else (Segment("equal", new.title),)
        ),
    )


def _agenda(resolution: Resolution) -> Iterable[str]:
    for item in resolution.agenda_items:
        yield f"{item.number}: {item.title}" if item.title else item.number


def _annex_titles(
    annexes: Iterable[Annex], within: str = "", path: str = ""
) -> Iterable[tuple[str, str, tuple[str, ...]]]:
    """(``Annex I``, its number for :class:`Scope`, its title lines), nested annexes too."""
    for annex in annexes:
        where = f"{path}, {annex.label}" if path else annex.label
        num = annex.num if not within else f"{within}.{annex.label.casefold().replace(' ', '')}"
        yield where, num, annex.title
        yield from _annex_titles(annex.annexes, num or within, where)


def _headings(
    old: Resolution,
    new: Resolution,
    scope: Scope,
    renamed: tuple[dict[str, str], dict[str, str]] = ({}, {}),
) -> Iterable[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The section headings and annex titles that changed, of the sections and annexes
    that match (:func:`matching`: by heading, else by number; ``renamed`` is its result),
    an annex's nested annexes included."""
    if scope.annex is None and scope.part != "annex":
        numbers = renamed[0]
        before = {numbers.get(s.num.casefold(), s.num.casefold()): s for s in old.sections}
        for section in new.sections:
            was = before.get(section.num.casefold())
            wanted = scope.section is None or scope.section.casefold() == section.num.casefold()
            if was is not None and wanted and was.heading != section.heading:
                yield f"section {section.num}", was.heading, section.heading
    if scope.section is None and scope.part in (None, "annex"):
        numbers = renamed[1]
        matched = {numbers.get(a.num, a.num): a for a in old.annexes}
        for annex in new.annexes:
            old_annex = matched.get(annex.num)
            if old_annex is None:
                continue
            # the old annex's titles, named as the new annex it matches names them
            titles = {
                annex.label + where[len(old_annex.label) :]: title
                for where, _, title in _annex_titles((old_annex,))
            }
            for where, num, title in _annex_titles((annex,)):
                wanted = scope.annex is None or (
                    num.casefold() == scope.annex.casefold()
                    or num.casefold().startswith(scope.annex.casefold() + ".")
                )
                if where in titles and wanted and titles[where] != title:
                    yield where, titles[where], title
