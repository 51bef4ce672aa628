"""Lay a Resolution out as the printed document converted to text does (tests only).

This is the layout of ``data/sources/A_RES_75_272.md``, the UN's printed PDF
converted to markdown: the header (organ, ``Distr.:`` and date, a page break,
session, agenda item and its title, the adoption line, the committee line with
its drafts, ``NN/NNN. Title``), the enacting formula, the clauses with their
italic lead phrases, ``---`` page breaks followed by the footnotes cited on the
page that ends, links written ``[symbol](#)``, and the closing meeting line.

The layout varies per file, deterministically (seeded by the file's name): in
some files the first page prints its clauses wholly in italics (as the source
does); pages end every few paragraphs, mid-clause, before a sub-paragraph, before
a heading, or between clauses; the page's footnotes follow the break (as in the
source) or, in some files, stand above it; operative paragraphs are sometimes
separated by a single line break; sections print their number ("II", bold or
not) and heading lines; annexes start on a new page with their label and title.
Nothing here comes from the text reader: it is the independent half of the round
trip in ``tests/readers/test_text_roundtrip.py``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date

from resolution_cli.model import Annex, Clause, FootnoteRef, Resolution, SubParagraph

_SYMBOL = re.compile(
    r"(?<![\w/.\-])(?:[A-Z]{1,4}(?:/[A-Za-z0-9.\-]+)+|\d{2}/\d{1,3})(?![\w/])(?<![.\-])"
)
_FINAL = ",;.:"
#: Words a page must not start with in mid-clause (they would read as a label or a number).
_RISKY_START = re.compile(r"^(?:\(\w{1,5}\)|\d+\.|#|-{3}|<|\*|\[|[A-Z]{1,4}\.?$|[IVXL]+\.?$)")


def _date(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


@dataclass
class _Page:
    """What is written, and the footnotes cited on the current page."""

    rng: random.Random
    lines: list[str] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)
    printed: set[int] = field(default_factory=set)
    footnotes: dict[int, str] = field(default_factory=dict)
    since_break: int = 0
    breaks: int = 0
    notes_above: bool = False  # footnotes above the break (else after it, as the source)

    def para(self, text: str, *, tight: bool = False) -> None:
        if tight and self.lines and self.lines[-1]:
            self.lines.append(text)
        else:
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append(text)
        self.since_break += 1

    def cite(self, markers: tuple[FootnoteRef, ...] | list[FootnoteRef]) -> None:
        self.cited += [m.number for m in markers]

    def page_break(self, last: bool = False) -> None:
        """End the page: the break, then the footnotes cited on it (on the last page,
        every footnote not printed yet); in some files the footnotes come first, at
        the page's foot above the break."""
        if last:
            self.cited += list(self.footnotes)
        notes: list[str] = []
        for number in dict.fromkeys(self.cited):
            if number in self.footnotes and number not in self.printed:
                notes += [f"<sup>{number}</sup> {_linked(self.footnotes[number])}", ""]
                self.printed.add(number)
        if self.notes_above:
            self.lines += ["", *notes, "---", ""]
        else:
            self.lines += ["", "---", "", *notes]
        self.cited = []
        self.since_break = 0
        self.breaks += 1
        if self.rng.random() < 0.5:
            self.lines += ["", ""]  # the conversion leaves blank lines at a page's top

    def due(self) -> bool:
        """Whether the page should end here (every few paragraphs)."""
        return self.since_break >= self.rng.randint(2, 6)


def _listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return text


def _linked(text: str) -> str:
    """Markup-escaped text with its symbols written as links."""
    out: list[str] = []
    pos = 0
    for match in _SYMBOL.finditer(text):
        out.append(_escape(text[pos : match.start()]))
        out.append(f"[{match.group()}](#)")
        pos = match.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def _inline(text: str, markers: tuple[FootnoteRef, ...] | list[FootnoteRef], lead: int) -> str:
    """``text`` with its markers as ``<sup>n</sup>`` and the first ``lead`` characters in
    italics (all of it when ``lead`` is -1, none when 0)."""
    cuts = sorted({0, len(text)} | {m.offset for m in markers} | ({lead} if lead > 0 else set()))
    out: list[str] = ["*"] if lead else []
    for index, at in enumerate(cuts):
        if lead > 0 and at == lead:
            out.append("*")
        out += [f"<sup>{m.number}</sup>" for m in markers if m.offset == at]
        if index + 1 < len(cuts):
            out.append(_linked(text[at : cuts[index + 1]]))
    if lead == -1:
        out.append("*")
    return "".join(out)


def _guard(text: str) -> str:
    """Escape a start that would be read as a label, a number or a heading."""
    if re.match(r"^\d+\.\s", text):
        dot = text.index(".")
        return text[:dot] + "\\" + text[dot:]
    if re.match(r"^\([^)]{1,5}\)\s", text) or text.startswith(("#", "<", "-", "+", ">")):
        return "\\" + text
    return text


def _split_points(text: str, lead: int) -> list[int]:
    """Offsets where a page may cut ``text``: between words, not after final punctuation,
    not inside the lead phrase, and not before a word that would read as a label."""
    points: list[int] = []
    for match in re.finditer(r" ", text):
        at = match.start()
        before, after = text[:at], text[at + 1 :]
        if at <= max(lead, 0) + 1 or not after or before[-1] in _FINAL + "\u200e\u200f":
            continue
        if _RISKY_START.match(after.split(" ", 1)[0]) or before.endswith(("-", "“", "(")):
            continue
        points.append(at)
    return points


class _Layout:
    def __init__(self, resolution: Resolution, seed: str) -> None:
        self.r = resolution
        self.rng = random.Random(seed)
        self.page = _Page(self.rng, footnotes={f.number: f.text for f in resolution.footnotes})
        self.italic_first_page = self.rng.random() < 0.25
        self.tight = self.rng.random() < 0.5
        self.page.notes_above = self.rng.random() < 0.2

    # -- the header --------------------------------------------------------------

    def header(self) -> None:
        r, page = self.r, self.page
        page.lines += ["", "", ""]
        page.para(f"# {r.organ}")
        page.para(f"Distr.: {r.distribution}  \n{_date(r.issued)}")
        page.lines += ["", "---", ""]
        page.para(f"**{r.session_name}**")
        items = r.agenda_items
        if items:
            joined = _listed([a.number for a in items])
            page.para(f"Agenda item{'s' if len(items) > 1 else ''} {joined}")
            for item in items:
                if item.title:
                    page.para(f"**{_escape(item.title)}**")
        page.para(f"## **Resolution adopted by the {r.organ} on {_date(r.adopted)}**")
        if r.committee or r.drafts:
            listed = _listed([_linked(d) for d in r.drafts])
            page.para(f"[{r.committee} ({listed})]" if r.drafts else f"[{r.committee}]")
        page.para(f"### **{r.number}. {_escape(r.title)}**")
        page.para(f"*{r.enacting_formula}*")
        page.since_break = 0

    # -- clauses -------------------------------------------------------------------

    def clause(self, clause: Clause, part_italic: bool) -> None:
        page = self.page
        for heading in clause.headings:
            if page.due():
                page.page_break()
            page.para(f"**{_escape(heading)}**")
        italic = part_italic and page.breaks == 0
        lead = -1 if italic else (len(clause.lead) if clause.lead else 0)
        prefix = f"{clause.num} " if clause.num else ""
        text, markers = clause.text, list(clause.markers)
        points = _split_points(text, len(clause.lead)) if page.due() else []
        if points and text:
            at = self.rng.choice(points)
            first = [m for m in markers if m.offset <= at]
            rest = [
                FootnoteRef(number=m.number, offset=m.offset - at - 1)
                for m in markers
                if m.offset > at
            ]
            self.paragraph(prefix, text[:at], first, lead, clause.num is not None)
            page.page_break()
            page.para(_guard(_inline(text[at + 1 :], rest, 0)))
            page.cite(rest)
        else:
            self.paragraph(prefix, text, markers, lead, clause.num is not None)
        self.subparagraphs(clause.subparagraphs)
        if clause.wrap_up:
            page.para(_guard(_linked(clause.wrap_up)))

    def paragraph(
        self, prefix: str, text: str, markers: list[FootnoteRef], lead: int, numbered: bool
    ) -> None:
        body = _inline(text, markers, lead)
        self.page.para(prefix + (body if prefix else _guard(body)), tight=numbered and self.tight)
        self.page.cite(markers)

    def subparagraphs(self, subs: tuple[SubParagraph, ...]) -> None:
        page = self.page
        for sub in subs:
            if page.due():
                page.page_break()
            for heading in sub.headings:  # printed inside the run, before its label
                page.para(f"**{_escape(heading)}**")
            page.para(f"{sub.num} {_inline(sub.text, sub.markers, 0)}")
            page.cite(sub.markers)
            self.subparagraphs(sub.subparagraphs)
            if sub.wrap_up:
                page.para(_guard(_linked(sub.wrap_up)))

    def between(self) -> None:
        if self.page.due():
            self.page.page_break()

    def body(self) -> None:
        r = self.r
        for clause in r.preamble:
            self.between()
            self.clause(clause, self.italic_first_page)
        for clause in r.operative:
            self.between()
            self.clause(clause, self.italic_first_page)
        for section in r.sections:
            self.between()
            self.page.para(f"**{section.num}**" if self.rng.random() < 0.7 else section.num)
            for line in section.heading:
                self.page.para(f"**{_escape(line)}**")
            for clause in section.clauses:
                self.between()
                self.clause(clause, False)

    def closing(self) -> None:
        page = self.page
        if self.r.meeting is not None:
            page.para(f"*{self.r.meeting.name}  \n{_date(self.r.adopted)}*")
        page.page_break()

    def annex(self, annex: Annex) -> None:
        """An annex on a new page: its label, title lines, preamble, paragraphs with
        their headings, trailing lines, then the annexes inside it."""
        page = self.page
        page.page_break()
        page.para(f"**{annex.label}**" if self.rng.random() < 0.7 else annex.label)
        for line in annex.title:
            page.para(f"**{_escape(line)}**")
        for clause in annex.preamble + annex.body:
            self.between()
            self.clause(clause, False)
        for line in annex.trailing:
            page.para(f"**{_escape(line)}**")
        for inner in annex.annexes:
            self.annex(inner)


def render(resolution: Resolution, seed: str) -> str:
    """The printed layout of ``resolution``, varied by ``seed`` (e.g. the file's name)."""
    layout = _Layout(resolution, seed)
    layout.header()
    layout.body()
    layout.closing()
    for annex in resolution.annexes:
        layout.annex(annex)
    layout.page.page_break(last=True)
    return "\n".join(layout.page.lines) + "\n"
