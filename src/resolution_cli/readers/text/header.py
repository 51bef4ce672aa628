"""The header of the printed resolution, and its closing meeting line.

The header: organ (``# General Assembly``), ``Distr.: General`` and the date of
issue, the session, ``Agenda item 64`` (or ``Agenda items 20 and 21``) with the
items' titles, ``Resolution adopted by the General Assembly on 16 April 2021``,
the committee line ``[on the report of the Third Committee (A/76/631, para. 6)]``
and ``75/272. Title``. A report's paragraph ("A/76/631, para. 6") is a reference
to that report, one draft, as the UN's XML has it, not two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from resolution_cli.model import AgendaItem, Meeting
from resolution_cli.readers.text.markup import inline

_AGENDA = re.compile(r"^Agenda items?\s+(.+)$")
_ADOPTED = re.compile(r"^Resolution adopted by the (.+?) on (\d{1,2} \w+ \d{4})$")
_TITLE = re.compile(r"^(\d+/\d+(?: [A-Z])?|[A-Z]+-\d+/\d+)\.\s+(.+)$")
_COMMITTEE = re.compile(r"^\[(.*?)\s*\(([A-Z]+/[^()]*)\)\]$")
_LIST_SPLIT = re.compile(r",\s*|\s+and\s+")
_SYMBOL = re.compile(r"^[A-Z]+(?:/[\w.\-]+)+")
_MEETING = re.compile(
    r"^(\d+)(?:(?:st|nd|rd|th)\b[^\n]{0,60}?\bplenary meetings?\b"
    r"|(?:e|re|ème)\b[^\n]{0,60}?\bséances? plénières?)"
)
#: "The General Assembly," and the French edition's "L’Assemblée générale,".
_ENACTING = re.compile(
    r"The (?:General Assembly|Security Council|[A-Z][\w ]+),?|L[’']Assemblée générale,?"
)

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


_FRENCH_UNITS = {
    "unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
    "quinzième": 15, "seizième": 16,
}  # fmt: skip
_FRENCH_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80,
}  # fmt: skip
_FRENCH_ROUND = {
    "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50,
    "soixantième": 60, "soixante-dixième": 70, "quatre-vingtième": 80,
    "quatre-vingt-dixième": 90,
}  # fmt: skip
_FRENCH_ORDINAL = re.compile(
    r"^(quatre-vingt|soixante|cinquante|quarante|trente|vingt)(?:-| et )"
    r"(?:dix-(septième|huitième|neuvième)|(\w+))$"
)


def session_number(name: str) -> int | None:
    """75 for 'Seventy-fifth session' (or 'Soixante-quinzième session'); None when the
    words are not an ordinal."""
    lowered = name.lower()
    bare = re.sub(r"\s*session\b.*$", "", lowered).strip()
    if bare in _FRENCH_ROUND:
        return _FRENCH_ROUND[bare]
    if french := _FRENCH_ORDINAL.match(bare):
        tens = _FRENCH_TENS[french.group(1)]
        if french.group(2):
            return tens + 10 + _FRENCH_UNITS[french.group(2)]
        unit = _FRENCH_UNITS.get(french.group(3))
        return tens + unit if unit else None
    words = re.sub(r"\b(?:emergency|special|session)\b", "", lowered).strip().split("-")
    if len(words) == 1 and words[0] in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[words[0]]
    if len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_UNITS:
        return _TENS[words[0]] + _ORDINAL_UNITS[words[1]]
    return None


_FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def parse_date(text: str) -> date | None:
    """'16 April 2021' (or the French edition's '28 avril 2021', '1er mai 2021')."""
    text = text.strip()
    try:
        return datetime.strptime(text, "%d %B %Y").date()
    except ValueError:
        pass
    if match := re.fullmatch(r"(\d{1,2})(?:er)? (\w+) (\d{4})", text):
        day, month, year = match.groups()
        if month.lower() in _FRENCH_MONTHS:
            try:
                return date(int(year), _FRENCH_MONTHS.index(month.lower()) + 1, int(day))
            except ValueError:
                return None
    return None


def is_enacting(plain: str) -> bool:
    return bool(_ENACTING.fullmatch(plain))


def meeting(raw: str) -> tuple[Meeting, date | None] | None:
    """The closing meeting line ("59th plenary meeting", "54th (resumed) plenary
    meeting"), with the date printed on the next line, if ``raw`` is one."""
    if "plenary meeting" not in raw and "séance" not in raw:
        return None
    lines = [inline(line).text for line in raw.splitlines()]
    lines = [line for line in lines if line]
    if not lines or not (match := _MEETING.match(lines[0])) or len(lines) > 3:
        return None
    adopted = parse_date(" ".join(lines[1:])) if len(lines) > 1 else None
    if len(lines) > 1 and adopted is None:
        return None
    return Meeting(name=lines[0], number=int(match.group(1))), adopted


def drafts(value: str) -> tuple[str, ...]:
    """'A/75/L.72 and A/75/L.72/Add.1' -> both; 'A/76/631, para. 6' stays one."""
    found: list[str] = []
    for piece in _LIST_SPLIT.split(value):
        piece = piece.strip()
        if not piece:
            continue
        if found and not _SYMBOL.match(piece):
            found[-1] = f"{found[-1]}, {piece}"
        else:
            found.append(piece)
    return tuple(found)


@dataclass
class Header:
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


def header(raws: list[str]) -> Header:
    """Read the header from the raw paragraphs before the enacting formula."""
    head = Header()
    pending: list[str] = []
    titles: list[str] = []
    for raw in raws:
        plain = inline(raw).text
        lines = [inline(line).text for line in raw.splitlines()]
        bare = plain.lstrip("# ").strip()
        if raw.lstrip().startswith("# ") and not head.organ:
            head.organ = bare
        elif plain.startswith("Distr.:"):
            head.distribution = lines[0].removeprefix("Distr.:").strip()
            if len(lines) > 1:
                head.issued = parse_date(lines[1])
        elif plain.lower().endswith("session") and not head.session_name:
            head.session_name = plain
        elif agenda := _AGENDA.match(plain):
            pending = [item.strip() for item in _LIST_SPLIT.split(agenda.group(1)) if item.strip()]
        elif adopted := _ADOPTED.match(bare):
            head.adopted = parse_date(adopted.group(2))
        elif committee := _COMMITTEE.match(plain):
            head.committee = committee.group(1)
            head.drafts = drafts(committee.group(2))
        elif plain.startswith("[") and plain.endswith("]"):
            head.committee = plain[1:-1].strip()
        elif title := _TITLE.match(bare):
            head.number, head.title = title.group(1), title.group(2)
        elif pending and not plain.startswith(("#", "[")):
            titles.append(plain)
    if pending:
        titles += [""] * (len(pending) - len(titles))
        head.agenda = [AgendaItem(number=n, title=t) for n, t in zip(pending, titles, strict=False)]
    return head
