"""Word-level edits between two texts, as a person marks them up.

:func:`tokenize` cuts a text into words, runs of whitespace and single
punctuation characters, so that the tokens join back to the text exactly. A word
keeps the punctuation between its letters and digits: ``Secretary-General``,
``COVID-19``, ``A/RES/75/1``, ``GC(64)/RES/12``, ``74/19``, ``1,000`` and
``Assembly’s`` are one word each; ``States'`` is a word and an apostrophe.
:func:`word_diff` compares the token sequences with
:class:`difflib.SequenceMatcher` (``autojunk=False``: its default silently
degrades long sequences) and cleans the result up so that it reads well:

- an equal run holding no word (only spaces and punctuation) between two edits
  joins them: ``[-of the Secretary-General-]{+by the President+}``, not four
  fragments around a shared space;
- an insertion or deletion of whole words slides right over the whitespace it
  shares with the following text, so that it starts on a word:
  ``Welcoming {+also +}the report``, never ``Welcoming{+ also+} the report``;
- a replacement is written as its deletion, then its insertion.

For speed the comparison runs on two levels: first words (and punctuation) each
with the whitespace after it, then, inside each block that differs, the tokens
(so that ``106\u00a0States`` -> ``107\u00a0States`` still marks only the number).

The equal and delete segments join to exactly the old text, the equal and
insert segments to exactly the new text, spaces and punctuation included.
Footnote markers are not part of the texts compared (they are not part of a
clause's text in the model); footnote changes are reported beside the diff.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

__all__ = ["Segment", "is_word", "tokenize", "word_count", "word_diff", "words"]

Op = Literal["equal", "delete", "insert"]

_WORD = re.compile(r"\w+(?:(?:[/\-.'’()]+|,(?=\d{3}\b))\w+)*", re.UNICODE)
_TOKEN = re.compile(r"\w+(?:(?:[/\-.'’()]+|,(?=\d{3}\b))\w+)*|\s+|[^\w\s]", re.UNICODE)


class Segment(NamedTuple):
    """A run of the diff: ``op`` is equal, delete or insert."""

    op: Op
    text: str


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and punctuation characters, joining back to ``text``."""
    return _TOKEN.findall(text)


def is_word(token: str) -> bool:
    """Whether a token is a word (it holds a letter or a digit)."""
    return bool(token) and (token[0].isalnum() or token[0] == "_")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded: what the similarity of clauses compares."""
    return _WORD.findall(text.casefold())


def word_count(text: str) -> int:
    """How many words ``text`` holds."""
    return len(_WORD.findall(text))


# A run of the raw diff before it is joined into text: its op and tokens. A
# replacement is kept as one run ("replace") with both sides until the end.
class _Run(NamedTuple):
    kind: Literal["equal", "change"]
    old: list[str]
    new: list[str]


def word_diff(old: str, new: str) -> list[Segment]:
    """The edits that turn ``old`` into ``new``, in order (see the module doc)."""
    if old == new:
        return [Segment("equal", old)] if old else []
    # Two levels, for speed: words with the whitespace after them first, then the
    # tokens inside each block that differs (a space is a token of its own there).
    a, b = _grouped(tokenize(old)), _grouped(tokenize(new))
    runs: list[_Run] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        old_tokens = [t for group in a[i1:i2] for t in group]
        new_tokens = [t for group in b[j1:j2] for t in group]
        if tag == "equal":
            _add_equal(runs, old_tokens)
            continue
        # what the block's two sides start and end with alike (often a space) is equal
        head = 0
        while head < min(len(old_tokens), len(new_tokens)) and old_tokens[head] == new_tokens[head]:
            head += 1
        tail = 0
        while (
            tail < min(len(old_tokens), len(new_tokens)) - head
            and old_tokens[-1 - tail] == new_tokens[-1 - tail]
        ):
            tail += 1
        _add_equal(runs, old_tokens[:head])
        inner_old = old_tokens[head : len(old_tokens) - tail]
        inner_new = new_tokens[head : len(new_tokens) - tail]
        for fine, k1, k2, l1, l2 in _opcodes(inner_old, inner_new):
            if fine == "equal":
                _add_equal(runs, inner_old[k1:k2])
            else:
                _add_change(runs, inner_old[k1:k2], inner_new[l1:l2])
        _add_equal(runs, old_tokens[len(old_tokens) - tail :])
    runs = _absorb_wordless(runs)
    runs = _slide(runs)
    return _segments(runs)


def _grouped(tokens: list[str]) -> list[tuple[str, ...]]:
    """Each token with the whitespace that follows it (leading whitespace alone)."""
    groups: list[tuple[str, ...]] = []
    for token in tokens:
        if token.isspace() and groups:
            groups[-1] = (*groups[-1], token)
        else:
            groups.append((token,))
    return groups


def _opcodes(
    a: Sequence[Hashable], b: Sequence[Hashable]
) -> Sequence[tuple[str, int, int, int, int]]:
    return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _add_equal(runs: list[_Run], tokens: list[str]) -> None:
    if not tokens:
        return
    if runs and runs[-1].kind == "equal":
        last = runs.pop()
        tokens = last.old + tokens
    runs.append(_Run("equal", tokens, tokens))


def _add_change(runs: list[_Run], old: list[str], new: list[str]) -> None:
    if runs and runs[-1].kind == "change":
        last = runs.pop()
        old, new = last.old + old, last.new + new
    runs.append(_Run("change", old, new))


def _absorb_wordless(runs: list[_Run]) -> list[_Run]:
    """An equal run with no word between two changes becomes part of one change."""
    out: list[_Run] = []
    for index, run in enumerate(runs):
        inner = 0 < index < len(runs) - 1
        wordless = run.kind == "equal" and inner and not any(is_word(t) for t in run.old)
        if wordless or run.kind == "change":
            _add_change(out, run.old, run.new)
        else:
            out.append(run)
    return out


def _slide(runs: list[_Run]) -> list[_Run]:
    """Move a pure insertion or deletion right while it starts with whitespace that the
    equal run after it also starts with (the text stays the same on both sides)."""
    runs = list(runs)
    for index in range(1, len(runs) - 1):
        run, before, after = runs[index], runs[index - 1], runs[index + 1]
        if run.kind != "change" or (run.old and run.new):
            continue
        tokens = run.old or run.new
        if not any(is_word(t) for t in tokens):
            continue
        for _ in range(len(tokens)):
            if not (after.old and tokens[0] == after.old[0] and tokens[0].isspace()):
                break
            # tokens = s + rest, after = s + tail: before+s | rest+s | tail
            shared = after.old[0]
            before = _Run("equal", [*before.old, shared], [*before.new, shared])
            tokens = [*tokens[1:], shared]
            after = _Run("equal", after.old[1:], after.new[1:])
        runs[index - 1] = before
        runs[index] = _Run("change", tokens if run.old else [], tokens if run.new else [])
        runs[index + 1] = after
    return [r for r in runs if r.old or r.new]


def _segments(runs: list[_Run]) -> list[Segment]:
    out: list[Segment] = []
    for run in runs:
        if run.kind == "equal":
            out.append(Segment("equal", "".join(run.old)))
            continue
        if run.old:
            out.append(Segment("delete", "".join(run.old)))
        if run.new:
            out.append(Segment("insert", "".join(run.new)))
    # Adjacent equal runs (after a slide emptied a change) merge into one.
    merged: list[Segment] = []
    for segment in out:
        if merged and merged[-1].op == segment.op == "equal":
            merged[-1] = Segment("equal", merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return merged
