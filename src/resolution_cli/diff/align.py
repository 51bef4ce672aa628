"""Pairing the clauses of two versions of one part: by text similarity and order, not by id.

:func:`align` takes the texts of the old and the new clauses of one part (the
preamble, the operative part, a section's or an annex's) and pairs each old
clause with at most one new clause. It returns every clause of both sides once,
in reading order, as :class:`Pair` items.

**Similarity.** Two clauses are compared by their words: case-folded, punctuation
left out (``diff.words.words``). The measure is difflib's ratio on those word
sequences, ``2 * M / (len(a) + len(b))`` where M is the number of words in the
matching blocks (``SequenceMatcher(autojunk=False)``): it is order-aware, 1.0 for
the same words and about 0.67 for a clause against one of its halves. Two
clauses may pair only when it is at least :data:`THRESHOLD` (0.5): at least half
of the words of both, together, are shared in the same order. A lead phrase alone
that changed ("*Welcoming*" -> "*Welcoming also*") leaves a clause far above it.

**Pairing**, in three passes:

1. identical texts pair first, one to one and in order (two identical clauses on
   each side pair first with first, second with second);
2. the identical pairs that are in order (the longest increasing run of their
   new positions, taken in old order) are anchors; between two anchors, the
   clauses left on each side are paired by the order-preserving alignment of
   greatest weight, a pair weighing its similarity squared (so that one close
   pair outweighs two loose ones: two near-identical paragraphs that swapped
   places are one moved pair, not two rewritten ones);
3. clauses still alone on both sides pair greedily, most similar first (ties: the
   closest relative positions), when their similarity reaches the threshold:
   these are clauses that moved;
4. **same place, same lead phrase, same purpose** (only when the lead phrases are
   given, as ``compare`` does): a clause still alone on each side pairs, under the
   threshold, when all of these hold:

   - *same place*: both lie in the same gap between two consecutive in-order
     pairs of passes 1-3 (or the start or end of the part);
   - *same lead phrase*: their lead phrases (``Clause.verb``), case-folded, are
     equal and not empty ("Taking note also" = "Taking note also");
   - *same purpose*: their openings, the first :data:`OPENING` (8) words after
     the lead phrase, have a similarity of at least :data:`OPENING_SIMILARITY`
     (0.5); the whole clauses one of at least :data:`FLOOR` (0.25); and, when both
     openings cite a symbol (a word holding ``/``: ``74/247``), they cite one in
     common ("Recalling its resolution 65/230" is not "Recalling its resolution
     74/247").

   Within a gap the eligible pairs are chosen as in pass 2 (the heaviest
   order-preserving set, a pair weighing its similarity squared). This pairs
   74/129 PP2 with 75/162 PP2 ("Taking note also of the requests regarding the
   enlargement of the Executive Committee ...", similarity 0.45): one paragraph
   whose details changed, not a deletion and an addition.

**Moved.** A pair is *moved* when it lies outside the heaviest increasing run of
all pairs (old order against new order, same weights): the others are in order
relative to each other. Renumbering moves nothing: after an insertion, old OP2
and new OP3 are an in-order pair.

**Order of the result.** New order; a deleted clause comes before the additions
of the gap it was in, as ``diff`` writes deletions before insertions.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from resolution_cli.diff.words import words

__all__ = [
    "FLOOR",
    "OPENING",
    "OPENING_SIMILARITY",
    "THRESHOLD",
    "Pair",
    "align",
    "same_purpose",
    "similarity",
]

#: The least similarity at which two clauses may pair.
THRESHOLD = 0.5
#: Pass 4: how many words after the lead phrase make a clause's opening.
OPENING = 8
#: Pass 4: the least similarity of the two openings.
OPENING_SIMILARITY = 0.5
#: Pass 4: the least similarity of the two whole clauses.
FLOOR = 0.25


@dataclass(frozen=True)
class Pair:
    """One item of the alignment: a pair, or a clause alone on one side (indices)."""

    old: int | None
    new: int | None
    similarity: float = 0.0
    moved: bool = False
    #: Paired by pass 4 (same place, same lead phrase, same purpose), under the threshold.
    by_place: bool = False


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """difflib's ratio of two word sequences (1.0 when both are empty)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


class _Scorer:
    """Similarities of old/new clauses, computed once, with cheap upper bounds first."""

    def __init__(self, old: Sequence[str], new: Sequence[str], threshold: float) -> None:
        self.old, self.new = old, new
        self.sides: dict[tuple[int, int], tuple[list[str], Counter[str], frozenset[str]]] = {}
        self.threshold = threshold
        self.cache: dict[tuple[int, int], float] = {}

    def _side(self, side: int, index: int) -> tuple[list[str], Counter[str], frozenset[str]]:
        """A clause's words, their counts and the set of them (computed when first asked)."""
        found = self.sides.get((side, index))
        if found is None:
            found_words = words((self.old, self.new)[side][index])
            counts = Counter(found_words)
            found = (found_words, counts, frozenset(counts))
            self.sides[(side, index)] = found
        return found

    def score(self, i: int, j: int) -> float:
        """Their similarity, or 0.0 when it is surely under the threshold."""
        key = (i, j)
        if key in self.cache:
            return self.cache[key]
        a, ca, sa = self._side(0, i)
        b, cb, sb = self._side(1, j)
        total = len(a) + len(b)
        value = 0.0
        if total == 0:
            value = 1.0
        elif 2 * min(len(a), len(b)) / total >= self.threshold and (
            # shared distinct words, plus the repeats one side has: a bound on shared words
            2 * (len(sa & sb) + min(len(a) - len(sa), len(b) - len(sb))) / total >= self.threshold
        ):
            if len(cb) < len(ca):
                ca, cb = cb, ca
            shared = sum(min(n, cb[w]) for w, n in ca.items() if w in cb)
            if 2 * shared / total >= self.threshold:
                value = similarity(a, b)
        self.cache[key] = value
        return value


def _heaviest_chain(items: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The subset of (i, j, weight) strictly increasing in both i and j with the
    greatest total weight (ties: the earliest found), in order."""
    if not items:
        return []
    ordered = sorted(items, key=lambda t: (t[0], -t[1]))
    columns = sorted({j for _, j, _ in ordered})
    rank = {j: k + 1 for k, j in enumerate(columns)}
    size = len(columns)
    tree_value = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)
    best: list[float] = []
    back: list[int] = []
    for n, (_, j, weight) in enumerate(ordered):
        # best chain ending at a column < j: prefix maximum of the Fenwick tree
        k, value, index = rank[j] - 1, 0.0, -1
        while k > 0:
            if tree_value[k] > value:
                value, index = tree_value[k], tree_index[k]
            k -= k & -k
        best.append(value + weight)
        back.append(index)
        k = rank[j]
        while k <= size:
            if best[n] > tree_value[k]:
                tree_value[k], tree_index[k] = best[n], n
            k += k & -k
    end = max(range(len(best)), key=lambda n: (best[n], -n))
    chain = []
    while end != -1:
        chain.append(ordered[end])
        end = back[end]
    chain.reverse()
    return chain


def align(
    old: Sequence[str],
    new: Sequence[str],
    threshold: float = THRESHOLD,
    leads: tuple[Sequence[str], Sequence[str]] | None = None,
) -> list[Pair]:
    """Every clause of ``old`` and ``new`` (their texts) once, paired or alone (module doc).

    ``leads``: the lead phrases of the old and of the new clauses, for pass 4."""
    scorer = _Scorer(old, new, threshold)
    pairs: dict[int, tuple[int, float]] = {}  # new index -> (old index, similarity)

    # 1. identical texts, one to one, in order
    waiting: dict[str, list[int]] = {}
    for i, text in enumerate(old):
        waiting.setdefault(text, []).append(i)
    exact: list[tuple[int, int, float]] = []
    for j, text in enumerate(new):
        queue = waiting.get(text)
        if queue:
            exact.append((queue.pop(0), j, 1.0))
    for i, j, _ in exact:
        pairs[j] = (i, 1.0)

    # 2. between in-order anchors, the heaviest order-preserving alignment
    def similar(i: int, j: int) -> float | None:
        value = scorer.score(i, j)
        return value if value >= threshold else None

    _pair_in_gaps(_heaviest_chain(exact), (len(old), len(new)), pairs, similar)
    used_old = {i for i, _ in pairs.values()}

    # 3. what is left on both sides: most similar first
    olds = [i for i in range(len(old)) if i not in used_old]
    news = [j for j in range(len(new)) if j not in pairs]
    scored = []
    for i in olds:
        for j in news:
            value = scorer.score(i, j)
            if value >= threshold:
                distance = abs(i / max(len(old), 1) - j / max(len(new), 1))
                scored.append((-value, distance, i, j))
    scored.sort()
    for negative, _, i, j in scored:
        if i in used_old or j in pairs:
            continue
        pairs[j] = (i, -negative)
        used_old.add(i)

    # 4. same place, same lead phrase, same purpose
    by_place: set[int] = set()
    if leads is not None:
        by_place = _by_place(old, new, leads, pairs)

    # Moved: outside the heaviest increasing run of all the pairs.
    chain = _heaviest_chain([(i, j, s * s) for j, (i, s) in pairs.items()])
    in_order = {j for _, j, _ in chain}
    return _in_reading_order(pairs, in_order, len(old), len(new), by_place)


def _opening(text: str, lead: str) -> list[str]:
    """The first :data:`OPENING` words after the lead phrase."""
    found = words(text)
    skip = len(words(lead)) if found[: len(words(lead))] == words(lead) else 0
    return found[skip : skip + OPENING]


def same_purpose(old: str, new: str, lead_old: str, lead_new: str) -> float | None:
    """Pass 4's test of two clauses (module doc): their similarity when they have the same
    lead phrase and the same purpose, else None."""
    if not lead_old.strip() or lead_old.casefold().strip() != lead_new.casefold().strip():
        return None
    head_old, head_new = _opening(old, lead_old), _opening(new, lead_new)
    if similarity(head_old, head_new) < OPENING_SIMILARITY:
        return None
    cited_old = {w for w in head_old if "/" in w}
    cited_new = {w for w in head_new if "/" in w}
    if cited_old and cited_new and not cited_old & cited_new:
        return None
    value = similarity(words(old), words(new))
    return value if value >= FLOOR else None


def _by_place(
    old: Sequence[str],
    new: Sequence[str],
    leads: tuple[Sequence[str], Sequence[str]],
    pairs: dict[int, tuple[int, float]],
) -> set[int]:
    """Pass 4: pair what is alone in each gap between in-order pairs; the new indices."""
    chain = _heaviest_chain([(i, j, s * s) for j, (i, s) in pairs.items()])

    def purpose(i: int, j: int) -> float | None:
        return same_purpose(old[i], new[j], leads[0][i], leads[1][j])

    return _pair_in_gaps(chain, (len(old), len(new)), pairs, purpose)


def _pair_in_gaps(
    anchors: Sequence[tuple[int, int, float]],
    sizes: tuple[int, int],
    pairs: dict[int, tuple[int, float]],
    score: Callable[[int, int], float | None],
) -> set[int]:
    """Passes 2 and 4: in each gap between consecutive in-order ``anchors`` (and the
    ends), pair the clauses still alone by the heaviest order-preserving chain of
    ``score`` squared (None: they may not pair). Adds to ``pairs`` (new index -> (old
    index, score)); returns the new indices it paired."""
    used_old = {i for i, _ in pairs.values()}
    bounds = [(-1, -1)] + [(i, j) for i, j, _ in anchors] + [sizes]
    added: set[int] = set()
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        olds = [i for i in range(i0 + 1, i1) if i not in used_old]
        news = [j for j in range(j0 + 1, j1) if j not in pairs]
        candidates = []
        for i in olds:
            for j in news:
                value = score(i, j)
                if value is not None:
                    candidates.append((i, j, value * value))
        for i, j, weight in _heaviest_chain(candidates):
            pairs[j] = (i, weight**0.5)
            added.add(j)
    return added


def _in_reading_order(
    pairs: dict[int, tuple[int, float]],
    in_order: set[int],
    n_old: int,
    n_new: int,
    by_place: Collection[int] = (),
) -> list[Pair]:
    paired_old = {i for i, _ in pairs.values()}
    # For each new position, the old index of the next in-order pair at or after it.
    next_anchor = [n_old] * (n_new + 1)
    for j in range(n_new - 1, -1, -1):
        next_anchor[j] = pairs[j][0] if j in in_order else next_anchor[j + 1]
    out: list[Pair] = []
    cursor = 0
    for j in range(n_new):
        while cursor < next_anchor[j]:
            if cursor not in paired_old:
                out.append(Pair(cursor, None))
            cursor += 1
        if j in pairs:
            i, value = pairs[j]
            moved = j not in in_order
            out.append(Pair(i, j, value, moved, j in by_place))
            if not moved:
                cursor = i + 1
        else:
            out.append(Pair(None, j))
    for i in range(cursor, n_old):
        if i not in paired_old:
            out.append(Pair(i, None))
    return out
