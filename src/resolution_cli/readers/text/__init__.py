"""Read a resolution from text converted from the printed document (markdown).

What the conversion of a printed UN resolution produces, and how it is read as a
person reads the page:

- page breaks are lines of ``---``; the footnotes of a page follow the break as
  lines ``<sup>n</sup> text``. Both are interruptions, not structure: they can
  fall before any line (mid-clause, before a sub-paragraph, before a heading),
  and a clause ends at its final punctuation, not at a page break
  (:mod:`.pages`, :mod:`.clauses`);
- footnote markers ``<sup>n</sup>`` are removed from the text and kept as
  :class:`~resolution_cli.model.FootnoteRef`; links ``[72/7](#)`` keep their
  text; ``**bold**`` and ``*italics*`` are markup (:mod:`.markup`);
- the lead phrase of a clause is its leading italic span; when the whole clause
  is in italics (the first page of some documents), or the text has no italics
  at all, it is the lexicon's (:mod:`.leads`); in a text that marks lead phrases
  with italics, a clause without one has none;
- operative paragraphs are numbered ``1.``; sub-paragraphs ``(a)``, ``(i)``;
  bold lines are headings, and "I", "A." headings open sections whose numbers
  restart (:mod:`.clauses`);
- the header and the closing meeting line (``59th plenary meeting``,
  ``54th (resumed) plenary meeting``, the date on the next line) are read into
  the metadata (:mod:`.header`); "Annex" pages after it into annexes.

Errors (:class:`~resolution_cli.errors.LoadError`) only for text that cannot be
a resolution: no enacting formula, no clause. Everything else is read, with a
warning naming the line and what was assumed (a numbering gap, a clause without
a lead phrase, a paragraph joined across a page break, a footnote never cited).
"""

from __future__ import annotations

from collections.abc import Callable

from resolution_cli.errors import LoadError
from resolution_cli.model import Clause, Footnote, Meeting, Resolution
from resolution_cli.readers.checked import validated
from resolution_cli.readers.text.annexes import Annexes, is_label
from resolution_cli.readers.text.clauses import Body, between_numbers, opening_sections
from resolution_cli.readers.text.header import (
    header,
    is_enacting,
    meeting,
    parse_date,
    session_number,
)
from resolution_cli.readers.text.leads import lexicon
from resolution_cli.readers.text.markup import Inline, inline
from resolution_cli.readers.text.pages import Block, blocks, heading_text

__all__ = ["lexicon", "read", "session_number"]

Warn = Callable[[str], None]


def read(text: str, name: str, *, warn: Warn) -> Resolution:
    """Read the text of a printed resolution; see the module docstring."""
    found = blocks(text)
    start = next(
        (
            i
            for i, b in enumerate(found)
            if b.kind in ("para", "heading") and is_enacting(inline(b.raw).text)
        ),
        None,
    )
    if start is None:
        raise LoadError(
            name,
            "no enacting formula ('The General Assembly,') found: not the text of a resolution",
        )
    head = header([b.raw for b in found[:start] if b.kind != "footnote"])
    formula = inline(found[start].raw).text
    rest = found[start + 1 :]
    for block in rest:
        if block.kind == "heading":
            block.raw = heading_text(block)  # "## Annex" is "Annex"
    end = next((i for i, b in enumerate(rest) if _ends_body(b)), len(rest))
    italics = any("*" in b.raw or "_" in b.raw for b in rest[:end] if b.kind != "footnote")
    opening = opening_sections(rest[:end])
    body = Body(name, warn, italics, bool(opening))
    between = between_numbers(rest[:end])
    footnotes: dict[int, tuple[int, Inline]] = {}
    closing: Meeting | None = None
    after: list[Block] = []
    for index, block in enumerate(rest):
        if block.kind == "footnote":
            _footnote(block, footnotes, warn, name)
            continue
        if index == end and not (block.kind == "para" and meeting(block.raw)):
            after = rest[index:]  # an "Annex" page, no meeting line before it
            break
        if index == end and (found_meeting := meeting(block.raw)):
            closing, adopted = found_meeting
            after = rest[index + 1 :]
            date_line = next((b for b in after if b.kind != "footnote"), None)
            if adopted is None and date_line is not None and date_line.kind == "para":
                adopted = parse_date(inline(date_line.raw).text)  # the date, a line apart
                if adopted is not None:
                    after = [b for b in after if b is not date_line]
            if head.adopted is None:
                head.adopted = adopted
            break
        first_page = block.page == found[start].page
        body.block(block, between=index in between, opens=index in opening, first_page=first_page)
    annexes = Annexes(name, warn)
    for block in after:
        if block.kind == "footnote":
            _footnote(block, footnotes, warn, name)
        else:
            annexes.block(block)
    preamble, operative, sections = body.finish()
    read_annexes = annexes.finish()
    if not preamble and not operative and not sections:
        raise LoadError(name, "no clause found after the enacting formula")
    notes = tuple(
        Footnote(number=number, text=content.text)
        for number, (_, content) in sorted(footnotes.items())
    )
    every = [
        *preamble,
        *operative,
        *(c for s in sections for c in s.clauses),
        *(c for a in read_annexes for c in a.clauses),
    ]
    _check_footnotes(every, footnotes, warn, name)
    fields = dict(
        symbol=f"A/RES/{head.number}" if head.number else "",
        number=head.number,
        title=head.title,
        organ=head.organ or "General Assembly",
        session=session_number(head.session_name),
        session_name=head.session_name,
        agenda_items=tuple(head.agenda),
        distribution=head.distribution,
        issued=head.issued,
        adopted=head.adopted,
        meeting=closing,
        committee=head.committee,
        drafts=head.drafts,
        enacting_formula=formula,
        preamble=tuple(preamble),
        operative=tuple(operative),
        sections=tuple(sections),
        annexes=read_annexes,
        footnotes=notes,
    )
    return validated(fields, name)  # a LoadError if a rule above let through what it refuses


def _ends_body(block: Block) -> bool:
    """The closing meeting line, or an "Annex" label at the top of a page."""
    if block.kind == "para" and meeting(block.raw):
        return True
    return block.broke and is_label(block)


def _footnote(
    block: Block, footnotes: dict[int, tuple[int, Inline]], warn: Warn, name: str
) -> None:
    number = int(block.label)
    content = inline(block.raw)
    if number in footnotes:
        warn(
            f"{name}: line {block.line}: footnote {number} is printed twice; the first is "
            f"kept, this one reads: {content.text}"
        )
        return
    footnotes[number] = (block.line, content)


def _check_footnotes(
    clauses: list[Clause],
    footnotes: dict[int, tuple[int, Inline]],
    warn: Warn,
    name: str,
) -> None:
    cited: set[int] = set()
    for clause in clauses:
        for number in clause.footnote_numbers():
            cited.add(number)
            if number not in footnotes:
                warn(f"{name}: {clause.id}: footnote marker {number} has no footnote text")
    for number, (line, _) in sorted(footnotes.items()):
        if number not in cited:
            warn(f"{name}: line {line}: footnote {number} is never cited")
