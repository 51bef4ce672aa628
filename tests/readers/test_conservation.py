"""Conservation: `show --format plain` prints every word of the resolution, in order.

For each statement of a file (each resolution of a collection too), the words of
its preamble and main body (every preamble/mainBody pair, in document order) are
taken from the XML here, with lxml, independently of the reader; footnote texts
(``authorialNote``) and printed numbers and labels (``num``, and a heading line
that is only a section number: "A", "II") are set aside. All of them must be
found, in the same order, in what ``resolution --file F [--part-of X] show
--format plain`` prints, footnote markers (``<sup>n</sup>``) and the footnotes
printed at the end left out: nothing missing, nothing moved.

Every file of session 75 (339), of session 74 (313) and every hand-made fixture
under ``tests/fixtures/akn`` is a case of its own, so that none can be skipped
silently; the number of files is asserted.

Attachments (annexes, issue 9) are conserved the same way: every word of every
``attachment`` (its ``meta`` aside), nested ones included, must be printed after
the resolution's own words, in order, as the printed document puts annexes after
the closing meeting line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from conftest import OFFICIAL, OFFICIAL_74, ROOT, require_shared
from helpers import run

FIXTURES = ROOT / "tests" / "fixtures" / "akn"
#: The parts of a statement whose words are conserved, in document order.
CONSERVED = ("preamble", "mainBody", "attachments")
#: Elements whose text runs on inside a line (no word boundary at their edges).
_INLINE = frozenset(
    {
        "a", "abbr", "b", "concept", "date", "def", "del", "docAuthority", "docDate",
        "docNumber", "docProponent", "docStatus", "docTitle", "entity", "event", "i",
        "inline", "ins", "location", "mmod", "mod", "mref", "noteRef", "object",
        "organization", "person", "quantity", "ref", "remark", "role", "rref", "session",
        "shortTitle", "span", "sub", "sup", "term", "u",
    }
)  # fmt: skip
_HEADING_LINES = frozenset({"heading", "subheading", "crossHeading"})
_SECTION_NUMBER = re.compile(r"^(?:[IVXL]{1,6}|[A-Z])\.?$")
# A unit right before a sup: the sup is an exponent ("5 km<sup>2</sup>"), kept as text.
_UNIT = re.compile(r"(?:(?<![A-Za-z])(?:km|cm|mm|m|ha|kg|t|ft|CO)|\d[A-Za-z]+)$")
_MARKER = re.compile(r"<sup>\d+</sup>")
_NUMBER = re.compile(r"^(\d{1,3})\.$")


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.xml")) if directory.is_dir() else []


def _collect(element: etree._Element, out: list[str], notes: set[str]) -> None:
    local = _local(element)
    if local == "meta":
        return  # an attachment's metadata is not printed
    if local == "num" or not local:
        out.append(" ")  # printed numbers are set aside
        return
    if local == "authorialNote":
        notes.add((element.get("marker") or "").strip())
        return  # set aside; it sits between two characters of the text
    if (
        local == "sup"
        and not len(element)
        and (element.text or "").strip() in notes
        and not _UNIT.search("".join(out[-4:]))
    ):
        return  # a footnote cited again: a marker, set aside like the first
    text = " ".join("".join(element.itertext()).split())
    if local in _HEADING_LINES and _SECTION_NUMBER.match(text):
        out.append(" ")  # a section's number printed as a heading line
        return
    block = local not in _INLINE
    if block:
        out.append(" ")
    out.append(element.text or "")
    for child in element:
        _collect(child, out, notes)
        out.append(child.tail or "")
    if block:
        out.append(" ")


def xml_words(statement: etree._Element) -> list[str]:
    """The words of a statement's conserved parts, in document order."""
    out: list[str] = []
    notes: set[str] = set()
    for part in statement:
        if _local(part) in CONSERVED:
            _collect(part, out, notes)
    return _words("".join(out))


def _words(text: str) -> list[str]:
    """Words; a paragraph number printed in the text ("6.\u200e", "3") and as a number
    ("6.") are the same word: direction marks are dropped, a number's dot is not told."""
    words = text.replace("\u200e", "").replace("\u200f", "").split()
    return [_NUMBER.sub(r"\1", w) for w in words]


def printed_words(output: str) -> list[str]:
    """The words of `show --format plain`, without footnote markers and the footnotes."""
    blocks = output.rstrip("\n").split("\n\n")
    if blocks and all(line.startswith("<sup>") for line in blocks[-1].splitlines()):
        blocks = blocks[:-1]  # the footnotes, printed last
    return _words(_MARKER.sub("", "\n\n".join(blocks)))


def statements(path: Path) -> list[tuple[str | None, etree._Element]]:
    """The resolutions of a file: (label for --part-of, statement)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    root = etree.fromstring(path.read_bytes(), parser)
    doc = next(c for c in root if _local(c))
    if _local(doc) == "statement":
        return [(None, doc)]
    found: list[tuple[str | None, etree._Element]] = []
    for statement in root.iterfind("{*}components/{*}component/{*}statement"):
        number = statement.find("{*}preface//{*}docNumber")
        label = "".join(number.itertext()).strip().rstrip(".") if number is not None else ""
        found.append((label, statement))
    return found


def first_missing(expected: list[str], printed: list[str]) -> int | None:
    """The index of the first expected word not found, in order, in ``printed``."""
    at = 0
    for index, word in enumerate(expected):
        while at < len(printed) and printed[at] != word:
            at += 1
        if at == len(printed):
            return index
        at += 1
    return None


def check(path: Path, compared: Callable[[list[str]], list[str]] = list) -> None:
    """Every word of each statement of ``path`` printed by ``show``, in order; both
    sides as ``compared`` gives them (another language's number typography)."""
    cases = statements(path)
    assert cases, f"{path.name}: no statement"
    for label, statement in cases:
        args = ["--file", str(path)] + (["--part-of", label] if label else [])
        result = run(*args, "show", "--format", "plain")
        assert result.exit_code == 0, f"{path.name} [{label}]: {result.output[-500:]}"
        expected = compared(xml_words(statement))
        assert expected, f"{path.name} [{label}]: no words in the XML"
        missing = first_missing(expected, compared(printed_words(result.stdout)))
        if missing is not None:
            before = " ".join(expected[max(missing - 12, 0) : missing])
            after = " ".join(expected[missing : missing + 12])
            pytest.fail(
                f"{path.name} [{label}]: word {missing} of {len(expected)} is missing or "
                f"moved: ... {before} [[{after}]] ...",
                pytrace=False,
            )


@pytest.mark.parametrize("path", _files(OFFICIAL), ids=lambda p: p.name)
def test_session_75(path: Path) -> None:
    check(path)


@pytest.mark.parametrize("path", _files(OFFICIAL_74), ids=lambda p: p.name)
def test_session_74(path: Path) -> None:
    check(path)


@pytest.mark.parametrize("path", _files(FIXTURES), ids=lambda p: p.name)
def test_fixture(path: Path) -> None:
    check(path)


def test_every_file_is_a_case() -> None:
    """No file can be skipped silently: the parametrized lists hold every file."""
    assert len(_files(require_shared(75))) == 339
    assert len(_files(require_shared(74))) == 313
    names = {p.name for p in _files(FIXTURES)}
    for case in (
        "several_pairs",
        "several_pairs_sections",
        "preamble_block_list",
        "continuation",
        "sections",
        "sections_headings",
        "annex_declaration",
        "annex_convention",
        "annex_two",
        "annex_appendix",
        "heading_between",
        "table_between",
        "budget_preamble_in_body",
        "bare_sections",
        "declaration_in_body",
    ):
        assert f"{case}.xml" in names


def test_a_moved_or_missing_word_is_caught() -> None:
    words = ["Recalling", "its", "resolution", "1", ",", "Decides", "to", "act"]
    assert first_missing(words, words) is None
    assert first_missing(words, words[:3] + words[4:]) == 3
    moved = words[5:] + words[:5]
    assert first_missing(words, moved) is not None
