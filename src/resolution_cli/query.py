"""Selection and search over a Resolution: pure functions, no I/O, no output.

- :func:`select` resolves paragraph references as they are cited (``PP3``,
  ``op2``, a bare ``2``, ranges ``PP1-PP4`` / ``OP1-3``, lists ``PP2,OP1``);
- :func:`grep` searches clause texts with a regular expression or a fixed string;
- :func:`by_verb` finds clauses whose lead phrase belongs to a verb's family;
- :func:`verbs` and :func:`citations` build the overviews.

Every result comes in document order: the preamble, then the operative part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from resolution_cli.errors import PatternError, RefError

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution

#: How long one search may run before it is stopped, in seconds.
PATTERN_TIMEOUT = 2.0
#: The most references one command accepts.
MAX_REFS = 100_000

_REF = re.compile(r"(?i)(pp|op)?(\d+)")
_ADVERBS = frozenset(
    {"also", "further", "again", "once", "furthermore", "moreover", "hereby", "therefore"}
)


def _parse_one(token: str, resolution: Resolution) -> list[Clause]:
    """The clauses one comma-free token names: ``PP3``, ``2``, ``PP1-PP4``, ``OP1-3``."""
    counts = {"PP": len(resolution.preamble), "OP": len(resolution.operative)}
    valid = _valid_refs(counts)
    text = token.strip()
    if not text:
        raise RefError(f"empty paragraph reference; expected one of {valid}")
    start_text, dash, end_text = text.partition("-")
    first = _REF.fullmatch(start_text.strip())
    if first is None:
        raise RefError(f"'{token}' is not a paragraph reference; expected one of {valid}")
    prefix = (first.group(1) or "OP").upper()
    start = int(first.group(2))
    end = start
    if dash:
        last = _REF.fullmatch(end_text.strip())
        if last is None:
            raise RefError(
                f"'{token}' is not a range; expected e.g. {prefix}1-{prefix}3 or {prefix}1-3"
            )
        end_prefix = (last.group(1) or prefix).upper()
        if end_prefix != prefix:
            raise RefError(
                f"'{token}' spans two parts; a range stays in one part "
                f"(write e.g. PP1-PP{counts['PP']},OP1-OP2)"
            )
        end = int(last.group(2))
        if end < start:
            raise RefError(f"'{token}' is a reversed range; write {prefix}{end}-{prefix}{start}")
    for number in (start, end):
        if not 1 <= number <= counts[prefix]:
            raise RefError(f"{prefix}{number} does not exist; expected one of {valid}")
    clauses = resolution.preamble if prefix == "PP" else resolution.operative
    return list(clauses[start - 1 : end])


def _valid_refs(counts: dict[str, int]) -> str:
    parts = [f"{prefix}1-{prefix}{n}" for prefix, n in counts.items() if n]
    return " or ".join(parts) if parts else "nothing (this resolution has no clauses)"


def select(refs: Iterable[str], resolution: Resolution) -> tuple[Clause, ...]:
    """The clauses named by ``refs``, once each, in document order.

    Raises :class:`RefError` naming the bad reference and the valid ones.
    """
    wanted: set[str] = set()
    seen = 0
    for ref in refs:
        for token in ref.split(","):
            seen += 1
            if seen > MAX_REFS:
                raise RefError(f"too many paragraph references (more than {MAX_REFS})")
            wanted.update(clause.id for clause in _parse_one(token, resolution))
    return tuple(clause for clause in resolution.clauses if clause.id in wanted)


def in_part(resolution: Resolution, part: str | None) -> tuple[Clause, ...]:
    """Every clause, or those of one part ('preambular' or 'operative')."""
    return tuple(c for c in resolution.clauses if part is None or c.part.value == part)


def compile_pattern(
    pattern: str, *, fixed: bool = False, ignore_case: bool = False, word: bool = False
) -> object:
    """Compile a grep pattern (the ``regex`` engine, which can stop a runaway search).

    Raises :class:`PatternError` for an invalid regular expression.
    """
    import regex

    source = regex.escape(pattern) if fixed else pattern
    if word:
        # As grep -w: no word character on either side (so "(COVID-19)" can match whole).
        source = rf"(?<!\w)(?:{source})(?!\w)"
    flags = regex.VERSION0 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(source, flags)
    except regex.error as exc:
        raise PatternError(
            f"invalid regular expression {pattern!r}: {exc}; use -F to search for it literally"
        ) from None


def grep(
    clauses: Iterable[Clause], compiled: object, timeout: float = PATTERN_TIMEOUT
) -> dict[str, tuple[tuple[int, int], ...]]:
    """The (start, end) spans of the matches in each matching clause's ``all_text()``.

    A clause also matches when a heading printed just before it does (the AKN
    reader keeps a section's own preambular lines there); such a match has no
    span in ``all_text()``, so its spans may be empty. A search that runs longer
    than ``timeout`` seconds in all is stopped with a :class:`PatternError`
    (catastrophic backtracking such as ``(a+)+$``).
    """
    import time

    import regex

    assert isinstance(compiled, regex.Pattern)
    deadline = time.monotonic() + timeout

    def left() -> float:
        return max(deadline - time.monotonic(), 0.001)

    found: dict[str, tuple[tuple[int, int], ...]] = {}
    try:
        for clause in clauses:
            spans = tuple(m.span() for m in compiled.finditer(clause.all_text(), timeout=left()))
            headings = "\n".join(clause.headings)
            in_headings = bool(headings) and compiled.search(headings, timeout=left()) is not None
            if spans or in_headings:
                found[clause.id] = spans
    except TimeoutError:
        raise PatternError(
            f"the pattern took longer than {timeout:g} s (catastrophic backtracking?); "
            "simplify it or use -F"
        ) from None
    return found


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


def verb_matches(lead: str, phrase: str) -> bool:
    """Whether lead phrase ``lead`` belongs to the family of ``phrase``.

    The stems of the words of ``phrase`` must equal those of ``lead`` from its
    start, or from its verb when adverbs come first (*Also encourages*,
    *Strongly condemns*). Case does not matter; the body text is never searched.
    """
    wanted = [stem(w) for w in phrase.split()]
    words = lead.split()
    if not wanted or not words:
        return False
    starts = [0]
    index = 0
    while index < len(words) - 1 and (
        words[index].lower() in _ADVERBS or words[index].lower().endswith("ly")
    ):
        index += 1
        starts.append(index)
    stems = [stem(w) for w in words]
    return any(stems[s : s + len(wanted)] == wanted for s in starts)


def by_verb(clauses: Iterable[Clause], phrase: str) -> tuple[Clause, ...]:
    """The clauses whose lead phrase belongs to the family of ``phrase``."""
    return tuple(c for c in clauses if verb_matches(c.verb, phrase))


def verbs(clauses: Iterable[Clause]) -> list[tuple[str, tuple[str, ...]]]:
    """Each lead phrase with the ids that use it, in order of first use."""
    table: dict[str, list[str]] = {}
    for clause in clauses:
        table.setdefault(clause.verb, []).append(clause.id)
    return [(verb, tuple(ids)) for verb, ids in table.items()]


def citations(resolution: Resolution) -> dict[int, tuple[str, ...]]:
    """For each footnote number, the ids of the clauses that cite it."""
    cited: dict[int, list[str]] = {note.number: [] for note in resolution.footnotes}
    for clause in resolution.clauses:
        for number in clause.footnote_numbers():
            cited.setdefault(number, []).append(clause.id)
    return {number: tuple(ids) for number, ids in cited.items()}
