"""AKN4UN: text flows, what the reader builds, and the reading of inline text.

A :class:`_Flow` is the text of one paragraph as read: raw text with placeholders
for footnote markers, and the markers; :meth:`_Flow.finish` normalises it and
gives each marker its offset. :class:`_Sub` and :class:`_Clause` are a
sub-paragraph and a clause being read. :class:`_InlineReader` reads inline
content (text, footnotes, line breaks, tables kept as text) into flows; the
body reader (:mod:`.body`) and the annex reader (:mod:`.annexes`) build on it.

Lead phrases: a paragraph's lead phrase is the first span of its flow printed in its
language's lead emphasis (:attr:`resolution_cli.words.Words.lead_emphasis`: italic; bold in Chinese,
``<span class="bold">\t遵循</span>``; the italic of Arabic's bold italic), when the
paragraph's text starts with that span's text (:func:`_verb`); the language is the
document's ``FRBRlanguage`` (:func:`document_language`). The lead is the span's text
as printed, white space at its ends and a final ``,;:.`` dropped.

Text: tabs and line breaks become spaces (a run of white space holding one
becomes a single space), the ends are stripped, nothing else changes. Footnote
markers (``authorialNote``, and a ``<sup>n</sup>`` that cites footnote n again)
are removed from the text and kept as :class:`~resolution_cli.model.FootnoteRef`
with their offset in the normalised text; a marker in a heading or in a
``wrap_up`` has no place in the model: its footnote is kept, its position is not
(with a warning).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from resolution_cli.model import Clause, FootnoteRef, Part, SubParagraph
from resolution_cli.readers.akn.xml import (
    _MARK,
    Element,
    Warn,
    _children,
    _local,
    _text_without_notes,
    normalise,
)
from resolution_cli.readers.blocks import Numbered, Opening, Unnumbered
from resolution_cli.words import iso_language, words_for

#: Elements whose text runs on inside a paragraph.
_INLINE = frozenset(
    {
        "a", "abbr", "b", "concept", "date", "def", "del", "docAuthority", "docDate",
        "docNumber", "docProponent", "docStatus", "docTitle", "entity", "event", "i",
        "inline", "ins", "location", "mmod", "mod", "mref", "noteRef", "object",
        "organization", "person", "quantity", "ref", "remark", "role", "rref",
        "session", "shortTitle", "span", "sub", "sup", "term", "u",
    }
)  # fmt: skip


# ----------------------------------------------------------------------- text flows


# Text ending in a unit, right before a ``sup``: "5 km", "10m", "CO". A number in
# superscript there is an exponent (or a subscript set as one), never a marker.
UNIT_BEFORE_EXPONENT = re.compile(r"(?:(?<![A-Za-z])(?:km|cm|mm|m|ha|kg|t|ft|CO)|\d[A-Za-z]+)$")


def exponent_after(text: str) -> bool:
    """Whether a ``<sup>n</sup>`` right after *text* is an exponent (see above)."""
    return UNIT_BEFORE_EXPONENT.search(text) is not None


@dataclass
class _Flow:
    """Text of one paragraph as read: raw text with marker placeholders, and the markers."""

    raw: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    #: The first span in the language's lead emphasis (italic; bold in Chinese, bold
    #: italic in Arabic: :attr:`resolution_cli.words.Words.lead_emphasis`), normalised.
    italic: str | None = None

    def finish(self) -> tuple[str, list[FootnoteRef]]:
        text = normalise("".join(self.raw))
        markers: list[FootnoteRef] = []
        out: list[str] = []
        notes = iter(self.notes)
        for ch in text:
            if ch == _MARK:
                markers.append(FootnoteRef(number=next(notes), offset=len(out)))
            else:
                out.append(ch)
        return "".join(out), markers


def _shift(markers: Iterable[FootnoteRef], by: int, limit: int) -> list[FootnoteRef]:
    return [FootnoteRef(number=m.number, offset=min(max(m.offset + by, 0), limit)) for m in markers]


@dataclass
class _Sub:
    num: str
    text: str
    markers: list[FootnoteRef] = field(default_factory=list)
    subs: list[_Sub] = field(default_factory=list)
    wrap_up: str | None = None
    headings: list[str] = field(default_factory=list)

    def build(self) -> SubParagraph:
        return SubParagraph(
            num=self.num,
            text=self.text,
            markers=tuple(self.markers),
            subparagraphs=tuple(s.build() for s in self.subs),
            wrap_up=self.wrap_up,
            headings=tuple(self.headings),
        )


@dataclass
class _Clause:
    part: Part
    line: int
    lead: str = ""
    text: str = ""
    markers: list[FootnoteRef] = field(default_factory=list)
    subs: list[_Sub] = field(default_factory=list)
    wrap_up: str | None = None
    headings: list[str] = field(default_factory=list)
    printed: int | None = None
    printed_as: str | None = None  # the number as printed, where it is not "n." ("1 -")

    def opening(self) -> Opening:
        """How the clause is printed: with a number, or not (:mod:`..blocks`)."""
        if self.printed is None:
            return Unnumbered(self.line)
        return Numbered(self.line, str(self.printed))

    def build_as(self, part: Part, number: int, section: str | None, id: str) -> Clause:
        """The clause built with the id the assembler gives it (``part`` is its own)."""
        return self.build(number, id, section)

    def build(self, number: int, id: str | None = None, section: str | None = None) -> Clause:
        return Clause(
            id=id or f"{self.part.prefix}{number}",
            part=self.part,
            position=number,
            section=section,
            num=None if self.printed is None else self.printed_as or f"{self.printed}.",
            lead=self.lead,
            text=self.text,
            markers=tuple(self.markers),
            subparagraphs=tuple(s.build() for s in self.subs),
            wrap_up=self.wrap_up,
            headings=tuple(self.headings),
        )


def _join(first: str, second: str) -> str:
    return f"{first} {second}" if first and second else first or second


def _strip_prefix(
    text: str, markers: list[FootnoteRef], pattern: re.Pattern[str]
) -> tuple[str | None, str, list[FootnoteRef]]:
    match = pattern.match(text)
    if not match:
        return None, text, markers
    rest = text[match.end() :]
    return match.group(1), rest, _shift(markers, -match.end(), len(rest))


def _content(paragraph: Element) -> list[Element]:
    """The blocks of a paragraph's ``content``."""
    return [b for c in _children(paragraph, "content") for b in _children(c)]


def document_language(root: Element) -> str | None:
    """The language of the document ``root`` holds: its first ``FRBRExpression/
    FRBRlanguage``, ISO 639-1 (a component of a collection has the collection's)."""
    for found in root.iter("{*}FRBRlanguage"):
        return iso_language(found.get("language"))
    return None


def _verb(flow: _Flow, text: str) -> str:
    if flow.italic and text.startswith(flow.italic):
        return flow.italic.rstrip(",;:. ").strip()
    return ""


class _InlineReader:
    """Reads the inline content of XML elements (text, footnote markers, line breaks)
    into flows; keeps the footnotes; says what it warns about."""

    def __init__(self, name: str, warn: Warn) -> None:
        self.name = name
        self.warn = warn
        self.footnotes: dict[int, str] = {}
        self._typeset: tuple[Element, frozenset[str]] | None = None

    def lead_emphasis(self, element: Element) -> frozenset[str]:
        """The class tokens of a lead phrase's span in the language of ``element``'s
        document (its first ``FRBRlanguage``: :func:`resolution_cli.words.iso_language`)."""
        root = element.getroottree().getroot()
        if self._typeset is None or self._typeset[0] is not root:
            self._typeset = (root, words_for(document_language(root)).lead_emphasis)
        return self._typeset[1]

    def is_lead_span(self, element: Element) -> bool:
        """Whether ``element`` is a span printed as a lead phrase is in its language."""
        classes = (element.get("class") or "").split()
        return _local(element) == "span" and self.lead_emphasis(element) <= set(classes)

    def say(self, element: Element, message: str) -> None:
        self.warn(f"{self.name}: line {element.sourceline}: {message}")

    def say_line(self, line: int | None, message: str) -> None:
        self.warn(f"{self.name}: line {line}: {message}")

    def kept(self, element: Element) -> None:
        self.say(element, f"<{_local(element)}> kept as text")

    # -- inline text ---------------------------------------------------------------

    def inline(self, element: Element, flow: _Flow, *, block: bool = False) -> None:
        """Append the text of ``element``'s content (not its tail) to ``flow``."""
        if element.text:
            flow.raw.append(element.text)
        for child in element:
            local = _local(child)
            if not local:
                pass
            elif local == "authorialNote":
                self.note(child, flow)
            elif local in ("eol", "br"):
                flow.raw.append("\n")
            elif local in ("img", "marker", "eop"):
                pass
            elif (number := self.repeated_marker(child, flow)) is not None:
                flow.raw.append(_MARK)
                flow.notes.append(number)
            elif local in _INLINE:
                if flow.italic is None and local == "span" and self.is_lead_span(child):
                    flow.italic = normalise(_text_without_notes(child))
                self.inline(child, flow)
            elif block or local in ("p", "table", "tr", "td", "th", "item", "list", "blockList"):
                if local not in ("p", "tr", "td", "th", "item") and not block:
                    self.kept(child)
                flow.raw.append("\n")
                self.inline(child, flow, block=True)
                flow.raw.append("\n")
            else:
                self.kept(child)
                self.inline(child, flow)
            if child.tail:
                flow.raw.append(child.tail)

    def repeated_marker(self, element: Element, flow: _Flow) -> int | None:
        """The footnote a ``<sup>n</sup>`` cites again, if it is one.

        The UN's files give a footnote's text once, in the ``authorialNote`` of its
        first marker; where the printed document cites the same footnote again, the
        marker is a bare ``<sup>n</sup>`` (556 times in session 74). A ``sup`` that
        holds only the number of a footnote already read is that footnote's marker,
        not text; any other ``sup`` ("1st", an exponent) stays text. A number right
        after a unit ("5 km<sup>2</sup>", "CO<sup>2</sup>") is an exponent, not a
        marker, even when a footnote of that number was read.
        """
        if _local(element) != "sup" or len(element):
            return None
        text = (element.text or "").strip()
        if exponent_after("".join(flow.raw[-4:])):
            return None
        if text.isdigit() and int(text) in self.footnotes:
            return int(text)
        return None

    def note(self, element: Element, flow: _Flow) -> None:
        marker = (element.get("marker") or "").strip()
        inner = _Flow()
        self.inline(element, inner, block=True)
        text, _ = inner.finish()
        if not marker.isdigit() or int(marker) < 1:
            self.say(element, f"footnote with marker {marker!r} kept as text")
            flow.raw.append(f" {marker} {text} ")
            return
        number = int(marker)
        kept = self.footnotes.setdefault(number, text)
        if kept != text:
            self.say(
                element,
                f"footnote {number} is given twice with different texts; the first is "
                f"kept, this one is dropped: {text!r}",
            )
        flow.raw.append(_MARK)
        flow.notes.append(number)

    def flow_of(self, blocks: Iterable[Element]) -> _Flow:
        """One flow for several blocks (``p`` elements), separated by line breaks."""
        flow = _Flow()
        for index, block in enumerate(blocks):
            if index:
                flow.raw.append("\n")
            if _local(block) == "p":
                self.inline(block, flow)
            else:
                flow.raw.append("\n")
                self.inline(block, flow, block=True)
        return flow

    def heading_text(self, element: Element) -> str:
        flow = _Flow()
        self.inline(element, flow)
        text, markers = flow.finish()
        for ref in markers:
            self.say(
                element,
                f"footnote {ref.number} is cited in a heading; the footnote is kept, "
                "the place of its marker is not",
            )
        return text
