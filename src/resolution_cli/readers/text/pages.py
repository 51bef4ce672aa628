"""The printed page, read as a person reads it: paragraphs, and the interruptions
between them.

A page break (``---``) and the footnotes printed at the page's foot
(``<sup>n</sup> text``) interrupt the text; they are not structure. They can fall
before any line of any kind: mid-clause, before a sub-paragraph, before a heading.
Each paragraph remembers whether a page break came before it. A line alone in
bold, a markdown heading (``## Annex``) or a section number alone ("II", "A.") is
a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resolution_cli.readers.assemble import SUB_LABEL
from resolution_cli.words import ENGLISH

_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FOOTNOTE = re.compile(r"^\s*<sup>\s*(\d+)\s*</sup>\s*(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,3})\.\s+(.*)$")
_SUB = re.compile(r"^\s*(" + SUB_LABEL.pattern + r")\s+(.*)$")
_BOLD = re.compile(r"^\s*\*\*(?!\*)(.+?)\*\*\s*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
#: A line that is only a section number ("II", "A.", "Section 2"), bold or not.
_NUMBER_ONLY = re.compile(
    r"^\s*(?:[IVXL]{1,6}|[A-Z]|" + re.escape(ENGLISH.section_word) + r"\s+\w{1,4})\.?\s*$"
)


@dataclass
class Block:
    """A paragraph of the source: its raw lines, the line it starts on, its kind."""

    line: int
    raw: str
    kind: str  # "para", "numbered", "sub", "heading", "footnote"
    label: str = ""
    broke: bool = False  # a page break came before it (since the last paragraph)
    page: int = 0  # how many page breaks came before it


def blocks(text: str) -> list[Block]:
    """Split the source into paragraphs and footnotes (page breaks become ``broke``)."""
    found: list[Block] = []
    current: Block | None = None
    broke = False
    page = 0
    for index, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            current = None
            continue
        if _PAGE_BREAK.match(line):
            broke = True
            page += 1
            current = None
            continue
        if footnote := _FOOTNOTE.match(line):
            current = Block(index, footnote.group(2), "footnote", footnote.group(1))
            found.append(current)
            continue
        if numbered := _NUMBERED.match(line):
            current = Block(index, numbered.group(2), "numbered", numbered.group(1), broke)
        elif sub := _SUB.match(line):
            current = Block(index, sub.group(2), "sub", sub.group(1), broke)
        elif current is None:
            current = Block(index, line, "para", "", broke)
        else:
            current.raw += "\n" + line
            continue
        current.page = page
        found.append(current)
        if current.kind != "footnote":
            broke = False
    for block in found:
        one_line = block.kind == "para" and "\n" not in block.raw
        if one_line and (
            _MARKDOWN_HEADING.match(block.raw)
            or _BOLD.match(block.raw)
            or _NUMBER_ONLY.match(block.raw)
        ):
            block.kind = "heading"
    return found


def heading_text(block: Block) -> str:
    """The raw text of a heading without its markdown ``#`` marks."""
    return _MARKDOWN_HEADING.sub("", block.raw, count=1)
