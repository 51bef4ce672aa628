"""AKN4UN: the main body (operative paragraphs), read into the clauses of
:mod:`.clauses`.

The main body: operative paragraphs (OPn), their ids by printed number (``OP.u1``
for one printed without a number; the assembler's
:func:`~resolution_cli.readers.assemble.operative_ids`; sections: :mod:`.sections`).

How the corpus encodes operative paragraphs, and what is made of it:

- a ``paragraph`` with only a ``heading``/``subheading`` (and perhaps a
  ``num``) is a heading, not a paragraph; headings and ``crossHeading`` lines
  go to the ``headings`` of the next clause, in order; a ``section`` (or a
  heading-only paragraph) whose number starts a section, and a section's
  ``crossHeading`` preambular lines, are read as :mod:`.sections` says;
- sub-paragraphs come in two encodings. (1) ``list``/``point`` (with ``intro``,
  ``sublist`` and ``wrapUp``): the intro is the clause text, each point a
  sub-paragraph, a ``sublist`` after a point holds that point's own
  sub-paragraphs. (2) Far more often, each sub-paragraph is a ``paragraph`` of
  its own, without a ``num`` and with its label printed in the text
  (``(a)<tab>To develop ...``), or with the label as its ``num`` (``(iii)``):
  it becomes a sub-paragraph of the operative paragraph before it, nested by
  the kind of its label as the text reader nests them (the assembler's
  :func:`~resolution_cli.readers.assemble.sub_level`: a roman label that does
  not continue the lettering, (i) after (c) but not after (h), nests under the
  last lettered sub-paragraph; (ii) and (cc) are letters after (hh) and (bb));
- a paragraph without ``num`` whose text starts with a number (``6.``) is an
  operative paragraph with its number printed in the text; the number is not
  part of the text;
- a paragraph without ``num`` or label is a continuation of the paragraph
  before it when it starts in lower case, when it sits between paragraphs n
  and n + 1 (quoted rules, schedules; the assembler's rule,
  :func:`~resolution_cli.readers.assemble.between_numbers`), or when it
  follows a table (the table's notes: "Abbreviations: ...", "a From
  extrabudgetary funds."); otherwise it is an operative paragraph of its own (a
  single unnumbered paragraph, an unnumbered paragraph of a section). A
  continuation stays where it is printed: after a sub-paragraph, when another
  labelled sub-paragraph of the same paragraph follows ("(b) The panels will
  address the following themes:", "Panel 1: ...", "Panel 2: ...", "(c) ..."),
  it is that sub-paragraph's wrap_up (the last, innermost one); else, after
  sub-paragraphs, the paragraph's wrap_up; else it is appended to its text;
- a paragraph of punctuation only (``* * *``) is a heading;
- ids follow the printed numbers: "Adopts the following declaration:" is
  ``OP.u1`` and the declaration's paragraph 1 is OP1; a number printed again
  (numbering restarting without a section heading) is ``OP1_2``, with a warning;
- in each language (:mod:`resolution_cli.words`, from ``FRBRlanguage``): the
  printed forms of :class:`~resolution_cli.readers.assemble.Forms` ("1 -" numbers,
  "a)", "(أ)", "㈠" labels); a paragraph all in bold (punctuation aside) whose text is
  a section number ("أولا", "I Demande de subvention ...") is a section's number
  line where the language prints them so, and the bold paragraphs right after it,
  or right before a section group, are heading lines; in Chinese a plain paragraph
  with no sentence's end ("海洋事务和海洋法司的活动") is a heading, and a section
  number needs no bold ("一 导言");
- the closing meeting line printed again as the main body's last paragraph (its
  text the conclusions' meeting line, or, in italics, the language's closing line
  "Tercera sesión plenaria", "الجلسة العامة 48") is not a clause; without a meeting
  line in the conclusions its words are kept as a heading after the last paragraph;
- a table (``container``/``table``) printed after a paragraph ("... as set out
  in the table below:") is kept as text in that paragraph (cell text in reading
  order, cells separated by spaces), in place: appended to its text, or to the
  last sub-paragraph when another labelled one follows the table; any other
  element the reader cannot place is kept as text the same way; both are
  reported with a warning naming the element and its line.
"""

from __future__ import annotations

import re

from resolution_cli.model import FootnoteRef, Part
from resolution_cli.readers.akn.clauses import _HEADINGS as _HEADINGS
from resolution_cli.readers.akn.clauses import _ClauseReader
from resolution_cli.readers.akn.flow import _Clause as _Clause
from resolution_cli.readers.akn.flow import _Flow as _Flow
from resolution_cli.readers.akn.flow import (
    _join,
    _shift,
    _strip_prefix,
    _Sub,
)
from resolution_cli.readers.akn.flow import _verb as _verb
from resolution_cli.readers.akn.xml import (
    Element,
    _child,
    _children,
    _first,
    _line,
    _local,
    _plain,
)
from resolution_cli.readers.assemble import (
    COLONS,
    SENTENCE_END,
    SUB_LABEL,
    between_numbers,
    chapter_heading,
    headings_between,
    label_kind,
    opening_sections,
    preambular_in_body,
    sub_level,
)
from resolution_cli.readers.blocks import (
    Block,
    Heading,
    Numbered,
    SubParagraph,
    Table,
    Unnumbered,
)
from resolution_cli.readers.numbering import section_line, section_number

_LABEL = SUB_LABEL
_LEADING_LABEL = re.compile(r"^(" + _LABEL.pattern + r")\s+")
_LEADING_NUMBER = re.compile(r"^(\d{1,3})\.?[\u200e\u200f]?\s+")
_PRINTED = re.compile(r"^(\d{1,3})\.?[\u200e\u200f]?$")

#: Elements that group paragraphs (their num/heading lines are headings).
_GROUPS = frozenset(
    {
        "section", "part", "chapter", "title", "subsection", "subchapter", "subpart",
        "subtitle", "division", "hcontainer", "book", "tome", "article", "clause",
        "level", "blockContainer",
    }
)  # fmt: skip


#: The element the UN's files sometimes use for an emphasis instead of a span's class.
_EMPHASIS_TAG = {"bold": "b", "italic": "i"}


def _printed_all_in(paragraph: Element, emphasis: str) -> bool:
    """Whether a paragraph's content is printed all in ``emphasis`` ("bold", "italic":
    a span of that class, or ``<b>``/``<i>``), and holds a letter or digit."""
    content = _child(paragraph, "content")
    if content is None:
        return False
    text = "".join(_plain(content).split())
    tag = _EMPHASIS_TAG[emphasis]
    styled = "".join(
        "".join(_plain(span).split())
        for span in content.iter("{*}span", f"{{*}}{tag}")
        if _local(span) == tag or emphasis in (span.get("class") or "").split()
    )
    return any(ch.isalnum() for ch in text) and styled == text


class _Reader(_ClauseReader):
    """Reads the preamble(s) and the main body(ies) of a statement into clauses."""

    # -- main body ----------------------------------------------------------------

    def main_body(self, element: Element | None) -> None:
        if element is None:
            return
        self.closing_element = self.closing_line(element)  # held: its id stays its own
        self.closing = None if self.closing_element is None else id(self.closing_element)
        every = [p for p in element.iter("{*}paragraph") if id(p) != self.closing]
        paragraphs = [p for p in every if self.has_body(p)]
        self.printed = {id(p): self.printed_number(p) for p in paragraphs}
        self.order = {id(p): i for i, p in enumerate(paragraphs)}
        self.paragraphs = paragraphs
        self.heading_sections = self.find_heading_sections(element, every)
        self.mark_between(self.reading_order(element))
        self.body(element)

    def ends_section(self, cross_heading: Element, flow: _Flow) -> bool:
        """Whether a preambular ``crossHeading`` of a section is the section's last
        element and ends a sentence (";", "." and their Chinese and Arabic forms; a
        preambular clause ends with a comma): the section's operative paragraph, which
        a section always has (75/253 section XV and 75/245 section C in Chinese: "决定
        ..." and a full-width semicolon, as English prints "*Decides* ...;")."""
        if any(isinstance(e.tag, str) for e in cross_heading.itersiblings()):
            return False
        text = flow.finish()[0].rstrip()
        return bool(text) and text[-1] in SENTENCE_END and text[-1] not in self.closes_clause

    @property
    def closes_clause(self) -> str:
        """What ends a preambular clause, or introduces what follows: commas and colons."""
        return "".join((",", *COLONS, self.words.comma))

    def closing_line(self, element: Element) -> Element | None:
        """The closing line printed again as a main body's last paragraph (75/1 in
        Spanish: "Tercera sesión plenaria"): an unnumbered paragraph whose text is the
        conclusions' meeting line. It is not a clause (its words are the conclusions').
        Where the conclusions do not hold the meeting line (75/238 in Arabic), a last
        paragraph in italics that reads as one (the language's
        :attr:`~resolution_cli.words.Words.closing_pattern`) is not a clause either: it is
        the resolution's meeting line (``meeting_line``, printed in the closing, where the
        UN prints it). That paragraph, or None."""
        statement = element.getparent()
        conclusions = _child(statement, "conclusions") if statement is not None else None
        meeting = (
            next(
                (
                    e
                    for e in conclusions.iter("{*}inline")
                    if (e.get("name") or "") == "adoptionMeeting"
                ),
                None,
            )
            if conclusions is not None
            else None
        )
        last = next(
            (c for c in reversed(list(_children(element))) if _local(c) == "paragraph"), None
        )
        if last is None or _child(last, "num") is not None:
            return None
        text = " ".join(_plain(last).split())
        self.closing_kept = False
        if meeting is not None and text == " ".join(_plain(meeting).split()):
            return last
        pattern = self.words.closing_pattern
        if pattern and re.match(pattern, text) and self.italic_only(last):
            self.closing_kept = True  # not in the conclusions: its words are kept
            return last
        return None

    @staticmethod
    def italic_only(paragraph: Element) -> bool:
        """Whether a paragraph's text is all in italic spans (a closing meeting line)."""
        return _printed_all_in(paragraph, "italic")

    def bold_section(self, paragraph: Element) -> str | None:
        """The text of a paragraph printed all in bold, without a number, that a section
        number opens ("I Demande de subvention ...", "أولا"), where the language prints
        section numbers so (:attr:`~resolution_cli.words.Words.bold_sections`)."""
        if not self.words.bold_sections or _child(paragraph, "num") is not None:
            return None
        if not self.has_body(paragraph) or any(True for _ in paragraph.iter("{*}authorialNote")):
            return None
        text = " ".join(_plain(_child(paragraph, "content")).split())
        if not text or section_line(text, self.words) is None:
            return None
        if self.bold_words(paragraph):
            return text
        # a native number, printed without emphasis: "一 导言" (no sentence's end)
        native = text[:1] in self.words.numerals
        return text if native and text[-1] not in SENTENCE_END else None

    def typed(self, paragraph: Element) -> Block:
        """A paragraph as the assembler's rules see it (:mod:`..blocks`)."""
        line = _line(paragraph)
        if id(paragraph) not in self.order:
            lines = [_plain(c) for c in _children(paragraph, "num", *_HEADINGS)]
            return Heading(line, lines[0] if lines else "", words=self.words)
        number = self.printed[id(paragraph)]
        if number is not None:
            return Numbered(line, str(number))
        if (bold := self.bold_section(paragraph)) is not None:
            return Heading(line, bold, words=self.words)
        num = _plain(_child(paragraph, "num"))
        if num and chapter_heading(num, self.bold_only(paragraph)):
            return Heading(line, f"{num} {_plain(_child(paragraph, 'content'))}")
        if self.is_label(paragraph):
            return SubParagraph(line, "")
        return Unnumbered(line, bold=self.bold_only(paragraph))

    @staticmethod
    def bold_only(paragraph: Element) -> bool:
        """Whether a paragraph's content is printed all in bold (and holds a word)."""
        return _printed_all_in(paragraph, "bold")

    @staticmethod
    def bold_words(paragraph: Element) -> bool:
        """Whether every letter and digit of a paragraph's content is in bold (the
        punctuation between bold spans aside: "XIII État d</span>’<span ...>")."""
        content = _child(paragraph, "content")
        if content is None:
            return False
        text = [ch for ch in _plain(content) if ch.isalnum()]
        bold = [
            ch
            for span in content.iter("{*}span", "{*}b")
            if _local(span) == "b" or "bold" in (span.get("class") or "").split()
            for ch in _plain(span)
            if ch.isalnum()
        ]
        return bool(text) and bold == text

    def reading_order(self, element: Element) -> list[tuple[Element, Block]]:
        """The paragraphs, heading lines and other elements of a main body (its groups
        opened), as blocks, in printed order."""
        found: list[tuple[Element, Block]] = []
        for child in _children(element):
            local = _local(child)
            if local == "paragraph":
                found.append((child, self.typed(child)))
            elif local in _GROUPS:
                found += self.reading_order(child)
            elif local in _HEADINGS or local == "num":
                found.append((child, Heading(_line(child), _plain(child), words=self.words)))
            else:
                found.append((child, Table(_line(child))))
        return found

    def mark_between(self, found: list[tuple[Element, Block]]) -> None:
        """Note the unnumbered paragraphs printed between paragraphs n and n + 1
        (:func:`~resolution_cli.readers.assemble.between_numbers`)."""
        blocks = [block for _, block in found]
        self.between = {id(found[index][0]) for index in between_numbers(blocks)}
        self.heads_between = {id(found[index][0]) for index in headings_between(blocks)}

    def find_heading_sections(self, element: Element, every: list[Element]) -> set[int]:
        """The heading-only paragraphs (of ``every`` paragraph of a main body, in order)
        that open a section (see :mod:`.sections`)."""
        if self.section is not None and not self.several:
            return set()
        if any(self.group_lines(g)[1] is not None for g in element.iter("{*}section")):
            return set()
        self.keep_alive = []  # ids of lxml proxies hold while they live
        typed: list[Block] = []
        in_order: list[Element] = []
        for paragraph in every:
            if id(paragraph) not in self.order:
                lines = [_plain(c) for c in _children(paragraph, "num", *_HEADINGS)]
                typed.append(Heading(_line(paragraph), lines[0] if lines else "", words=self.words))
                in_order.append(paragraph)
                continue
            number = self.printed[id(paragraph)]
            line = _line(paragraph)
            if number is None and (bold := self.bold_section(paragraph)) is not None:
                typed.append(Heading(line, bold, words=self.words))
            else:
                typed.append(Unnumbered(line) if number is None else Numbered(line, str(number)))
            in_order.append(paragraph)
        # bare heading lines of the main body ("I", then its heading, as subheading
        # elements straight in it: sections with no section element), in printed order
        bare = [c for c in _children(element) if _local(c) in _HEADINGS or _local(c) == "num"]
        if bare:
            position = {id(e): i for i, e in enumerate(element.iter())}
            merged = sorted(
                [(position[id(e)], b, e) for b, e in zip(typed, in_order, strict=True)]
                + [
                    (position[id(e)], Heading(_line(e), _plain(e), words=self.words), e)
                    for e in bare
                ],
                key=lambda item: item[0],
            )
            typed = [b for _, b, _ in merged]
            in_order = [e for _, _, e in merged]
            self.keep_alive = list(element.iter())
        opening = opening_sections(typed, every=self.several)
        self.keep_alive += [in_order[i] for i in sorted(opening)]
        return {id(in_order[i]) for i in opening}

    def group_lines(self, group: Element) -> tuple[list[Element], str | None]:
        """The leading num/heading lines of a group, and the section number among them.
        Where the language prints section numbers in bold paragraphs
        (:attr:`~resolution_cli.words.Words.bold_sections`), leading paragraphs all in
        bold are lines too when one of them is the section's number ("أولا", then the
        heading; "I Demande de subvention ...")."""
        lines: list[Element] = []
        bold = False
        for child in _children(group):
            local = _local(child)
            if local == "paragraph" and self.words.bold_sections and self.heading_like(child):
                bold = True
            elif local not in ("num", "heading", "subheading"):
                break
            lines.append(child)
        for line in lines:
            if (num := section_number(self.line_text(line), self.words)) is not None:
                return lines, num
        if bold:
            lines = lines[: next(i for i, e in enumerate(lines) if _local(e) == "paragraph")]
        return lines, None

    def heads_section(self, paragraph: Element) -> bool:
        """Where the language prints headings in bold paragraphs: whether ``paragraph``
        is one right before a group that opens a section (a title over sections, as
        English prints it in the section's own heading lines)."""
        if not self.words.bold_sections or not self.heading_like(paragraph):
            return False
        following = next((e for e in paragraph.itersiblings() if isinstance(e.tag, str)), None)
        return (
            following is not None
            and _local(following) in _GROUPS
            and self.group_lines(following)[1] is not None
        )

    def heading_like(self, paragraph: Element) -> bool:
        """A paragraph printed in bold (its punctuation aside), without a number or a
        footnote marker."""
        return (
            _child(paragraph, "num") is None
            and self.has_body(paragraph)
            and self.bold_words(paragraph)
            and not any(True for _ in paragraph.iter("{*}authorialNote"))
        )

    @staticmethod
    def line_text(line: Element) -> str:
        """The text of a heading line (a paragraph's: its content's)."""
        if _local(line) == "paragraph":
            return " ".join(_plain(_child(line, "content")).split())
        return _plain(line)

    @staticmethod
    def has_body(paragraph: Element) -> bool:
        return any(_local(c) not in _HEADINGS and _local(c) != "num" for c in _children(paragraph))

    def body(self, element: Element, outer: str | None = None, skip: int = 0) -> None:
        """Read the children of a main body or of a group. ``outer`` is the number of the
        section the group is in. When a group's first child is a paragraph that opens a
        section ("二" opening a ``section`` element), the sections opened after it in
        the group, by a ``subsection`` A or a paragraph "A.", are inside that section
        (``II.A``)."""
        own: str | None = None  # the section this element's opening paragraph opened
        for position, child in enumerate(list(_children(element))[skip:]):
            local = _local(child)
            if local == "paragraph":
                if id(child) == self.closing:
                    if self.closing_kept:  # the only meeting line the file has
                        self.meeting_line = self.heading_line(child)
                    continue
                if self.heads_section(child):
                    self.hold(self.heading_line(child), child)  # a title over sections
                    continue
                before = self.section
                self.paragraph(child, own or outer)
                opened = self.section is not before and self.section is not None
                if opened and position == 0 and self.section is not None:
                    own = self.section.num if _local(element) in _GROUPS else None
                continue
            table = False
            if local in _GROUPS:
                inside = own or outer
                lines, num = self.group_lines(child)
                if num is not None:
                    texts = [self.heading_line(line) for line in lines]
                    self.open_section(texts, child, inside)
                    assert self.section is not None
                    self.body(child, self.section.num, len(lines))
                else:
                    self.body(child, inside)
            elif local == "crossHeading" and self.section and not self.current[Part.OPERATIVE]:
                flow = _Flow()
                self.inline(child, flow)
                if self.ends_section(child, flow):
                    self.say(
                        child,
                        "a section's last paragraph, ending a sentence, is marked as a "
                        "preambular clause: read as its operative paragraph",
                    )
                    self.new_clause(Part.OPERATIVE, child, flow)
                else:
                    self.new_clause(Part.PREAMBULAR, child, flow)
            elif local in _HEADINGS or local == "num":
                text = self.heading_text(child)
                if not (
                    id(child) in self.heading_sections and self.open_section([text], child, outer)
                ):
                    self.hold(text, child)
            else:
                table = _local(child) == "table" or _first(child, "table") is not None
                self.keep_as_text(Part.OPERATIVE, child)
            self.after_table = table

    def heading_line(self, line: Element) -> str:
        """The text of a group's heading line (a bold paragraph's: its content's)."""
        if _local(line) == "paragraph":
            content = _child(line, "content")
            return self.flow_of(_children(line if content is None else content)).finish()[0]
        return self.heading_text(line)

    def paragraph(self, element: Element, outer: str | None = None) -> None:
        num_el = _child(element, "num")
        num = _plain(num_el)
        headings = [self.heading_text(h) for h in _children(element, *_HEADINGS)]
        after_table, self.after_table = self.after_table, False
        if not self.has_body(element):
            if num and not (headings and headings[0].startswith(num)):
                headings.insert(0, num)
            if id(element) in self.heading_sections and self.open_section(
                [h for h in headings if h], element, outer
            ):
                return
            for heading in headings:
                if heading:
                    self.hold(heading, element)
            return
        if (
            id(element) in self.heading_sections
            and self.bold_section(element) is not None
            and self.open_section([self.heading_line(element)], element, outer)
        ):
            return
        if self.bold_section(element) is not None:
            self.hold(self.heading_line(element), element)  # "I" over paragraphs numbered on
            return
        if (
            self.words.bold_sections
            and self.pending
            and section_line(self.pending[-1], self.words) is not None
            and self.heading_like(element)
        ):  # the heading of a held "أولا", in another bold paragraph
            self.hold(self.heading_line(element), element)
            return
        if (
            self.words.bold_sections
            and self.section is not None
            and self.section.empty()
            and not self.pending
            and self.heading_like(element)
        ):  # "أولا", then the section's heading in another bold paragraph
            self.hold(self.heading_line(element), element)
            return
        for heading in headings:
            if heading:
                self.hold(heading, element)
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
        printed_as = self.forms.number_as_printed(num if num_el is not None else text)
        label: str | None = num if num and self.forms.label.fullmatch(num) else None
        printed = self.printed[id(element)]
        if num_el is None and label is None:
            label, text, markers = _strip_prefix(text, markers, self.forms.leading_label)
            if label is None:
                number, text, markers = _strip_prefix(text, markers, self.forms.leading_number)
                if number is not None and not self.words.number_in_text:
                    self.say(element, f"paragraph number {number!r} printed in its text")
        previous = self.last(Part.OPERATIVE)
        if label is not None and previous is not None:
            sub = _Sub(num=label, text=text, markers=markers)
            sub.headings = self.outline.sub_headings()
            for lst in lists:
                sub.subs += self.points(lst)
            self.place_sub(previous, sub, element)
            return
        if label is not None:  # a sub-paragraph with nothing before it
            text = _join(label, text)
            markers = _shift(markers, len(label) + 1, len(text))
        elif num and chapter_heading(num, self.bold_only(element)) and not markers:
            self.hold(_join(num, text), element)  # "I. Sustainable development ..."
            return
        elif (
            self.words.plain_headings
            and num_el is None
            and printed is None
            and not markers
            and text
            and text[-1] not in SENTENCE_END
            and not _verb(flow, text)
            and not any(mark in text for mark in COLONS)  # a line of a list ("6月2日 ...")
            and not (previous is not None and previous.text.endswith(COLONS))
        ):
            self.hold(text, element)  # "海洋事务和海洋法司的活动": a heading
            return
        elif id(element) in self.heads_between and not markers:
            self.hold(text, element)  # a bold line between n and n + 1: a heading
            return
        elif num_el is None and printed is None and previous is not None and not self.pending:
            if not any(ch.isalnum() for ch in text) and not markers:
                self.hold(text, element)
                return
            lower = text[:1].islower() and not self.own_lines
            continues = lower or after_table or id(element) in self.between
            if continues:
                self.after_table = after_table  # notes after a table: all of them
                self.continuation(previous, text, markers, element)
                return
        elif (
            num_el is None
            and printed is None
            and not any(ch.isalnum() for ch in text)
            and not markers  # held as a heading, its markers would be lost
        ):
            self.hold(text, element)
            return
        if (
            label is None
            and num_el is None
            and printed is None
            and self.section is None
            and preambular_in_body(
                _verb(flow, text),
                first=previous is None and not self.pending,
                numbered_follows=any(n is not None for n in self.printed.values()),
                text=text,
                words=self.words,
            )
        ):
            self.new_clause(Part.PREAMBULAR, element, flow)
            return
        clause = _Clause(part=Part.OPERATIVE, line=_line(element), text=text)
        clause.markers = markers
        clause.lead = _verb(flow, text)
        clause.headings = self.outline.take_headings()
        clause.printed = printed
        clause.printed_as = printed_as if printed is not None else None
        self.outline.add(Part.OPERATIVE, clause)
        for lst in lists:
            clause.subs += self.points(lst)
            wrap = _child(lst, "wrapUp")
            if wrap is not None:
                wtext, wmarkers = self.flow_of(_children(wrap)).finish()
                self.append(clause, wtext, wmarkers, wrap)

    def continuation(
        self, clause: _Clause, text: str, markers: list[FootnoteRef], at: Element
    ) -> None:
        """An unnumbered paragraph printed after ``clause``: where it is printed.

        After a sub-paragraph, when a labelled sub-paragraph of the same clause
        follows it, it stays with that sub-paragraph (the last, innermost one, as
        its wrap_up), so that it is printed before the next label; otherwise it is
        the clause's own text or wrap_up (:meth:`append`).
        """
        if clause.subs and self.next_is_label(at):
            self.to_last_sub(clause, text, markers, at)
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
            return self.forms.label.fullmatch(num) is not None
        text = _plain(_child(paragraph, "content", "list"))
        return self.forms.leading_label.match(text) is not None

    def place_sub(self, clause: _Clause, sub: _Sub, at: Element) -> None:
        """A labelled sub-paragraph printed as a paragraph of its own: at the level its
        label's kind gives it (:func:`~resolution_cli.readers.assemble.sub_level`)."""
        chain: list[list[_Sub]] = []
        level = clause.subs
        while level:
            chain.append(level)
            level = level[-1].subs
        canonical = self.forms.canonical
        index, _ = sub_level(
            [(label_kind(canonical(lst[0].num)), canonical(lst[-1].num)) for lst in chain],
            canonical(sub.num),
        )
        if index < len(chain):
            chain[index].append(sub)
        elif chain:
            chain[-1][-1].subs.append(sub)
        else:
            clause.subs.append(sub)

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
                sub.headings = [
                    line
                    for h in _children(child, "heading", "subheading")
                    if (line := self.heading_text(h))
                ]
                if wraps:
                    sub.wrap_up = self.wrap_text_of(wraps)
                for inner in _children(child, "list", "sublist"):
                    sub.subs += self.points(inner)
                    wrap = _child(inner, "wrapUp")
                    if wrap is not None:
                        sub.wrap_up = _join(sub.wrap_up or "", self.wrap_text(wrap))
                for other in _children(child):
                    if _local(other) not in (
                        *("num", "heading", "subheading"),
                        *("content", "intro", "list", "sublist"),
                    ):
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

    def label_follows(self, element: Element) -> bool:
        """Whether a labelled sub-paragraph follows ``element`` (a table, say) before
        any numbered paragraph (see :meth:`next_is_label`)."""
        for sibling in element.itersiblings():
            if _local(sibling) == "paragraph" and id(sibling) in self.order:
                return self.is_label(sibling) or self.next_is_label(sibling)
        return False
