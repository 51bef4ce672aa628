"""``--format markdown``: the resolution laid out as published, for any forge.

CommonMark with the GitHub footnote extension (``[^n]``), which GitHub, GitLab,
Gitea/Forgejo and pandoc all render:

- the header: the organ as ``#``, ``Distr.:`` and the date of issue, the session
  in bold, each agenda item and its title in bold, the adoption line as ``##``,
  the committee and drafts line in brackets, ``### 75/272. Title``;
- the enacting formula in italics; each preambular clause its own paragraph,
  its lead phrase in italics (``*Recalling also* the exchange ...``);
- the operative paragraphs as an ordered list (``1. *Encourages* ...``); their
  sub-paragraphs as paragraphs indented to the item's text (``   (a) ...``),
  nested ones two more spaces in (the indentation stays under four spaces
  relative to the item, so nothing turns into a code block);
- the headings of headed sections as ``####`` headings before their clause;
- footnote markers as ``[^n]`` at their exact offsets; the definitions
  ``[^n]: text`` after the last clause, then the closing meeting line and date;
- sections: their number and heading lines as ``####`` headings before their
  clauses (each section's numbers start a new ordered list);
- annexes, after the closing meeting line (and then the footnote definitions):
  the label as ``##`` (``## Annex I``), its title lines as ``###``, an annex inside
  an annex one level deeper, its trailing lines as paragraphs.

Characters that markdown would read as markup are backslash-escaped so that the
text renders literally: ``\\ ` * _ [ ] < ~`` everywhere, ``&`` before an entity,
``#``, ``>``, ``-``, ``+``, ``=``, ``|`` and ``1.``/``1)`` at the start of a line, and
the ``#`` that would close a heading. Words are never altered. A line break
inside a text becomes a hard line break (a backslash at the end of the line).

A ``Clauses`` view prints each clause (with its headings) as a paragraph,
operative ones numbered, followed by the definitions of the footnotes it cites
(each footnote defined once); before the first clause of a section or annex,
that section's number and heading, or that annex's label. Other views raise ``UnsupportedView``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from resolution_cli.render import draw
from resolution_cli.render.layout import (
    Heading,
    adopted_line,
    agenda_cover_lines,
    cited,
    closing_lines,
    committee_line,
    distribution_line,
    flow,
    issued_line,
    title_line,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from resolution_cli.model import Clause, FootnoteRef, Resolution, SubParagraph
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Clauses, Document, View

__all__ = ["clauses", "document", "escape", "render"]

_INLINE = re.compile(r"[\\`*_\[\]<~]|&(?=#?\w+;)")
_LINE_START = re.compile(r"^([ \t]*)([#>+=|]|-(?=[ \t]|$)|-{2,}|\d{1,9}(?=[.)]))")
#: a nested sub-paragraph is indented this many spaces more than its parent (up to 3)
_NEST = 2


def escape(text: str, indent: str = "", *, at_line_start: bool = True) -> str:
    """``text`` escaped to render literally; a line break becomes a hard break.

    ``indent`` is written after each line break (the indentation of the block);
    ``at_line_start`` says whether ``text`` starts a line (line-start markup).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        escaped = _INLINE.sub(lambda m: "\\" + m.group(0), line)
        if index > 0 or at_line_start:
            escaped = _escape_line_start(escaped)
        out.append(escaped)
    return ("\\\n" + indent).join(out)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if match is None:
        return line
    lead, mark = match.group(1), match.group(2)
    rest = line[match.end() :]
    if mark[0].isdigit():  # "1." or "1)" would start a list: escape the punctuation
        return f"{lead}{mark}\\{rest}"
    return f"{lead}\\{mark}{rest}"


def _heading_text(text: str) -> str:
    """A heading's text: escaped, and a closing '#' run kept literal."""
    escaped = escape(" ".join(text.split()), at_line_start=False)
    if escaped.startswith("#"):
        escaped = "\\" + escaped
    return re.sub(r"(#+)$", r"\\\1", escaped)


def _inline(text: str, markers: Iterable[FootnoteRef], indent: str, lead: str = "") -> str:
    """``text`` escaped, its lead phrase ``lead`` in italics, markers as ``[^n]``."""
    cuts: list[tuple[int, str]] = [
        (min(max(ref.offset, 0), len(text)), f"[^{ref.number}]") for ref in markers
    ]
    italic_end = 0
    if lead and text.startswith(lead) and lead.strip():
        italic_end = len(lead.rstrip())
        italic_start = len(lead) - len(lead.lstrip())
        cuts += [(italic_start, "\x00*"), (italic_end, "\x01*")]
    cuts.sort(key=lambda cut: (cut[0], cut[1].startswith("[")))
    pieces: list[str] = []
    position = 0
    for offset, mark in cuts:
        piece = text[position:offset]
        pieces.append(escape(piece, indent, at_line_start=not pieces))
        pieces.append(mark.lstrip("\x00\x01"))
        position = offset
    pieces.append(escape(text[position:], indent, at_line_start=not pieces))
    return "".join(pieces)


class _Writer:
    """Collects the blocks of the document and the footnotes they cite."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.blocks: list[str] = []
        self.cited: list[int] = []
        self.last_op: int | None = None  # number of the last list item, while a list is open

    def block(self, text: str) -> None:
        self.blocks.append(text)
        self.last_op = None

    def cite(self, refs: Iterable[FootnoteRef]) -> None:
        for ref in refs:
            if ref.number not in self.cited:
                self.cited.append(ref.number)

    def clause(self, clause: Clause) -> None:
        for heading in clause.headings:
            self.block(f"#### {_heading_text(heading)}")
        printed = _list_number(clause.num)
        if clause.num is not None and printed is not None:
            label = clause.num
            indent = " " * (len(label) + 1)
            if self.last_op is not None and self.last_op + 1 != printed:
                self.block("<!-- -->")  # end the list: its numbers must be printed as they are
            body = label + " " + _inline(clause.text, clause.markers, indent, clause.lead)
        elif clause.num is not None:
            indent = ""
            body = escape(clause.num) + " " + _inline(clause.text, clause.markers, "", clause.lead)
        else:
            indent = ""
            body = _inline(clause.text, clause.markers, indent, clause.lead)
        self.cite(clause.markers)
        blocks = [body]
        self._subparagraphs(clause.subparagraphs, indent, blocks)
        if clause.wrap_up:
            blocks.append(indent + escape(clause.wrap_up, indent))
        self.block("\n\n".join(blocks))
        self.last_op = printed

    def _subparagraphs(
        self, subs: tuple[SubParagraph, ...], indent: str, blocks: list[str]
    ) -> None:
        for sub in subs:
            blocks.extend(f"{indent}**{escape(heading, indent)}**" for heading in sub.headings)
            num = escape(sub.num, indent)
            text = _inline(sub.text, sub.markers, indent)
            blocks.append(f"{indent}{num} {text}" if text else indent + num)
            self.cite(sub.markers)
            deeper = indent + " " * _NEST if len(indent) + _NEST < 8 else indent
            self._subparagraphs(sub.subparagraphs, deeper, blocks)
            if sub.wrap_up:
                blocks.append(indent + escape(sub.wrap_up, indent))

    def heading(self, heading: Heading) -> None:
        """A section's number and heading lines (``####`` each), an annex's label (``##``)
        and title lines (``###``; an annex inside an annex one level deeper), the
        closing lines in italics, an annex's trailing lines as paragraphs."""
        lines = [line for line in heading.lines if line]
        if heading.kind == "closing":
            self.block("\\\n".join(f"*{escape(line)}*" for line in lines))
        elif heading.kind == "trailing":
            for line in lines:
                self.block(escape(line))
        elif heading.kind == "annex":
            depth = min(heading.depth, 3)
            for index, line in enumerate(lines):
                self.block(f"{'#' * (2 + depth + (index > 0))} {_heading_text(line)}")
        elif heading.kind == "place":  # the labels of nested annexes, one level each
            for index, line in enumerate(lines):
                self.block(f"{'#' * (2 + min(index, 3))} {_heading_text(line)}")
        else:
            for line in lines:
                self.block(f"#### {_heading_text(line)}")

    def footnotes(self, numbers: Iterable[int]) -> None:
        for number in numbers:
            note = self.resolution.footnote(number)
            text = escape(note.text, "    ") if note else ""
            self.block(f"[^{number}]: {text}".rstrip())

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n"


def _list_number(num: str | None) -> int | None:
    """1 for '1.': a number markdown can print as an ordered list item; None otherwise."""
    if num is None or not num.endswith(".") or not num[:-1].isdigit():
        return None
    return int(num[:-1])


def _header(writer: _Writer, r: Resolution) -> None:
    if r.symbol:
        writer.block(escape(r.symbol))
    writer.block(f"# {_heading_text(r.organ)}")
    issued = [escape(line) for line in (distribution_line(r), issued_line(r)) if line]
    if issued:
        writer.block("\\\n".join(issued))
    if r.session_name:
        writer.block(f"**{escape(r.session_name)}**")
    for line in agenda_cover_lines(r):
        writer.block(escape(line))
    for item in r.agenda_items:
        if item.title:
            writer.block(f"**{escape(item.title)}**")
    if adopted_line(r):
        writer.block(f"## {_heading_text(adopted_line(r))}")
    committee = committee_line(r)
    if committee:
        writer.block(escape(committee))
    writer.block(f"### {_heading_text(title_line(r))}")
    if r.enacting_formula:
        writer.block(f"*{escape(r.enacting_formula)}*")


def document(view: Document, out: TextIO, term: Terminal) -> None:
    """The whole resolution, laid out as published."""
    r = view.resolution
    writer = _Writer(r)
    _header(writer, r)
    for item in flow(r):
        if not isinstance(item, Heading):
            writer.clause(item)
        elif item.kind != "closing" or r.annexes:  # annexes follow the closing lines
            writer.heading(item)
    cited_numbers = list(writer.cited)
    cited_numbers += [note.number for note in r.footnotes if note.number not in cited_numbers]
    writer.footnotes(cited_numbers)
    closing = closing_lines(r)
    if closing and not r.annexes:
        writer.block("\\\n".join(f"*{escape(line)}*" for line in closing if line))
    out.write(writer.text())


def clauses(view: Clauses, out: TextIO, term: Terminal) -> None:
    """The cited clauses (:func:`.layout.cited`), each followed by the definitions of the
    footnotes it cites that were not defined yet."""
    writer = _Writer(view.resolution)
    defined: set[int] = set()
    for item in cited(view.resolution, view.clauses):
        if isinstance(item, Heading):
            writer.heading(item)
            continue
        writer.clause(item)
        new = [n for n in item.footnote_numbers() if n not in defined]
        writer.footnotes(new)
        defined.update(new)
    if writer.blocks:
        out.write(writer.text())


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write ``view`` (Document, Clauses or Diff) as markdown."""
    draw(view, "markdown", out, term)
