"""Every file of the official AKN4UN edition loads, with every clause and every word.

The counts and the words are taken from the XML with lxml, independently of the
reader. Where the reader merges elements (sub-paragraphs printed as paragraphs of
their own, continuation lines, tables), the words are compared as one sequence per
resolution in reading order, so nothing can be lost, added or moved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from conftest import load_official, require_shared
from resolution_cli.model import Clause, Resolution, SubParagraph

# Labels and numbers ("(a)", "12.", "IV.") are markup in one place and text in
# another; they are left out of the word comparison on both sides alike.
_LABEL_TOKEN = re.compile(r"^(?:\([a-zA-Z0-9]{1,5}\)|\d+\.?\u200e?|[IVXLC]+\.?|[A-Z]\.?)$")
_PRINTED = re.compile(r"^\d+\.?$")


def _files() -> list[Path]:
    directory = require_shared()
    return sorted(directory.glob("*.xml"))


def _local(e: etree._Element) -> str:
    return etree.QName(e).localname if isinstance(e.tag, str) else ""


@cache
def _tree(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    return etree.fromstring(path.read_bytes(), parser)


def _statements(path: Path) -> list[tuple[str | None, etree._Element]]:
    """The resolutions of a file: (part label, statement)."""
    root = _tree(path)
    doc = next(c for c in root if _local(c))
    if _local(doc) == "statement":
        return [(None, doc)]
    found = []
    for statement in root.iterfind("{*}components/{*}component/{*}statement"):
        label = "".join(statement.find("{*}preface//{*}docNumber").itertext()).strip()
        found.append((label, statement))
    return found


def _text(e: etree._Element, *, skip_num: bool = False) -> str:
    """Text of ``e`` without footnotes (and without its num, if asked)."""
    out: list[str] = [e.text or ""]
    for child in e:
        local = _local(child)
        if local == "authorialNote" or (skip_num and local == "num"):
            pass
        elif local:
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _words(text: str) -> list[str]:
    return [w for w in text.split() if not _LABEL_TOKEN.match(w)]


def _own_main_body(statement: etree._Element) -> etree._Element | None:
    return statement.find("{*}mainBody")


def _expected_operative(statement: etree._Element) -> int:
    """Operative paragraphs, counted from the XML alone.

    A paragraph starts an operative paragraph when it has a printed number
    (``num`` "N." or "N" at the start of its text), or when it has no num and opens
    with an italic lead phrase (unnumbered paragraphs of a single-paragraph
    resolution or of a section), or when it is the first paragraph of the body.
    Heading-only paragraphs, sub-paragraphs ("(a)") and table notes are not counted.
    """
    body = _own_main_body(statement)
    if body is None:
        return 0
    count = 0
    for paragraph in body.iter("{*}paragraph"):
        blocks = paragraph.findall("{*}content/{*}p") + paragraph.findall("{*}list/{*}intro/{*}p")
        if not blocks or paragraph.get("class") == "FootnoteText":
            continue  # no body, or a table note (75/246: "Abbreviations: ...")
        num = paragraph.find("{*}num")
        first = blocks[0]
        text = " ".join(_text(first).split())
        if num is not None:
            if _PRINTED.match("".join(num.itertext()).strip()):
                count += 1
            continue
        lead = next((c for c in first if _local(c)), None)
        italic = (
            lead is not None
            and _local(lead) == "span"
            and "italic" in (lead.get("class") or "")
            and not (first.text or "").strip()
        )
        if italic or re.match(r"\d+\.?\u200e?\s", text) or count == 0:
            count += 1
    return count


def _reader_words(resolution: Resolution) -> list[str]:
    out: list[str] = _words(resolution.enacting_formula)

    def subs(items: tuple[SubParagraph, ...]) -> Iterator[str]:
        for sub in items:
            yield sub.num
            yield sub.text
            yield from subs(sub.subparagraphs)
            yield sub.wrap_up or ""

    def clause(c: Clause) -> Iterator[str]:
        yield from c.headings
        yield c.text
        yield from subs(c.subparagraphs)
        yield c.wrap_up or ""

    for c in resolution.preamble + resolution.operative:
        for piece in clause(c):
            out += _words(piece)
    for section in resolution.sections:  # its number is a label, left out
        out += [w for line in section.heading for w in _words(line)]
        for c in section.clauses:
            for piece in clause(c):
                out += _words(piece)
    return out


def _xml_words(statement: etree._Element) -> list[str]:
    out: list[str] = []
    preamble = statement.find("{*}preamble")
    if preamble is not None:
        out += _words(_text(preamble))
    body = _own_main_body(statement)
    if body is not None:
        out += _words(_text(body))
    return out


def _xml_footnotes(path: Path, statement: etree._Element) -> dict[int, str]:
    """Footnotes of a resolution: its own, and those of the file's prefaces."""
    notes: dict[int, str] = {}
    root = _tree(path)
    doc = next(c for c in root if _local(c))
    places = [
        statement.find("{*}preface"),
        statement.find("{*}preamble"),
        _own_main_body(statement),
        statement.find("{*}attachments"),  # the annexes' footnotes are the resolution's
    ]
    if doc is not statement:
        places.append(doc.find("{*}preface"))
    for place in places:
        if place is None:
            continue
        for note in place.iter("{*}authorialNote"):
            notes.setdefault(int(note.get("marker")), " ".join(_text(note).split()))
    return notes


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Path, str | None, etree._Element, Resolution | Exception]]:
    loaded: list[tuple[Path, str | None, etree._Element, Resolution | Exception]] = []
    for path in _files():
        for label, statement in _statements(path):
            try:
                result: Resolution | Exception = load_official(path, part_of=label)
            except Exception as exc:
                result = exc
            loaded.append((path, label, statement, result))
    return loaded


def test_corpus_present(official: Path) -> None:
    files = sorted(official.glob("*.xml"))
    assert len(files) == 339
    assert (official / "75_274_F.xml") in files


def test_every_file_loads(corpus) -> None:  # type: ignore[no-untyped-def]
    failures = [
        f"{p.name} [{label}]: {r!r}" for p, label, _, r in corpus if isinstance(r, Exception)
    ]
    assert not failures, f"{len(failures)} failed:\n" + "\n".join(failures)


def test_clause_counts(corpus) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for path, label, statement, r in corpus:
        if isinstance(r, Exception):
            continue
        preamble = statement.find("{*}preamble")
        pp = len(preamble.findall("{*}container")) if preamble is not None else 0
        # a section's preambular lines: crossHeadings referring to the preamble
        pp += len(statement.findall("{*}mainBody//{*}crossHeading[@refersTo='#preamble']"))
        op = _expected_operative(statement)
        read_pp = len(r.preamble) + sum(len(s.preamble) for s in r.sections)
        read_op = len(r.operative) + sum(len(s.operative) for s in r.sections)
        if (read_pp, read_op) != (pp, op):
            wrong.append(
                f"{path.name} [{label}]: read {read_pp} PP / {read_op} OP, XML has {pp} / {op}"
            )
    assert not wrong, "\n".join(wrong)


def test_preambular_clause_words(corpus) -> None:  # type: ignore[no-untyped-def]
    """Clause by clause: each preamble container gives exactly its PP's words."""
    wrong = []
    for path, label, statement, r in corpus:
        if isinstance(r, Exception):
            continue
        containers = statement.findall("{*}preamble/{*}container")
        for container, clause in zip(containers, r.preamble, strict=False):
            if clause.subparagraphs:
                continue  # a following blockList: checked by the sequence test
            if _words(_text(container)) != _words(clause.text):
                wrong.append(f"{path.name} [{label}] {clause.id}")
    assert not wrong, "\n".join(wrong[:50])


def test_no_text_lost(corpus) -> None:  # type: ignore[no-untyped-def]
    """All the words of preamble and main body, in reading order (footnotes excluded)."""
    wrong = []
    for path, label, statement, r in corpus:
        if isinstance(r, Exception):
            continue
        mine, theirs = _reader_words(r), _xml_words(statement)
        if mine != theirs:
            at = next(
                (i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
                min(len(mine), len(theirs)),
            )
            wrong.append(
                f"{path.name} [{label}]: word {at}: read {mine[at : at + 6]} "
                f"XML {theirs[at : at + 6]}"
            )
    assert not wrong, f"{len(wrong)} resolutions differ:\n" + "\n".join(wrong[:40])


def test_footnote_words(corpus) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for path, label, statement, r in corpus:
        if isinstance(r, Exception):
            continue
        expected = _xml_footnotes(path, statement)
        got = {f.number: f.text for f in r.footnotes}
        if sorted(got) != sorted(expected):
            wrong.append(f"{path.name} [{label}]: numbers {sorted(got)} != {sorted(expected)}")
            continue
        for number, text in expected.items():
            if text.split() != got[number].split():
                wrong.append(f"{path.name} [{label}]: footnote {number}")
    assert not wrong, "\n".join(wrong[:40])


def test_markers_point_into_text(corpus) -> None:  # type: ignore[no-untyped-def]
    wrong = []
    for path, label, _, r in corpus:
        if isinstance(r, Exception):
            continue
        numbers = {f.number for f in r.footnotes}
        for c in r.clauses:
            for m in c.markers:
                if m.offset > len(c.text) or m.number not in numbers:
                    wrong.append(f"{path.name} [{label}] {c.id}: {m}")
    assert not wrong, "\n".join(wrong[:40])
