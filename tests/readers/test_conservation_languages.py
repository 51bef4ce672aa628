"""Conservation in the five other official languages: `show --format plain` prints
every word of every statement and attachment, in order.

The rule and its helpers are those of :mod:`test_conservation` (English), imported,
not rewritten: the words of each statement's preamble, main body and attachments
are taken from the XML with lxml, independently of the reader (footnote texts and
printed numbers set aside), and must all be found, in the same order, in what
``resolution --file F [--part-of X] show --format plain`` prints.

Every file of session 75 in French, Spanish, Russian, Arabic and Chinese is a case
of its own (the number of files of each folder is asserted), so that none can be
skipped silently. A file the UN published malformed (``Spanish/75_251_B_S.xml``,
see ../shared/README.md) cannot be read at all: it is the one case expected to be
refused, with one clear line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OFFICIAL, require_shared
from helpers import run
from test_conservation import _files, check

#: Folder of session 75 -> the number of files it holds.
FOLDERS = {"French": 319, "Spanish": 319, "Russian": 319, "Arabic": 319, "Chinese": 318}
#: Files the UN published as malformed XML: refused, not conserved.
MALFORMED = {"75_251_B_S.xml"}


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
