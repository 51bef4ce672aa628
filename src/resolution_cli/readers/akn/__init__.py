"""Read a resolution from the UN's AKN4UN XML (OASIS Akoma Ntoso 3.0).

One module per concern; each module's docstring documents the rules it applies:

- :mod:`.xml`: safe parsing (no DTD, no entities, no network), the element
  helpers and text normalisation; the resolutions of a ``documentCollection``;
- :mod:`.flow`: text flows (text, footnote markers and their offsets) and the
  reading of inline text;
- :mod:`.clauses`: the clauses as they are read, the preamble (block lists,
  several preamble/mainBody pairs) and where text is placed;
- :mod:`.body`: the main body: operative paragraphs, sub-paragraphs,
  continuation lines, tables;
- :mod:`.sections`: sections whose numbering restarts (``II.OP5``);
- :mod:`.metadata`: the cover page, the preface, the conclusions and meta
  (sponsors, the meeting record, how the resolution was adopted, the recorded
  vote);
- :mod:`.names`: State names (sponsors split on the list of States);
- :mod:`.annexes`: the ``attachments`` (annexes).

Never drop text: whatever no rule understands is kept as text at its place,
with one warning naming the element and the line.
"""

from __future__ import annotations

from resolution_cli.errors import LoadError, UnknownPart
from resolution_cli.loader import CHOSEN_BY_LETTER
from resolution_cli.model import Footnote, Resolution
from resolution_cli.readers.akn.annexes import lift_body_annexes, read_annexes
from resolution_cli.readers.akn.body import _Reader
from resolution_cli.readers.akn.clauses import language_of
from resolution_cli.readers.akn.metadata import facts, front, meeting_of_line, printed_lines
from resolution_cli.readers.akn.xml import (
    Element,
    Warn,
    _components,
    _document,
    _local,
    _parse,
    normalise,
)
from resolution_cli.readers.checked import validated

__all__ = ["normalise", "parts", "read", "read_all"]


def parts(data: bytes, name: str) -> list[str]:
    """The labels of the resolutions of a documentCollection (``[]`` for one resolution)."""
    root = _parse(data, name)
    doc = _document(root, name)
    if _local(doc) != "documentCollection":
        return []
    return [label for label, _ in _components(root, doc)]


def read(
    data: bytes,
    name: str,
    *,
    part_of: str | None = None,
    warn: Warn,
) -> Resolution:
    """Build a Resolution from AKN4UN XML; raise LoadError on any problem."""
    return _read(_parse(data, name), name, part_of=part_of, warn=warn)


def read_all(data: bytes, name: str, *, warn: Warn) -> list[Resolution]:
    """Every resolution of ``data`` (each part of a documentCollection), parsing it once."""
    root = _parse(data, name)
    doc = _document(root, name)
    if _local(doc) != "documentCollection":
        return [_read(root, name, part_of=None, warn=warn)]
    labels: list[str | None] = [label for label, _ in _components(root, doc)] or [None]
    return [_read(root, name, part_of=label, warn=warn) for label in labels]


def _read(root: Element, name: str, *, part_of: str | None, warn: Warn) -> Resolution:
    doc = _document(root, name)
    statement = doc
    label: str | None = None
    if _local(doc) == "documentCollection":
        found = _components(root, doc)
        if not found:
            raise LoadError(name, "documentCollection holds no resolution")
        labels = [lab for lab, _ in found]
        if part_of is None:
            label, statement = found[0]
            warn(
                f"{name}: holds resolutions {', '.join(labels)}; reading {label} "
                + CHOSEN_BY_LETTER
            )
        else:
            wanted = part_of.strip().casefold()
            chosen = [(lab, s) for lab, s in found if lab.casefold() == wanted]
            if not chosen:
                raise UnknownPart(name, part_of, tuple(labels))
            label, statement = chosen[0]
    elif part_of is not None:
        warn(f"{name}: holds a single resolution; part {part_of} ignored")

    reader = _Reader(name, warn)
    fields = front(doc, statement, label, reader, name)

    # clauses
    reader.use_language(language_of(statement))
    lift_body_annexes(reader, statement)
    reader.statement(statement)
    annexes = read_annexes(reader, statement)
    preamble, operative, sections = reader.finish_clauses(statement)
    if not preamble and not operative and not sections:
        raise LoadError(name, "no clause found (no preamble container, no mainBody paragraph)")

    fields.update(facts(doc, statement, name, warn))
    if fields.get("meeting") is None and reader.meeting_line:  # printed in the body only
        fields["meeting"] = meeting_of_line(reader.meeting_line)
    if fields.get("lang") not in (None, "en"):  # its own words for the cover and closing
        fields["printed"] = printed_lines(doc, statement)
    fields["preamble"] = preamble
    fields["operative"] = operative
    if sections:
        fields["sections"] = sections
    if annexes:
        fields["annexes"] = annexes
    footnotes = tuple(Footnote(number=n, text=t) for n, t in sorted(reader.footnotes.items()))
    fields["footnotes"] = footnotes
    if reader.formula is not None:
        fields["enacting_formula"] = reader.formula
    return validated(fields, name)
