"""AKN4UN: clauses as they are read, the preamble, and where text is placed.

The preamble: the enacting formula, then one preambular clause (PPn) per
``container``, its lead phrase the italic span it opens with.

- A ``blockList`` in a container, or right after it, belongs to that clause: its
  ``listIntroduction`` continues the clause's text (and gives the clause its
  text and lead phrase when the container has no ``p`` of its own: "*Noting*
  that distortion ... refers, inter alia, to:"), its ``item``s are the clause's
  sub-paragraphs ((a), (b), ...), its ``listWrapUp`` is the clause's wrap_up. A
  preambular clause has sub-paragraphs exactly as an operative one.
- Several preamble/mainBody pairs in one statement are all read, in document
  order. A mainBody between two preambles that holds one unnumbered paragraph
  opening with a lead phrase (as the language prints one: italic, bold in
  Chinese) and ending with the language's comma (Arabic "،", Chinese U+FF0C) is a
  preambular clause (a long preamble broken by one stray paragraph). A preambular
  container after operative paragraphs whose text opens with the next number
  ("4." after "3.") is that operative paragraph. The preamble's last clause, when
  it ends with a colon and has nothing of its own after it, introduces the numbered
  paragraphs of the main body after it: it is their unnumbered first operative
  paragraph (``OP.u1``). A heading whose first
  line is a section number (a ``num``/``heading`` element or a
  ``blockContainer`` of headings in a preamble, a heading-only paragraph in a
  main body) starts a section (:mod:`.sections`): the preamble after it holds
  the section's preambular clauses, the main body after it its paragraphs. A
  later preamble printed after operative paragraphs with no section heading is
  kept, in its place, as heading lines of the next paragraph, with a warning.

Where text is placed: headings wait for the next clause (its ``headings``, or,
before a section's first clause, the section's heading; the assembler's
:class:`~resolution_cli.readers.assemble.Outline`, shared with the text reader,
which also places headings printed after the last paragraph); an element no rule
reads is kept as text, with a warning naming it and its line, appended to the
clause before it (with headings waiting), or, when a labelled sub-paragraph of
that clause follows it, to the last sub-paragraph printed before it.
"""

from __future__ import annotations

from resolution_cli.model import Clause, FootnoteRef, Part, Section
from resolution_cli.readers.akn.flow import (
    _Clause,
    _content,
    _Flow,
    _InlineReader,
    _join,
    _shift,
    _strip_prefix,
    _Sub,
    _verb,
)
from resolution_cli.readers.akn.xml import (
    Element,
    Warn,
    _child,
    _children,
    _first,
    _line,
    _local,
    _plain,
)
from resolution_cli.readers.assemble import COLONS, Forms, Level, Outline, forms
from resolution_cli.readers.numbering import section_line, section_number
from resolution_cli.words import ENGLISH, Words, words_for

_HEADINGS = frozenset({"heading", "subheading", "crossHeading"})
#: The parts of a statement read elsewhere (or holding no text of the resolution).
_STATEMENT_PARTS = frozenset(
    {"meta", "coverPage", "preface", "preamble", "mainBody", "conclusions", "attachments",
     "components"}
)  # fmt: skip


# --------------------------------------------------------------------------- reader


def language_of(statement: Element) -> Words:
    """The words of the language a statement is printed in: the ``FRBRlanguage`` of the
    nearest ``meta`` (the component's own, else the document's); English without one."""
    node: Element | None = statement
    while node is not None:
        meta = _child(node, "meta")
        expression = _first(meta, "FRBRExpression") if meta is not None else None
        found = _child(expression, "FRBRlanguage") if expression is not None else None
        if found is not None and found.get("language"):
            return words_for(found.get("language"))
        node = node.getparent()
    return ENGLISH


class _ClauseReader(_InlineReader):
    """Builds the clauses and sections of a statement; reads its preamble(s).

    The main body is read by :class:`~resolution_cli.readers.akn.body._Reader`,
    which completes this class (:meth:`main_body`, :meth:`label_follows`).
    """

    def __init__(self, name: str, warn: Warn) -> None:
        super().__init__(name, warn)
        self.outline: Outline[_Clause] = Outline()  # sections, headings waiting (:mod:`..assemble`)
        self.heading_sections: set[int] = set()  # heading-only paragraphs that open a section
        self.between: set[int] = set()  # unnumbered paragraphs between n and n + 1
        self.heads_between: set[int] = set()  # bold-only lines there: headings
        self.keep_alive: list[Element] = []
        self.closing: int | None = None  # the closing line printed again in a main body
        self.closing_element: Element | None = None
        self.closing_kept = False  # it is not in the conclusions: it is the meeting line
        #: That line's text: the resolution's meeting, as the body prints it.
        self.meeting_line: str | None = None
        self.own_lines = False  # every paragraph a clause of its own (an annex's preamble)
        self.several = False  # several preamble/mainBody pairs
        self.after_table = False  # the element read last was a table kept as text
        self.formula: str | None = None
        self.words: Words = ENGLISH  # the language read (:meth:`statement` sets it)
        self.forms: Forms = forms(ENGLISH)

    def use_language(self, words: Words) -> None:
        """Read the printed forms of ``words``' language (:mod:`resolution_cli.words`)."""
        self.words = words
        self.forms = forms(words)

    # -- the outline (:class:`~resolution_cli.readers.assemble.Outline`) ----------------

    @property
    def clauses(self) -> dict[Part, list[_Clause]]:
        """The clauses of the top level."""
        return self.outline.levels[0].clauses

    @property
    def current(self) -> dict[Part, list[_Clause]]:
        """The clauses of the section being read, or of the top level."""
        return self.outline.current.clauses

    @property
    def section(self) -> Level[_Clause] | None:
        """The section being read (the last one opened), if any."""
        return self.outline.current if self.outline.sections else None

    @property
    def sections(self) -> list[Level[_Clause]]:
        return self.outline.sections

    @property
    def pending(self) -> list[str]:
        """Headings (and text held as headings) waiting for the next clause."""
        return self.outline.pending

    @pending.setter
    def pending(self, value: list[str]) -> None:
        self.outline.pending = value

    def hold(self, text: str, at: Element) -> None:
        """A heading line, or text held as one, waiting for the next clause."""
        self.outline.hold(text, _line(at))

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
        clause.lead = _verb(flow, text)
        clause.headings = self.outline.take_headings()
        self.outline.add(part, clause)
        return clause

    # -- sections -----------------------------------------------------------------

    def start_section(self, num: str, lines: list[str], at: Element) -> None:
        """Open section ``num``: headings waiting and ``lines`` are its heading lines."""
        self.outline.open_section(num, lines, _line(at))

    def open_section(self, lines: list[str], at: Element, outer: str | None) -> bool:
        """Open a section if one of ``lines`` is a section number; say whether it did.
        A heading printed on the number's line ("I Деятельность ...") is the first of
        the lines after it (:func:`~resolution_cli.readers.numbering.section_line`). A
        number printed in the language's own words ("أولا", "一") is the section's
        roman numeral for its ids, and its line is kept, as printed, as the first line
        of the section's heading: no printed word is dropped."""
        for index, line in enumerate(lines):
            num = section_number(line, self.words)
            if num is not None:
                heading = (section_line(line, self.words) or ("", ""))[1]
                own = [heading] if heading else []
                if not line.strip().startswith(num):
                    own = [line.strip()]  # "أولا", "一 内部监督 ...": kept as printed
                num = f"{outer}.{num}" if outer else num
                self.start_section(num, lines[:index] + own + lines[index + 1 :], at)
                return True
        return False

    def keep_as_text(self, part: Part, element: Element) -> None:
        """An element the reader cannot place, or a table: its text goes to the clause
        before it, in place."""
        if _local(element) == "table" or _first(element, "table") is not None:
            self.say(element, "table kept as text (its cells in reading order)")
        else:
            self.kept(element)
        flow = _Flow()
        self.inline(element, flow, block=True)
        text, markers = flow.finish()
        clause = self.last(part) or self.last(Part.PREAMBULAR)
        if clause is None:
            self.new_clause(part, element, flow)
            return
        if (
            part is Part.OPERATIVE
            and clause.subs
            and not self.pending
            and self.label_follows(element)
        ):
            self.to_last_sub(clause, text, markers, element)
            return
        self.append(clause, text, markers, element)

    def to_last_sub(
        self, clause: _Clause, text: str, markers: list[FootnoteRef], at: Element
    ) -> None:
        """Text printed after the last (innermost) sub-paragraph of ``clause`` and
        before its next one: that sub-paragraph's wrap_up."""
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

    def printed_number(self, paragraph: Element) -> int | None:
        """The number a paragraph is printed with: its ``num`` ("5.", Arabic "5 -"), or
        the number at the head of its text (:class:`~..assemble.Forms`)."""
        num = _child(paragraph, "num")
        if num is not None:
            match = self.forms.number.match(_plain(num))
            return int(match.group(1)) if match else None
        content = _child(paragraph, "content", "list")
        match = self.forms.leading_number.match(_plain(content))
        return int(match.group(1)) if match else None

    def main_body(self, element: Element | None) -> None:
        """Read a mainBody (see :mod:`.body`)."""
        raise NotImplementedError

    def label_follows(self, element: Element) -> bool:
        """Whether a labelled sub-paragraph follows ``element`` (see :mod:`.body`)."""
        return False

    # -- preamble -----------------------------------------------------------------

    def statement(self, statement: Element) -> None:
        """The preamble and the main body; several pairs of them are read in order. An
        element of the statement that no rule reads is kept as text at its place."""
        self.use_language(language_of(statement))
        blocks = list(_children(statement, "preamble", "mainBody"))
        kinds = [_local(b) for b in blocks]
        printed = self.printed_kinds(blocks)
        self.several = printed.count("preamble") > 1 or printed.count("mainBody") > 1
        index = 0
        for child in _children(statement):
            local = _local(child)
            if local == "preamble":
                self.preamble(child, later=index > 0)
                index += 1
            elif local == "mainBody":
                between = 0 < index < len(kinds) - 1 and (
                    kinds[index - 1] == kinds[index + 1] == "preamble"
                )
                stray = self.stray_clause(child) if between else None
                self.introduces(child)
                if stray is not None:
                    clause = self.new_clause(Part.PREAMBULAR, stray, self.flow_of(_content(stray)))
                    clause.line = _line(stray)
                else:
                    self.main_body(child)
                index += 1
            elif local not in _STATEMENT_PARTS:
                part = Part.OPERATIVE if self.last(Part.OPERATIVE) else Part.PREAMBULAR
                self.keep_as_text(part, child)

    def printed_kinds(self, blocks: list[Element]) -> list[str]:
        """The parts a statement's preambles and main bodies print, in order, one entry
        for each run of one part: a main body between two preambles that holds one
        stray preambular clause is preamble; a later preamble whose every container
        opens with the paragraph numbers after the main body's before it ("37." after
        "36.", 75/237 in Chinese) is main body. Several
        pairs printed are several statements (numbering restarts); marked only, one."""
        kinds: list[str] = []
        for index, block in enumerate(blocks):
            kind = _local(block)
            around = [
                _local(b) for b in (blocks[index - 1 : index] + blocks[index + 1 : index + 2])
            ]
            if kind == "mainBody" and around == ["preamble", "preamble"]:
                kind = "preamble" if self.stray_clause(block) is not None else kind
            elif (
                kind == "preamble" and index > 0 and self.numbered_on_from(blocks[index - 1], block)
            ):
                kind = "mainBody"
            if not kinds or kinds[-1] != kind:
                kinds.append(kind)
        return kinds

    def numbered_on_from(self, main_body: Element, preamble: Element) -> bool:
        """Whether a preamble after ``main_body`` holds only containers whose texts open
        with the numbers after the main body's last one (:meth:`next_number`)."""
        if _local(main_body) != "mainBody":
            return False
        last: int | None = None
        for paragraph in main_body.iter("{*}paragraph"):
            last = self.printed_number(paragraph) or last
        children = list(_children(preamble))
        for child in children:
            number = self.next_number(child, last)
            if number is None:
                return False
            last = number
        return bool(children)

    def next_number(self, container: Element, last: int | None) -> int | None:
        """The number a preambular container's text opens with, when it is the one after
        ``last`` (the operative paragraph printed before it): "4." after "3."."""
        blocks = list(_children(container))
        if last is None or not blocks or any(_local(b) != "p" for b in blocks):
            return None
        match = self.forms.leading_number.match(" ".join(_plain(b) for b in blocks))
        return last + 1 if match is not None and int(match.group(1)) == last + 1 else None

    def introduces(self, main_body: Element) -> None:
        """The preamble's last clause, when it ends with a colon and has nothing of its
        own after it ("正式决定" and a full-width colon, 75/254 in Chinese), introduces
        the numbered paragraphs of the main body that follows: it is their unnumbered
        first operative paragraph ("*Resolves* that, for 2021:", ``OP.u1``), as the
        other versions mark it."""
        level = self.outline.current
        if level.operative or not level.preamble:
            return
        last = level.preamble[-1]
        if last.subs or last.wrap_up or not last.text.endswith(COLONS):
            return
        first = next(iter(_children(main_body, "paragraph")), None)
        if first is None or self.printed_number(first) is None:
            return
        self.say_line(
            last.line,
            "the preamble's last clause introduces the numbered paragraphs after it: read "
            "as their unnumbered first operative paragraph",
        )
        level.preamble.pop()
        last.part = Part.OPERATIVE
        level.operative.append(last)

    def stray_clause(self, main_body: Element) -> Element | None:
        """A mainBody between two preambles holding one unnumbered paragraph that reads
        as a preambular clause (a lead phrase as the language prints it, ending with
        the language's comma): that paragraph."""
        children = list(_children(main_body))
        if len(children) != 1 or _local(children[0]) != "paragraph":
            return None
        paragraph = children[0]
        if _child(paragraph, "num") is not None:
            return None
        blocks = _content(paragraph)
        first = _child(blocks[0], "span") if blocks else None
        text = _plain(paragraph)
        if first is None or not self.is_lead_span(first):
            return None
        if (blocks[0].text or "").strip() or not text.endswith(self.words.comma):
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
            elif local == "container" and self.current[Part.OPERATIVE] and self.numbered_on(child):
                continue
            elif local == "container" and later and self.current[Part.OPERATIVE]:
                # After operative paragraphs, with no section heading: kept in place.
                if not warned:
                    self.say(child, "preamble after operative paragraphs kept as headings")
                    warned = True
                self.hold(self.heading_text(child), child)
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
                    self.hold(line, child)
            elif local == "blockContainer" and all(
                _local(c) in _HEADINGS for c in _children(child)
            ):
                # Headings before a preambular clause (the schema allows no bare heading here).
                lines = [self.heading_text(c) for c in _children(child)]
                if not (self.several and self.open_section(lines, child, None)):
                    for line in lines:
                        self.hold(line, child)
            else:
                self.keep_as_text(Part.PREAMBULAR, child)

    def numbered_on(self, container: Element) -> bool:
        """Read a container of a preamble printed after operative paragraphs whose text
        opens with the number after theirs ("4." after "3.") as that operative paragraph,
        as the document prints it (75/234 in Chinese); say whether it did."""
        last = self.last(Part.OPERATIVE)
        if last is None or self.next_number(container, last.printed) is None:
            return False
        flow = self.flow_of(_children(container))
        printed_text, markers = flow.finish()
        number, text, markers = _strip_prefix(printed_text, markers, self.forms.leading_number)
        assert number is not None
        self.say(
            container,
            f"paragraph {number} is marked as a preambular clause after paragraph "
            f"{last.printed}; read as operative paragraph {number}, as printed",
        )
        clause = _Clause(part=Part.OPERATIVE, line=_line(container), text=text, markers=markers)
        clause.lead = _verb(flow, text)
        clause.headings = self.outline.take_headings()
        clause.printed = int(number)
        clause.printed_as = self.forms.number_as_printed(printed_text)
        self.outline.add(Part.OPERATIVE, clause)
        return True

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
                    clause.lead = _verb(flow, text)
                self.append(clause, text, markers, item)
                continue
            if local == "listWrapUp":  # inline content, as the introduction
                flow = _Flow()
                self.inline(item, flow)
                text, markers = flow.finish()
                self.append(clause, text, markers, item)
                continue
            num = _plain(_child(item, "num"))
            heads = ("num", "heading", "subheading")
            flow = self.flow_of(c for c in _children(item) if _local(c) not in heads)
            text, markers = flow.finish()
            sub = _Sub(num=num, text=text, markers=markers)
            # this tool's export writes a sub-paragraph's heading lines there
            sub.headings = [
                line
                for h in _children(item, "heading", "subheading")
                if (line := self.heading_text(h))
            ]
            clause.subs.append(sub)

    # -- the whole ----------------------------------------------------------------

    def finish_clauses(
        self, statement: Element
    ) -> tuple[tuple[Clause, ...], tuple[Clause, ...], tuple[Section, ...]]:
        """The preamble, operative part and sections: headings placed and ids given by
        :class:`~resolution_cli.readers.assemble.Outline`."""

        def kept(clause: _Clause, text: str) -> None:
            self.append(clause, text, [], statement)

        self.outline.finish(kept, self.say_line)
        return self.outline.build(_Clause.build_as, self.say_line)
