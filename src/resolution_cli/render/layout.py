"""The printed layout shared by the text renderers (plain, rich, markdown).

Pure functions over the model: the header lines as the document prints them, the
order of the whole document (:func:`flow`), which headings print before which
cited clause (:func:`cited`: the one place of that rule), and the placing of
footnote markers at their offsets. The renderers only draw what these yield.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from resolution_cli.model import Annex, Clause, FootnoteRef, Resolution


def long_date(value: object) -> str:
    """'16 April 2021' for a date (the UN's style), '' for None."""
    if value is None:
        return ""
    day = getattr(value, "day", None)
    return f"{day} {value:%B %Y}" if day is not None else str(value)


def distribution_line(r: Resolution) -> str:
    """'Distr.: General', or the version's own line ('Distr. générale'); '' if none."""
    if r.printed is not None and r.printed.distribution:
        return r.printed.distribution
    return f"Distr.: {r.distribution}" if r.distribution else ""


def issued_line(r: Resolution) -> str:
    """The date of issue as printed: '18 December 2020', '18 décembre 2020'."""
    if r.printed is not None and r.printed.issued:
        return r.printed.issued
    return long_date(r.issued)


def agenda_lines(r: Resolution) -> tuple[str, ...]:
    """The version's own agenda item lines ('Point 57 de l’ordre du jour'); () for a
    version whose lines the fields give (English: 'Agenda item 57')."""
    return r.printed.agenda if r.printed is not None else ()


def agenda_cover_lines(r: Resolution) -> tuple[str, ...]:
    """The agenda item lines of the cover, before the items' titles: the version's own,
    else one English line ('Agenda item 57', 'Agenda items 139 and 151')."""
    if agenda_lines(r):
        return agenda_lines(r)
    if not r.agenda_items:
        return ()
    numbers = [item.number for item in r.agenda_items]
    word = "Agenda item" if len(numbers) == 1 else "Agenda items"
    return (f"{word} {join_and(numbers)}",)


def adopted_line(r: Resolution) -> str:
    """'Resolution adopted by the General Assembly on 16 April 2021', or the version's
    own; '' when the date is not known."""
    if r.printed is not None and r.printed.adopted_line:
        return r.printed.adopted_line
    return f"Resolution adopted by the {r.organ} on {long_date(r.adopted)}" if r.adopted else ""


def adopted_date_line(r: Resolution) -> str:
    """The date under the meeting line that closes the resolution, as printed; a version
    in another language that prints none has none (never one written in English)."""
    if r.printed is not None:
        return r.printed.adopted or ""
    return long_date(r.adopted)


def header_lines(resolution: Resolution) -> list[str]:
    """The header as printed, one line per item: organ, distribution, session, ..."""
    r = resolution
    lines = [r.symbol, r.organ, distribution_line(r), issued_line(r), r.session_name]
    agenda = agenda_lines(r)  # a version in another language: its own words
    if agenda:
        lines += [*agenda, *(item.title for item in r.agenda_items)]
    for item in () if agenda else r.agenda_items:
        lines.append(f"Agenda item {item.number}")
        if item.title:
            lines.append(item.title)
    lines.append(adopted_line(r))
    committee = committee_line(r)
    if committee:
        lines.append(committee)
    return [line for line in lines if line]


def committee_line(resolution: Resolution) -> str:
    """'[without reference to a Main Committee (A/75/L.72 and A/75/L.72/Add.1)]'."""
    drafts = join_and(resolution.drafts)
    if resolution.committee and drafts:
        return f"[{resolution.committee} ({drafts})]"
    if resolution.committee:
        return f"[{resolution.committee}]"
    return f"[{drafts}]" if drafts else ""


def title_line(resolution: Resolution) -> str:
    """'75/272. Role of the United Nations ...'."""
    if resolution.number:
        return f"{resolution.number}. {resolution.title}"
    return resolution.title


def closing_lines(resolution: Resolution) -> list[str]:
    """The meeting line and the date that close the resolution."""
    if resolution.meeting is None:
        return []
    return [line for line in (resolution.meeting.name, adopted_date_line(resolution)) if line]


class Heading(NamedTuple):
    """Lines the document prints between clauses, as a heading or a closing.

    ``section``: a section's number and heading lines ("II", "Special political
    missions"); ``closing``: the meeting line and date; ``annex``: an annex's label
    and title lines ("Annex I", "Declaration on ..."); ``trailing``: the lines
    printed after an annex's last paragraph; ``place``: the labels of the annexes a
    cited clause stands in, outermost first ("Annex I", "Appendix"). ``depth`` is 1
    for an annex inside an annex (an appendix), 2 inside that, ...
    """

    kind: Literal["section", "closing", "annex", "trailing", "place"]
    lines: tuple[str, ...]
    depth: int = 0


def flow(resolution: Resolution) -> list[Clause | Heading]:
    """The body of the document in printed order, after the enacting formula.

    The resolution's own clauses; each section's number and heading, then its
    preambular clauses and operative paragraphs; the closing meeting line; then
    each annex: its label and title, its own preamble, its paragraphs (their
    headings are the clauses' own), its trailing lines and the annexes inside it.
    A resolution without sections or annexes gives its clauses and the closing.
    """
    items: list[Clause | Heading] = [*resolution.preamble, *resolution.operative]
    for section in resolution.sections:
        items.append(Heading("section", (section.num, *section.heading)))
        items += section.clauses
    closing = closing_lines(resolution)
    if closing:
        items.append(Heading("closing", tuple(closing)))
    for annex in resolution.annexes:
        items += _annex_flow(annex, 0)
    return items


def _annex_flow(annex: Annex, depth: int) -> list[Clause | Heading]:
    items: list[Clause | Heading] = [Heading("annex", (annex.label, *annex.title), depth)]
    items += annex.preamble + annex.body
    if annex.trailing:
        items.append(Heading("trailing", annex.trailing, depth))
    for inner in annex.annexes:
        items += _annex_flow(inner, depth + 1)
    return items


def placement(resolution: Resolution, clause: Clause) -> Heading | None:
    """What says where a cited clause stands, printed before it in ``show REF``.

    A section's number and heading lines; an annex's label (and, inside an annex,
    the outer labels first: "Annex I", "Appendix"); None for the resolution's own
    clauses, so that a resolution without sections or annexes prints as it always did.
    """
    if clause.section is not None and clause.annex is None:
        section = resolution.section(clause.section)
        lines = (section.num, *section.heading) if section else (clause.section,)
        return Heading("section", lines)
    if clause.annex is not None:
        labels = _labels(resolution.annexes, clause, ())
        if labels:
            return Heading("place", labels, len(labels) - 1)
    return None


def cited(resolution: Resolution, clauses: Iterable[Clause]) -> Iterator[Clause | Heading]:
    """The layout of ``show REF``: each cited clause, preceded by what says where it
    stands (:func:`placement`) when that differs from the previous clause's.

    So a section's number and heading lines print once before the first clause cited
    in it, an annex's labels before its first cited clause (again after a clause from
    elsewhere); the resolution's own clauses get no heading. A clause's own headings
    (article and chapter headings in an annex) are part of the clause.
    """
    previous: Heading | None = None
    for clause in clauses:
        place = placement(resolution, clause)
        if place is not None and place != previous:
            yield place
        previous = place
        yield clause


def _labels(
    annexes: Iterable[Annex], clause: Clause, outer: tuple[str, ...]
) -> tuple[str, ...] | None:
    for annex in annexes:
        path = (*outer, annex.label)
        if any(own is clause or own.id == clause.id for own in annex.preamble + annex.body):
            return path
        found = _labels(annex.annexes, clause, path)
        if found:
            return found
    return None


def join_and(items: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    values = list(items)
    if len(values) <= 1:
        return "".join(values)
    return ", ".join(values[:-1]) + " and " + values[-1]


def place_markers(
    text: str, markers: Iterable[FootnoteRef], mark: Callable[[int], str]
) -> list[tuple[str, int | None]]:
    """Cut ``text`` at its markers: [(piece, None), ("", number), ...] in order.

    A renderer draws each piece and, for each number, the marker as its format
    writes it (``mark`` is kept for simple callers: see :func:`with_markers`).
    """
    pieces: list[tuple[str, int | None]] = []
    position = 0
    for ref in sorted(markers, key=lambda m: m.offset):
        offset = min(max(ref.offset, position), len(text))
        pieces.append((text[position:offset], None))
        pieces.append((mark(ref.number), ref.number))
        position = offset
    pieces.append((text[position:], None))
    return [(piece, number) for piece, number in pieces if piece or number is not None]


def with_markers(text: str, markers: Iterable[FootnoteRef], mark: Callable[[int], str]) -> str:
    """``text`` with each footnote marker written as ``mark(number)`` at its offset."""
    return "".join(piece for piece, _ in place_markers(text, markers, mark))
