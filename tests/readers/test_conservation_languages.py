"""Conservation in the five other languages: `show --format plain` prints every word of
every statement and attachment, in order (issue 17).

The rule and its helpers are :mod:`test_conservation`'s (English): the words taken from
the XML with lxml, independently of the reader, footnotes, ``num`` and bare section
numbers set aside, must all be printed, in the same order. A few more things are
compared as the reader reads them (:func:`_without_number_dashes`): the dash of an
Arabic paragraph number printed in the text ("1 -", "5–": the number's typography,
the number itself printed as the paragraph's number), Arabic-Indic digits, a Chinese
number glued to its text, and section numbers, set aside on both sides (the UN's
files print some on the heading's own line).

Every file of session 75's French, Spanish, Russian, Arabic and Chinese folders, and
every file of session 74's five zip archives (extracted to a temporary folder), is a
case of its own; the numbers of files are asserted.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from conftest import SHARED, require_shared
from helpers import run
from test_conservation import check as check_words

LANGUAGES = ("French", "Spanish", "Russian", "Arabic", "Chinese")
SESSION_75 = SHARED / "official" / "75session"
SESSION_74 = SHARED / "official" / "74session"
_NUMBER_DASH = re.compile(r"^(\d{1,3})[-\u2013]$")


def _files_75() -> list[Path]:
    return [p for lang in LANGUAGES for p in sorted((SESSION_75 / lang).glob("*.xml"))]


def _members_74() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for lang in LANGUAGES:
        archive = SESSION_74 / f"GA resolutions_74session_{lang}.zip"
        if archive.is_file():
            with zipfile.ZipFile(archive) as zf:
                found += [
                    (archive.name, m) for m in sorted(zf.namelist()) if m.lower().endswith(".xml")
                ]
    return found


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_GLUED = re.compile(r"^(\d{1,3})\.(?=[\u3400-\u9fff])")
_SECTION = re.compile(r"^(?:[IVXLC]{1,6}|[A-Z])\.?$")


def _without_number_dashes(words: list[str]) -> list[str]:
    """The words as both sides are compared: an Arabic number's dash set aside ("1",
    "-" -> "1"; "5–" -> "5"), Arabic-Indic digits as the reader reads them ("٩" ->
    "9"), a Chinese number glued to its text apart ("31.决定" -> "31", "决定"), and
    section numbers ("A", "II") set aside on both sides: printed before the heading
    lines they share a line with in the XML ("A Escala de sueldos ...")."""
    out: list[str] = []
    for word in words:
        word = word.translate(_DIGITS)
        if word in ("-", "\u2013") and out and out[-1].isdigit():
            continue
        if _SECTION.match(word):
            continue
        glued = _GLUED.match(word)
        if glued:
            out.append(glued.group(1))
            word = word[glued.end() :]
        out.append(_NUMBER_DASH.sub(r"\1", word))
    return out


#: Files the UN publishes malformed (../shared/README.md): refused, with one clear line.
MALFORMED = {"75_251_B_S.xml"}  # line 126: "Opening and ending tag mismatch: inline ... p"


def check(path: Path) -> None:
    if path.name in MALFORMED:
        result = run("--file", str(path), "show", "--format", "plain")
        assert result.exit_code == 2 and "Traceback" not in result.output
        return
    check_words(path, _without_number_dashes)


@pytest.mark.parametrize("path", _files_75(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_session_75(path: Path) -> None:
    check(path)


@pytest.mark.parametrize("member", _members_74(), ids=lambda m: m[1])
def test_session_74(member: tuple[str, str], tmp_path: Path) -> None:
    archive, name = member
    with zipfile.ZipFile(SESSION_74 / archive) as zf:
        data = zf.read(name)
    path = tmp_path / Path(name).name
    path.write_bytes(data)
    if not data.strip():  # 5 empty files in the UN's Russian zip: refused in one line
        result = run("--file", str(path), "show", "--format", "plain")
        assert result.exit_code == 2 and "Traceback" not in result.output
        return
    check(path)


def test_every_file_is_a_case() -> None:
    require_shared(75)
    require_shared(74)
    assert len(_files_75()) == 319 + 319 + 319 + 319 + 318  # fr es ru ar zh folders
    assert len(_members_74()) == 5 * 313
