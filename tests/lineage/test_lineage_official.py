"""lineage and history over the official files of sessions 74 and 75 (../shared).

Expectations come from the XML files themselves, read here with lxml: the titles
(``docTitle refersTo="#resolutionTitle"``), the symbols (the preface's
``docNumber``) and the paragraphs' text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import require_shared
from resolution_cli.corpus.history import history
from resolution_cli.corpus.lineage import lineage

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _statements(directory: Path) -> list[tuple[str, str, list[str]]]:
    """(symbol, title, paragraph texts) of each English resolution of the folder."""
    out = []
    whole = ""
    for path in sorted(directory.glob("*.xml")):
        try:
            root = etree.parse(str(path)).getroot()
        except etree.XMLSyntaxError:
            continue
        cover = root.find(f".//{AKN}docNumber[@refersTo='#symbol']")
        for statement in root.iter(f"{AKN}statement"):
            language = statement.find(f".//{AKN}FRBRExpression/{AKN}FRBRlanguage")
            if language is None or language.get("language") != "eng":
                continue
            preface = statement.find(f"{AKN}preface")
            if preface is None:
                continue
            numbers = [_text(n).rstrip(".") for n in preface.iter(f"{AKN}docNumber")]
            title = preface.find(f".//{AKN}docTitle[@refersTo='#resolutionTitle']")
            if not numbers or title is None:
                continue
            # every paragraph of text: <p>, and <crossHeading> (75/247 recalls its
            # resolutions in section preambles written as cross-headings)
            paragraphs = [_text(p) for p in statement.iter(f"{AKN}p", f"{AKN}crossHeading")]
            if "/" in numbers[0]:
                whole = numbers[0]
            elif cover is not None:  # the file's symbol: "A/RES/74/255 A-B"
                whole = _text(cover).removeprefix("A/RES/").split(" ")[0]
            letters = [n for n in numbers if len(n) == 1]
            if letters:  # a lettered part: "A" in the statement of "74/263."
                out += [(f"A/RES/{whole} {x}", _text(title), paragraphs) for x in letters]
            else:
                out.append((f"A/RES/{whole}", _text(title), paragraphs))
    return out


@pytest.fixture(scope="module")
def index(corpus_db: str) -> Path:
    """The shared index of sessions 74 and 75 (tests/conftest.py), read only."""
    return Path(corpus_db)


def _title_pairs() -> list[tuple[str, str, list[str]]]:
    """(74 symbol, 75 symbol, 75 paragraphs) for each title one resolution of each bears."""
    olds: dict[str, list[str]] = {}
    news: dict[str, list[tuple[str, list[str]]]] = {}
    for symbol, title, _ in _statements(require_shared(74)):
        olds.setdefault(title, []).append(symbol)
    for symbol, title, paragraphs in _statements(require_shared(75)):
        news.setdefault(title, []).append((symbol, paragraphs))
    return [
        (olds[t][0], news[t][0][0], news[t][0][1])
        for t in sorted(set(olds) & set(news))
        if len(olds[t]) == 1 and len(news[t]) == 1
    ]


def test_every_title_matched_pair_is_in_the_lineage(index: Path) -> None:
    import sqlite3

    pairs = _title_pairs()
    assert len(pairs) >= 155
    conn = sqlite3.connect(index)
    cites = missing = 0
    report = []
    for old, new, paragraphs in pairs:
        chain = lineage(conn, new)
        links = {link.previous: link for link in chain.version(chain.symbol).links}
        if old not in links:
            missing += 1
            report.append(f"{new}: {old} not linked")
            continue
        assert "title" in links[old].reasons
        # does the 75 text recall the 74 version as its own? ("its resolution(s) ... 74/N")
        base, _, letter = old.removeprefix("A/RES/").partition(" ")
        number = re.escape(base)
        if letter:  # "74/92 B", "74/92 A and B"
            number += rf"\s+(?:[A-Z]\s*(?:,|and)\s*)*{letter}\b"
        own = re.compile(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?resolutions?\b.*?\b{number}(?![\d/])")
        expected = any(own.search(p) for p in paragraphs)
        found = "citation" in links[old].reasons
        cites += found
        assert found == expected, f"{new} cites {old}: {expected}, lineage says {found}"
        report.append(f"{new} <- {old}: {'cites it' if found else 'does not cite it'}")
    print(f"\n{len(pairs)} pairs; {cites} of the session-75 versions cite their predecessor")
    print("\n".join(report))
    assert missing == 0


def test_history_of_75_162_op1(index: Path) -> None:
    # the texts of OP1 in both files, read from the XML
    def op1(path: Path) -> str:
        root = etree.parse(str(path)).getroot()
        first = next(root.iter(f"{AKN}paragraph"))
        return _text(first.find(f"{AKN}content")).replace("\u00a0", " ")

    old = op1(require_shared(74) / "74_129.xml")
    new = op1(require_shared(75) / "75_162_E.xml")
    assert old.endswith("from 102 States to 106 States;")
    assert new.endswith("from 106 States to 107 States;")
    found = history(index, "75/162", "OP1")
    assert [(s.symbol, s.id, s.op, s.previous_id) for s in found.steps] == [
        ("A/RES/74/129", "OP1", "first", None),
        ("A/RES/75/162", "OP1", "changed", "OP1"),
    ]
    assert [s.text.replace("\u00a0", " ") for s in found.steps] == [old, new]
    changed = found.steps[1].diff
    assert [(s.op, s.text) for s in changed if s.op != "equal"] == [
        ("delete", "102"),
        ("insert", "106"),
        ("delete", "106"),
        ("insert", "107"),
    ]
    assert (found.absent_before, found.gone_from) == (None, None)
