"""Every clause of every session-75 resolution can be cited, compactly and as the UN
writes it, and every renderer draws every resolution, sections and annexes included."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from conftest import load_official
from resolution_cli.model import Resolution
from resolution_cli.query import select
from resolution_cli.render import get
from resolution_cli.terminal import Terminal
from resolution_cli.views import Document


def _files() -> list[Path]:
    from conftest import require_shared

    return sorted(require_shared().glob("*.xml"))


@pytest.fixture(scope="module")
def session() -> list[tuple[Path, Resolution]]:
    """Every file of the session with the resolution read from it (read once)."""
    return [(path, load_official(path)) for path in _files()]


def _written(clause_id: str, num: str | None) -> str | None:
    """How the UN would write the citation of a numbered clause, or None."""
    if num is None or not re.fullmatch(r"\d+\.", num):
        return None
    number = num[:-1]
    if re.fullmatch(r"OP\d+", clause_id):
        # where printed numbers restart without sections (75/1's inline declaration),
        # "para. 1" is the resolution's own first paragraph, OP1
        return f"para. {number}" if clause_id == f"OP{number}" else None
    section = re.fullmatch(r"([A-Z]+)\.OP\d+", clause_id)
    if section:
        return f"sect. {section.group(1)}, para. {number}"
    annex = re.fullmatch(r"annex([IVXLC]*)\.(?:art(\d+)\.)?\d+", clause_id)
    if annex:
        where = "annex" + (f" {annex.group(1)}" if annex.group(1) else "")
        article = f", art. {annex.group(2)}" if annex.group(2) else ""
        return f"{where}{article}, para. {number}"
    return None


def test_every_clause_is_cited_by_its_id_and_its_written_form(
    session: list[tuple[Path, Resolution]],
) -> None:
    assert len(session) == 339
    cited = written = structured = sectioned = annexed = 0
    wrong: list[str] = []
    for path, resolution in session:
        sectioned += bool(resolution.sections)
        annexed += bool(resolution.annexes)
        for clause in resolution.clauses:
            chosen = select([clause.id], resolution)
            cited += 1
            # an unnumbered article's id names the whole article, which holds it
            if clause not in chosen or (len(chosen) > 1 and clause.article is None):
                wrong.append(f"{path.name}: {clause.id} -> {[c.id for c in chosen]}")
            form = _written(clause.id, clause.num)
            if form is None:
                continue
            written += 1
            structured += "." in clause.id
            if select([form], resolution) != (clause,):
                wrong.append(f"{path.name}: {form!r} is not {clause.id}")
    assert wrong == []
    assert sectioned >= 5 and annexed >= 10
    assert cited > 10_000 and written > 5_000 and structured > 500


@pytest.mark.parametrize("fmt", ["plain", "rich", "markdown", "json", "jsonl", "csv", "tsv"])
def test_every_resolution_draws_in_every_format(
    session: list[tuple[Path, Resolution]], fmt: str
) -> None:
    render = get(fmt)
    for path, resolution in session:
        if not (resolution.sections or resolution.annexes):
            continue
        out = io.StringIO()
        render(Document(resolution), out, Terminal(is_tty=fmt == "rich", width=100))
        assert out.getvalue(), path.name
