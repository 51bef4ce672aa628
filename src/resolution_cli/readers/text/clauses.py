"""Clauses, sub-paragraphs and sections, from the paragraphs after the enacting formula.

Rules (a clause ends at its final punctuation, not at a page break):

- ``N.`` opens an operative paragraph; ``(a)``, ``(i)``, ``(A)``, ``(1)`` a
  sub-paragraph of the clause before it (preambular clauses have them too),
  nested by the kind of its label ((i) after (h) is a letter);
- a bold line alone is a heading, and so is a line all in italics without final
  punctuation in the operative part or an annex ("*Progress and gaps*"), past
  the first page. A
  section number ("I", "A.", "Section 2") opens a section when the operative
  numbering restarts at 1 after such a heading somewhere in the resolution (as
  the AKN reader decides; "I", "II" over continuously numbered paragraphs stay
  headings). The headings waiting before
  the number and those printed before the section's first clause are its
  heading; any other heading is one of the ``headings`` of the next clause;
- an unnumbered paragraph continues the clause before it (its last sub-paragraph,
  or after its sub-paragraphs as ``wrap_up``) when it starts in lower case, or
  when a page break cut that clause before its final punctuation (, ; . :) and
  the paragraph does not open with its own italic lead phrase or a label
  ("Abbreviations:"); in the operative
  part, an unnumbered paragraph between paragraphs n and n + 1 is also part of
  paragraph n (the assembler's rule, shared with the AKN reader:
  :func:`resolution_cli.readers.assemble.between_numbers`). Otherwise it is
  a clause of its own;
- the operative part (of the resolution, or of a section) starts at the first
  numbered paragraph or at the first clause whose lead phrase is an operative
  verb form ("*Approves* the report ..."), whichever comes first.

Ids: ``PPn`` by position, ``OPn`` by printed number (``OP.u1`` for a paragraph
printed without a number among numbered ones, ``OP1_2`` for a number printed
again); in a sectioned resolution ``II.PP1`` (position) and ``II.OP5`` (printed
number). These rules, which headings open a section and the lettering
of sub-paragraphs are the assembler's (:mod:`resolution_cli.readers.assemble`),
shared with the AKN reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from resolution_cli.model import Clause, Part, Section, SubParagraph
from resolution_cli.readers import blocks
from resolution_cli.readers.assemble import Level, Outline, sub_level
from resolution_cli.readers.assemble import between_numbers as assembled_between
from resolution_cli.readers.assemble import opening_sections as assembled_sections
from resolution_cli.readers.blocks import Numbered, Opening, Unnumbered
from resolution_cli.readers.numbering import section_number
from resolution_cli.readers.text.leads import from_lexicon, is_operative
from resolution_cli.readers.text.markup import Inline, inline
from resolution_cli.readers.text.pages import Block

Warn = Callable[[str], None]

_MAX_LEAD_WORDS = 8
#: A heading printed with its number ("I Our commitment", "A Posts to be established").
_NUMBERED_HEADING = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z])\s+[A-Z]")
#: A paragraph that opens with a label of its own ("Abbreviations:", "Note:"), as a
#: table's notes do: never the rest of a clause cut by a page break.
_NOTE_LABEL = re.compile(r"^(?:Abbreviations?|Notes?|Sources?): ")


@dataclass
class Piece:
    """A sub-paragraph as read."""

    label: str
    inline: Inline
    line: int
    wrap: Inline | None = None
    headings: list[str] = field(default_factory=list)  # printed before it, in the run


@dataclass
class Draft:
    """A clause as read: its first paragraph, what continues it, its sub-paragraphs."""

    part: Part
    line: int
    inline: Inline
    label: str | None = None  # the printed number, without its dot
    lead: str | None = None  # None: from the lexicon once the clause is whole
    subs: list[Piece] = field(default_factory=list)
    wrap: Inline | None = None
    headings: list[str] = field(default_factory=list)
    article: str | None = None  # in an annex, the article it is printed in

    def opening(self) -> Opening:
        """How the clause's first paragraph is printed: with a number, or not."""
        if self.label is None:
            return Unnumbered(self.line)
        return Numbered(self.line, self.label)

    def last(self) -> Inline:
        """The text the next words of the clause would continue."""
        if self.wrap is not None:
            return self.wrap
        if self.subs:
            return self.subs[-1].wrap or self.subs[-1].inline
        return self.inline


def lead_of(inline: Inline) -> str | None:
    """The lead phrase marked by italics, '' when none is marked, None when the whole
    paragraph is in italics (the lexicon decides once the clause is whole)."""
    if inline.all_italic():
        return None
    span = inline.lead_span()
    if span and len(span.split()) <= _MAX_LEAD_WORDS:
        return span.rstrip(",;:. ").strip()
    return None if span else ""


class Body:
    """Builds the clauses and sections, paragraph after paragraph."""

    def __init__(self, name: str, warn: Warn, italics: bool, sectioned: bool) -> None:
        self.name = name
        self.warn = warn
        self.italics = italics  # whether the text marks lead phrases with italics at all
        self.sectioned = sectioned  # whether section numbers open sections
        self.outline: Outline[Draft] = Outline()
        self.article: str | None = None  # in an annex: the article being read
        self.lead_warnings = True

    @property
    def current(self) -> Level[Draft]:
        return self.outline.current

    @property
    def pending(self) -> list[str]:
        """The headings waiting for the next clause."""
        return self.outline.pending

    def say(self, line: int, message: str) -> None:
        self.warn(f"{self.name}: line {line}: {message}")

    # -- paragraphs --------------------------------------------------------------

    def block(
        self, block: Block, *, between: bool = False, opens: bool = False, first_page: bool = False
    ) -> None:
        """One paragraph of the source, read by its kind (a label with no clause before
        it is a paragraph, its label kept in its text)."""
        content = inline(block.raw)
        if block.kind == "numbered":
            self.numbered(block.line, block.label, content)
        elif block.kind == "sub" and self.sub(block.line, block.label, content):
            pass
        elif block.kind == "heading":
            self.heading(block.line, content.text, opens)
        else:
            if block.kind == "sub":
                content = inline(f"{block.label} {block.raw}")
            self.para(block.line, content, block.broke, between, first_page)

    def heading(self, line: int, text: str, opens: bool = False) -> None:
        """A heading line; ``opens``: a section number that opens a section."""
        bare = text.strip()
        if opens and (num := section_number(bare)) is not None:
            self.outline.open_section(num, [], line)
            return
        self.outline.hold(bare, line)

    def numbered(self, line: int, label: str, inline: Inline) -> None:
        section = self.current
        section.part = Part.OPERATIVE
        self.new(Part.OPERATIVE, line, inline, label)

    def sub(self, line: int, label: str, inline: Inline) -> bool:
        """A sub-paragraph of the clause before it; False when there is none."""
        draft = self.current.last()
        if draft is None:
            return False
        # headings waiting were printed inside the run of sub-paragraphs: this one's
        draft.subs.append(Piece(label, inline, line, headings=self.outline.sub_headings()))
        return True

    def para(
        self,
        line: int,
        inline: Inline,
        broke: bool,
        between: bool = False,
        first_page: bool = False,
    ) -> None:
        """An unnumbered paragraph; ``between``: it sits between paragraphs n and n + 1;
        ``first_page``: it is printed on the page of the enacting formula (which some
        documents print all in italics)."""
        section = self.current
        italic_heading = inline.all_italic() and not inline.ends_final() and not first_page
        if section.part is Part.OPERATIVE and italic_heading:
            self.heading(line, inline.text)  # "*Progress and gaps*": an italic heading
            return
        draft = section.last()
        lead = lead_of(inline)
        if draft is None or self.pending:
            self.new_unnumbered(line, inline, lead)
            return
        last = draft.last()
        own_lead = bool(lead) or lead is None or bool(_NOTE_LABEL.match(inline.text))
        lower = inline.text[:1].islower()
        if lower or (broke and not last.ends_final() and not own_lead):
            if broke and not last.ends_final():
                last.extend(inline)
                if not lower:
                    self.say(
                        line,
                        f"joined to the clause before it (line {draft.line}): a page break "
                        "cut it before its final punctuation",
                    )
            elif draft.subs:
                self.wrap(draft, inline)
            else:
                draft.inline.extend(inline)
            return
        if draft.subs and not own_lead and _introduces(draft.subs[-1]):
            # "(b) The panels will address the following themes:" / "Panel 1: ...": one
            # paragraph completes (b) (its wrap-up); two or more are items under it.
            last_sub = draft.subs[-1]
            if last_sub.label and last_sub.wrap is None:
                last_sub.wrap = inline
                return
            if last_sub.label and last_sub.wrap is not None:
                draft.subs.append(Piece("", last_sub.wrap, last_sub.line))
                last_sub.wrap = None
            draft.subs.append(Piece("", inline, line))
            return
        if section.part is Part.OPERATIVE and between:
            self.say(
                line,
                f"unnumbered paragraph between paragraphs {draft.label} and "
                f"{int(draft.label or 0) + 1} kept in paragraph {draft.label}",
            )
            if draft.subs:
                self.wrap(draft, inline)
            else:
                draft.inline.extend(inline)
            return
        self.new_unnumbered(line, inline, lead)

    def wrap(self, draft: Draft, inline: Inline) -> None:
        if draft.wrap is None:
            draft.wrap = inline
        else:
            draft.wrap.extend(inline)

    def new_unnumbered(self, line: int, inline: Inline, lead: str | None) -> None:
        section = self.current
        if section.part is Part.PREAMBULAR:
            guess = lead if lead is not None else from_lexicon(inline.text, Part.PREAMBULAR)
            if not self.italics and lead == "":
                guess = from_lexicon(inline.text, Part.PREAMBULAR)
            if is_operative(guess):
                section.part = Part.OPERATIVE
                self.say(
                    line,
                    f"the operative part starts here: '{guess}' is an operative verb form "
                    "(the paragraph has no number)",
                )
        self.new(section.part, line, inline, None, lead)

    def new(
        self, part: Part, line: int, inline: Inline, label: str | None, lead: str | None = ""
    ) -> None:
        if label is not None:
            lead = lead_of(inline)
        headings = self.outline.take_headings()
        draft = Draft(part, line, inline, label, lead, headings=headings, article=self.article)
        self.outline.add(part, draft)

    # -- the end -----------------------------------------------------------------

    def finish(self) -> tuple[list[Clause], list[Clause], list[Section]]:
        """The clauses and sections: headings placed and ids given by the assembler."""
        self.outline.finish(self.append_text, self.say)
        preamble, operative, sections = self.outline.build(self.clause, self.say)
        return list(preamble), list(operative), list(sections)

    def append_text(self, draft: Draft, text: str) -> None:
        """Text kept after a clause: after its sub-paragraphs (wrap_up), else its text."""
        if draft.subs:
            self.wrap(draft, Inline(text=text))
        else:
            draft.inline.extend(Inline(text=text))

    def clause(
        self, draft: Draft, part: Part, number: int, section: str | None, clause_id: str
    ) -> Clause:
        lead = draft.lead
        if lead is None or (lead == "" and not self.italics):
            lead = from_lexicon(draft.inline.text, part)
        if not lead and self.lead_warnings:
            self.say(draft.line, f"{clause_id} has no lead phrase (none printed in italics)")
        wrap = draft.wrap
        if wrap is not None and wrap.markers:
            for ref in wrap.markers:
                self.say(
                    draft.line,
                    f"footnote {ref.number} is cited after the sub-paragraphs; the footnote "
                    "is kept, the place of its marker is not",
                )
        return Clause(
            id=clause_id,
            part=part,
            position=number,
            num=f"{draft.label}." if draft.label is not None else None,
            lead=lead,
            text=draft.inline.text,
            markers=tuple(draft.inline.markers),
            subparagraphs=nest(draft.subs, self.say),
            wrap_up=wrap.text if wrap is not None and wrap.text else None,
            headings=tuple(draft.headings),
            section=section,
        )


# ------------------------------------------------------------- looking ahead


def opening_sections(body: list[Block]) -> set[int]:
    """The section-number headings of ``body`` that open sections (their indexes), by
    the rule of :func:`resolution_cli.readers.assemble.opening_sections`."""
    return assembled_sections([typed(block) for block in body])


def typed(block: Block) -> blocks.Block:
    """A paragraph of the source as the assembler's rules see it (:mod:`..blocks`)."""
    if block.kind == "heading":
        text = inline(block.raw).text
        return blocks.Heading(block.line, text, numbered=bool(_NUMBERED_HEADING.match(text)))
    if block.kind == "numbered":
        return Numbered(block.line, block.label)
    if block.kind == "sub":
        return blocks.SubParagraph(block.line, block.label)
    if block.kind == "footnote":
        return blocks.Footnote(block.line, int(block.label))
    return Unnumbered(block.line)


def between_numbers(body: list[Block]) -> set[int]:
    """The unnumbered paragraphs of ``body`` that sit between paragraphs n and n + 1
    (their indexes), by the rule of :func:`resolution_cli.readers.assemble.between_numbers`."""
    return assembled_between([typed(block) for block in body])


# ----------------------------------------------------------------- sub-paragraphs


def _introduces(piece: Piece) -> bool:
    """Whether unlabelled paragraphs after ``piece`` are items under it: it ends with a
    colon, or it is such an item itself."""
    return piece.label == "" or piece.inline.text.rstrip().endswith(":")


@dataclass
class _Node:
    piece: Piece
    children: list[_Node] = field(default_factory=list)


def nest(pieces: list[Piece], say: Callable[[int, str], None]) -> tuple[SubParagraph, ...]:
    """Turn a flat run of (a), (i), (ii), (b) ... into nested sub-paragraphs: a label
    of a new kind opens a level under the one before it; a label of a kind already
    open goes back to that level. A roman-looking label that is the next letter of
    an open lettered level ((i) after (h), (v) after (u)) is a letter. A
    sub-paragraph's wrap-up keeps its text, not its footnote markers: *say* warns
    (line, message) for each."""
    root: list[_Node] = []
    stack: list[tuple[str, list[_Node]]] = []
    for piece in pieces:
        open_levels = [(kind, nodes[-1].piece.label) for kind, nodes in stack]
        level, kind = sub_level(open_levels, piece.label)
        if level < len(stack):
            del stack[level + 1 :]
            siblings = stack[level][1]
        elif not stack:
            siblings = root
            stack.append((kind, root))
        else:
            siblings = stack[-1][1][-1].children
            stack.append((kind, siblings))
        siblings.append(_Node(piece))

    def build(node: _Node) -> SubParagraph:
        wrap = node.piece.wrap
        for ref in wrap.markers if wrap is not None else ():
            say(
                node.piece.line,
                f"footnote {ref.number} is cited after the items of {node.piece.label}; "
                "the footnote is kept, the place of its marker is not",
            )
        return SubParagraph(
            num=node.piece.label,
            text=node.piece.inline.text,
            markers=tuple(node.piece.inline.markers),
            subparagraphs=tuple(build(child) for child in node.children),
            wrap_up=wrap.text if wrap is not None and wrap.text else None,
            headings=tuple(node.piece.headings),
        )

    return tuple(build(node) for node in root)
