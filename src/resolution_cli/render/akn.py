"""``--format akn``: the resolution in AKN4UN, the UN's profile of OASIS Akoma Ntoso 3.0.

The document mimics the UN's own editions (``75_272_E.xml``) and validates against
the strict OASIS schema. How each field of the model is written (and read back by
:mod:`resolution_cli.readers.akn`):

- ``akomaNtoso/statement[@name="resolution"]``;
- ``meta/identification``: FRBRWork ``FRBRthis`` = ``work_uri`` + ``/`` (when
  ``work_uri`` is None: ``/akn/un/statement/deliberation/unga/<adopted>/<75-272>/!main``),
  ``FRBRdate name="adoption"`` = ``adopted``; FRBRExpression ``FRBRdate
  name="publication"`` = ``issued``, language ``eng``; FRBRManifestation;
- ``meta/workflow``: ``draftResolution`` step (``as`` = the first draft, ``by`` = the
  sponsors joined "a, b and c"), ``draftResolutionAdditionalSponsors`` step (``by``),
  ``adopted`` step (``date`` = adopted, ``as`` = ``record``); unknown dates are
  ``0001-01-01`` as the UN writes them;
- ``meta/analysis/parliamentary/voting/@outcome``: ``adoptedWithoutVote`` for
  ``"Without a vote"``, ``adoptedRecordedVote`` for ``"By a recorded vote"``, any
  other ``adoption_type`` verbatim;
- ``meta/references``: a TLC element for every ``refersTo``/``href`` target used;
- ``meta/proprietary``: the ``provenance`` map, one
  ``<rcli:provenance field="...">origin</rcli:provenance>`` each (namespace
  :data:`RCLI_NS`);
- ``coverPage``: ``docNumber`` (symbol), ``docAuthority`` (organ), ``docStatus``
  ("Distr.: General"), ``docDate`` (issued), ``session`` (``value`` = session,
  text = session_name), ``inline name="agenda item"`` ("Agenda item 64" /
  "Agenda items 139 and 151"), ``inline name="agenda item name"`` per title,
  ``docTitle`` (the adoption line), ``docProponent`` ("[committee (drafts)]", the
  drafts joined "a and b" in ``inline name="originating document"``);
- ``preface``: ``docNumber`` ("75/272.") and ``docTitle`` (title);
- ``preamble``: ``formula name="enactingFormula"`` (its words before the final
  punctuation in an italic span), then one ``container`` per preambular clause,
  ``name`` = its lead phrase, the lead phrase in ``<span class="italic">``;
- ``mainBody``: one ``paragraph`` per operative paragraph (``num`` "1.",
  ``content/p``); with sub-paragraphs ``list`` / ``intro`` (the text) / ``point``
  (``num``, ``content/p``, nested ``list`` when it has its own sub-paragraphs,
  ``wrapUp``) / ``wrapUp``;
- headings: before an operative paragraph, a heading-only ``paragraph`` holding a
  ``subheading`` per heading (the UN's pattern, ``75_212_E.xml``); before a
  preambular clause (where ``paragraph`` is not allowed), a ``blockContainer``
  holding a ``crossHeading`` per heading;
- footnotes: ``authorialNote marker="n" placement="bottom"`` at the marker's
  offset, the footnote's text in its ``p``; a footnote no marker cites is kept as an
  ``authorialNote`` in ``meta/notes`` (there is no place for it in the text);
- document symbols in texts and footnotes: ``<a href="https://undocs.org/en/...">``
  (found by :func:`resolution_cli.symbols.find_symbols`, the UN's own convention);
- ``conclusions``: ``inline name="adoptionMeeting"`` (meeting name, ``title`` "59th"),
  ``eol``, ``docDate`` (adopted);
- ``attachments``: one ``attachment/doc`` per annex (``name`` = its label's word in lower
  case, "annex", "appendix"), with its FRBR ``meta`` (``<work>/annexII``), a ``preface``
  (``docType`` = the label, one ``docTitle`` per title line), its own preamble as the
  resolution's (``container`` per clause), a ``mainBody`` (a heading-only ``paragraph``
  per heading line, then ``paragraph`` per clause as in the main body; an unnumbered
  clause's eId ends in ``__u<k>`` so that it reads back as a clause of its own; the
  trailing lines last) and the annexes inside it as nested ``attachments``; articles,
  ids and keys are read back from the headings and numbers
  (:mod:`resolution_cli.readers.akn.annexes`).

lxml builds the tree; the output is UTF-8 with an XML declaration, indented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from lxml import etree

from resolution_cli.render import UnsupportedView, draw
from resolution_cli.render.layout import (
    adopted_date_line,
    adopted_line,
    agenda_cover_lines,
    distribution_line,
    issued_line,
    join_and,
)
from resolution_cli.symbols import find_symbols
from resolution_cli.words import FRBR_CODES

if TYPE_CHECKING:
    from resolution_cli.model import Annex, Clause, FootnoteRef, Resolution, SubParagraph, Vote
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Clauses, Document, View

__all__ = ["AKN_NS", "RCLI_NS", "VOTING_OUTCOMES", "document", "render", "to_bytes", "work_uri"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#: The namespace of this tool's own metadata (``meta/proprietary``).
RCLI_NS = "https://github.com/resolution-cli/ns/1.0"
#: The UN's AKN4UN namespace (the voters of a recorded vote).
AKN4UN_NS = "http://un.org/akn4un"
_A = f"{{{AKN_NS}}}"
_UNKNOWN_DATE = "0001-01-01"
#: ISO 639-1 (the model's ``lang``) -> FRBRlanguage; a resolution of unknown language
#: is written as English (the text reader reads English).
_LANGUAGES = FRBR_CODES

#: adoption_type <-> voting/@outcome
VOTING_OUTCOMES: dict[str, str] = {
    "Without a vote": "adoptedWithoutVote",
    "Recorded vote": "adoptedRecordedVote",
    "By a recorded vote": "adoptedRecordedVote",
}

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")

# (eId, element, href, showAs) of every TLC the document may point at
_TLC: tuple[tuple[str, str, str, str], ...] = (
    ("DGACM", "TLCOrganization", "/akn/ontology/organization/un/DGACM", "DGACM"),
    ("un", "TLCOrganization", "/akn/ontology/organization/un/unitedNations", "United Nations"),
    ("ga", "TLCOrganization", "/akn/ontology/organization/un/generalAssembly", "General Assembly"),
    (
        "generalAssembly",
        "TLCOrganization",
        "/akn/ontology/organization/un/generalAssembly",
        "General Assembly",
    ),
    ("resolutionCli", "TLCOrganization", "/akn/ontology/organization/resolution-cli", "rcli"),
    ("dateOfIssuance", "TLCConcept", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"),
    ("adoptionDate", "TLCConcept", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"),
    ("symbol", "TLCConcept", "/akn/ontology/reference/un/symbol", "Symbol"),
    ("publisher", "TLCRole", "/akn/ontology/role/un/publisher", "Publisher"),
    ("issuingBody", "TLCRole", "/akn/ontology/role/un/issuingBody", "Issuing body"),
    ("author", "TLCRole", "/akn/ontology/role/un/author", "Author"),
    ("issuer", "TLCRole", "/akn/ontology/role/un/issuer", "Issuer"),
    ("editor", "TLCRole", "/akn/ontology/role/un/editor", "Editor"),
    (
        "generalDistribution",
        "TLCConcept",
        "/akn/ontology/concept/un/generalDistribution",
        "General distribution",
    ),
    (
        "resolutionTitle",
        "TLCTerm",
        "/akn/ontology/reference/un/resolutionTitle",
        "Resolution title",
    ),
)


def _committee_ref(committee: str) -> tuple[str, str]:
    """The eId and showAs of the TLCOrganization a committee line refers to."""
    lowered = committee.lower()
    if "without reference" in lowered or "sans renvoi" in lowered:
        return "noMainCommittee", "Without reference to a Main Committee"
    for ordinal in _ORDINALS:
        if f"{ordinal} committee" in lowered:
            return f"{ordinal}Committee", f"{ordinal.capitalize()} Committee"
    return "committee", "Committee"


def work_uri(resolution: Resolution) -> str:
    """The FRBRWork URI (without the final '/'): ``work_uri``, or one derived from the model."""
    if resolution.work_uri:
        return resolution.work_uri.rstrip("/")
    when = resolution.adopted.isoformat() if resolution.adopted else _UNKNOWN_DATE
    number = resolution.number.replace("/", "-").replace(" ", "")
    return f"/akn/un/statement/deliberation/unga/{when}/{number}/!main"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, _A + tag, {k.rstrip("_"): v for k, v in attrib.items()})
    if text is not None:
        element.text = text
    return element


def _append_text(element: etree._Element, text: str) -> None:
    """Add ``text`` at the end of ``element``'s content (after its last child, if any)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _links(text: str) -> list[tuple[int, int, str]]:
    """The document symbols of ``text`` as ``(start, end, url)``; a joint symbol's parts
    are linked each where it is written, as the UN does."""
    found: list[tuple[int, int, str]] = []
    for match in find_symbols(text):
        if not match.symbols:
            continue
        symbol = match.symbols[0]
        parts: list[tuple[int, int, str]] = []
        position = match.start
        for part in symbol.parts:
            at = text.find(part.normalized, position, match.end)
            if at < 0:
                parts = []
                break
            parts.append((at, at + len(part.normalized), part.url))
            position = at + len(part.normalized)
        found.extend(parts or [(match.start, match.end, symbol.url)])
    return found


def _italic_lead(clause: Clause) -> str:
    """The lead phrase printed in italics: none when the reader inferred it (the source
    printed none, and a round trip must read it the same way)."""
    return "" if clause.lead_inferred else clause.lead


class _Writer:
    """Builds the tree; counts eIds and remembers which footnotes were placed."""

    def __init__(self, resolution: Resolution) -> None:
        self.r = resolution
        self.language = _LANGUAGES.get(resolution.lang or "en", "eng")
        self.notes = 0
        self.placed: set[int] = set()
        self.headings = 0
        self.annexes = 0

    # -- inline content -------------------------------------------------------------------

    def inline(
        self,
        parent: etree._Element,
        text: str,
        markers: Iterable[FootnoteRef] = (),
        lead: str = "",
        *,
        links: bool = True,
    ) -> None:
        """Write ``text`` into ``parent``: the lead phrase italic, markers, symbol links."""
        cuts: set[int] = {0, len(text)}
        italic = 0
        if lead and text.startswith(lead):
            italic = len(lead)
            cuts.add(italic)
        notes: dict[int, list[int]] = {}
        for ref in markers:
            offset = min(max(ref.offset, 0), len(text))
            notes.setdefault(offset, []).append(ref.number)
            cuts.add(offset)
        spans: list[tuple[int, int, str]] = []
        if links:
            for start, end, url in _links(text):
                if any(start < cut < end for cut in cuts):
                    continue  # a link never crosses the lead phrase or a marker
                spans.append((start, end, url))
        span_el: etree._Element | None = None
        if italic:
            span_el = _el(parent, "span", class_="italic")
        position = 0
        points = sorted(cuts | {s for s, _, _ in spans} | {e for _, e, _ in spans})
        link_at = {start: (end, url) for start, end, url in spans}
        for point in points:
            if point < position:
                continue
            if point > position:
                target = span_el if span_el is not None and position < italic else parent
                if position in link_at and link_at[position][0] == point:
                    _el(target, "a", text[position:point], href=link_at[position][1])
                else:
                    _append_text(target, text[position:point])
                position = point
            for number in notes.pop(point, []):
                target = span_el if span_el is not None and point < italic else parent
                self.note(target, number)
        for number in (n for ns in notes.values() for n in ns):
            self.note(parent, number)
        # A text node, even empty, keeps pretty_print from indenting mixed content
        # (white space that the reader would take for text before a final marker).
        for element in (parent, span_el):
            if element is not None and element.text is None:
                element.text = ""

    def note(self, parent: etree._Element, number: int) -> None:
        """An authorialNote for footnote ``number``, with its text."""
        self.notes += 1
        self.placed.add(number)
        note = _el(
            parent,
            "authorialNote",
            marker=str(number),
            placement="bottom",
            eId=f"authorialNote_{self.notes}",
        )
        footnote = self.r.footnote(number)
        p = _el(note, "p")
        if footnote is not None:
            self.inline(p, footnote.text)

    # -- the parts ------------------------------------------------------------------------

    def meta(self, root: etree._Element) -> None:
        r = self.r
        meta = _el(root, "meta")
        uri = work_uri(r)
        base, _, component = uri.rpartition("/")
        component = component or "!main"
        adopted = r.adopted.isoformat() if r.adopted else _UNKNOWN_DATE
        self.identification(
            meta,
            uri + "/",
            f"{base}/{self.language}@{component}/",
            f"{base}/{self.language}@/{component}.xml",
        )

        workflow = _el(meta, "workflow", source="#un")
        if r.drafts or r.sponsors:
            step = _el(workflow, "step", date=_UNKNOWN_DATE, outcome="draftResolution")
            if r.drafts:
                step.set("as", r.drafts[0])
            step.set("by", join_and(r.sponsors))
        notes = "".join(f". - {note}" for note in r.sponsor_notes)  # after the last name
        if r.additional_sponsors:
            _el(
                workflow,
                "step",
                date=_UNKNOWN_DATE,
                outcome="draftResolutionAdditionalSponsors",
                by=join_and(r.additional_sponsors) + notes,
            )
        elif notes and r.sponsors:
            step.set("by", join_and(r.sponsors) + notes)
        step = _el(workflow, "step", date=adopted, outcome="adopted")
        if r.record:
            step.set("as", r.record)
        step.set("by", "")

        if r.adoption_type:
            analysis = _el(meta, "analysis", source="#un")
            parliamentary = _el(analysis, "parliamentary")
            outcome = VOTING_OUTCOMES.get(r.adoption_type, r.adoption_type)
            voting = _el(parliamentary, "voting", outcome=outcome)
            _el(voting, "quorum", value="")
            if r.vote is not None:
                self._vote(voting, r.vote)

        refs = _el(meta, "references", source="#DGACM")
        for eid, tag, href, show in _TLC:
            _el(refs, tag, eId=eid, href=href, showAs=show)
        if r.committee:
            eid, show = _committee_ref(r.committee)
            _el(
                refs,
                "TLCOrganization",
                eId=eid,
                href=f"/akn/ontology/organization/un/{eid}",
                showAs=show,
            )

        if r.provenance:
            proprietary = _el(meta, "proprietary", source="#resolutionCli")
            for field, origin in r.provenance.items():
                item = etree.SubElement(proprietary, f"{{{RCLI_NS}}}provenance", field=field)
                item.text = origin

    def _vote(self, voting: etree._Element, vote: Vote) -> None:
        """The recorded vote as the UN writes it: a ``count`` per kind, with its value
        and its States (``akn4un:voters``); a kind with no State and a count of 0 (or,
        for the non-voting, None) is left out, as in the UN's files."""
        kinds = (
            ("inFavour", vote.in_favour, vote.in_favour_states),
            ("against", vote.against, vote.against_states),
            ("abstaining", vote.abstaining, vote.abstaining_states),
            ("nonVoting", vote.non_voting, vote.non_voting_states),
        )
        for kind, value, states in kinds:
            if not states and value in (None, 0) and (kind != "nonVoting" or value is None):
                continue
            count = _el(voting, "count", refersTo=kind)
            if value is not None:
                count.set("value", str(value))
            voters = etree.SubElement(
                count,
                f"{{{AKN4UN_NS}}}voters",
                nsmap={"akn4un": AKN4UN_NS},
            )
            for state in states:
                _el(voters, "organization", state, refersTo="memberState")

    def cover_page(self, root: etree._Element) -> None:
        r = self.r
        cover = _el(root, "coverPage", eId="coverPage_1")
        p = _el(cover, "p")
        span = _el(p, "span", refersTo="#publisher", class_="upperLeft")
        _el(span, "docAuthority", "United Nations", refersTo="#publisher")
        _el(_el(cover, "p", class_="upperRight"), "docNumber", r.symbol, refersTo="#symbol")
        _el(_el(cover, "p"), "docAuthority", r.organ, refersTo="#issuingBody", class_="rightBig")
        if r.distribution:
            _el(
                _el(cover, "p"),
                "docStatus",
                distribution_line(r),
                refersTo="#generalDistribution",
                class_="rightSmall",
            )
        if r.issued:
            _el(
                _el(cover, "p"),
                "docDate",
                issued_line(r),
                date=r.issued.isoformat(),
                class_="rightSmall",
                refersTo="#dateOfIssuance",
            )
        if r.session is not None or r.session_name:
            _el(
                _el(cover, "p"),
                "session",
                r.session_name,
                refersTo="#generalAssembly",
                value="" if r.session is None else str(r.session),
                eId="coverPage_1__session_1",
            )
        for line in agenda_cover_lines(r):
            _el(_el(cover, "p"), "inline", line, name="agenda item")
        for item in r.agenda_items:
            _el(_el(cover, "p"), "inline", item.title, name="agenda item name")
        if adopted_line(r):
            _el(_el(cover, "p"), "docTitle", adopted_line(r))
        if r.committee or r.drafts:
            eid, _ = _committee_ref(r.committee)
            proponent = _el(_el(cover, "p"), "docProponent", refersTo=f"#{eid}")
            proponent.text = f"[{r.committee}"
            if r.drafts:
                proponent.text += " (" if r.committee else "("
                inline = _el(proponent, "inline", join_and(r.drafts), name="originating document")
                inline.tail = ")]"
            else:
                proponent.text += "]"

    def preface(self, root: etree._Element) -> None:
        p = _el(_el(root, "preface"), "p")
        _el(p, "docNumber", f"{self.r.number}." if self.r.number else "")
        _el(p, "docTitle", self.r.title, refersTo="#resolutionTitle")
        cited = {n for clause in self.r.clauses for n in clause.footnote_numbers()}
        for footnote in self.r.footnotes:
            if footnote.number not in cited:  # e.g. a footnote on the title or a heading
                self.note(p, footnote.number)

    def preamble(self, root: etree._Element) -> None:
        preamble = _el(root, "preamble")
        formula = _el(preamble, "formula", name="enactingFormula", eId="formula_1")
        words = self.r.enacting_formula
        core = words.rstrip(",.:; ")
        p = _el(formula, "p")
        if core:
            _el(p, "span", core, class_="italic").tail = words[len(core) :] or None
        else:
            p.text = words
        for index, clause in enumerate(self.r.preamble, start=2):
            if clause.headings:
                self.headings += 1
                block = _el(preamble, "blockContainer", eId=f"blockContainer_{self.headings}")
                for heading in clause.headings:
                    _el(block, "crossHeading", heading)
            container = _el(preamble, "container", name=clause.lead, eId=f"container_{index}")
            self.inline(_el(container, "p"), clause.text, clause.markers, _italic_lead(clause))
            if clause.subparagraphs or clause.wrap_up:
                self._block_list(container, f"container_{index}", clause)

    def main_body(self, root: etree._Element) -> None:
        body = _el(root, "mainBody")
        self._paragraphs(body, self.r.operative, "")
        self._sections(body)

    def _sections(self, body: etree._Element) -> None:
        """Sections as the UN writes them: a ``section`` each, its number, its heading
        lines (``subheading``), its preambular clauses (``crossHeading`` referring to
        the preamble), then its paragraphs; "II.A" is section A inside section II."""
        written: dict[str, etree._Element] = {}
        for index, section in enumerate(self.r.sections, start=1):
            outer, _, inner = section.num.rpartition(".")
            parent = written.get(outer, body) if outer else body
            eid = f"section_{index}"
            element = _el(parent, "section", eId=eid)
            written[section.num] = element
            _el(element, "num", inner or section.num)
            for line in section.heading:
                _el(element, "subheading", line)
            for clause in section.preamble:
                for line in clause.headings:  # read back as the headings of the clause
                    _el(element, "subheading", line)
                cross = _el(element, "crossHeading", refersTo="#preamble")
                self.inline(cross, clause.text, clause.markers, _italic_lead(clause))
            self._paragraphs(element, section.operative, f"{eid}__")

    def _paragraphs(self, body: etree._Element, clauses: tuple[Clause, ...], prefix: str) -> None:
        for clause in clauses:
            eid = f"{prefix}para_{clause.position}"
            if clause.headings:
                heading = _el(body, "paragraph", eId=f"{eid}__heading", class_="H23")
                for text in clause.headings:
                    _el(heading, "subheading", text)
            self._paragraph(body, eid, clause)

    def _block_list(self, container: etree._Element, eid: str, clause: Clause) -> None:
        """Sub-paragraphs of a preambular clause (rare): a blockList inside its container."""
        block = _el(container, "blockList", eId=f"{eid}__list")
        for index, sub in enumerate(clause.subparagraphs, start=1):
            item = _el(block, "item", eId=f"{eid}__list__item_{index}")
            _el(item, "num", sub.num)
            self._sub_headings(item, sub)
            self.inline(_el(item, "p"), sub.text, sub.markers)
        if clause.wrap_up and clause.subparagraphs:  # read back as the clause's wrap_up
            self.inline(_el(block, "listWrapUp"), clause.wrap_up)
        elif clause.wrap_up:
            self.inline(_el(container, "p", class_="wrapUp"), clause.wrap_up)

    def _list(
        self,
        parent: etree._Element,
        eid: str,
        clause: Clause,
    ) -> None:
        lst = _el(parent, "list", eId=f"{eid}__list")
        intro = _el(lst, "intro", eId=f"{eid}__list__intro")
        self.inline(_el(intro, "p"), clause.text, clause.markers, _italic_lead(clause))
        self._points(lst, f"{eid}__list", clause.subparagraphs)
        if clause.wrap_up:
            wrap = _el(lst, "wrapUp", eId=f"{eid}__list__wrapUp")
            self.inline(_el(wrap, "p"), clause.wrap_up)

    @staticmethod
    def _sub_headings(parent: etree._Element, sub: SubParagraph) -> None:
        """The heading lines printed before a sub-paragraph, as the ``heading`` and
        ``subheading`` of its point (read back as its headings); AKN has room for two,
        so a third line and more join the subheading."""
        if sub.headings:
            _el(parent, "heading", sub.headings[0])
        if len(sub.headings) > 1:
            _el(parent, "subheading", " ".join(sub.headings[1:]))

    def _points(self, lst: etree._Element, eid: str, subs: tuple[SubParagraph, ...]) -> None:
        """One ``point`` per sub-paragraph; a ``sublist`` after a point holds its own."""
        used: set[str] = set()
        for index, sub in enumerate(subs, start=1):
            slug = _slug(sub.num)
            if not slug or slug in used:
                slug = f"{slug}{index}"
            used.add(slug)
            pid = f"{eid}__point_{slug}"
            point = _el(lst, "point", eId=pid)
            _el(point, "num", sub.num)
            self._sub_headings(point, sub)
            content = _el(point, "content", eId=f"{pid}__content")
            self.inline(_el(content, "p"), sub.text, sub.markers)
            if sub.subparagraphs:
                sublist = _el(lst, "sublist", eId=f"{pid}__sublist")
                self._points(sublist, f"{pid}__sublist", sub.subparagraphs)
                if sub.wrap_up:
                    wrap = _el(sublist, "wrapUp", eId=f"{pid}__sublist__wrapUp")
                    self.inline(_el(wrap, "p"), sub.wrap_up)
            elif sub.wrap_up:  # no place of its own without nested sub-paragraphs
                self.inline(_el(content, "p", class_="wrapUp"), sub.wrap_up)

    def conclusions(self, root: etree._Element) -> None:
        r = self.r
        if r.meeting is None and r.adopted is None:
            return
        p = _el(_el(root, "conclusions", eId="conclusions"), "p")
        if r.meeting is not None:
            inline = _el(p, "inline", r.meeting.name, name="adoptionMeeting")
            if r.meeting.number is not None:
                inline.set("title", _ordinal(r.meeting.number))
            _el(p, "eol")
        if r.adopted is not None:
            _el(
                p,
                "docDate",
                adopted_date_line(r),
                date=r.adopted.isoformat(),
                refersTo="#adoptionDate",
            )

    # -- annexes (issue 9) ------------------------------------------------------------------

    def attachments(self, parent: etree._Element, annexes: tuple[Annex, ...], uri: str) -> None:
        """One ``attachment/doc`` per annex, as the reader reads it back (see readers.akn)."""
        if not annexes:
            return
        holder = _el(parent, "attachments")
        for annex in annexes:
            self.annexes += 1
            eid = f"annex_{self.annexes}"
            word = (annex.label.split() or ["annex"])[0].lower()
            doc = _el(_el(holder, "attachment"), "doc", name=word)
            self.annex_meta(doc, f"{uri}/{word}{annex.num}")
            p = _el(_el(doc, "preface"), "p")
            _el(p, "docType", annex.label)
            for line in annex.title:
                _el(p, "docTitle", line)
            if annex.preamble:
                preamble = _el(doc, "preamble")
                for index, clause in enumerate(annex.preamble, start=1):
                    if clause.headings:
                        self.headings += 1
                        block = _el(
                            preamble, "blockContainer", eId=f"blockContainer_{self.headings}"
                        )
                        for heading in clause.headings:
                            _el(block, "crossHeading", heading)
                    cid = f"{eid}__container_{index}"
                    container = _el(preamble, "container", name=clause.lead, eId=cid)
                    self.inline(
                        _el(container, "p"), clause.text, clause.markers, _italic_lead(clause)
                    )
                    if clause.subparagraphs or clause.wrap_up:
                        self._block_list(container, cid, clause)
            body = _el(doc, "mainBody")
            unnumbered = 0
            for index, clause in enumerate(annex.body, start=1):
                for number, heading in enumerate(clause.headings, start=1):
                    head = _el(body, "paragraph", eId=f"{eid}__para_{index}__heading_{number}")
                    _el(head, "subheading", heading)
                if clause.num is None:
                    unnumbered += 1
                    pid = f"{eid}__para_{index}__u{unnumbered}"  # read back as a clause of its own
                else:
                    pid = f"{eid}__para_{index}"
                self._paragraph(body, pid, clause)
            for number, line in enumerate(annex.trailing, start=1):
                _el(_el(body, "paragraph", eId=f"{eid}__trailing_{number}"), "subheading", line)
            if not len(body):  # the schema wants one element: an empty heading, read as nothing
                _el(_el(body, "paragraph", eId=f"{eid}__empty"), "subheading", "")
            self.attachments(doc, annex.annexes, f"{uri}/{word}{annex.num}")

    def annex_meta(self, doc: etree._Element, uri: str) -> None:
        """The ``meta`` a ``doc`` requires: its FRBR identification, as the UN writes it."""
        self.identification(
            _el(doc, "meta"), uri, f"{uri}/{self.language}@", f"{uri}/{self.language}@.xml"
        )

    def identification(self, meta: etree._Element, work: str, expr: str, manif: str) -> None:
        """The FRBR Work, Expression and Manifestation, whose ``FRBRthis`` are the three
        values given; the rest (dates, authors, uris) are the resolution's."""
        r = self.r
        adopted = r.adopted.isoformat() if r.adopted else _UNKNOWN_DATE
        issued = r.issued.isoformat() if r.issued else adopted
        base = work_uri(r).rpartition("/")[0] + "/"
        ident = _el(meta, "identification", source="#DGACM")
        level = _el(ident, "FRBRWork")
        _el(level, "FRBRthis", value=work)
        _el(level, "FRBRuri", value=base)
        _el(level, "FRBRdate", date=adopted, name="adoption")
        _el(level, "FRBRauthor", href="#ga", as_="#author")
        _el(level, "FRBRcountry", value="un")
        level = _el(ident, "FRBRExpression")
        _el(level, "FRBRthis", value=expr)
        _el(level, "FRBRuri", value=f"{base}{self.language}@/")
        _el(level, "FRBRdate", date=issued, name="publication")
        _el(level, "FRBRauthor", href="#ga", as_="#issuer")
        _el(level, "FRBRlanguage", language=self.language)
        level = _el(ident, "FRBRManifestation")
        _el(level, "FRBRthis", value=manif)
        _el(level, "FRBRuri", value=f"{base}{self.language}@.xml")
        _el(level, "FRBRdate", date=issued, name="markup")
        _el(level, "FRBRauthor", href="#resolutionCli", as_="#editor")

    def _paragraph(self, body: etree._Element, eid: str, clause: Clause) -> None:
        """One ``paragraph`` (of the main body or of an annex): ``num``, then its text or
        its list; a wrap-up without sub-paragraphs is a second ``p``."""
        para = _el(body, "paragraph", eId=eid)
        if clause.num is not None:
            _el(para, "num", clause.num)
        if clause.subparagraphs:
            self._list(para, eid, clause)
        else:
            content = _el(para, "content", eId=f"{eid}__content")
            self.inline(_el(content, "p"), clause.text, clause.markers, _italic_lead(clause))
            if clause.wrap_up:
                self.inline(_el(content, "p", class_="wrapUp"), clause.wrap_up)


def _slug(num: str) -> str:
    """An eId-safe form of a sub-paragraph label: '(a)' -> 'a'."""
    return re.sub(r"[^0-9A-Za-z]+", "", num)


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def document(resolution: Resolution) -> etree._ElementTree:
    """The AKN4UN document of ``resolution``."""
    root = etree.Element(
        _A + "akomaNtoso",
        nsmap={None: AKN_NS, "rcli": RCLI_NS},  # type: ignore[dict-item]
    )
    statement = _el(root, "statement", name="resolution")
    writer = _Writer(resolution)
    writer.meta(statement)
    writer.cover_page(statement)
    writer.preface(statement)
    writer.preamble(statement)
    writer.main_body(statement)
    writer.conclusions(statement)
    writer.attachments(statement, resolution.annexes, work_uri(resolution))
    return etree.ElementTree(root)


def to_bytes(resolution: Resolution) -> bytes:
    """The AKN4UN document of ``resolution``, serialized (UTF-8, with a declaration)."""
    tree = document(resolution)
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def render(view: View, out: TextIO, term: Terminal) -> None:
    """Write the resolution of a Document view as AKN4UN XML (see :func:`whole`)."""
    draw(view, "akn", out, term)


def whole(view: Document, out: TextIO, term: Terminal) -> None:
    """Write the whole resolution as AKN4UN XML."""
    out.write(to_bytes(view.resolution).decode("utf-8"))


def selection(view: Clauses, out: TextIO, term: Terminal) -> None:
    """Refused: an AKN document of a few clauses would number them anew and misstate the
    resolution; only the whole resolution is written."""
    raise UnsupportedView(
        "akn", "a selection of clauses", "it for the whole resolution ('show' with no REF)"
    )
