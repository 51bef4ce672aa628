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

from resolution_cli.render import draw
from resolution_cli.render.layout import (
    Heading,
    cited,
    flow,
    header_lines,
    join_and,
    title_line,
    with_markers,
)

if TYPE_CHECKING:
    from resolution_cli.model import Clause, Resolution, SubParagraph
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import (
        Clauses,
        Count,
        Document,
        Footnotes,
        Ids,
        Info,
        Problems,
        Refs,
        Verbs,
        View,
        Votes,
    )


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
        ("sponsor notes", "; ".join(r.sponsor_notes)),
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
            lines.extend("    " * depth + heading for heading in sub.headings)
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


def info(view: Info, out: TextIO, term: Terminal) -> None:
    for name, value in info_rows(view.resolution):
        out.write(_row(name, value))


def document(view: Document, out: TextIO, term: Terminal) -> None:
    _document(view.resolution, out)


def clauses(view: Clauses, out: TextIO, term: Terminal) -> None:
    """``show REF``: the paragraphs with their headings and footnotes; ``list`` and
    ``grep``: one row per clause."""
    if view.mode != "show":
        for clause in view.clauses:
            out.write(_row(clause.id, clause.lead, clause.all_text()))
        return
    blocks = []
    for item in cited(view.resolution, view.clauses):
        if isinstance(item, Heading):
            blocks.append([line for line in item.lines if line])
        else:
            blocks.append(
                paragraph_lines(item) + _footnote_lines(view.resolution, item.footnote_numbers())
            )
    out.write("\n\n".join("\n".join(block) for block in blocks))
    if blocks:
        out.write("\n")


def verbs(view: Verbs, out: TextIO, term: Terminal) -> None:
    for row in view.rows:
        out.write(_row(row.verb, len(row.ids), ",".join(row.ids)))


def footnotes(view: Footnotes, out: TextIO, term: Terminal) -> None:
    for note in view.rows:
        out.write(_row(note.footnote.number, note.footnote.text, ",".join(note.cited_by)))


def refs(view: Refs, out: TextIO, term: Terminal) -> None:
    for ref in view.rows:
        out.write(_row(ref.location, ref.written, ref.normalized, ref.kind, ref.url))


def problems(view: Problems, out: TextIO, term: Terminal) -> None:
    for problem in view.problems:
        out.write(f"{view.source}: {problem}\n")


def votes(view: Votes, out: TextIO, term: Terminal) -> None:
    for vote in view.rows:
        out.write(_row(vote.state, vote.vote))


def count(view: Count, out: TextIO, term: Terminal) -> None:
    out.write(f"{view.matched}\n")


def ids(view: Ids, out: TextIO, term: Terminal) -> None:
    out.writelines(f"{i}\n" for i in view.ids)


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write ``view`` as plain text (the renderer :data:`~resolution_cli.render.RENDERERS`
    names for its type)."""
    draw(view, "plain", out, term)


__all__ = ["info_rows", "paragraph_lines", "render", "sup"]
