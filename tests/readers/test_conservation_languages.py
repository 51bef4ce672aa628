"""Conservation in the five other official languages: `show --format plain` prints
every word of every statement and attachment, in order.

The rule and its helpers are those of :mod:`test_conservation` (English), imported,
not rewritten: the words of each statement's preamble, main body and attachments
are taken from the XML with lxml, independently of the reader (footnote texts and
printed numbers set aside), and must all be found, in the same order, in what
``resolution --file F [--part-of X] show --format plain`` prints.

Arabic prints an operative paragraph's number as "1 -" (or "1 –", "12-"), in ``num``
or at the head of its first ``p``: the dash is the number's, not a word; it is set
aside on both sides (the number itself stays expected, and is printed either way:
"1 -" as text, or "1." once read into ``num``).

Every file of session 75 in French, Spanish, Russian, Arabic and Chinese is a case
of its own (the number of files of each folder is asserted), so that none can be
skipped silently. A file the UN published malformed (``Spanish/75_251_B_S.xml``,
see ../shared/README.md) cannot be read at all: it is the one case expected to be
refused, with one clear line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import OFFICIAL, require_shared
from helpers import run
from test_conservation import _files, first_missing, printed_words, statements, xml_words

#: Folder of session 75 -> the number of files it holds.
FOLDERS = {"French": 319, "Spanish": 319, "Russian": 319, "Arabic": 319, "Chinese": 318}
#: Files the UN published as malformed XML: refused, not conserved.
MALFORMED = {"75_251_B_S.xml"}


#: A paragraph number, with the Arabic dash that goes with it: "1 -", "1 –", "12-".
_NUMBER = re.compile(r"^(\d{1,3})[-\u2013]?$")


def without_number_dashes(words: list[str]) -> list[str]:
    """``words`` with each paragraph number's Arabic dash set aside ("12-" -> "12"; a
    "-" or "–" right after a number dropped)."""
    out: list[str] = []
    for word in words:
        if word in ("-", "\u2013") and out and _NUMBER.match(out[-1]):
            continue
        out.append(_NUMBER.sub(r"\1", word))
    return out


def expected_words(statement: etree._Element) -> list[str]:
    """:func:`test_conservation.xml_words`, without the dash of an Arabic number."""
    return without_number_dashes(xml_words(statement))


def check(path: Path) -> None:
    """:func:`test_conservation.check`, with :func:`expected_words`."""
    cases = statements(path)
    assert cases, f"{path.name}: no statement"
    for label, statement in cases:
        args = ["--file", str(path)] + (["--part-of", label] if label else [])
        result = run(*args, "show", "--format", "plain")
        assert result.exit_code == 0, f"{path.name} [{label}]: {result.output[-500:]}"
        expected = expected_words(statement)
        assert expected, f"{path.name} [{label}]: no words in the XML"
        printed = without_number_dashes(printed_words(result.stdout))
        missing = first_missing(expected, printed)
        if missing is not None:
            before = " ".join(expected[max(missing - 12, 0) : missing])
            after = " ".join(expected[missing : missing + 12])
            pytest.fail(
                f"{path.parent.name}/{path.name} [{label}]: word {missing} of {len(expected)} "
                f"is missing or moved: ... {before} [[{after}]] ...",
                pytrace=False,
            )


def _cases() -> list[Path]:
    return [p for folder in FOLDERS for p in _files(OFFICIAL.parent / folder)]


@pytest.mark.parametrize("path", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_session_75(path: Path) -> None:
    require_shared(75)
    if path.name in MALFORMED:
        result = run("--file", str(path), "show", "--format", "plain")
        assert result.exit_code == 2
        assert "not well-formed" in result.output
        return
    check(path)


def test_every_file_is_a_case() -> None:
    """No file can be skipped silently: each folder holds the files counted."""
    base = require_shared(75).parent
    for folder, count in FOLDERS.items():
        assert len(_files(base / folder)) == count, folder
