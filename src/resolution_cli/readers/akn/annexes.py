"""AKN4UN: annexes (``attachments``), read into :class:`~resolution_cli.model.Annex`.

The UN encodes an annex as ``attachments/attachment/doc[@name="annex"]`` after the
resolution's conclusions, with a flat ``mainBody`` of ``paragraph`` elements (and
``container`` elements holding tables). A few files print their annexes inside the
main body instead, after its numbered paragraphs (75/326 in Arabic: a heading
"المرفق الأول"): from that label on, the elements are read as an attachment would be
(:func:`lift_body_annexes`, with a warning). What is printed is recovered by these rules,
applied in order; whatever they decide, every word stays at its place.

Reading the elements of an annex's ``mainBody``:

- **headings**: a ``paragraph`` with no body (only ``num``/``heading``/``subheading``);
  a paragraph of a heading class (``H1``, ``H23``, ``H4``, ``HCh``...) holding only
  text; a paragraph whose text is all bold or all italic and does not end with
  ``. , ; :`` ("*Progress and gaps*"). A heading's ``num`` and text make one line
  ("I. Organization of work"; when the text already starts with the num, the text);
- **labels**: a heading that reads ``Annex``, ``Annex II``, ``Appendix``, ``Appendix
  A``... (one word and at most a number), or a ``docType`` ("Annex" followed by the
  ``docTitle``, as in session 74). The UN often puts several annexes in one
  attachment ("Annex I" ... "Annex II" ...): a label with the word that opened the
  attachment ("Annex") starts the next annex; a label with another word (an
  "Appendix" inside an annex) starts an annex inside the current one. An attachment
  with no label is an annex labelled after its ``doc/@name`` ("Annex"), number "";
- **languages**: labels, articles and divisions in the words of the file's language
  ("Annexe I", "Anexo I", "Приложение I", "المرفق الأول", "附件一"; "Article premier",
  "Статья 1", "المادة 1", "第1条"), the label's word and number as English prints
  them in ids (``annexI.1``, ``annex.art1``); a paragraph that is only a label is a
  label whatever its emphasis ("附件一" in a plain ``p``), and the plain lines after
  it with no sentence's end are its title; in Chinese any such plain line is a
  heading;
- **title**: the heading lines right after the label (or at the start of an
  unlabelled attachment), up to the first paragraph, table, numbered heading
  ("I.", "A"), article heading or label; an annex's ``preface`` (as this tool
  exports it: ``docType`` label, one ``docTitle`` per line) gives label and title;
- **articles**: a heading "Article 5", "Article 5. Criminalization" or "Rule 7"
  (rules of procedure are read as articles: ``annexIII.art7.1``) starts an article;
  the headings after it (its title) and the article heading go to the ``headings``
  of its first clause; the article runs to the next article, or to a numbered or
  "Chapter/Part/Section" heading;
- **the annex's own preamble**: the unnumbered paragraphs right after the title,
  before any heading, when numbered paragraphs or articles follow in the same annex
  ("Recalling ...", "Whereas ...", "Have agreed as follows:"; a declaration's
  opening "We, Heads of State ..."; in Russian, whose preambular clauses open in lower
  case, "поскольку ..." is a clause of its own, not a continuation); a ``preamble``
  element of the annex's ``doc``
  is read as the resolution's preamble is;
- **paragraphs** are read by the body reader's own rules (:mod:`.body`): the number
  in ``num`` or at the start of the text, sub-paragraphs as paragraphs of their own
  ("(a) ...", nested romans), lower-case continuations and unnumbered paragraphs
  between n and n + 1 appended to paragraph n, lead phrases (``verb``) where italics
  print them at the start of a paragraph;
- **tables** (``container`` holding a ``table``) are kept as text, cell text in
  reading order (one warning each): appended to the clause printed just before
  ("... as set out in the table below:", as in the resolution's own body), or, after
  a heading or at the start, an unnumbered clause of their own; the table's notes
  (paragraphs of class ``FootnoteText`` after it: "a See A/75/383.",
  "Abbreviations: ...") are appended to the same clause; a ``FootnoteText``
  paragraph elsewhere is an unnumbered clause with no lead phrase;
- a paragraph whose ``num`` is neither a number nor a sub-paragraph label ("I.",
  "A.") and that is not a heading is a clause of its own, unnumbered, its ``num``
  printed at the start of its text (with a warning);
- an unnumbered paragraph whose ``eId`` ends in ``__u<k>`` (this tool's own export)
  is always a clause of its own;
- headings after the last clause are the annex's ``trailing`` lines; nested
  ``attachments`` of an annex's ``doc`` are annexes inside it; anything else is
  kept as text, a clause of its own, with a warning naming the element and line.

Ids (unique in the resolution; the rules of
:func:`..assemble.annex_keys` and :func:`..assemble.annex_ids`,
shared with the text reader): the prefix is ``annex`` + the annex's key: its
number ("" for a lone "Annex", "II"); an annex inside an annex adds "." and the
inner label's word in lower case with its number ("I.appendix", ".appendixA").
Clauses are ``<prefix>.PP<n>`` (preamble, by position), ``<prefix>.<N>`` (printed
number N), ``<prefix>.art<A>.<N>`` (in article A), ``<prefix>.art<A>`` (the only
paragraph of article A, unnumbered), ``<prefix>.u<k>`` / ``<prefix>.art<A>.u<k>``
(the k-th unnumbered paragraph of the annex outside articles, or of article A).
When printed numbers repeat inside one annex (numbering restarting per chapter),
the second paragraph with the same id gets ``_2``, the third ``_3`` (``annex.1_2``),
with a warning. Two annexes with the same number get their position instead, with
a warning. Footnotes are the resolution's, numbered on as printed; a marker in a
heading or a title line keeps its footnote, not its place (with a warning, as in the
body).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from resolution_cli.model import Annex, Clause, Part
from resolution_cli.readers.akn.body import (
    _HEADINGS,
    _Clause,
    _Flow,
    _Reader,
    _verb,
)
from resolution_cli.readers.akn.xml import (
    Element,
    _child,
    _children,
    _line,
    _local,
    _plain,
    _text_without_notes,
    normalise,
)
from resolution_cli.readers.assemble import (
    COLONS,
    SENTENCE_END,
    annex_ids,
    annex_keys,
    annex_preamble,
    annex_preambular_id,
    annex_title,
    article_number,
    starts_next_annex,
)
from resolution_cli.readers.blocks import (
    AnnexLabel,
    Block,
    Heading,
    Numbered,
    Table,
    Unnumbered,
)
from resolution_cli.readers.leads import with_inferred_leads

__all__ = ["lift_body_annexes", "read_annexes"]

_EMPHASIS = frozenset({"bold", "italic"})
_EXPORTED_UNNUMBERED = re.compile(r"__u\d+$")


@dataclass
class _Event:
    """One printed thing of an annex's body, in order."""

    kind: str  # heading | label | para | table | note | other
    element: Element
    text: str = ""
    numbered: bool = False  # a heading with a num ("I.", "A")
    title: list[str] = field(default_factory=list)  # a docType label's docTitle lines


@dataclass
class _Segment:
    """The events of one annex (and the annexes inside it), before they are read."""

    label: str
    num: str
    events: list[_Event] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    titled: bool = False  # the title came from a preface or a docType label
    preamble: Element | None = None
    children: list[_Segment] = field(default_factory=list)
    docs: list[Element] = field(default_factory=list)  # nested attachment docs
    line: int = 0
    key: str = ""  # the label's word as English prints it ("Appendice" -> "Appendix")


def _classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


def _all_emphasised(content: Element) -> bool:
    """True when every word of ``content`` is inside a bold or italic span."""
    seen = False
    for p in _children(content):
        if _local(p) != "p" or (p.text or "").strip():
            return False
        for child in _children(p):
            local = _local(child)
            if local == "authorialNote":
                pass
            elif local == "span" and _classes(child) & _EMPHASIS:
                seen = seen or bool(normalise(_text_without_notes(child)))
            else:
                return False
            if (child.tail or "").strip():
                return False
    return seen


class _AnnexReader:
    def __init__(self, reader: _Reader) -> None:
        self.reader = reader

    def sub_reader(self) -> _Reader:
        sub = _Reader(self.reader.name, self.reader.warn)
        sub.use_language(self.reader.words)
        sub.footnotes = self.reader.footnotes  # numbered on, one list for the resolution
        return sub

    # -- classifying ------------------------------------------------------------------

    def text_of(self, element: Element) -> str:
        """The text of a heading-like element (footnote markers reported, not placed)."""
        blocks = [b for c in _children(element, "content") for b in _children(c)]
        parts = [self.reader.heading_text(b) for b in blocks or [element]]
        return " ".join(p for p in parts if p)

    def heading_line(self, element: Element) -> str:
        num = _plain(_child(element, "num"))
        lines = [self.reader.heading_text(h) for h in _children(element, *_HEADINGS)]
        if _child(element, "content") is not None:
            lines.append(self.text_of(element))
        text = " ".join(line for line in lines if line)
        if num and not text.startswith(num):
            text = f"{num} {text}".strip()
        return text

    def is_heading(self, element: Element) -> bool:
        if not self.reader.has_body(element):
            return True
        kids = [_local(c) for c in _children(element)]
        if any(k not in ("num", "content", *_HEADINGS) for k in kids):
            return False
        num = _plain(_child(element, "num"))
        forms = self.reader.forms
        if num and (forms.number.match(num) or forms.label.fullmatch(num)):
            return False
        content = _child(element, "content")
        if content is None or any(_local(b) != "p" for b in _children(content)):
            return False
        if any(c.startswith("H") for c in _classes(element)):
            return True
        if num and self.reader.words.plain_headings and self.plain_heading(element):
            return True  # "A." and "全体会议", not emphasised (Chinese)
        if not _all_emphasised(content):
            return False
        text = normalise(_text_without_notes(content))
        return bool(text) and text[-1] not in ".,;:" and not forms.leading_number.match(text + " ")

    def events(self, children: Iterable[Element]) -> list[_Event]:
        found: list[_Event] = []
        titled_plain = False  # the last event is a title line after a plain label
        for child in children:
            if not _local(child):
                continue
            local = _local(child)
            titling = bool(found) and (found[-1].kind == "label" or titled_plain)
            titled_plain = False
            if local == "paragraph":
                doc_type = next((e for e in child.iter() if _local(e) == "docType"), None)
                if doc_type is not None:
                    titles = [
                        self.reader.heading_text(e) for e in child.iter() if _local(e) == "docTitle"
                    ]
                    found.append(
                        _Event("label", child, _plain(doc_type), title=[t for t in titles if t])
                    )
                elif self.is_heading(child):
                    text = self.heading_line(child)
                    kind = "label" if self.label_of(text) else "heading"
                    numbered = _child(child, "num") is not None
                    if text:
                        found.append(_Event(kind, child, text, numbered=numbered))
                elif self.plain_label(child):  # "附件一", printed without emphasis
                    found.append(_Event("label", child, self.heading_line(child)))
                elif titling and self.plain_title(child):  # its title, in plain lines
                    found.append(_Event("heading", child, self.heading_line(child)))
                    titled_plain = True
                elif self.reader.words.plain_headings and (
                    self.plain_heading(child) or (not found and self.plain_title(child))
                ):  # an annex's title, first, may hold a colon
                    text = self.heading_line(child)  # "A. 全体会议": a heading, not bold
                    numbered = self.reader.forms.is_division(text)
                    found.append(_Event("heading", child, text, numbered=numbered))
                elif "FootnoteText" in _classes(child):
                    found.append(_Event("note", child))
                else:
                    found.append(_Event("para", child))
            elif local == "container" and any(_local(e) == "table" for e in child.iter()):
                found.append(_Event("table", child))
            elif local in _HEADINGS or local == "num":
                text = self.reader.heading_text(child)
                if text:
                    kind = "label" if self.label_of(text) else "heading"
                    found.append(_Event(kind, child, text, numbered=local == "num"))
            elif local in ("hcontainer", "chapter", "part", "section", "article", "division"):
                lines = [self.reader.heading_text(c) for c in _children(child, "num", *_HEADINGS)]
                line = " ".join(t for t in lines if t)
                if line:
                    found.append(_Event("heading", child, line, numbered=True))
                found += self.events(
                    c for c in _children(child) if _local(c) not in ("num", *_HEADINGS)
                )
            else:
                found.append(_Event("other", child))
        return found

    def plain_label(self, element: Element) -> bool:
        """A paragraph, without a number, whose whole text is an annex label, whatever
        its emphasis ("附件一", as the Chinese files print it)."""
        if _child(element, "num") is not None or _child(element, "content") is None:
            return False
        if any(True for _ in element.iter("{*}authorialNote")):
            return False
        return self.label_of(self.heading_line(element)) is not None

    def plain_title(self, element: Element) -> bool:
        """The paragraph right after a label printed so, without a number, a footnote
        marker or a sentence's end: the annex's title ("联合国……临时议程")."""
        if _child(element, "num") is not None or _child(element, "content") is None:
            return False
        if any(True for _ in element.iter("{*}authorialNote")):
            return False
        text = self.heading_line(element)
        forms = self.reader.forms
        return (
            bool(text)
            and text[-1] not in SENTENCE_END
            and not forms.leading_label.match(text)
            and not forms.leading_number.match(text + " ")
        )

    def plain_heading(self, element: Element) -> bool:
        """In a language that prints headings without emphasis (Chinese): a paragraph
        with no sentence's end and no colon (a schedule's line,
        "3月22日星期三 ..." with its colon, is a paragraph's text)."""
        content = _child(element, "content")
        if content is None:
            return False  # a footnote marker is kept (as in English headings: a warning)
        text = normalise(_text_without_notes(content))
        forms = self.reader.forms
        return (
            bool(text)
            and text[-1] not in SENTENCE_END
            and not any(mark in text for mark in COLONS)
            and not forms.leading_label.match(text)
            and not forms.leading_number.match(text + " ")
        )

    def label_of(self, text: str) -> tuple[str, str] | None:
        """An annex label's word (as English prints it) and number, in the language read
        ("Annexe I", "المرفق الأول", "附件一" -> ("Annex", "I")), if ``text`` is one."""
        return self.reader.forms.annex_label_of(text)

    # -- segments ---------------------------------------------------------------------

    def segments(self, doc: Element) -> list[_Segment]:
        """The annexes of one attachment's ``doc`` (several when it holds "Annex I", "II")."""
        kind = (doc.get("name") or "annex").strip() or "annex"
        default = kind[:1].upper() + kind[1:]
        opening: _Segment = _Segment(label=default, num="", line=_line(doc))
        preface = _child(doc, "preface")
        if preface is not None:
            label_el = next((e for e in preface.iter() if _local(e) == "docType"), None)
            if label_el is not None:
                opening.label = _plain(label_el)
                found = self.label_of(opening.label)
                opening.num = found[1] if found else ""
            opening.title = [
                self.reader.heading_text(e) for e in preface.iter() if _local(e) == "docTitle"
            ]
            opening.titled = True
            for other in _children(preface, "p"):
                if not any(_local(e) in ("docType", "docTitle") for e in other.iter()):
                    self.reader.kept(other)
                    opening.title.append(self.text_of(other) or _plain(other))
        opening.preamble = _child(doc, "preamble")
        body = _child(doc, "mainBody")
        events = self.events(_children(body)) if body is not None else []
        for child in _children(doc):
            if _local(child) not in (
                "meta", "coverPage", "preface", "preamble", "mainBody", "attachments",
            ):  # fmt: skip
                events.append(_Event("other", child))
        opened = self.label_of(opening.label)
        top_word = (opened[0] if opened else (opening.label.split() or [default])[0]).casefold()
        segments: list[_Segment] = [opening]
        current = opening
        for event in events:
            if event.kind == "label":
                found = self.label_of(event.text)
                word = (found[0] if found else event.text.split()[0]).casefold()
                num = found[1] if found else ""
                fresh = _Segment(label=event.text, num=num, line=_line(event.element))
                fresh.key = found[0] if found else ""
                fresh.title = list(event.title)
                fresh.titled = bool(event.title)
                starts_doc = not current.events and not current.children and current is opening
                if starts_doc and not opening.titled and opening.preamble is None:
                    opening.label, opening.num, opening.line = event.text, num, fresh.line
                    opening.key = fresh.key
                    opening.title, opening.titled = fresh.title, fresh.titled
                    top_word = word
                    continue
                if starts_next_annex(word, top_word):
                    segments.append(fresh)
                    current = fresh
                else:
                    parent = segments[-1]
                    parent.children.append(fresh)
                    current = fresh
                continue
            current.events.append(event)
        for attachments in _children(doc, "attachments"):
            for attachment in _children(attachments):
                segments[-1].docs.append(attachment)
        return segments

    # -- reading one annex ------------------------------------------------------------

    def read(self, segment: _Segment, annex_key: str) -> Annex:
        reader = self.reader
        events = list(segment.events)
        title = list(segment.title)
        if not segment.titled:
            titled = annex_title([self.typed(e) for e in events], reader.forms)
            title += [e.text for e in events[:titled]]
            events = events[titled:]

        # the annex's own preamble
        pre = self.sub_reader()
        if segment.preamble is not None:
            pre.preamble(segment.preamble)
            if pre.formula is not None:  # printed before the first preambular clause
                if pre.clauses[Part.PREAMBULAR]:
                    pre.clauses[Part.PREAMBULAR][0].headings.insert(0, pre.formula)
                else:
                    title.append(pre.formula)
        else:
            count = annex_preamble([self.typed(e) for e in events], reader.forms)
            later = events[count:]
            if count:
                self.prepare(pre, events[:count])
                pre.own_lines = reader.words.lower_case_leads  # "поскольку ...": a clause
                for event in events[:count]:
                    pre.paragraph(event.element)
                for clause in pre.clauses[Part.OPERATIVE]:
                    clause.part = Part.PREAMBULAR
                pre.clauses[Part.PREAMBULAR] = pre.clauses[Part.OPERATIVE]
                pre.clauses[Part.OPERATIVE] = []
                events = later

        # the body
        sub = self.sub_reader()
        sub.pending = list(pre.pending)
        self.prepare(sub, events)
        article: str | None = None
        owner: dict[int, str | None] = {}
        tables: set[int] = set()
        for event in events:
            clauses = sub.clauses[Part.OPERATIVE]
            before = len(clauses)
            if event.kind in ("heading", "label"):
                if (number := article_number(event.text, reader.words)) is not None:
                    article = number
                elif event.numbered or reader.forms.is_division(event.text):
                    article = None
                sub.hold(event.text, event.element)
            elif event.kind == "para":
                element = event.element
                num = _plain(_child(element, "num"))
                if num and not (
                    reader.forms.number.match(num) or reader.forms.label.fullmatch(num)
                ):
                    reader.say(element, f"paragraph numbered {num!r}: the number kept in its text")
                    self.own_clause(sub, element, verb=False)
                elif self.exported(element):
                    self.own_clause(sub, element, verb=True)
                else:
                    sub.paragraph(element)
            elif event.kind == "table":
                reader.say(event.element, "table kept as text (its cells in reading order)")
                last = clauses[-1] if clauses else None
                if last is not None and not sub.pending:  # "... as set out in the table below:"
                    text, markers = self.flow(sub, event.element).finish()
                    sub.append(last, text, markers, event.element)
                else:
                    last = self.own_clause(sub, event.element, verb=False)
                tables.add(id(last))
            elif event.kind == "note":
                last = clauses[-1] if clauses else None
                if last is not None and id(last) in tables and not sub.pending:
                    text, markers = self.flow(sub, event.element).finish()
                    sub.append(last, text, markers, event.element)
                else:
                    self.own_clause(sub, event.element, verb=False)
            else:
                reader.kept(event.element)
                self.own_clause(sub, event.element, verb=False)
            for clause in clauses[before:]:
                owner[id(clause)] = article

        preamble = tuple(
            c.build(i, annex_preambular_id(annex_key, i)).model_copy(update={"annex": annex_key})
            for i, c in enumerate(pre.clauses[Part.PREAMBULAR], 1)
        )
        body = self.ids(sub.clauses[Part.OPERATIVE], owner, annex_key)
        inner_segments = list(segment.children)
        for doc_holder in segment.docs:
            inner_segments += self.attachment(doc_holder)
        inner = self.children(inner_segments, annex_key)
        preamble, body = with_inferred_leads(preamble, body)
        return Annex(
            num=segment.num,
            label=segment.label,
            title=tuple(t for t in title if t),
            preamble=preamble,
            body=body,
            trailing=tuple(sub.pending),
            annexes=inner,
        )

    def typed(self, event: _Event) -> Block:
        """An event as the assembler's annex rules see it (:mod:`..blocks`)."""
        line = _line(event.element)
        if event.kind == "label":
            return AnnexLabel(line, event.text)
        if event.kind == "heading":
            return Heading(line, event.text, numbered=event.numbered)
        if event.kind != "para":
            return Table(line)
        number = self.reader.printed_number(event.element)
        if number is not None:
            return Numbered(line, str(number))
        return Unnumbered(line, own=self.exported(event.element))

    def numbered(self, element: Element) -> bool:
        return self.reader.printed_number(element) is not None

    def exported(self, element: Element) -> bool:
        """An unnumbered clause of this tool's own export: a clause of its own."""
        eid = element.get("eId") or ""
        return bool(_EXPORTED_UNNUMBERED.search(eid)) and not self.numbered(element)

    @staticmethod
    def prepare(sub: _Reader, events: list[_Event]) -> None:
        """What the body reader knows before reading paragraphs (as main_body sets it)."""
        paragraphs = [e.element for e in events if e.kind == "para"]
        bodies = [p for p in paragraphs if sub.has_body(p)]
        sub.printed = {id(p): sub.printed_number(p) for p in bodies}
        sub.order = {id(p): i for i, p in enumerate(bodies)}
        sub.paragraphs = bodies
        typed: list[tuple[Element, Block]] = []
        for event in events:
            line = _line(event.element)
            if event.kind in ("heading", "label"):
                typed.append((event.element, Heading(line, event.text)))
            elif event.kind == "para":
                typed.append((event.element, sub.typed(event.element)))
            else:
                typed.append((event.element, Table(line)))
        sub.mark_between(typed)

    def flow(self, sub: _Reader, element: Element) -> _Flow:
        if _local(element) == "paragraph":
            holders = [
                holder
                for child in _children(element)
                if _local(child) != "num"
                for holder in (_children(child, "intro") if _local(child) == "list" else [child])
            ]
            blocks = [block for holder in holders for block in _children(holder)]
            num = _plain(_child(element, "num"))
            flow = sub.flow_of(blocks)
            if num:
                flow.raw.insert(0, num + " ")
                flow.italic = None
            return flow
        flow = _Flow()
        sub.inline(element, flow, block=True)
        return flow

    def own_clause(self, sub: _Reader, element: Element, *, verb: bool) -> _Clause:
        """A clause of its own, unnumbered, at its place (headings waiting go to it)."""
        flow = self.flow(sub, element)
        text, markers = flow.finish()
        clause = _Clause(part=Part.OPERATIVE, line=_line(element), text=text, markers=markers)
        clause.lead = _verb(flow, text) if verb else ""
        clause.headings = sub.outline.take_headings()
        sub.outline.add(Part.OPERATIVE, clause)
        for lst in _children(element, "list"):  # sub-paragraphs, as the body reader reads them
            clause.subs += sub.points(lst)
            wrap = _child(lst, "wrapUp")
            if wrap is not None:
                wtext, wmarkers = sub.flow_of(_children(wrap)).finish()
                sub.append(clause, wtext, wmarkers, wrap)
        return clause

    def ids(
        self,
        clauses: list[_Clause],
        owner: dict[int, str | None],
        annex_key: str,
    ) -> tuple[Clause, ...]:
        """The annex's paragraphs, their ids by :func:`~..assemble.annex_ids`."""
        articles = [owner.get(id(c)) for c in clauses]
        ids = annex_ids([c.opening() for c in clauses], articles, annex_key, self.reader.say_line)
        built: list[Clause] = []
        for index, (clause, cid, article) in enumerate(zip(clauses, ids, articles, strict=True), 1):
            update: dict[str, object] = {"id": cid, "annex": annex_key}
            if article is not None:
                update["article"] = article
            built.append(clause.build(index).model_copy(update=update))
        return tuple(built)

    # -- the whole --------------------------------------------------------------------

    def attachment(self, attachment: Element) -> list[_Segment]:
        found: list[_Segment] = []
        for child in _children(attachment):
            if _local(child) == "doc":
                found += self.segments(child)
            else:
                self.reader.kept(child)
                stray = _Segment(label="Annex", num="", line=_line(child))
                stray.events.append(_Event("other", child))
                found.append(stray)
        return found

    def children(self, segments: list[_Segment], outer: str | None) -> tuple[Annex, ...]:
        """Read annexes side by side (of the resolution, or inside the annex ``outer``)."""
        labels = [AnnexLabel(s.line, s.label, s.num, key=s.key) for s in segments]
        keys = annex_keys(labels, outer, self.reader.say_line)
        annexes: list[Annex] = []
        for segment, (num, key) in zip(segments, keys, strict=True):
            segment.num = num
            annexes.append(self.read(segment, key))
        return tuple(annexes)


def read_annexes(reader: _Reader, statement: Element) -> tuple[Annex, ...]:
    """The annexes of ``statement``, in document order (see the module's rules)."""
    annex_reader = _AnnexReader(reader)
    segments: list[_Segment] = []
    for attachments in _children(statement, "attachments"):
        for attachment in _children(attachments):
            if _local(attachment) == "attachment":
                segments += annex_reader.attachment(attachment)
            else:
                reader.kept(attachment)
                stray = _Segment(label="Annex", num="", line=_line(attachment))
                stray.events.append(_Event("other", attachment))
                segments.append(stray)
    return annex_reader.children(segments, None)


def lift_body_annexes(reader: _Reader, statement: Element) -> None:
    """Annexes printed inside the main body (75/326 in Arabic: a heading "المرفق الأول"
    after the last operative paragraph, its agenda and rules following as paragraphs):
    from that heading to the end of the main body, the elements are moved into an
    ``attachments/attachment/doc[@name="annex"]/mainBody`` after the statement, and
    read as the annexes they are printed as, with a warning. The heading must be a
    paragraph holding only a heading that is an annex label in the statement's
    language, after at least one numbered paragraph of the same main body."""
    bodies = list(_children(statement, "mainBody"))
    if not bodies:
        return
    body = bodies[-1]
    children = list(_children(body))
    numbered = False
    for at, child in enumerate(children):
        if _local(child) != "paragraph":
            continue
        if reader.printed_number(child) is not None and reader.has_body(child):
            numbered = True
            continue
        heads = [e for e in _children(child) if _local(e) in ("heading", "subheading")]
        if not numbered or reader.has_body(child) or len(heads) != 1:
            continue
        if reader.forms.annex_label_of(_plain(heads[0]).strip()) is None:
            continue
        reader.say(child, "an annex label printed in the main body: what follows is that annex")
        _into_attachment(statement, children[at:])
        return


def _into_attachment(statement: Element, elements: list[Element]) -> None:
    """Move ``elements`` into a new ``attachments/attachment/doc[@name="annex"]/mainBody``
    of ``statement``, the first of its attachments (lxml keeps their source lines)."""
    from lxml import etree

    namespace = etree.QName(statement).namespace

    def tag(local: str) -> str:
        return f"{{{namespace}}}{local}" if namespace else local

    attachments = _child(statement, "attachments")
    if attachments is None:
        attachments = etree.SubElement(statement, tag("attachments"))
    attachment = etree.Element(tag("attachment"))
    attachments.insert(0, attachment)
    doc = etree.SubElement(attachment, tag("doc"), name="annex")
    body = etree.SubElement(doc, tag("mainBody"))
    for element in elements:
        body.append(element)
