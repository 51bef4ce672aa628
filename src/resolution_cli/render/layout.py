"""The printed layout shared by the text renderers (plain, rich, markdown).

Pure functions over the model: the header lines as the document prints them,
and the placing of footnote markers at their offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resolution_cli.model import FootnoteRef, Resolution


def long_date(value: object) -> str:
    """'16 April 2021' for a date (the UN's style), '' for None."""
    if value is None:
        return ""
    day = getattr(value, "day", None)
    return f"{day} {value:%B %Y}" if day is not None else str(value)


def header_lines(resolution: Resolution) -> list[str]:
    """The header as printed, one line per item: organ, distribution, session, ..."""
    r = resolution
    lines = [r.symbol, r.organ]
    if r.distribution:
        lines.append(f"Distr.: {r.distribution}")
    if r.issued:
        lines.append(long_date(r.issued))
    if r.session_name:
        lines.append(r.session_name)
    for item in r.agenda_items:
        lines.append(f"Agenda item {item.number}")
        if item.title:
            lines.append(item.title)
    if r.adopted:
        lines.append(f"Resolution adopted by the {r.organ} on {long_date(r.adopted)}")
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
    return [resolution.meeting.name, long_date(resolution.adopted)]


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
