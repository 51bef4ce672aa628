"""The model of a General Assembly resolution (pydantic v2, immutable).

The model holds what the printed document says and nothing else: it does no
I/O (the readers build it) and no selection (``query`` does). Every text field
holds the words exactly as published, with markup removed; footnote markers are
never part of a text, their positions are data (:class:`FootnoteRef`).
"""

# No ``from __future__ import annotations`` here: pydantic would have to evaluate
# every annotation string when the classes are made, which costs start-up time.

from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

__all__ = [
    "AgendaItem",
    "Annex",
    "Clause",
    "Footnote",
    "FootnoteRef",
    "Meeting",
    "Part",
    "PrintedLines",
    "Resolution",
    "Section",
    "SubParagraph",
    "Vote",
]


class _Frozen(BaseModel):
    """Base of every model class: immutable, and strict about unknown fields."""

    # An attribute may be named apart from its JSON key, which is part of the stable
    # output and stays as first published (``Clause.lead`` is saved as "verb"). Both
    # the name and the key are accepted when a model is built; the JSON, its Schema
    # and model_dump() use the key.
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        defer_build=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )


def _empty(value: object) -> bool:
    """Whether an optional field added after the first release is empty.

    Such fields (sections, annexes, the vote, a clause's section/annex/article) are
    left out of the JSON while empty, so a resolution that has none of them
    serialises byte for byte as it did before they existed.
    """
    return value is None or value == ()


class Part(StrEnum):
    """The part of a resolution a clause belongs to."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"

    @property
    def prefix(self) -> str:
        """The citation prefix of the part: ``PP`` or ``OP``."""
        return "PP" if self is Part.PREAMBULAR else "OP"


class FootnoteRef(_Frozen):
    """A footnote marker inside a text."""

    number: Annotated[int, Field(description="The footnote's number, as printed in the marker.")]
    offset: Annotated[
        int,
        Field(
            description=(
                "Where the marker stands: the number of characters of the text that come "
                "before it (the marker follows text[offset - 1])."
            ),
        ),
    ]


class SubParagraph(_Frozen):
    """A lettered or numbered sub-paragraph of a clause: (a), (b), (i), ..."""

    num: Annotated[str, Field(description="Its label as printed, e.g. '(a)' or '(ii)'.")]
    text: Annotated[str, Field(description="Its text as published, without the label.")]
    markers: Annotated[
        tuple[FootnoteRef, ...], Field(description="The footnote markers in its text.")
    ] = ()
    subparagraphs: Annotated[
        tuple["SubParagraph", ...], Field(description="Nested sub-paragraphs, e.g. (i), (ii).")
    ] = ()
    wrap_up: Annotated[
        str | None,
        Field(description="Text printed after the nested sub-paragraphs, if any."),
    ] = None
    headings: Annotated[
        tuple[str, ...],
        Field(
            description=(
                "Heading lines printed before it, inside the run of its clause's "
                "sub-paragraphs ('A. Build economic resilience' before '(a)'); left out "
                "while empty."
            ),
            exclude_if=_empty,
        ),
    ] = ()


class Clause(_Frozen):
    """A preambular clause (PPn) or an operative paragraph (OPn), in the resolution,
    in one of its sections, or in one of its annexes."""

    # (A comment, not the docstring: the docstring is the JSON Schema's description.)
    # Two attributes are named apart from their stable JSON keys: ``lead`` is saved as
    # "verb" (it holds the whole lead phrase, not only its verb), and ``position`` as
    # "number" (its position in its part; the number as printed is ``num``).

    id: Annotated[
        str,
        Field(
            description=(
                "Its citation id, unique in the resolution: 'PP1'..'PPn' (by position) and "
                "'OPn' (n the number printed with the paragraph; 'OP.u1', 'OP.u2' for one "
                "printed without a number among numbered ones, 'OPn_2' for a number "
                "printed again); in a section, the section's number first ('II.PP1', "
                "'II.OP5', 'II.OP.u1'); in an annex, 'annex.12', "
                "'annexII.3', 'annex.art5.2', 'annex.PP1' (see the README's REF table)."
            )
        ),
    ]
    part: Annotated[Part, Field(description="'preambular' or 'operative'.")]
    position: Annotated[
        int,
        Field(
            alias="number",
            description="Its position within its part (of its section or annex), from 1.",
        ),
    ]
    num: Annotated[
        str | None,
        Field(
            description=(
                "Its number as printed, e.g. '1.' (numbers restart in headed sections); "
                "None when it is printed without one, as every preambular clause is."
            )
        ),
    ] = None
    lead: Annotated[
        str,
        Field(
            alias="verb",
            description="Its lead phrase, e.g. 'Recalling also', 'Welcomes' ('' if none).",
        ),
    ]
    text: Annotated[
        str,
        Field(
            description=(
                "Its full text as published: the lead phrase included, the closing "
                "punctuation kept, markup and footnote markers removed. For an operative "
                "paragraph with sub-paragraphs, the text before them."
            )
        ),
    ]
    markers: Annotated[
        tuple[FootnoteRef, ...], Field(description="The footnote markers in its text, in order.")
    ] = ()
    subparagraphs: Annotated[
        tuple[SubParagraph, ...], Field(description="Its sub-paragraphs (a), (b), ... in order.")
    ] = ()
    wrap_up: Annotated[
        str | None,
        Field(description="Text printed after its sub-paragraphs, if any."),
    ] = None
    headings: Annotated[
        tuple[str, ...],
        Field(description="Headings printed just before this clause (headed sections), in order."),
    ] = ()
    section: Annotated[
        str | None,
        Field(
            description="The printed number of its section ('I', 'A'); None outside sections.",
            exclude_if=_empty,
        ),
    ] = None
    annex: Annotated[
        str | None,
        Field(
            description=(
                "None outside annexes; else the printed number of its annex ('I', 'II'), or "
                "'' for a lone unnumbered 'Annex'. In an annex inside an annex, the outer "
                "number, a dot and the inner label's key (e.g. 'I.appendix')."
            ),
            exclude_if=_empty,
        ),
    ] = None
    article: Annotated[
        str | None,
        Field(
            description="In an annex, the number of the article it belongs to ('5'), if any.",
            exclude_if=_empty,
        ),
    ] = None

    lead_inferred: Annotated[
        bool,
        Field(
            description=(
                "True when its lead phrase ('verb') is not printed in italics but taken from "
                "the lexicon of lead phrases (an annex that prints no italics at all); "
                "left out while false."
            ),
            exclude_if=lambda value: value is False,
        ),
    ] = False

    def all_text(self) -> str:
        """Its text with the text of every sub-paragraph, one per line, labels included
        (and the heading lines printed inside the run of sub-paragraphs, in place)."""
        lines = [self.text]

        def walk(subs: tuple[SubParagraph, ...]) -> None:
            for sub in subs:
                lines.extend(sub.headings)
                lines.append(f"{sub.num} {sub.text}")
                walk(sub.subparagraphs)
                if sub.wrap_up:
                    lines.append(sub.wrap_up)

        walk(self.subparagraphs)
        if self.wrap_up:
            lines.append(self.wrap_up)
        return "\n".join(line for line in lines if line)

    def footnote_numbers(self) -> tuple[int, ...]:
        """Every footnote it cites, in its own text and in its sub-paragraphs, in order."""
        found: list[int] = [ref.number for ref in self.markers]

        def walk(subs: tuple[SubParagraph, ...]) -> None:
            for sub in subs:
                found.extend(ref.number for ref in sub.markers)
                walk(sub.subparagraphs)

        walk(self.subparagraphs)
        return tuple(dict.fromkeys(found))


class Footnote(_Frozen):
    """A footnote printed at the foot of a page."""

    number: Annotated[int, Field(description="Its number.")]
    text: Annotated[str, Field(description="Its text as published, markup removed.")]


class AgendaItem(_Frozen):
    """An item of the session's agenda under which the resolution was adopted."""

    number: Annotated[str, Field(description="Its number as printed, e.g. '64' or '128 (a)'.")]
    title: Annotated[
        str, Field(description="Its title, e.g. 'Peacebuilding and sustaining peace'.")
    ]


class Meeting(_Frozen):
    """The plenary meeting at which the resolution was adopted."""

    name: Annotated[str, Field(description="As printed, e.g. '59th plenary meeting'.")]
    number: Annotated[int | None, Field(description="Its number, e.g. 59.")] = None


class Section(_Frozen):
    """A section of a resolution (I, II, ... or A, B, ...), whose numbers restart.

    Budget and omnibus resolutions print sections, each with its number, heading
    lines, often its own preambular clauses, and operative paragraphs numbered
    again from 1. Its clauses carry ``section`` = ``num``.
    """

    num: Annotated[str, Field(description="Its number as printed, without a dot: 'I', 'A'.")]
    heading: Annotated[
        tuple[str, ...],
        Field(description="Its heading lines as printed, after the number, in order."),
    ] = ()
    preamble: Annotated[tuple[Clause, ...], Field(description="Its preambular clauses.")] = ()
    operative: Annotated[tuple[Clause, ...], Field(description="Its operative paragraphs.")] = ()

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Its clauses in document order."""
        return self.preamble + self.operative


class Annex(_Frozen):
    """An annex (or an annex to an annex, an appendix), as printed after the resolution.

    Its clauses carry ``annex`` (see :class:`Clause`); its footnotes are the
    resolution's, numbered on.
    """

    num: Annotated[
        str,
        Field(description="Its number as printed ('I', 'II'), or '' for a lone 'Annex'."),
    ]
    label: Annotated[
        str, Field(description="Its label as printed: 'Annex', 'Annex II', 'Appendix'.")
    ]
    title: Annotated[
        tuple[str, ...], Field(description="Its title lines as printed, in order.")
    ] = ()
    preamble: Annotated[
        tuple[Clause, ...],
        Field(description="Its own preambular clauses (a declaration's or a convention's)."),
    ] = ()
    body: Annotated[
        tuple[Clause, ...],
        Field(
            description=(
                "Its paragraphs as printed, numbered or not, tables kept as text; headings "
                "(chapter, part, article headings) are the 'headings' of the clause after them."
            )
        ),
    ] = ()
    trailing: Annotated[
        tuple[str, ...],
        Field(description="Lines printed after its last paragraph (headings, notes), if any."),
    ] = ()
    annexes: Annotated[
        tuple["Annex", ...], Field(description="Annexes inside it (appendices), in order.")
    ] = ()

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Its clauses in document order, those of the annexes inside it last."""
        inner = tuple(c for annex in self.annexes for c in annex.clauses)
        return self.preamble + self.body + inner


class Vote(_Frozen):
    """A recorded vote: its counts and how each State voted."""

    # (A comment, not the docstring: the docstring is the JSON Schema's description.)
    # The counts and the lists of States share their stems (``in_favour`` and
    # ``in_favour_states``, ...). The lists keep their stable JSON keys "yes", "no",
    # "abstain" and "absent", the words ``votes --vote`` takes (see :meth:`states`).

    in_favour: Annotated[int | None, Field(description="How many voted in favour.")] = None
    against: Annotated[int | None, Field(description="How many voted against.")] = None
    abstaining: Annotated[int | None, Field(description="How many abstained.")] = None
    non_voting: Annotated[
        int | None, Field(description="How many did not vote, where the file records it.")
    ] = None
    in_favour_states: Annotated[
        tuple[str, ...], Field(alias="yes", description="The States in favour.")
    ] = ()
    against_states: Annotated[
        tuple[str, ...], Field(alias="no", description="The States against.")
    ] = ()
    abstaining_states: Annotated[
        tuple[str, ...], Field(alias="abstain", description="The States abstaining.")
    ] = ()
    non_voting_states: Annotated[
        tuple[str, ...], Field(alias="absent", description="The States not voting.")
    ] = ()

    def states(self, kind: str) -> tuple[str, ...]:
        """The States that voted ``kind``: 'yes', 'no', 'abstain' or 'absent' (the JSON keys)."""
        return {
            "yes": self.in_favour_states,
            "no": self.against_states,
            "abstain": self.abstaining_states,
            "absent": self.non_voting_states,
        }[kind]


class PrintedLines(_Frozen):
    """The lines of the cover page and the closing as a version in another language
    prints them, where the tool would otherwise write them from the fields in
    English words ("Distr.: General", "16 April 2021", "Agenda item 64", "Resolution
    adopted by the General Assembly on ..."). Read from AKN files not in English."""

    distribution: Annotated[
        str | None, Field(description="The distribution line, e.g. 'Distr. générale'.")
    ] = None
    issued: Annotated[
        str | None, Field(description="The date of issue, e.g. '18 décembre 2020'.")
    ] = None
    agenda: Annotated[
        tuple[str, ...],
        Field(description="The agenda item lines, e.g. 'Point 57 de l’ordre du jour'."),
    ] = ()
    adopted_line: Annotated[
        str | None,
        Field(description="'Résolution adoptée par l’Assemblée générale le 10 décembre 2020'."),
    ] = None
    adopted: Annotated[
        str | None, Field(description="The date of adoption under the meeting line.")
    ] = None


class Resolution(_Frozen):
    """A General Assembly resolution: its metadata, clauses, sections, annexes and footnotes."""

    symbol: Annotated[str, Field(description="Document symbol, e.g. 'A/RES/75/272'.")]
    number: Annotated[str, Field(description="Resolution number, e.g. '75/272'.")]
    title: Annotated[str, Field(description="Title, as printed after the number.")]
    organ: Annotated[str, Field(description="Adopting organ, e.g. 'General Assembly'.")] = (
        "General Assembly"
    )
    session: Annotated[int | None, Field(description="Session number, e.g. 75.")] = None
    session_name: Annotated[
        str, Field(description="Session as printed, e.g. 'Seventy-fifth session'.")
    ] = ""
    agenda_items: Annotated[
        tuple[AgendaItem, ...], Field(description="Agenda items, in order.")
    ] = ()
    distribution: Annotated[str, Field(description="Distribution, e.g. 'General'.")] = ""
    issued: Annotated[date | None, Field(description="Date of issue of the document.")] = None
    adopted: Annotated[date | None, Field(description="Date of adoption.")] = None
    meeting: Annotated[Meeting | None, Field(description="The adoption meeting.")] = None
    committee: Annotated[
        str,
        Field(description="The committee line, e.g. 'without reference to a Main Committee'."),
    ] = ""
    drafts: Annotated[
        tuple[str, ...], Field(description="Symbols of the drafts adopted, e.g. 'A/75/L.72'.")
    ] = ()
    enacting_formula: Annotated[
        str, Field(description="The enacting formula, e.g. 'The General Assembly,'.")
    ] = "The General Assembly,"
    preamble: Annotated[tuple[Clause, ...], Field(description="Preambular clauses PP1..PPn.")] = ()
    operative: Annotated[
        tuple[Clause, ...], Field(description="Operative paragraphs OP1..OPn.")
    ] = ()
    sections: Annotated[
        tuple[Section, ...],
        Field(
            description="Its sections, in order, after the clauses outside any section.",
            exclude_if=_empty,
        ),
    ] = ()
    annexes: Annotated[
        tuple[Annex, ...], Field(description="Its annexes, in order.", exclude_if=_empty)
    ] = ()
    footnotes: Annotated[
        tuple[Footnote, ...], Field(description="Footnotes, annexes' included, in order.")
    ] = ()
    adoption_type: Annotated[
        str | None, Field(description="How it was adopted, e.g. 'Without a vote'.")
    ] = None
    record: Annotated[
        str | None, Field(description="Symbol of the meeting record, e.g. 'A/75/PV.59'.")
    ] = None
    sponsors: Annotated[tuple[str, ...], Field(description="Sponsors of the draft.")] = ()
    additional_sponsors: Annotated[
        tuple[str, ...], Field(description="Additional sponsors of the draft.")
    ] = ()
    sponsor_notes: Annotated[
        tuple[str, ...],
        Field(
            description=(
                "Notes printed in a sponsor line after its last name ('Philippines was "
                "removed from the list of sponsors of the draft resolution'), kept apart "
                "from the names; left out while empty."
            ),
            exclude_if=_empty,
        ),
    ] = ()
    printed: Annotated[
        PrintedLines | None,
        Field(
            description=(
                "The cover and closing lines as a version in another language prints them; "
                "left out for English, whose lines the fields give."
            ),
            exclude_if=_empty,
        ),
    ] = None
    vote: Annotated[
        Vote | None,
        Field(description="The recorded vote, when it was adopted by one.", exclude_if=_empty),
    ] = None
    work_uri: Annotated[
        str | None,
        Field(description="Akoma Ntoso work URI, e.g. '/akn/un/statement/deliberation/...'."),
    ] = None
    lang: Annotated[
        str | None,
        Field(
            description=(
                "The language of this version, ISO 639-1 ('en', 'fr', 'es', 'ru', 'ar', "
                "'zh'), from the AKN file's FRBRExpression/FRBRlanguage; None when the "
                "source does not say it (left out of the JSON while None)."
            ),
            exclude_if=_empty,
        ),
    ] = None
    provenance: Annotated[
        dict[str, str],
        Field(
            description=("Where facts not printed in the source come from: field name -> origin.")
        ),
    ] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        """Ids, parts and numbers follow the order of the clauses; markers stand in their text.

        Outside sections and annexes, preambular ids are PPn by position; operative ids
        follow the printed numbers (``OP.u1`` for one printed without a number among
        numbered ones); every id is unique.
        """
        for field, part in (("preamble", Part.PREAMBULAR), ("operative", Part.OPERATIVE)):
            for index, clause in enumerate(getattr(self, field)):
                expected = f"{part.prefix}{index + 1}"
                if part is Part.OPERATIVE:
                    expected = clause.id  # operative ids follow printed numbers (OP.u1: none)
                if (clause.id, clause.part, clause.position) != (expected, part, index + 1):
                    raise ValueError(
                        f"{field}.{index}: id {clause.id!r}, part {clause.part.value!r} and number "
                        f"{clause.position} should be {expected!r}, {part.value!r} and {index + 1} "
                        "(they follow the order of the clauses)"
                    )
                if clause.section is not None or clause.annex is not None:
                    raise ValueError(
                        f"{field}.{index}: {clause.id!r} is outside sections and annexes, "
                        "so its section and annex are null"
                    )
        for index, section in enumerate(self.sections):
            for clause in section.clauses:
                if clause.section != section.num or clause.annex is not None:
                    raise ValueError(
                        f"sections.{index}: clause {clause.id!r} should have section "
                        f"{section.num!r} and no annex"
                    )
        for index, annex in enumerate(self.annexes):
            for clause in annex.clauses:  # those of the annexes inside it too
                if clause.annex is None or clause.section is not None:
                    raise ValueError(
                        f"annexes.{index}: clause {clause.id!r} is in an annex, so its annex "
                        f"is set and its section is null (annex {clause.annex!r}, "
                        f"section {clause.section!r})"
                    )
        seen: set[str] = set()
        for index, clause in enumerate(self.clauses):
            if clause.id in seen:
                raise ValueError(f"clause {clause.id!r} is used twice (ids are unique)")
            seen.add(clause.id)
            _check_markers(f"clauses.{index}", clause.text, clause.markers)
            _check_subparagraphs(f"clauses.{index}", clause.subparagraphs)
        numbers = [note.number for note in self.footnotes]
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"footnotes: a footnote number is used twice ({numbers})")
        return self

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Every clause in document order: the preamble, the operative part, the
        sections' clauses, then the annexes' clauses."""
        return (
            self.preamble
            + self.operative
            + tuple(c for section in self.sections for c in section.clauses)
            + tuple(c for annex in self.annexes for c in annex.clauses)
        )

    def section(self, num: str) -> Section | None:
        """The section with that printed number (any case), if there is one."""
        for section in self.sections:
            if section.num.casefold() == num.casefold():
                return section
        return None

    def footnote(self, number: int) -> Footnote | None:
        """The footnote with that number, if there is one."""
        for note in self.footnotes:
            if note.number == number:
                return note
        return None


def _check_markers(where: str, text: str, markers: tuple[FootnoteRef, ...]) -> None:
    for index, marker in enumerate(markers):
        if marker.offset > len(text):
            raise ValueError(
                f"{where}.markers.{index}: offset {marker.offset} is past the end of the text "
                f"({len(text)} characters)"
            )


def _check_subparagraphs(where: str, subs: tuple[SubParagraph, ...]) -> None:
    for index, sub in enumerate(subs):
        _check_markers(f"{where}.subparagraphs.{index}", sub.text, sub.markers)
        _check_subparagraphs(f"{where}.subparagraphs.{index}", sub.subparagraphs)
