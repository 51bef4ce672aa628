"""Read a resolution from text converted from the printed document (markdown).

What the conversion of a printed UN resolution produces, and how it is read:

- page breaks are lines of ``---``; the footnotes of a page follow the break as
  lines ``<sup>n</sup> text``; a clause cut by a page break and a footnote block
  (PP7 of A/RES/75/272) continues after it and is joined into one clause;
- footnote markers ``<sup>n</sup>`` are removed from the text and kept as
  :class:`~resolution_cli.model.FootnoteRef` (number and offset);
- links ``[72/7](#)`` keep their text; ``**bold**`` and ``*italics*`` are markup;
- the lead phrase of a clause is its leading italic span when the italics mark
  it (``*Noting* the focus ...``); when the whole clause is in italics (the
  source's first page) or there are none, it is the longest phrase of the
  lexicon (``data/lexicon.json``, built from the UN's official AKN4UN edition)
  that starts the clause;
- operative paragraphs are numbered ``1.``; sub-paragraphs ``(a)``, ``(b)``,
  with ``(i)``, ``(ii)`` nested inside them;
- the header (organ, ``Distr.:`` and date, session, agenda item and title, the
  adoption line, the committee and drafts line, ``NN/NNN. Title``) and the
  closing meeting line are read into the metadata.

Errors (:class:`~resolution_cli.errors.LoadError`, with the line): no clause at
all, a gap or a duplicate in the operative numbering. Warnings: a footnote
marker without a footnote, a footnote never cited, a clause without a lead phrase.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from resolution_cli.errors import LoadError
from resolution_cli.model import (
    AgendaItem,
    Clause,
    Footnote,
    FootnoteRef,
    Meeting,
    Part,
    Resolution,
    SubParagraph,
)

Warn = Callable[[str], None]

_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_FOOTNOTE = re.compile(r"^\s*<sup>\s*(\d+)\s*</sup>\s*(.*)$")
_OPERATIVE = re.compile(r"^\s*(\d+)\.\s+(.*)$")
_SUB = re.compile(r"^\s*\(([a-z]{1,4}|[ivxlc]+)\)\s+(.*)$")
_MARKER = re.compile(r"<sup>\s*(\d+)\s*</sup>")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_MAX_LEAD_WORDS = 8


@dataclass
class _Inline:
    """A fragment of text with its markup read: plain text, italic spans, markers."""

    text: str = ""
    italics: list[tuple[int, int]] = field(default_factory=list)
    markers: list[FootnoteRef] = field(default_factory=list)

    def extend(self, other: _Inline) -> None:
        """Append ``other`` after a space (a line or page break inside a paragraph)."""
        if not other.text and not other.markers:
            return
        shift = len(self.text)
        if self.text and other.text:
            shift += 1
            self.text += " "
        self.text += other.text
        self.italics += [(a + shift, b + shift) for a, b in other.italics]
        self.markers += [
            FootnoteRef(number=m.number, offset=m.offset + shift) for m in other.markers
        ]


def _inline(raw: str) -> _Inline:
    """Read the inline markup of one paragraph's raw text."""
    raw = _LINK.sub(lambda m: m.group(1), raw)
    raw = raw.replace("**", "")
    result = _Inline()
    out: list[str] = []
    italic_start: int | None = None
    pos = 0
    length = 0
    while pos < len(raw):
        ch = raw[pos]
        if ch == "\\" and (escaped := _ESCAPE.match(raw, pos)):
            out.append(escaped.group(1))
            length += 1
            pos = escaped.end()
            continue
        if ch == "<" and (marker := _MARKER.match(raw, pos)):
            result.markers.append(FootnoteRef(number=int(marker.group(1)), offset=length))
            pos = marker.end()
            continue
        if ch in "*_" and _is_emphasis(raw, pos):
            if italic_start is None:
                italic_start = length
            else:
                result.italics.append((italic_start, length))
                italic_start = None
            pos += 1
            continue
        out.append(ch)
        length += 1
        pos += 1
    if italic_start is not None:
        result.italics.append((italic_start, length))
    text = "".join(out)
    # Collapse runs of white space (soft and hard line breaks) and strip the ends,
    # moving offsets accordingly.
    return _squeeze(text, result.italics, result.markers)


def _is_emphasis(raw: str, pos: int) -> bool:
    """Whether ``*`` or ``_`` at ``pos`` opens or closes emphasis (not a literal)."""
    if raw[pos] == "*":
        return True
    before = raw[pos - 1] if pos else " "
    after = raw[pos + 1] if pos + 1 < len(raw) else " "
    return not (before.isalnum() and after.isalnum())


def _squeeze(text: str, italics: list[tuple[int, int]], markers: list[FootnoteRef]) -> _Inline:
    """Collapse white space in ``text`` to single spaces and strip it, keeping offsets."""
    mapping: list[int] = []
    out: list[str] = []
    for ch in text:
        mapping.append(len(out))
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    mapping.append(len(out))
    squeezed = "".join(out).rstrip()
    end = len(squeezed)

    def move(offset: int) -> int:
        return min(mapping[offset], end)

    return _Inline(
        text=squeezed,
        italics=[(move(a), move(b)) for a, b in italics if move(b) > move(a)],
        markers=[FootnoteRef(number=m.number, offset=move(m.offset)) for m in markers],
    )


@cache
def lexicon() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The UN lead phrases (preambular, operative), longest first."""
    try:
        raw = resources.files("resolution_cli").joinpath("data/lexicon.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return (), ()
    data: dict[str, Any] = json.loads(raw)

    def order(phrases: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(phrases), key=lambda p: (-len(p), p)))

    return order(data.get("preambular", [])), order(data.get("operative", []))


def _lead_from_lexicon(text: str, part: Part) -> str:
    preambular, operative = lexicon()
    # The part's own phrases first, then the other part's.
    ordered = preambular + operative if part is Part.PREAMBULAR else operative + preambular
    for phrase in ordered:
        after = text[len(phrase) : len(phrase) + 1]  # "" at the end of the text
        if text.startswith(phrase) and not after.isalnum():
            return phrase
    return ""


def _lead(inline: _Inline, part: Part) -> str:
    """The lead phrase: the leading italic span where it marks one, else the lexicon's."""
    text = inline.text
    if inline.italics:
        start, end = inline.italics[0]
        span = text[start:end].strip()
        rest = text[end:].strip()
        if start == 0 and span and rest and len(span.split()) <= _MAX_LEAD_WORDS:
            return span.rstrip(",;:. ")
    return _lead_from_lexicon(text, part)


_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def session_number(name: str) -> int | None:
    """75 for 'Seventy-fifth session'; None when the words are not an ordinal."""
    words = name.lower().replace("session", "").strip().split("-")
    if len(words) == 1 and words[0] in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[words[0]]
    if len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_UNITS:
        return _TENS[words[0]] + _ORDINAL_UNITS[words[1]]
    return None


def _date(text: str) -> date | None:
    try:
        return datetime.strptime(text.strip(), "%d %B %Y").date()
    except ValueError:
        return None


@dataclass
class _Block:
    """A paragraph of the source: its raw lines and the line it starts on."""

    line: int
    raw: str
    kind: str  # "para", "operative", "sub", "footnote", "break"
    label: str = ""


def _blocks(text: str) -> list[_Block]:
    """Split the source into paragraphs, page breaks and footnotes."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for index, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            current = None
            continue
        if _PAGE_BREAK.match(line):
            blocks.append(_Block(index, "", "break"))
            current = None
            continue
        if footnote := _FOOTNOTE.match(line):
            current = _Block(index, footnote.group(2), "footnote", footnote.group(1))
            blocks.append(current)
            continue
        if operative := _OPERATIVE.match(line):
            current = _Block(index, operative.group(2), "operative", operative.group(1))
            blocks.append(current)
            continue
        if (sub := _SUB.match(line)) and blocks and blocks[-1].kind in ("operative", "sub"):
            current = _Block(index, sub.group(2), "sub", f"({sub.group(1)})")
            blocks.append(current)
            continue
        if current is None:
            current = _Block(index, line, "para")
            blocks.append(current)
        else:
            current.raw += "\n" + line
    return blocks


_ROMAN = re.compile(r"^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)\)$")


@dataclass
class _Header:
    organ: str = ""
    distribution: str = ""
    issued: date | None = None
    session_name: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    adopted: date | None = None
    committee: str = ""
    drafts: tuple[str, ...] = ()
    number: str = ""
    title: str = ""


_AGENDA = re.compile(r"^Agenda items?\s+(.+)$")
_ADOPTED = re.compile(r"^Resolution adopted by the (.+?) on (\d{1,2} \w+ \d{4})$")
_TITLE = re.compile(r"^(\d+/\d+|[A-Z]+-\d+/\d+)\.\s+(.+)$")
_COMMITTEE = re.compile(r"^\[(.*?)\s*\((.*)\)\]$")
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+")


def _header(blocks: list[_Block]) -> _Header:
    head = _Header()
    pending_agenda: list[str] = []
    for block in blocks:
        plain = _inline(block.raw).text
        lines = [_inline(line).text for line in block.raw.splitlines()]
        if block.raw.lstrip().startswith("# ") and not head.organ:
            head.organ = plain.lstrip("# ").strip()
        elif plain.startswith("Distr.:"):
            head.distribution = lines[0].removeprefix("Distr.:").strip()
            if len(lines) > 1:
                head.issued = _date(lines[1])
        elif plain.lower().endswith("session") and not head.session_name:
            head.session_name = plain
        elif agenda := _AGENDA.match(plain):
            pending_agenda = [item.strip() for item in _LIST_SPLIT.split(agenda.group(1))]
        elif (
            pending_agenda
            and not plain.startswith(("#", "["))
            and not _ADOPTED.match(plain.lstrip("# "))
        ):
            head.agenda = [AgendaItem(number=pending_agenda[0], title=plain)]
            head.agenda += [AgendaItem(number=n, title="") for n in pending_agenda[1:]]
            pending_agenda = []
        elif adopted := _ADOPTED.match(plain.lstrip("# ")):
            head.adopted = _date(adopted.group(2))
        elif committee := _COMMITTEE.match(plain):
            head.committee = committee.group(1)
            head.drafts = tuple(d for d in _LIST_SPLIT.split(committee.group(2)) if d)
        elif title := _TITLE.match(plain.lstrip("# ")):
            head.number, head.title = title.group(1), title.group(2)
    return head


def _is_enacting(plain: str) -> bool:
    return bool(re.fullmatch(r"The (?:General Assembly|Security Council|[A-Z][\w ]+),?", plain))


def _is_meeting(plain: str) -> re.Match[str] | None:
    return re.match(r"^(\d+)(?:st|nd|rd|th) plenary meeting\b", plain)


def read(text: str, name: str, *, warn: Warn) -> Resolution:
    """Read the text of a printed resolution; see the module docstring."""
    blocks = _blocks(text)
    start = next(
        (i for i, b in enumerate(blocks) if b.kind == "para" and _is_enacting(_inline(b.raw).text)),
        None,
    )
    if start is None:
        raise LoadError(
            name,
            "no enacting formula ('The General Assembly,') found: not the text of a resolution",
        )
    head = _header(blocks[:start])
    formula = _inline(blocks[start].raw).text

    preamble: list[tuple[_Block, _Inline]] = []
    operative: list[tuple[_Block, _Inline, list[tuple[_Block, _Inline]]]] = []
    footnotes: dict[int, tuple[int, _Inline]] = {}
    meeting: Meeting | None = None
    for block in blocks[start + 1 :]:
        if block.kind == "break":
            continue
        inline = _inline(block.raw)
        if block.kind == "footnote":
            number = int(block.label)
            if number in footnotes:
                raise LoadError(name, f"footnote {number} is printed twice", f"line {block.line}")
            footnotes[number] = (block.line, inline)
            continue
        if block.kind == "operative":
            operative.append((block, inline, []))
        elif block.kind == "sub":
            operative[-1][2].append((block, inline))
        elif (match := _is_meeting(inline.text)) and block is _last_para(blocks):
            lines = [_inline(line).text for line in block.raw.splitlines()]
            meeting = Meeting(name=lines[0], number=int(match.group(1)))
            if len(lines) > 1 and head.adopted is None:
                head.adopted = _date(lines[1])
        elif _continues(preamble, operative, inline):
            target = _last_inline(preamble, operative)
            target.extend(inline)
        elif operative:
            raise LoadError(
                name,
                "unnumbered paragraph after the operative part began "
                "(expected 'N. ' numbering or a sub-paragraph '(a) ')",
                f"line {block.line}",
            )
        else:
            preamble.append((block, inline))

    if not preamble and not operative:
        raise LoadError(name, "no clause found after the enacting formula")
    for expected, (block, _, _) in enumerate(operative, start=1):
        if int(block.label) != expected:
            problem = "a duplicate" if int(block.label) < expected else "a gap"
            raise LoadError(
                name,
                f"{problem} in the operative numbering: paragraph {block.label} "
                f"where {expected} was expected",
                f"line {block.line}",
            )

    clauses_pp = [
        _clause(Part.PREAMBULAR, n, inline, warn, name, block.line)
        for n, (block, inline) in enumerate(preamble, start=1)
    ]
    clauses_op = [
        _clause(Part.OPERATIVE, n, inline, warn, name, block.line, subs, block.label)
        for n, (block, inline, subs) in enumerate(operative, start=1)
    ]
    notes = tuple(
        Footnote(number=number, text=inline.text)
        for number, (_, inline) in sorted(footnotes.items())
    )
    _check_footnotes(clauses_pp + clauses_op, footnotes, warn, name)
    return Resolution(
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
        meeting=meeting,
        committee=head.committee,
        drafts=head.drafts,
        enacting_formula=formula,
        preamble=tuple(clauses_pp),
        operative=tuple(clauses_op),
        footnotes=notes,
    )


def _last_para(blocks: list[_Block]) -> _Block | None:
    paras = [b for b in blocks if b.kind == "para"]
    return paras[-1] if paras else None


def _last_inline(
    preamble: list[tuple[_Block, _Inline]],
    operative: list[tuple[_Block, _Inline, list[tuple[_Block, _Inline]]]],
) -> _Inline:
    if operative:
        _, inline, subs = operative[-1]
        return subs[-1][1] if subs else inline
    return preamble[-1][1]


def _continues(
    preamble: list[tuple[_Block, _Inline]],
    operative: list[tuple[_Block, _Inline, list[tuple[_Block, _Inline]]]],
    inline: _Inline,
) -> bool:
    """Whether a paragraph continues the previous clause (cut by a page break)."""
    if not preamble and not operative:
        return False
    previous = _last_inline(preamble, operative).text
    starts_lower = bool(inline.text) and inline.text[0].islower()
    return starts_lower or not previous.endswith((",", ";", ".", ":"))


def _clause(
    part: Part,
    number: int,
    inline: _Inline,
    warn: Warn,
    name: str,
    line: int,
    subs: list[tuple[_Block, _Inline]] | None = None,
    label: str = "",
) -> Clause:
    verb = _lead(inline, part)
    clause_id = f"{part.prefix}{number}"
    if not verb:
        warn(f"{name}: line {line}: {clause_id} has no recognised lead phrase")
    return Clause(
        id=clause_id,
        part=part,
        number=number,
        num=f"{label}." if label else None,
        verb=verb,
        text=inline.text,
        markers=tuple(inline.markers),
        subparagraphs=_nest(subs or []),
    )


def _nest(subs: list[tuple[_Block, _Inline]]) -> tuple[SubParagraph, ...]:
    """Turn a flat run of (a), (i), (ii), (b) ... into nested sub-paragraphs."""
    top: list[tuple[str, _Inline, list[tuple[str, _Inline]]]] = []
    for block, inline in subs:
        label = block.label
        if top and _ROMAN.match(label):
            # (i) opens a nested run, except as the letter after (h); (ii)... continue one.
            nested = top[-1][0] != "(h)" if label == "(i)" else bool(top[-1][2])
        else:
            nested = False
        if nested:
            top[-1][2].append((label, inline))
        else:
            top.append((label, inline, []))

    def make(label: str, inline: _Inline, children: tuple[SubParagraph, ...] = ()) -> SubParagraph:
        return SubParagraph(
            num=label, text=inline.text, markers=tuple(inline.markers), subparagraphs=children
        )

    return tuple(
        make(label, inline, tuple(make(c_label, c_inline) for c_label, c_inline in children))
        for label, inline, children in top
    )


def _check_footnotes(
    clauses: list[Clause],
    footnotes: dict[int, tuple[int, _Inline]],
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
