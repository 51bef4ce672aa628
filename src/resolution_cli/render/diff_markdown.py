"""``resolution diff --format markdown``: the new text as a track-changes document.

Every clause of the new version, in order, with ~~deleted words~~ and
**inserted words**; a deleted clause is struck through whole, an added one bold
whole. An operative paragraph starts with its number as printed (a renumbered
one shows both: ``~~2.~~ **3.**``). A heading names each section and annex
(``#### Section II``, ``#### Annex I``) where it starts. A footnote added to or
removed from a clause follows it on a line of its own. The summary closes the
document after a rule, one list item a line. A run of unchanged clauses is folded
into one italic line (``*PP2-PP3 2 unchanged clauses*``: the rule of
:mod:`.diff_layout`, shared with plain and rich) unless ``--all``. Identical
inputs print nothing.

Marks wrap words only: the spaces around an edit stay outside them (CommonMark
does not read ``** word**`` as emphasis), and an edit across lines is marked line
by line. Text is escaped as in :mod:`.markdown`.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, TextIO

from resolution_cli.diff.words import Segment
from resolution_cli.render.diff_layout import Fold, fold_count, fold_ids, folded
from resolution_cli.render.diff_plain import summary_lines
from resolution_cli.render.markdown import escape

if TYPE_CHECKING:
    from collections.abc import Iterable

    from resolution_cli.diff import DiffRecord
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Diff

__all__ = ["marked", "render"]

_MARKS = {"delete": "~~", "insert": "**", "equal": ""}


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _flanks(before: str, core: str, after: str) -> bool:
    """Whether ``**core**`` (or ``~~core~~``) between ``before`` and ``after`` (the characters
    around it, "" at an edge) is emphasis by CommonMark's flanking rules."""
    opens = not _punctuation(core[0]) or not before or before.isspace() or _punctuation(before)
    closes = not _punctuation(core[-1]) or not after or after.isspace() or _punctuation(after)
    return opens and closes


def marked(segments: Iterable[Segment]) -> str:
    """The segments as one markdown paragraph (line breaks are hard breaks).

    Where the flanking rules would not read the marks as emphasis (a comma inserted
    right after a word: ``Educational**,**``), the edit is written ``<ins>,</ins>`` or
    ``<del>,</del>``, which the forges render alike.
    """
    pieces: list[tuple[str, str | None]] = []  # (op, text), or (op, None) for a line break
    for segment in segments:
        for index, part in enumerate(segment.text.split("\n")):
            if index:
                pieces.append((segment.op, None))
            if part:
                pieces.append((segment.op, part))
    out: list[str] = []
    at_line_start = True
    for index, (op, line) in enumerate(pieces):
        if line is None:
            out.append("\\\n")
            at_line_start = True
            continue
        mark = _MARKS[op]
        if not mark:
            out.append(escape(line, at_line_start=at_line_start))
            at_line_start = False
            continue
        core = line.strip()
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(lead) + len(core) :]
        if not core:  # whitespace alone: an insertion is kept, a deletion dropped
            if op == "insert":
                out.append(line)
            continue
        before = lead[-1:] or (out[-1][-1:] if out else "")
        following = pieces[index + 1][1] if index + 1 < len(pieces) else ""
        after = trail[:1] or (following[:1] if following is not None else "\n")
        text = escape(core, at_line_start=False)
        if _flanks(before, core, after):
            out.append(f"{lead}{mark}{text}{mark}{trail}")
        else:
            tag = "ins" if op == "insert" else "del"
            out.append(f"{lead}<{tag}>{text}</{tag}>{trail}")
        at_line_start = False
    return "".join(out)


def _number(record: DiffRecord) -> list[Segment]:
    old = record.old.num if record.old and record.old.num else None
    new = record.new.num if record.new and record.new.num else None
    if old == new:
        return [Segment("equal", f"{new} ")] if new else []
    out = []
    if old:
        out.append(Segment("delete", f"{old} "))
    if new:
        out.append(Segment("insert", f"{new} "))
    return out


def _place(record: DiffRecord) -> str | None:
    clause = record.clause
    if clause.annex is not None:
        return f"Annex {clause.annex}".rstrip()
    if clause.section is not None:
        return f"Section {clause.section}"
    return None


def render(view: Diff, out: TextIO, term: Terminal) -> None:
    """Write the diff as a markdown document; nothing when the versions do not differ."""
    result = view.result
    if not result.differ and not view.show_all:
        return
    old, new = result.old, result.new
    blocks = [f"# {escape(old.symbol)} → {escape(new.symbol)}"]
    blocks.append(f"### {marked(result.summary.title_diff or [Segment('equal', new.title)])}")
    place: str | None = None

    def heading(record: DiffRecord) -> None:
        nonlocal place
        here = _place(record)
        if here != place and here is not None:
            blocks.append(f"#### {escape(here, at_line_start=False)}")
        place = here

    for item in folded(result.records, view.show_all):
        if isinstance(item, Fold):
            heading(item.records[0])
            text = f"{fold_ids(item, '→')} {fold_count(item)}"
            blocks.append(f"*{escape(text, at_line_start=False)}*")
            continue
        heading(item)
        lines = [marked([*_number(item), *item.diff])]
        lines += [f"Footnote: **{escape(t, at_line_start=False)}**" for t in item.footnotes_added]
        lines += [f"Footnote: ~~{escape(t, at_line_start=False)}~~" for t in item.footnotes_removed]
        blocks.append("\\\n".join(lines))
    blocks.append("---")
    blocks.append(
        "\n".join(
            f"- {escape(line, at_line_start=False)}" for line in summary_lines(result.summary, "→")
        )
    )
    out.write("\n\n".join(blocks) + "\n")
