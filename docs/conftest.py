"""The names the doctests of docs/*.md use: ``rc`` (the package), ``FIXTURES`` (the
small AKN resolutions of tests/fixtures/akn) and ``tmp`` (an empty temporary folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "akn"


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any], tmp_path: Path) -> None:
    import resolution_cli

    doctest_namespace["rc"] = resolution_cli
    doctest_namespace["FIXTURES"] = FIXTURES
    doctest_namespace["tmp"] = tmp_path
