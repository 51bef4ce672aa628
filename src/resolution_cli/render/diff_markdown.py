"""``resolution diff --format markdown``: the new text as a track-changes document.

Every clause of the new version, in order, with ~~deleted words~~ and
**inserted words**; a deleted clause is struck through whole, an added one bold
whole. An operative paragraph starts with its number as printed (a renumbered
one shows both: ``~~2.~~ **3.**``). A heading names each section and annex
(``#### Section II``, ``#### Annex I``) where it starts. A footnote added to or
removed from a clause follows it on a line of its own. The summary closes the
document after a rule, one list item a line.

Marks wrap words only: the spaces around an edit stay outside them (CommonMark
does not read ``** word**`` as emphasis), and an edit across lines is marked line
by line. Text is escaped as in :mod:`.markdown`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.diff.words import Segment
from resolution_cli.render.diff_plain import summary_lines
from resolution_cli.render.markdown import escape

if TYPE_CHECKING:
    from collections.abc import Iterable

    from resolution_cli.diff import DiffRecord, DiffResult

__all__ = ["marked", "render"]

_MARKS = {"delete": "~~", "insert": "**", "equal": ""}


def marked(segments: Iterable[Segment]) -> str:
    """The segments as one markdown paragraph (line breaks are hard breaks)."""
    out: list[str] = []
    at_line_start = True
    for segment in segments:
        mark = _MARKS[segment.op]
        for index, line in enumerate(segment.text.split("\n")):
            if index:
                out.append("\\\n")
                at_line_start = True
            if not line:
                continue
            if not mark:
                out.append(escape(line, at_line_start=at_line_start))
                at_line_start = False
                continue
            core = line.strip()
            lead = line[: len(line) - len(line.lstrip())]
            trail = line[len(lead) + len(core) :]
            if not core:  # whitespace alone: an insertion is kept, a deletion dropped
                if segment.op == "insert":
                    out.append(line)
                continue
            out.append(f"{lead}{mark}{escape(core, at_line_start=False)}{mark}{trail}")
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


def render(result: DiffResult, out: TextIO) -> None:
    """Write the diff as a markdown document."""
    old, new = result.old, result.new
    blocks = [f"# {escape(old.symbol)} → {escape(new.symbol)}"]
    title = [Segment("equal", new.title)]
    if result.summary.title:
        from resolution_cli.diff.words import word_diff

        title = word_diff(old.title, new.title)
    blocks.append(f"### {marked(title)}")
    place: str | None = None
    for record in result.records:
        here = _place(record)
        if here != place and here is not None:
            blocks.append(f"#### {escape(here, at_line_start=False)}")
        place = here
        lines = [marked([*_number(record), *record.diff])]
        lines += [f"Footnote: **{escape(t, at_line_start=False)}**" for t in record.footnotes_added]
        lines += [
            f"Footnote: ~~{escape(t, at_line_start=False)}~~" for t in record.footnotes_removed
        ]
        blocks.append("\\\n".join(lines))
    blocks.append("---")
    blocks.append(
        "\n".join(
            f"- {escape(line, at_line_start=False)}" for line in summary_lines(result.summary)
        )
    )
    out.write("\n\n".join(blocks) + "\n")
