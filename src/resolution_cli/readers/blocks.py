"""Typed blocks: what a reader sees on the page, before the assembler builds clauses.

Both readers (:mod:`.akn`, :mod:`.text`) turn their input into a sequence of these
blocks, in printed order, and :mod:`.assemble` applies the rules that do not depend
on the input format to that sequence: which headings open a section, the ids of
operative paragraphs and their warnings, the ids of annexes and of their
paragraphs, the lettering of sub-paragraphs. A block holds what those rules read
(the line, the printed number or label, the heading's text); what a reader needs
to build a clause's text (an lxml element, a run of markdown) stays with the
reader.

- :class:`Heading`: a heading line (a bold line, a ``heading`` element, a
  heading-only paragraph); its text may be a section number ("II", "Section 2");
- :class:`Numbered`: a paragraph printed with a number ("5.");
- :class:`Unnumbered`: a paragraph printed without one;
- :class:`SubParagraph`: a paragraph printed with a label ("(a)", "(iii)");
- :class:`Table`: a table (kept as text);
- :class:`Footnote`: a footnote's text ("<sup>3</sup> See ...");
- :class:`ClosingLine`: the closing meeting line ("59th plenary meeting");
- :class:`AnnexLabel`: a line that labels an annex ("Annex II", "Appendix A");
- :class:`PreambularClause`: a clause the input marks as preambular (an AKN
  ``container`` of the preamble).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resolution_cli.readers.numbering import section_number
from resolution_cli.words import ENGLISH, Words


@dataclass(frozen=True)
class Heading:
    """A heading line; ``numbered``: printed with a number of its own ("I. Scope",
    "A Posts to be established")."""

    line: int
    text: str
    numbered: bool = False
    #: The words of the language it is printed in (section numbers: "一", "أولا").
    words: Words = field(default=ENGLISH, compare=False, repr=False)

    @property
    def section(self) -> str | None:
        """The section number the line is ("II", "Section 2" -> "2"; "一" -> "I"), if
        it is one (:func:`~resolution_cli.readers.numbering.section_number`)."""
        return section_number(self.text, self.words)


@dataclass(frozen=True)
class Numbered:
    """A paragraph printed with a number: ``number`` as printed, without its dot."""

    line: int
    number: str

    @property
    def value(self) -> int:
        return int(self.number)


@dataclass(frozen=True)
class Unnumbered:
    """A paragraph printed without a number or a label; ``own``: a clause of its own
    whatever precedes it (this tool's AKN export marks such paragraphs); ``bold``:
    printed all in bold (a heading line, where the assembler says so)."""

    line: int
    own: bool = False
    bold: bool = False


@dataclass(frozen=True)
class SubParagraph:
    """A paragraph printed with a sub-paragraph label ("(a)", "(iii)", "(A)", "(1)")."""

    line: int
    label: str


@dataclass(frozen=True)
class Table:
    """A table, kept as text (its cells in reading order)."""

    line: int


@dataclass(frozen=True)
class Footnote:
    """The text of footnote ``number``."""

    line: int
    number: int


@dataclass(frozen=True)
class ClosingLine:
    """The closing meeting line ("59th plenary meeting")."""

    line: int
    text: str


@dataclass(frozen=True)
class AnnexLabel:
    """A line labelling an annex: ``text`` as printed, ``num`` its number ("" for none)."""

    line: int
    text: str
    num: str = ""
    #: The label's word as English prints it, when the label is in another language
    #: ("Appendice" -> "Appendix"), so that ids agree across versions; "" for the text's.
    key: str = ""

    @property
    def word(self) -> str:
        """The label's word in lower case ("Appendix A" -> "appendix")."""
        return (self.key.split() or self.text.split() or ["annex"])[0].lower()


@dataclass(frozen=True)
class PreambularClause:
    """A clause the input marks as preambular."""

    line: int


#: A paragraph as the id rules see it: printed with a number, or not.
Opening = Numbered | Unnumbered

Block = (
    Heading
    | Numbered
    | Unnumbered
    | SubParagraph
    | Table
    | Footnote
    | ClosingLine
    | AnnexLabel
    | PreambularClause
)
