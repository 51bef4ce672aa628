"""Selection and search over a Resolution: pure functions, no I/O, no output.

- :func:`select` resolves paragraph references as they are cited (``PP3``,
  ``op2``, a bare ``2``, ranges ``PP1-PP4`` / ``OP1-3``, lists ``PP2,OP1``,
  ``II.OP5``, ``"sect. II, para. 5"``, ``annex.12``, ...: :mod:`.paragraph_refs`);
- :func:`grep` searches clause texts with a regular expression or a fixed string;
- :func:`by_verb` finds clauses whose lead phrase belongs to a verb's family;
- :func:`verbs` and :func:`footnote_clauses` build the overviews.

Every result comes in document order: the preamble, then the operative part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol, TypeVar

from resolution_cli.errors import EmptyPattern, InvalidPattern, PatternTimeout
from resolution_cli.words import LEAD_ADVERBS as _ADVERBS

if TYPE_CHECKING:
    from resolution_cli.model import Annex, Clause, Resolution, Vote

#: How long the pattern may run on one clause (its text, or its headings) before the
#: search is stopped as catastrophic backtracking, in seconds. A pattern that simply
#: matches a lot ('.') takes microseconds per clause, however many clauses it matches.
PATTERN_TIMEOUT = 2.0


class Searchable(Protocol):
    """What grep, ``--part`` and ``--verb`` read of a clause.

    A :class:`~resolution_cli.model.Clause` is one; so is a clause as the corpus
    index stores it (:class:`resolution_cli.corpus.search.StoredClause`), so that
    ``search`` decides with these very functions.
    """

    @property
    def id(self) -> str: ...

    @property
    def part(self) -> str: ...  # "preambular" or "operative"

    @property
    def annex(self) -> str | None: ...

    @property
    def lead(self) -> str: ...  # the lead phrase (JSON "verb")

    @property
    def headings(self) -> tuple[str, ...]: ...

    def all_text(self) -> str: ...


C = TypeVar("C", bound=Searchable)


def select(refs: Iterable[str], resolution: Resolution) -> tuple[Clause, ...]:
    """The clauses named by ``refs``, once each, in document order.

    Compact and written REFs, sections and annexes included: see
    :mod:`resolution_cli.paragraph_refs`. Raises :class:`RefError` naming the bad
    reference and the valid ones.
    """
    from resolution_cli.paragraph_refs import select as cite

    return cite(refs, resolution)


def in_part(resolution: Resolution, part: str | None) -> tuple[Clause, ...]:
    """Every clause, or those of one part.

    'preambular' and 'operative' keep to the resolution itself (its sections
    included, its annexes not); 'annex' keeps the annexes' clauses only.
    """
    if part is None:
        return resolution.clauses
    return keep_part(resolution.clauses, part)


def is_in_part(clause: Searchable, part: str | None) -> bool:
    """Whether ``clause`` belongs to ``part`` (None: every clause), as :func:`in_part` says."""
    if part is None:
        return True
    if part == "annex":
        return clause.annex is not None
    return clause.annex is None and clause.part == part


def keep_part(clauses: Iterable[C], part: str | None) -> tuple[C, ...]:
    """The clauses of ``part`` (:func:`is_in_part`), in their order."""
    return tuple(c for c in clauses if is_in_part(c, part))


def compile_pattern(
    pattern: str, *, fixed: bool = False, ignore_case: bool = False, word: bool = False
) -> object:
    """Compile a grep pattern (the ``regex`` engine, which can stop a runaway search).

    Raises :class:`~resolution_cli.errors.InvalidPattern` (a PatternError) for an
    invalid regular expression, :class:`~resolution_cli.errors.EmptyPattern` for "".
    """
    if pattern == "":
        raise EmptyPattern
    import regex

    source = regex.escape(pattern) if fixed else pattern
    if word:
        # As grep -w: no word character on either side (so "(COVID-19)" can match whole).
        source = rf"(?<!\w)(?:{source})(?!\w)"
    flags = regex.VERSION0 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        raise InvalidPattern(pattern, str(exc)) from None


def headings_before(resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """The section and annex headings printed before a clause, by clause id.

    A section's number and heading lines come before its first clause; an annex's
    label and title lines before its first clause (of its own preamble or body).
    """
    found: dict[str, tuple[str, ...]] = {}
    for section in resolution.sections:
        if section.clauses:
            found[section.clauses[0].id] = (section.num, *section.heading)

    def walk(annexes: Iterable[Annex]) -> None:
        for annex in annexes:
            own = annex.preamble + annex.body
            if own:
                found[own[0].id] = (annex.label, *annex.title)
            walk(annex.annexes)

    walk(resolution.annexes)
    return found


def heading_text(clause: Searchable, before: Mapping[str, tuple[str, ...]] | None = None) -> str:
    """The headings grep matches for ``clause``, one per line: a section's or an annex's
    heading printed before it (``before``, from :func:`headings_before`), then its own.

    The corpus index stores this very text for each clause, so ``search`` matches
    what ``grep`` matches.
    """
    return "\n".join((*(before or {}).get(clause.id, ()), *clause.headings))


def grep(
    clauses: Iterable[Searchable],
    compiled: object,
    timeout: float | None = None,
    before: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, tuple[tuple[int, int], ...]]:
    """The (start, end) spans of the matches in each matching clause's ``all_text()``.

    A clause matches when :func:`text_matches` says so: its text, or a heading printed
    just before it (the AKN reader keeps a section's own preambular lines there), or a
    section or annex heading printed before it (``before``, from
    :func:`headings_before`); a match in a heading has no span in ``all_text()``, so
    its spans may be empty. Each regex call may run ``timeout`` seconds (None:
    :data:`PATTERN_TIMEOUT`): one that runs longer is stopped with a
    :class:`~resolution_cli.errors.PatternTimeout` naming the clause (catastrophic
    backtracking such as ``(a+)+$``); a pattern that matches often is not.
    """
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    for clause in clauses:
        text = clause.all_text()
        try:
            if text_matches(text, heading_text(clause, before), compiled, timeout):
                found[clause.id] = spans_in(text, compiled, timeout)
        except TimeoutError:
            raise PatternTimeout(_seconds(timeout), clause.id) from None
    return found


def _seconds(timeout: float | None) -> float:
    return PATTERN_TIMEOUT if timeout is None else timeout


def text_matches(text: str, headings: str, compiled: object, timeout: float | None = None) -> bool:
    """Whether grep keeps a clause of this text and these headings (:func:`heading_text`):
    a match in either. The corpus search makes this very test in SQL. Raises
    TimeoutError when one call runs past ``timeout`` (None: :data:`PATTERN_TIMEOUT`)."""
    search = compiled.search  # type: ignore[attr-defined]
    seconds = _seconds(timeout)
    return search(text, timeout=seconds) is not None or (
        bool(headings) and search(headings, timeout=seconds) is not None
    )


def spans_in(
    text: str, compiled: object, timeout: float | None = None
) -> tuple[tuple[int, int], ...]:
    """The (start, end) span of each match in ``text``; TimeoutError when the search for
    one match runs past ``timeout`` (None: :data:`PATTERN_TIMEOUT`)."""
    seconds = _seconds(timeout)
    finditer = compiled.finditer  # type: ignore[attr-defined]
    return tuple(m.span() for m in finditer(text, timeout=seconds))


def stem(word: str) -> str:
    """A crude English stem, enough for the lead phrases of resolutions.

    welcome, welcomes, welcoming and welcom all give 'welcom'; note, notes and
    noting give 'not'; stress, stresses and stressing give 'stress'.
    """
    w = word.lower().strip(",;:. ")
    for suffix in ("ing", "es", "ed", "s", "e"):
        if (
            w.endswith(suffix)
            and len(w) - len(suffix) >= 3
            and not (suffix == "s" and w.endswith("ss"))
        ):
            return w[: -len(suffix)]
    return w


def verb_matches(lead: str, phrase: str, lang: str | None = None) -> bool:
    """Whether lead phrase ``lead``, of a version in language ``lang`` (None: English),
    belongs to the family of ``phrase``.

    English: the stems of the words of ``phrase`` must equal those of ``lead`` from
    its start, or from its verb when adverbs or a declaration's "We" come first
    (*Also encourages*, *Strongly condemns*, *We decide*, *We strongly commit*).
    Case does not matter; the body text is never searched.

    The other languages (:attr:`resolution_cli.words.Words.verb_match`): case,
    accents, Arabic marks and letter variants do not matter; in French, Spanish,
    Russian and Arabic the words of ``phrase`` start consecutive words of ``lead``,
    from any of its words (an Arabic word may carry its clitic: "إذ تشير" finds
    *وإذ تشير أيضا*; "rappel" finds *Rappelant* and *Rappelle également*); in
    Chinese ``phrase`` is a substring of ``lead`` ("回顾" finds *又回顾*).
    """
    from resolution_cli.words import words_for

    how = words_for(lang).verb_match
    if how == "stem":
        return _stem_matches(lead, phrase)
    wanted, found = _folded(phrase), _folded(lead)
    if how == "chars":
        wanted, found = "".join(wanted.split()), "".join(found.split())
        return bool(wanted) and wanted in found
    return _words_match(found.split(), wanted.split(), _clitics(lang))


def _stem_matches(lead: str, phrase: str) -> bool:
    """English: the stems of ``phrase`` from the start of ``lead`` or from its verb."""
    wanted = [stem(w) for w in phrase.split()]
    words = lead.split()
    if not wanted or not words:
        return False
    starts = [0]
    index = 0
    while index < len(words) - 1 and (
        words[index].lower() in _ADVERBS
        or words[index].lower().endswith("ly")
        or (index == 0 and words[index].lower() == "we")
    ):
        index += 1
        starts.append(index)
    stems = [stem(w) for w in words]
    return any(stems[s : s + len(wanted)] == wanted for s in starts)


def _clitics(lang: str | None) -> tuple[str, ...]:
    from resolution_cli.words import words_for

    return tuple(_folded(c) for c in words_for(lang).clitics)


def _folded(text: str) -> str:
    """``text`` for comparing lead phrases: lower case, without accents, Arabic marks
    and tatweel, Arabic letter variants folded (:mod:`resolution_cli.corpus.textfold`)."""
    import unicodedata

    from resolution_cli.corpus.textfold import fold

    decomposed = unicodedata.normalize("NFD", fold(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words_match(words: list[str], wanted: list[str], clitics: tuple[str, ...]) -> bool:
    """Whether the words ``wanted`` start consecutive words of ``words``, from any of
    them (the first may follow a clitic glued to it)."""
    wanted = [w.strip(",;:.،؛") for w in wanted]
    wanted = [w for w in wanted if w]
    if not wanted:
        return False
    words = [w.strip(",;:.،؛") for w in words]
    for start in range(len(words) - len(wanted) + 1):
        first = words[start]
        heads = [first] + [first[len(c) :] for c in clitics if first.startswith(c)]
        if any(h.startswith(wanted[0]) for h in heads) and all(
            words[start + i].startswith(w) for i, w in enumerate(wanted[1:], 1)
        ):
            return True
    return False


def by_verb(clauses: Iterable[C], phrase: str, lang: str | None = None) -> tuple[C, ...]:
    """The clauses whose lead phrase belongs to the family of ``phrase`` (the clauses of
    a version in language ``lang``; None: English)."""
    return tuple(c for c in clauses if verb_matches(c.lead, phrase, lang))


def verbs(clauses: Iterable[Clause]) -> list[tuple[str, tuple[str, ...]]]:
    """Each lead phrase with the ids that use it, in order of first use."""
    table: dict[str, list[str]] = {}
    for clause in clauses:
        table.setdefault(clause.lead, []).append(clause.id)
    return [(verb, tuple(ids)) for verb, ids in table.items()]


def footnote_clauses(resolution: Resolution) -> dict[int, tuple[str, ...]]:
    """For each footnote number, the ids of the clauses whose markers point to it, in
    document order.

    Every footnote is a key (with ``()`` when no marker points to it). ``footnotes``
    and ``refs`` (a footnote's ``cited_by``, the stable JSON key) both read it here.
    """
    marked: dict[int, list[str]] = {note.number: [] for note in resolution.footnotes}
    for clause in resolution.clauses:
        for number in clause.footnote_numbers():
            marked.setdefault(number, []).append(clause.id)
    return {number: tuple(ids) for number, ids in marked.items()}


#: How a State may have voted, in the order ``votes`` lists them.
VOTE_KINDS = ("yes", "no", "abstain", "absent")


def votes(
    vote: Vote, kind: str | None = None, state: str | None = None
) -> tuple[tuple[str, str], ...]:
    """(State, how it voted) for each State of a recorded vote, in the order of the record.

    The States in favour come first, then those against, abstaining and not voting,
    each list as the file orders it. ``kind`` keeps one of :data:`VOTE_KINDS`.
    ``state`` is matched without regard to case or diacritics: the State it names in
    any spelling (:mod:`resolution_cli.states`: "Côte d'Ivoire" is "COTE D'IVOIRE",
    "Niger" is Niger, not Nigeria), else every State whose name contains it
    ("united" finds all the Uniteds).
    """
    rows = [(name, how) for how in VOTE_KINDS for name in vote.states(how)]
    if state is not None:
        from resolution_cli.states import fold, same_state

        wanted = same_state(state)
        exact = [row for row in rows if same_state(row[0]) == wanted]
        rows = exact or [row for row in rows if fold(state) in fold(row[0])]
    return tuple(row for row in rows if kind is None or row[1] == kind)


def no_votes_note(resolution: Resolution) -> str | None:
    """Why ``resolution`` lists no State's vote (one line, for ``votes``), or None when
    it records how each State voted.

    Adopted without a vote, adopted by a vote whose States the file does not name, a
    vote recorded as counts only, or no vote recorded at all.
    """
    vote = resolution.vote
    if vote is not None and any(vote.states(how) for how in VOTE_KINDS):
        return None
    name = resolution.symbol or "the resolution"
    adoption = (resolution.adoption_type or "").casefold()
    if vote is not None:
        return f"{name}: the file records the counts of the vote but not the States"
    if "without" in adoption or "consensus" in adoption:
        return f"{name} was adopted without a vote: there is no vote to list"
    if "vote" in adoption:
        return f"{name} was adopted by a {adoption}, but the file does not name the States"
    return f"{name}: the file records no vote"
