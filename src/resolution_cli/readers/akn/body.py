"""AKN4UN: the preamble and the main body (preambular and operative clauses).

- the preamble: the enacting formula, one preambular clause (PPn) per
  ``container``; a ``blockList`` gives sub-paragraphs of the clause before it;
- the main body: operative paragraphs (OPn), numbered by position.

How the corpus encodes operative paragraphs, and what is made of it:

- a ``paragraph`` with only a ``heading``/``subheading`` (and perhaps a
  ``num``) is a heading, not a paragraph; headings, ``section`` numbers and
  ``crossHeading`` lines (which in the budget resolutions carry a section's own
  preambular text) go to the ``headings`` of the next clause, in order;
- sub-paragraphs come in two encodings. (1) ``list``/``point`` (with ``intro``,
  ``sublist`` and ``wrapUp``): the intro is the clause text, each point a
  sub-paragraph, a ``sublist`` after a point holds that point's own
  sub-paragraphs. (2) Far more often, each sub-paragraph is a ``paragraph`` of
  its own, without a ``num`` and with its label printed in the text
  (``(a)<tab>To develop ...``), or with the label as its ``num`` (``(iii)``):
  it becomes a sub-paragraph of the operative paragraph before it; a roman
  label that does not continue the lettering ((i) after (c), but not after (h))
  nests under the last lettered sub-paragraph;
- a paragraph without ``num`` whose text starts with a number (``6.``) is an
  operative paragraph with its number printed in the text; the number is not
  part of the text;
- a paragraph without ``num`` or label is a continuation of the paragraph
  before it (text after its sub-paragraphs: ``wrap_up``; else appended to its
  text) when it starts in lower case, or when it sits between paragraphs n and
  n + 1 with no heading in between (quoted rules, schedules, table notes);
  otherwise it is an operative paragraph of its own (a single unnumbered
  paragraph, an unnumbered paragraph of a section);
- a paragraph of punctuation only (``* * *``) is a heading;
- where the printed numbers restart (sections) or are offset (a declaration
  after "Adopts the following declaration:"), ids still follow the position;
  a warning names the first paragraph of each such run;
- tables and any element the reader cannot place are kept as text (cell text
  in reading order, cells separated by spaces), appended to the clause before
  them together with any headings waiting for the next clause, and reported
  with a warning.

Footnote markers (``authorialNote``) are removed from the text and kept as
:class:`~resolution_cli.model.FootnoteRef` with their offset in the normalised
text; a marker in a heading or in a ``wrap_up`` has no place in the model: its
footnote is kept, its position is not (with a warning).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from resolution_cli.model import Clause, FootnoteRef, Part, Section, SubParagraph
from resolution_cli.readers.akn.sections import operative_ids, section_number
from resolution_cli.readers.akn.xml import (
    _MARK,
    Element,
    Warn,
    _child,
    _children,
    _descendants,
    _first,
    _line,
    _local,
    _plain,
    _text_without_notes,
    normalise,
)

_LABEL = re.compile(r"\((?:[a-z]{1,3}|[ivxlc]{1,6}|[A-Z]|\d{1,3})\)")
_LEADING_LABEL = re.compile(r"^(" + _LABEL.pattern + r")\s+")
_LEADING_NUMBER = re.compile(r"^(\d{1,3})\.?[\u200e\u200f]?\s+")
_PRINTED = re.compile(r"^(\d{1,3})\.?[\u200e\u200f]?$")
_ROMAN = re.compile(r"^\([ivxlc]+\)$")

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
#: Elements that group paragraphs (their num/heading lines are headings).
_GROUPS = frozenset(
    {
        "section", "part", "chapter", "title", "subsection", "subchapter", "subpart",
        "subtitle", "division", "hcontainer", "book", "tome", "article", "clause",
        "level", "blockContainer",
    }
)  # fmt: skip
_HEADINGS = frozenset({"heading", "subheading", "crossHeading"})


# ----------------------------------------------------------------------- text flows


@dataclass
class _Flow:
    """Text of one paragraph as read: raw text with marker placeholders, and the markers."""

    raw: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    italic: str | None = None  # the first italic span of the first block, normalised

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

    def build(self) -> SubParagraph:
        return SubParagraph(
            num=self.num,
            text=self.text,
            markers=tuple(self.markers),
            subparagraphs=tuple(s.build() for s in self.subs),
            wrap_up=self.wrap_up,
        )


@dataclass
class _Clause:
    part: Part
    line: int
    verb: str = ""
    text: str = ""
    markers: list[FootnoteRef] = field(default_factory=list)
    subs: list[_Sub] = field(default_factory=list)
    wrap_up: str | None = None
    headings: list[str] = field(default_factory=list)
    printed: int | None = None

    def build(self, number: int, id: str | None = None, section: str | None = None) -> Clause:
        return Clause(
            id=id or f"{self.part.prefix}{number}",
            part=self.part,
            number=number,
            section=section,
            num=None if self.printed is None else f"{self.printed}.",
            verb=self.verb,
            text=self.text,
            markers=tuple(self.markers),
            subparagraphs=tuple(s.build() for s in self.subs),
            wrap_up=self.wrap_up,
            headings=tuple(self.headings),
        )


@dataclass
class _SectionBuild:
    """A section as read: its number, heading lines and clauses."""

    num: str
    line: int
    heading: list[str] = field(default_factory=list)
    clauses: dict[Part, list[_Clause]] = field(
        default_factory=lambda: {Part.PREAMBULAR: [], Part.OPERATIVE: []}
    )

    def build(self, reader: _Reader) -> Section:
        preamble = tuple(
            c.build(i, f"{self.num}.PP{i}", self.num)
            for i, c in enumerate(self.clauses[Part.PREAMBULAR], 1)
        )
        operative = reader.build_operative(self.clauses[Part.OPERATIVE], f"{self.num}.", self.num)
        return Section(
            num=self.num, heading=tuple(self.heading), preamble=preamble, operative=operative
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


def _verb(flow: _Flow, text: str) -> str:
    if flow.italic and text.startswith(flow.italic):
        return flow.italic.rstrip(",;:. ").strip()
    return ""


# --------------------------------------------------------------------------- reader


class _Reader:
    def __init__(self, name: str, warn: Warn) -> None:
        self.name = name
        self.warn = warn
        self.footnotes: dict[int, str] = {}
        self.clauses: dict[Part, list[_Clause]] = {Part.PREAMBULAR: [], Part.OPERATIVE: []}
        self.current = self.clauses  # the clauses of the section being read, or the top level
        self.section: _SectionBuild | None = None
        self.sections: list[_SectionBuild] = []
        self.heading_sections: set[int] = set()  # heading-only paragraphs that open a section
        self.keep_alive: list[Element] = []
        self.several = False  # several preamble/mainBody pairs
        self.after_table = False  # the element read last was a table kept as text
        self.pending: list[str] = []
        self.formula: str | None = None

    def say(self, element: Element, message: str) -> None:
        self.warn(f"{self.name}: line {element.sourceline}: {message}")

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
            elif local in _INLINE:
                if (
                    local == "span"
                    and flow.italic is None
                    and "italic" in (child.get("class") or "").split()
                ):
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
        self.footnotes.setdefault(number, text)
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

    # -- placing text -------------------------------------------------------------

    def append(self, clause: _Clause, text: str, markers: list[FootnoteRef], at: Element) -> None:
        """Append text to a clause: after its sub-paragraphs (wrap_up), else to its text."""
        if self.pending:
            text = _join(" ".join(self.pending), text)
            markers = _shift(markers, len(" ".join(self.pending)) + 1, len(text))
            self.pending.clear()
        if not text and not markers:
            return
        if clause.subs:
            clause.wrap_up = _join(clause.wrap_up or "", text)
            for ref in markers:
                self.say(
                    at,
                    f"footnote {ref.number} is cited after the sub-paragraphs; the footnote "
                    "is kept, the place of its marker is not",
                )
            return
        shift = len(clause.text) + 1 if clause.text and text else len(clause.text)
        clause.text = _join(clause.text, text)
        clause.markers += _shift(markers, shift, len(clause.text))

    def last(self, part: Part) -> _Clause | None:
        found = self.current[part]
        return found[-1] if found else None

    def new_clause(self, part: Part, at: Element, flow: _Flow) -> _Clause:
        text, markers = flow.finish()
        clause = _Clause(part=part, line=_line(at), text=text, markers=markers)
        clause.verb = _verb(flow, text)
        self.claim_headings()
        clause.headings = list(self.pending)
        self.pending.clear()
        self.current[part].append(clause)
        return clause

    # -- sections -----------------------------------------------------------------

    def start_section(self, num: str, lines: list[str], at: Element) -> None:
        """Open section ``num``: headings waiting and ``lines`` are its heading lines."""
        section = _SectionBuild(num=num, line=_line(at), heading=self.pending + lines)
        self.pending = []
        self.sections.append(section)
        self.section = section
        self.current = section.clauses

    def claim_headings(self) -> None:
        """Headings printed before a section's first clause join the section's heading."""
        section = self.section
        if section is not None and self.pending and not any(section.clauses.values()):
            section.heading += self.pending
            self.pending = []

    def open_section(self, lines: list[str], at: Element, outer: str | None) -> bool:
        """Open a section if one of ``lines`` is a section number; say whether it did."""
        for index, line in enumerate(lines):
            num = section_number(line)
            if num is not None:
                num = f"{outer}.{num}" if outer else num
                self.start_section(num, lines[:index] + lines[index + 1 :], at)
                return True
        return False

    def keep_as_text(self, part: Part, element: Element) -> None:
        """An element the reader cannot place: its text goes to the clause before it."""
        self.kept(element)
        flow = _Flow()
        self.inline(element, flow, block=True)
        text, markers = flow.finish()
        clause = self.last(part) or self.last(Part.PREAMBULAR)
        if clause is None:
            self.new_clause(part, element, flow)
            return
        if part is Part.OPERATIVE and not self.pending and self.label_follows(element):
            self.continuation(clause, text, markers, element, label_next=True)
            return
        self.append(clause, text, markers, element)

    def label_follows(self, element: Element) -> bool:
        """Whether a labelled sub-paragraph follows ``element`` (a table, say) before
        any numbered paragraph (see :meth:`next_is_label`)."""
        for sibling in element.itersiblings():
            if _local(sibling) == "paragraph" and id(sibling) in self.order:
                return self.is_label(sibling) or self.next_is_label(sibling)
        return False

    # -- preamble -----------------------------------------------------------------

    def statement(self, statement: Element) -> None:
        """The preamble and the main body; several pairs of them are read in order."""
        blocks = list(_children(statement, "preamble", "mainBody"))
        kinds = [_local(b) for b in blocks]
        if kinds.count("preamble") <= 1 and kinds.count("mainBody") <= 1:
            self.preamble(_child(statement, "preamble"))
            self.main_body(_child(statement, "mainBody"))
            return
        self.several = True
        for index, block in enumerate(blocks):
            if _local(block) == "preamble":
                self.preamble(block, later=index > 0)
            elif index + 1 < len(blocks) and (stray := self.stray_clause(block)) is not None:
                clause = self.new_clause(Part.PREAMBULAR, stray, self.flow_of(_content(stray)))
                clause.line = _line(stray)
            else:
                self.main_body(block)

    @staticmethod
    def stray_clause(main_body: Element) -> Element | None:
        """A mainBody between two preambles holding one unnumbered paragraph that reads
        as a preambular clause (an italic lead phrase, ending with a comma): that paragraph."""
        children = list(_children(main_body))
        if len(children) != 1 or _local(children[0]) != "paragraph":
            return None
        paragraph = children[0]
        if _child(paragraph, "num") is not None:
            return None
        blocks = _content(paragraph)
        first = _child(blocks[0], "span") if blocks else None
        text = _plain(paragraph)
        if first is None or "italic" not in (first.get("class") or "").split():
            return None
        if (blocks[0].text or "").strip() or not text.endswith(","):
            return None
        return paragraph

    def preamble(self, element: Element | None, *, later: bool = False) -> None:
        if element is None:
            return
        warned = False
        for child in _children(element):
            local = _local(child)
            if local == "formula":
                flow = self.flow_of(_children(child))
                self.formula = flow.finish()[0]
            elif local == "container" and later and self.current[Part.OPERATIVE]:
                # After operative paragraphs, with no section heading: kept in place.
                if not warned:
                    self.say(child, "preamble after operative paragraphs kept as headings")
                    warned = True
                self.pending.append(self.heading_text(child))
            elif local == "container":
                blocks = list(_children(child, "p"))
                others = [c for c in _children(child) if _local(c) != "p"]
                clause = self.new_clause(Part.PREAMBULAR, child, self.flow_of(blocks))
                for other in others:
                    if _local(other) == "blockList":
                        self.block_list(other, clause)
                    else:
                        self.keep_as_text(Part.PREAMBULAR, other)
            elif local == "blockList":
                previous = self.last(Part.PREAMBULAR)
                if previous is None:
                    self.keep_as_text(Part.PREAMBULAR, child)
                else:
                    self.block_list(child, previous)
            elif local in _HEADINGS or local == "num":
                line = self.heading_text(child)
                if not (self.several and self.open_section([line], child, None)):
                    self.pending.append(line)
            elif local == "blockContainer" and all(
                _local(c) in _HEADINGS for c in _children(child)
            ):
                # Headings before a preambular clause (the schema allows no bare heading here).
                lines = [self.heading_text(c) for c in _children(child)]
                if not (self.several and self.open_section(lines, child, None)):
                    self.pending += lines
            else:
                self.keep_as_text(Part.PREAMBULAR, child)

    def block_list(self, element: Element, clause: _Clause) -> None:
        """A blockList of a preambular clause: its introduction continues the clause's
        text (and gives its lead phrase when the clause has no text of its own), its
        items are sub-paragraphs, its wrap-up is the clause's wrap_up."""
        for item in _children(element):
            local = _local(item)
            if local == "listIntroduction":
                flow = _Flow()
                self.inline(item, flow)
                text, markers = flow.finish()
                if not clause.text and not clause.subs:
                    clause.verb = _verb(flow, text)
                self.append(clause, text, markers, item)
                continue
            if local == "listWrapUp":  # inline content, as the introduction
                flow = _Flow()
                self.inline(item, flow)
                text, markers = flow.finish()
                self.append(clause, text, markers, item)
                continue
            num = _plain(_child(item, "num"))
            flow = self.flow_of(c for c in _children(item) if _local(c) != "num")
            text, markers = flow.finish()
            clause.subs.append(_Sub(num=num, text=text, markers=markers))

    # -- main body ----------------------------------------------------------------

    def main_body(self, element: Element | None) -> None:
        if element is None:
            return
        paragraphs = [p for p in _descendants(element, "paragraph") if self.has_body(p)]
        self.printed = {id(p): self.printed_number(p) for p in paragraphs}
        self.order = {id(p): i for i, p in enumerate(paragraphs)}
        self.paragraphs = paragraphs
        self.heading_sections = self.find_heading_sections(element)
        self.body(element)

    def find_heading_sections(self, element: Element) -> set[int]:
        """The heading-only paragraphs that open a section (see :mod:`.sections`)."""
        if self.section is not None and not self.several:
            return set()
        if any(self.group_lines(g)[1] is not None for g in _descendants(element, "section")):
            return set()
        candidates: set[int] = set()
        self.keep_alive = []  # ids of lxml proxies hold while they live
        restart = self.several
        seen_number = False
        waiting: Element | None = None
        for paragraph in _descendants(element, "paragraph"):
            if not self.has_body(paragraph):
                lines = [_plain(c) for c in _children(paragraph, "num", *_HEADINGS)]
                if lines and section_number(lines[0]) is not None:
                    candidates.add(id(paragraph))
                    self.keep_alive.append(paragraph)
                    waiting = paragraph
                continue
            number = self.printed[id(paragraph)]
            if number is None:
                continue
            if waiting is not None and number == 1 and seen_number:
                restart = True
            waiting = None
            seen_number = True
        return candidates if restart else set()

    def group_lines(self, group: Element) -> tuple[list[Element], str | None]:
        """The leading num/heading lines of a group, and the section number among them."""
        lines: list[Element] = []
        for child in _children(group):
            if _local(child) not in ("num", "heading", "subheading"):
                break
            lines.append(child)
        for line in lines:
            if (num := section_number(_plain(line))) is not None:
                return lines, num
        return lines, None

    @staticmethod
    def has_body(paragraph: Element) -> bool:
        return any(_local(c) not in _HEADINGS and _local(c) != "num" for c in _children(paragraph))

    @staticmethod
    def printed_number(paragraph: Element) -> int | None:
        num = _child(paragraph, "num")
        if num is not None:
            match = _PRINTED.match(_plain(num))
            return int(match.group(1)) if match else None
        content = _child(paragraph, "content", "list")
        match = _LEADING_NUMBER.match(_plain(content))
        return int(match.group(1)) if match else None

    def next_printed(self, paragraph: Element) -> int | None:
        for later in self.paragraphs[self.order[id(paragraph)] + 1 :]:
            number = self.printed[id(later)]
            if number is not None:
                return number
        return None

    def body(self, element: Element, outer: str | None = None, skip: int = 0) -> None:
        for child in list(_children(element))[skip:]:
            local = _local(child)
            if local == "paragraph":
                self.paragraph(child)
                continue
            table = False
            if local in _GROUPS:
                lines, num = self.group_lines(child)
                if num is not None:
                    texts = [self.heading_text(line) for line in lines]
                    self.open_section(texts, child, outer)
                    assert self.section is not None
                    self.body(child, self.section.num, len(lines))
                else:
                    self.body(child, outer)
            elif local == "crossHeading" and self.section and not self.current[Part.OPERATIVE]:
                flow = _Flow()
                self.inline(child, flow)
                self.new_clause(Part.PREAMBULAR, child, flow)
            elif local in _HEADINGS or local == "num":
                self.pending.append(self.heading_text(child))
            else:
                table = _local(child) == "table" or _first(child, "table") is not None
                self.keep_as_text(Part.OPERATIVE, child)
            self.after_table = table

    def paragraph(self, element: Element) -> None:
        num_el = _child(element, "num")
        num = _plain(num_el)
        headings = [self.heading_text(h) for h in _children(element, *_HEADINGS)]
        after_table, self.after_table = self.after_table, False
        if not self.has_body(element):
            if num and not (headings and headings[0].startswith(num)):
                headings.insert(0, num)
            if id(element) in self.heading_sections and self.open_section(
                [h for h in headings if h], element, None
            ):
                return
            self.pending += [h for h in headings if h]
            return
        self.pending += [h for h in headings if h]
        blocks: list[Element] = []
        lists: list[Element] = []
        for child in _children(element):
            local = _local(child)
            if local == "content":
                blocks += list(_children(child))
            elif local == "list":
                lists.append(child)
                blocks += [b for i in _children(child, "intro") for b in _children(i)]
            elif local in _HEADINGS or local == "num":
                pass
            else:
                self.kept(child)
                blocks.append(child)
        flow = self.flow_of(blocks)
        text, markers = flow.finish()
        label: str | None = num if num and _LABEL.fullmatch(num) else None
        printed = self.printed[id(element)]
        if num_el is None and label is None:
            label, text, markers = _strip_prefix(text, markers, _LEADING_LABEL)
            if label is None:
                number, text, markers = _strip_prefix(text, markers, _LEADING_NUMBER)
                if number is not None:
                    self.say(element, f"paragraph number {number!r} printed in its text")
        previous = self.last(Part.OPERATIVE)
        if label is not None and previous is not None:
            sub = _Sub(num=label, text=text, markers=markers)
            for lst in lists:
                sub.subs += self.points(lst)
            self.place_sub(previous, sub, element)
            return
        if label is not None:  # a sub-paragraph with nothing before it
            text = _join(label, text)
            markers = _shift(markers, len(label) + 1, len(text))
        elif num_el is None and printed is None and previous is not None and not self.pending:
            if not any(ch.isalnum() for ch in text) and not markers:
                self.pending.append(text)
                return
            continues = (
                text[:1].islower()
                or after_table
                or (
                    previous.printed is not None
                    and self.next_printed(element) == previous.printed + 1
                )
            )
            if continues:
                self.after_table = after_table  # notes after a table: all of them
                self.continuation(previous, text, markers, element)
                return
        elif num_el is None and printed is None and not any(ch.isalnum() for ch in text):
            self.pending.append(text)
            return
        clause = _Clause(part=Part.OPERATIVE, line=_line(element), text=text)
        clause.markers = markers
        clause.verb = _verb(flow, text)
        self.claim_headings()
        clause.headings = list(self.pending)
        clause.printed = printed
        self.pending.clear()
        self.current[Part.OPERATIVE].append(clause)
        for lst in lists:
            clause.subs += self.points(lst)
            wrap = _child(lst, "wrapUp")
            if wrap is not None:
                wtext, wmarkers = self.flow_of(_children(wrap)).finish()
                self.append(clause, wtext, wmarkers, wrap)

    def continuation(
        self,
        clause: _Clause,
        text: str,
        markers: list[FootnoteRef],
        at: Element,
        *,
        label_next: bool | None = None,
    ) -> None:
        """An unnumbered paragraph printed after ``clause``: where it is printed.

        After a sub-paragraph, when a labelled sub-paragraph of the same clause
        follows it, it stays with that sub-paragraph (the last, innermost one, as
        its wrap_up), so that it is printed before the next label; otherwise it is
        the clause's own text or wrap_up (:meth:`append`).
        """
        if label_next is None:
            label_next = self.next_is_label(at)
        if clause.subs and label_next:
            sub = clause.subs[-1]
            while sub.subs:
                sub = sub.subs[-1]
            sub.wrap_up = _join(sub.wrap_up or "", text)
            for ref in markers:
                self.say(
                    at,
                    f"footnote {ref.number} is cited after a sub-paragraph; the footnote "
                    "is kept, the place of its marker is not",
                )
            return
        self.append(clause, text, markers, at)

    def next_is_label(self, paragraph: Element) -> bool:
        """Whether a labelled sub-paragraph follows, before any numbered paragraph."""
        for later in self.paragraphs[self.order[id(paragraph)] + 1 :]:
            if self.printed[id(later)] is not None:
                return False
            if _child(later, "num") is not None or self.is_label(later):
                return self.is_label(later)
        return False

    def is_label(self, paragraph: Element) -> bool:
        """Whether a paragraph is a labelled sub-paragraph ("(a)" as its num or its start)."""
        if self.printed[id(paragraph)] is not None:
            return False
        num = _plain(_child(paragraph, "num"))
        if num:
            return _LABEL.fullmatch(num) is not None
        return _LEADING_LABEL.match(_plain(_child(paragraph, "content", "list"))) is not None

    def place_sub(self, clause: _Clause, sub: _Sub, at: Element) -> None:
        subs = clause.subs
        if subs and _ROMAN.match(sub.num):
            top = subs[-1]
            first = subs[0].num
            lettered = not (_ROMAN.match(first) and first == "(i)")
            follows = (
                len(top.num) == 3 and len(sub.num) == 3 and ord(sub.num[1]) == ord(top.num[1]) + 1
            )
            if lettered and not follows:
                top.subs.append(sub)
                return
        subs.append(sub)

    def points(self, element: Element) -> list[_Sub]:
        """The points of a ``list`` (or ``sublist``): sub-paragraphs, nested as printed."""
        subs: list[_Sub] = []
        for child in _children(element):
            local = _local(child)
            if local in ("intro", "wrapUp"):
                continue  # read by the caller
            if local == "point":
                num = _plain(_child(child, "num"))
                blocks = [
                    b
                    for c in _children(child)
                    if _local(c) in ("content", "intro")
                    for b in _children(c)
                ]
                # this tool's export writes a wrap-up with no nested points as a p.wrapUp
                wraps = [b for b in blocks if "wrapUp" in (b.get("class") or "").split()]
                blocks = [b for b in blocks if b not in wraps]
                text, markers = self.flow_of(blocks).finish()
                sub = _Sub(num=num, text=text, markers=markers)
                if wraps:
                    sub.wrap_up = self.wrap_text_of(wraps)
                for inner in _children(child, "list", "sublist"):
                    sub.subs += self.points(inner)
                    wrap = _child(inner, "wrapUp")
                    if wrap is not None:
                        sub.wrap_up = _join(sub.wrap_up or "", self.wrap_text(wrap))
                for other in _children(child):
                    if _local(other) not in ("num", "content", "intro", "list", "sublist"):
                        self.kept(other)
                        sub.text = _join(sub.text, self.flow_of([other]).finish()[0])
                subs.append(sub)
            elif local == "sublist" and subs:
                subs[-1].subs += self.points(child)
                wrap = _child(child, "wrapUp")
                if wrap is not None:
                    subs[-1].wrap_up = _join(subs[-1].wrap_up or "", self.wrap_text(wrap))
            else:
                self.kept(child)
                text = self.flow_of([child]).finish()[0]
                if subs:
                    subs[-1].text = _join(subs[-1].text, text)
                else:
                    subs.append(_Sub(num="", text=text))
        return subs

    def wrap_text(self, element: Element) -> str:
        return self.wrap_text_of(list(_children(element)), element)

    def wrap_text_of(self, blocks: list[Element], element: Element | None = None) -> str:
        element = blocks[0] if element is None else element
        text, markers = self.flow_of(blocks).finish()
        for ref in markers:
            self.say(
                element,
                f"footnote {ref.number} is cited after the sub-paragraphs; the footnote "
                "is kept, the place of its marker is not",
            )
        return text

    # -- the whole ----------------------------------------------------------------

    def finish_clauses(
        self, statement: Element
    ) -> tuple[tuple[Clause, ...], tuple[Clause, ...], tuple[Section, ...]]:
        if self.pending:
            last = self.last(Part.OPERATIVE) or self.last(Part.PREAMBULAR)
            if last is not None:
                self.warn(
                    f"{self.name}: headings after the last paragraph kept as text: "
                    + "; ".join(self.pending)
                )
                pending = list(self.pending)
                self.pending.clear()
                self.append(last, " ".join(pending), [], statement)
            elif self.section is not None:
                self.section.heading += self.pending
                self.pending = []
        preamble = tuple(c.build(i) for i, c in enumerate(self.clauses[Part.PREAMBULAR], 1))
        operative = self.build_operative(self.clauses[Part.OPERATIVE], "", None)
        sections = tuple(section.build(self) for section in self.sections)
        return preamble, operative, sections

    def build_operative(
        self, clauses: list[_Clause], prefix: str, section: str | None
    ) -> tuple[Clause, ...]:
        """Operative clauses: ids by position, or, in a sectioned resolution, by printed
        number (by position, with a warning, where a number is missing or repeats)."""
        if self.sections:
            ids = operative_ids([c.printed for c in clauses], prefix)
            if ids is not None:
                return tuple(c.build(i, ids[i - 1], section) for i, c in enumerate(clauses, 1))
            if any(c.printed is not None for c in clauses):
                where = f"section {section}" if section else "before the first section"
                self.warn(
                    f"{self.name}: line {clauses[0].line}: operative paragraphs {where} "
                    "are not all numbered, or a number repeats: their ids follow the position"
                )
            return tuple(c.build(i, f"{prefix}OP{i}", section) for i, c in enumerate(clauses, 1))
        operative: list[Clause] = []
        offset: int | None = 0
        for index, clause in enumerate(clauses, 1):
            if clause.printed is not None:
                gap = clause.printed - index
                # A restart at 1 opens a new section, as printed; anything else is a gap.
                if gap and gap != offset and clause.printed != 1:
                    self.warn(
                        f"{self.name}: line {clause.line}: paragraph printed as "
                        f"{clause.printed}. is OP{index} (operative paragraphs are numbered "
                        "by position)"
                    )
                offset = gap
            operative.append(clause.build(index))
        return tuple(operative)
