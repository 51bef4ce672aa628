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

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "AgendaItem",
    "Clause",
    "Footnote",
    "FootnoteRef",
    "Meeting",
    "Part",
    "Resolution",
    "SubParagraph",
]


class _Frozen(BaseModel):
    """Base of every model class: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


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
    """A lettered or numbered sub-paragraph of an operative paragraph: (a), (b), (i), ..."""

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


class Clause(_Frozen):
    """A preambular clause (PPn) or an operative paragraph (OPn)."""

    id: Annotated[str, Field(description="Its citation id: 'PP1'..'PPn' or 'OP1'..'OPn'.")]
    part: Annotated[Part, Field(description="'preambular' or 'operative'.")]
    number: Annotated[int, Field(description="Its position within its part, from 1.")]
    num: Annotated[
        str | None,
        Field(
            description=(
                "Its number as printed, e.g. '1.' (numbers restart in headed sections); "
                "None when it is printed without one, as every preambular clause is."
            )
        ),
    ] = None
    verb: Annotated[
        str,
        Field(description="Its lead phrase, e.g. 'Recalling also', 'Welcomes' ('' if none)."),
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

    def all_text(self) -> str:
        """Its text with the text of every sub-paragraph, one per line, labels included."""
        lines = [self.text]

        def walk(subs: tuple[SubParagraph, ...]) -> None:
            for sub in subs:
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


class Resolution(_Frozen):
    """A General Assembly resolution: its metadata, clauses and footnotes."""

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
    footnotes: Annotated[tuple[Footnote, ...], Field(description="Footnotes, in order.")] = ()
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
    work_uri: Annotated[
        str | None,
        Field(description="Akoma Ntoso work URI, e.g. '/akn/un/statement/deliberation/...'."),
    ] = None
    provenance: Annotated[
        dict[str, str],
        Field(
            description=("Where facts not printed in the source come from: field name -> origin.")
        ),
    ] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        """Ids, parts and numbers follow the order of the clauses; markers stand in their text."""
        for field, part in (("preamble", Part.PREAMBULAR), ("operative", Part.OPERATIVE)):
            for index, clause in enumerate(getattr(self, field)):
                expected = f"{part.prefix}{index + 1}"
                if (clause.id, clause.part, clause.number) != (expected, part, index + 1):
                    raise ValueError(
                        f"{field}.{index}: id {clause.id!r}, part {clause.part.value!r} and number "
                        f"{clause.number} should be {expected!r}, {part.value!r} and {index + 1} "
                        "(they follow the order of the clauses)"
                    )
                _check_markers(f"{field}.{index}", clause.text, clause.markers)
                _check_subparagraphs(f"{field}.{index}", clause.subparagraphs)
        numbers = [note.number for note in self.footnotes]
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"footnotes: a footnote number is used twice ({numbers})")
        return self

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Every clause in document order: the preamble, then the operative part."""
        return self.preamble + self.operative

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
