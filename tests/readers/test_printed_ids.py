"""Issue 16: an id, and a citation in the UN's form, name the paragraph printed with that
number.

The eight resolutions of sessions 74-75 whose ids did not follow the printed numbers
(a declaration adopted in the body: 75/1, 74/2, 74/3, 74/15; "*Resolves* that, for
2021:" before paragraphs 1., 2.: 74/264 A-C, 74/266, 75/254 A-C, 75/256): the
paragraphs printed 1 and 3 are read here from the UN's XML with lxml, independently
of the reader, and ``show "para. 1"``, ``show OP3`` and ``list --format jsonl`` must
give them, word for word. Over every file of sessions 74 and 75, every numbered
operative paragraph's id follows its printed number, and no file warns "numbered by
position".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import OFFICIAL, OFFICIAL_74, load_official, require_shared
from helpers import run

#: (session, file, part) of the eight resolutions (each part of a collection).
CASES = [
    (75, "75_1_E.xml", None),
    (74, "74_15.xml", None),
    (75, "75_254_E.xml", "A"),
    (75, "75_254_E.xml", "B"),
    (75, "75_254_E.xml", "C"),
    (75, "75_256_E.xml", None),
    (74, "74_2.xml", None),
    (74, "74_3.xml", None),
    (74, "74_264.xml", "A"),
    (74, "74_264.xml", "B"),
    (74, "74_264.xml", "C"),
    (74, "74_266.xml", None),
]

_BLOCK = frozenset({"p", "td", "th", "tr", "table", "item", "li", "content", "intro"})


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _words(element: etree._Element) -> list[str]:
    """The words of ``element`` as printed: footnote texts and its ``num`` left out."""
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        local = _local(node)
        block = local in _BLOCK
        if block:
            pieces.append(" ")
        if node.text and local not in ("authorialNote", "num"):
            pieces.append(node.text)
        for child in node:
            if _local(child) not in ("authorialNote", "num"):
                walk(child)
            if child.tail:
                pieces.append(child.tail)
        if block:
            pieces.append(" ")

    walk(element)
    return "".join(pieces).split()


def _main_body(path: Path, part: str | None) -> etree._Element:
    root = etree.parse(str(path)).getroot()
    if part is None:
        return next(root.iter("{*}mainBody"))
    for component in root.iter("{*}component"):
        for doc in component.iter("{*}doc", "{*}statement"):
            number = [n for n in doc.iter("{*}docNumber")]
            body = next(doc.iter("{*}mainBody"), None)
            if body is not None and any(
                re.search(rf"\b{part}\s*$", "".join(n.itertext()).strip()) for n in number
            ):
                return body
    # the parts in document order: A, B, C
    bodies = list(root.iter("{*}mainBody"))
    return bodies["ABC".index(part)]


_NUMBER = re.compile(r"\d+\.")


def _num(element: etree._Element) -> str:
    num = element.find("{*}num") if _local(element) == "paragraph" else None
    return "" if num is None else "".join(num.itertext()).strip()


def _printed(path: Path, part: str | None, number: int) -> list[str]:
    """The words of the main body's paragraph printed ``number.``, from the XML: its own
    (its number left out) and those of what follows it up to the next numbered paragraph
    or heading (its sub-paragraphs, labels included, and tables)."""
    body = _main_body(path, part)
    flat = [e for e in body.iter("{*}paragraph", "{*}container", "{*}heading", "{*}subheading")]
    flat = [e for e in flat if not any(_local(a) == "paragraph" for a in e.iterancestors())]
    starts = [i for i, e in enumerate(flat) if _num(e) == f"{number}."]
    assert len(starts) == 1, f"{path.name} {part}: {len(starts)} paragraphs printed {number}."
    words: list[str] = []
    for index in range(starts[0], len(flat)):
        element = flat[index]
        local = _local(element)
        if index > starts[0] and (
            _NUMBER.fullmatch(_num(element)) or local in ("heading", "subheading")
        ):
            break
        if index > starts[0] and local == "paragraph" and element.find("{*}content") is None:
            break  # a heading-only paragraph
        label = _num(element)
        if index > starts[0] and label:
            words.append(label)
        words += _words(element)
    return words


def _path(session: int, name: str) -> Path:
    return require_shared(session) / name


def _args(path: Path, part: str | None) -> list[str]:
    return ["--file", str(path), *(["--part-of", part] if part else [])]


def _shown(path: Path, part: str | None, ref: str) -> list[str]:
    result = run(*_args(path, part), "show", ref, "--format", "json")
    assert result.exit_code == 0, result.output[-300:]
    clauses = json.loads(result.stdout)
    assert len(clauses) == 1, clauses
    return _clause_words(clauses[0])


def _clause_words(clause: dict[str, object]) -> list[str]:
    words = str(clause["text"]).split()

    def subs(items: object) -> None:
        for sub in items:  # type: ignore[attr-defined]
            words.extend(str(sub["num"]).split())
            words.extend(str(sub["text"]).split())
            subs(sub["subparagraphs"])
            words.extend(str(sub.get("wrap_up") or "").split())

    subs(clause["subparagraphs"])
    words.extend(str(clause.get("wrap_up") or "").split())
    return words


@pytest.mark.parametrize(("session", "name", "part"), CASES)
def test_para_1_and_op3_are_the_paragraphs_printed_1_and_3(
    session: int, name: str, part: str | None
) -> None:
    path = _path(session, name)
    last = 2 if part == "C" else 3  # 74/264 C and 75/254 C print paragraphs 1 and 2
    one, three = _printed(path, part, 1), _printed(path, part, last)
    assert _shown(path, part, "para. 1") == one
    assert _shown(path, part, "OP1") == one
    assert _shown(path, part, f"OP{last}") == three
    assert _shown(path, part, f"para. {last}") == three
    listed = run(*_args(path, part), "list", "--format", "jsonl")
    assert listed.exit_code == 0
    records = {r["id"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert records["OP1"]["num"] == "1."
    assert records[f"OP{last}"]["num"] == f"{last}."
    assert _clause_words(records["OP1"]) == one
    assert _clause_words(records[f"OP{last}"]) == three


@pytest.mark.parametrize(("session", "name", "part"), CASES)
def test_the_unnumbered_paragraph_before_paragraph_1_is_op_u1(
    session: int, name: str, part: str | None
) -> None:
    """ "*Adopts* the following declaration:" / "*Resolves* that, for 2021:" is OP.u1."""
    resolution = load_official(_path(session, name), part)
    first = resolution.operative[0]
    assert first.id == "OP.u1"
    assert first.num is None
    assert first.lead in ("Adopts", "Resolves")


def _every_file() -> list[Path]:
    return sorted(OFFICIAL_74.glob("*.xml")) + sorted(OFFICIAL.glob("*.xml"))


def test_every_numbered_operative_id_follows_its_printed_number() -> None:
    """Sessions 74 and 75, every file and every part: OPn (II.OPn) for a paragraph
    printed "n." (``_2`` for a number printed again), and no "numbered by position"."""
    from resolution_cli.readers.akn import read_all

    require_shared(74)
    require_shared(75)
    files = _every_file()
    assert len(files) == 313 + 339
    off: list[str] = []
    positional: list[str] = []
    for path in files:
        warnings: list[str] = []
        for resolution in read_all(path.read_bytes(), path.name, warn=warnings.append):
            for clause in resolution.operative + tuple(
                c for s in resolution.sections for c in s.operative
            ):
                if clause.num is None:
                    continue
                leaf = clause.id.rpartition("OP")[2]
                if not re.fullmatch(re.escape(clause.num.rstrip(".")) + r"(?:_\d+)?", leaf):
                    off.append(f"{path.name}: {clause.id} printed {clause.num}")
        positional += [w for w in warnings if "position" in w and "annex" not in w]
    assert off == []
    assert positional == []
