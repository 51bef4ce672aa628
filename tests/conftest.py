"""Shared fixtures: the bundled resolution, the source text, ../shared, and one corpus index.

Every fixture that is costly to build is built once per test session here, so that any
test folder can use it (see tests/README.md).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from resolution_cli.model import Resolution

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sources" / "A_RES_75_272.md"
BUNDLED = ROOT / "data" / "resolution_75_272.json"
SHARED = Path(os.environ.get("RESOLUTION_SHARED", ROOT.parent / "shared"))
OFFICIAL = SHARED / "official" / "75session" / "English"
OFFICIAL_74 = SHARED / "official" / "74session" / "English"
DATA_EXTRACT = SHARED / "official" / "data_extract" / "75.json"
DATA_EXTRACT_74 = SHARED / "official" / "data_extract" / "74.json"


#: The folder of each official language under ``official/75session`` (ISO 639-1).
LANGUAGE_FOLDERS = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}
#: The letter the UN's file names end with, per language: 75_272_E.xml, 75_272_F.xml ...
FILE_LETTERS = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
#: The span classes that print a lead phrase in each language (issue 17), as read in
#: the UN's files, stated here for the tests (not taken from the code).
LEAD_CLASSES = {
    "en": {"italic"},
    "fr": {"italic"},
    "es": {"italic"},
    "ru": {"italic"},
    "ar": {"bold", "italic"},
    "zh": {"bold"},
}


def require_shared(session: int = 75) -> Path:
    """The official corpus directory of a session (74 or 75); skip (or fail, in CI) when
    it is absent.

    `.ci/run` sets RESOLUTION_REQUIRE_SHARED=1, which turns the skip into a failure.
    """
    directory = {75: OFFICIAL, 74: OFFICIAL_74}[session]
    if directory.is_dir():
        return directory
    reason = f"../shared/official is absent (looked in {directory})"
    if os.environ.get("RESOLUTION_REQUIRE_SHARED") == "1":
        pytest.fail(reason + "; RESOLUTION_REQUIRE_SHARED=1 forbids skipping", pytrace=False)
    pytest.skip(reason)


def load_official(path: Path, part_of: str | None = None) -> Resolution:
    """``resolution_cli.load(path, part_of=part_of)`` of a file of ../shared, read once per
    test session: the models are frozen, so every test that reads the official files shares
    them (a file that fails to load raises each time)."""
    return _load_official(path.resolve(), part_of)


@functools.cache
def _load_official(path: Path, part_of: str | None) -> Resolution:
    from resolution_cli import load

    return load(path, part_of=part_of)


@pytest.fixture
def official() -> Path:
    """The directory of the session's AKN4UN files (skips when absent)."""
    return require_shared()


@pytest.fixture
def official_74() -> Path:
    """The directory of session 74's AKN4UN files (skips when absent)."""
    return require_shared(74)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The path of one corpus index of sessions 74 and 75 (about 650 files), built once per
    test session, in-process. Tests only read it: one that must change an index builds its
    own from a few files."""
    from helpers import run

    path = tmp_path_factory.mktemp("corpus") / "index.sqlite"
    result = run(
        "--db", str(path), "corpus", "add", str(require_shared(74)), str(require_shared(75))
    )
    assert result.exit_code == 0, result.output
    return str(path)
