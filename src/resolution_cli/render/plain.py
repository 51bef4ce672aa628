"""``--format plain``: unstyled text, never wrapped or truncated.

- ``list`` and ``grep``: one record per line, ``id<TAB>lead phrase<TAB>text``
  (sub-paragraphs follow the text on the same line; tabs and newlines inside a
  text become spaces);
- ``show``: each paragraph as published (an operative one with its number, its
  sub-paragraphs on lines of their own), footnote markers written as the source
  prints them, ``<sup>n</sup>``, and the footnotes it cites after it; before the
  first cited clause of a section its number and heading lines, of an annex its
  label(s); the whole resolution in the order of :func:`.layout.flow` (sections,
  the closing lines, then the annexes), its footnotes last;
- ``info``: ``field<TAB>value`` lines (the vote's counts after the adoption type);
  ``votes``: ``state<TAB>vote`` lines; ``verbs``, ``footnotes`` and ``refs``:
  tab-separated rows (``refs``: where, as written, normalized, kind, link);
  ``grep -c``: the count; ``grep -l``: one id a line; ``validate``:
  ``FILE: location: message`` lines; ``diff``: see :mod:`.diff_plain`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from resolution_cli.render.layout import (
    Heading,
    flow,
    header_lines,
    join_and,
    placement,
    title_line,
    with_markers,
)
from resolution_cli.views import (
    Clauses,
    Count,
    Diff,
    Document,
    Footnotes,
    Ids,
    Info,
    Problems,
    Refs,
    Verbs,
    Votes,
)

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution, SubParagraph
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import View


def _cell(text: str) -> str:
    """A field of a tab-separated row: no tab, no newline."""
    return " ".join(text.replace("\t", " ").splitlines())


def _row(*cells: object) -> str:
    return "\t".join(_cell(str(c)) for c in cells) + "\n"


def sup(number: int) -> str:
    """A footnote marker as the source prints it."""
    return f"<sup>{number}</sup>"


def info_rows(resolution: Resolution) -> list[tuple[str, str]]:
    """The ``info`` fields as (name, value) pairs, in a stable order."""
    r = resolution
    rows = [
        ("symbol", r.symbol),
        ("number", r.number),
        ("title", r.title),
        ("organ", r.organ),
        ("session", f"{r.session_name} ({r.session})" if r.session else r.session_name),
    ]
    rows += [("agenda item", f"{item.number}: {item.title}") for item in r.agenda_items]
    rows += [
        ("distribution", r.distribution),
        ("issued", r.issued.isoformat() if r.issued else ""),
        ("adopted", r.adopted.isoformat() if r.adopted else ""),
        ("meeting", r.meeting.name if r.meeting else ""),
        ("committee", r.committee),
        ("drafts", join_and(r.drafts)),
        ("adoption type", r.adoption_type or ""),
    ]
    if r.vote is not None:
        counts = (
            ("in favour", r.vote.in_favour),
            ("against", r.vote.against),
            ("abstaining", r.vote.abstaining),
            ("non-voting", r.vote.non_voting),
        )
        rows += [(name, str(count)) for name, count in counts if count is not None]
    own = [c for c in r.clauses if c.annex is None]
    rows += [
        ("record", r.record or ""),
        ("sponsors", ", ".join(r.sponsors)),
        ("additional sponsors", ", ".join(r.additional_sponsors)),
        ("preambular clauses", str(sum(c.part.value == "preambular" for c in own))),
        ("operative paragraphs", str(sum(c.part.value == "operative" for c in own))),
    ]
    if r.sections:
        rows.append(("sections", ", ".join(s.num for s in r.sections)))
    if r.annexes:
        rows.append(("annexes", ", ".join(a.label for a in r.annexes)))
        rows.append(("annex paragraphs", str(len(r.clauses) - len(own))))
    rows.append(("footnotes", str(len(r.footnotes))))
    return [(name, value) for name, value in rows if value]


def paragraph_lines(clause: Clause) -> list[str]:
    """A clause as printed: its text (numbered if operative), then its sub-paragraphs."""
    lines = list(clause.headings)
    text = with_markers(clause.text, clause.markers, sup)
    lines.append(f"{clause.num} {text}" if clause.num else text)

    def walk(subs: tuple[SubParagraph, ...], depth: int) -> None:
        for sub in subs:
            lines.append("    " * depth + f"{sub.num} {with_markers(sub.text, sub.markers, sup)}")
            walk(sub.subparagraphs, depth + 1)
            if sub.wrap_up:
                lines.append("    " * (depth + 1) + sub.wrap_up)

    walk(clause.subparagraphs, 1)
    if clause.wrap_up:
        lines.append("    " + clause.wrap_up)
    return lines


def _footnote_lines(resolution: Resolution, numbers: tuple[int, ...]) -> list[str]:
    lines = []
    for number in numbers:
        note = resolution.footnote(number)
        lines.append(f"{sup(number)} {note.text if note else '(no footnote text)'}")
    return lines


def _document(resolution: Resolution, out: TextIO) -> None:
    blocks = [header_lines(resolution), [title_line(resolution)], [resolution.enacting_formula]]
    for item in flow(resolution):
        if isinstance(item, Heading):
            blocks.append([line for line in item.lines if line])
        else:
            blocks.append(paragraph_lines(item))
    numbers = tuple(note.number for note in resolution.footnotes)
    blocks.append(_footnote_lines(resolution, numbers))
    out.write("\n\n".join("\n".join(block) for block in blocks if block))
    out.write("\n")


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write ``view`` as plain text."""
    from resolution_cli.views import Hits, Rows

    if isinstance(view, Hits | Rows):
        from resolution_cli.render.corpus_plain import render_corpus

        render_corpus(view, out)
        return
    if isinstance(view, Info):
        for name, value in info_rows(view.resolution):
            out.write(_row(name, value))
    elif isinstance(view, Document):
        _document(view.resolution, out)
    elif isinstance(view, Clauses) and view.mode == "show":
        blocks = []
        previous: Heading | None = None
        for clause in view.clauses:
            place = placement(view.resolution, clause)
            if place is not None and place != previous:
                blocks.append([line for line in place.lines if line])
            previous = place
            blocks.append(
                paragraph_lines(clause)
                + _footnote_lines(view.resolution, clause.footnote_numbers())
            )
        out.write("\n\n".join("\n".join(block) for block in blocks))
        if blocks:
            out.write("\n")
    elif isinstance(view, Clauses):
        for clause in view.clauses:
            out.write(_row(clause.id, clause.verb, clause.all_text()))
    elif isinstance(view, Verbs):
        for row in view.rows:
            out.write(_row(row.verb, len(row.ids), ",".join(row.ids)))
    elif isinstance(view, Footnotes):
        for note in view.rows:
            out.write(_row(note.footnote.number, note.footnote.text, ",".join(note.cited_by)))
    elif isinstance(view, Refs):
        for ref in view.rows:
            out.write(_row(ref.location, ref.written, ref.normalized, ref.kind, ref.url))
    elif isinstance(view, Problems):
        for problem in view.problems:
            out.write(f"{view.source}: {problem}\n")
    elif isinstance(view, Votes):
        for vote in view.rows:
            out.write(_row(vote.state, vote.vote))
    elif isinstance(view, Count):
        out.write(f"{view.matched}\n")
    elif isinstance(view, Ids):
        out.writelines(f"{i}\n" for i in view.ids)
    elif isinstance(view, Diff):
        from resolution_cli.render import diff_plain

        diff_plain.render(view.result, out, view.show_all)


__all__ = ["info_rows", "paragraph_lines", "render", "sup"]
