"""Shared fixtures: the bundled resolution, the source text and ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sources" / "A_RES_75_272.md"
BUNDLED = ROOT / "data" / "resolution_75_272.json"
SHARED = Path(os.environ.get("RESOLUTION_SHARED", ROOT.parent / "shared"))
OFFICIAL = SHARED / "official" / "75session" / "English"
DATA_EXTRACT = SHARED / "official" / "data_extract" / "75.json"


def require_shared() -> Path:
    """The official corpus directory; skip (or fail, in CI) when it is absent.

    `.ci/run` sets RESOLUTION_REQUIRE_SHARED=1, which turns the skip into a failure.
    """
    if OFFICIAL.is_dir():
        return OFFICIAL
    reason = f"../shared/official is absent (looked in {OFFICIAL})"
    if os.environ.get("RESOLUTION_REQUIRE_SHARED") == "1":
        pytest.fail(reason + "; RESOLUTION_REQUIRE_SHARED=1 forbids skipping", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def official() -> Path:
    """The directory of the session's AKN4UN files (skips when absent)."""
    return require_shared()
