"""One State under several spellings (issue 16, item 9): ``corpus list --sponsor``,
``corpus votes --state`` / ``--agree``, ``votes --state`` and ``diff`` give the same
answer for every spelling of a State.

A small index of a few files of session 74 is built once. Expectations come from
the XML (the sponsor lines and ``<organization>`` names, read with lxml and a
regular expression), never from our own output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import require_shared
from helpers import run

#: 74/119 prints "United Kingdom" and "Côte d’Ivoire"; 74/130 "United Kingdom of Great
#: Britain and Northern Ireland" and "Côte d'Ivoire" (and a recorded vote, "COTE
#: D'IVOIRE"); 74/91 "the United Kingdom"; 74/139 "United Kingdom" and a recorded vote.
FILES = ("74_119.xml", "74_130.xml", "74_91.xml", "74_139.xml", "74_136.xml")
UK = (
    "united kingdom",
    "United Kingdom",
    "the United Kingdom",
    "United Kingdom of Great Britain and Northern Ireland",
    "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
)
IVORY = ("Côte d'Ivoire", "Côte d\u2019Ivoire", "COTE D'IVOIRE", "cote d'ivoire")


def _sponsor_lines(path: Path) -> str:
    root = etree.parse(str(path)).getroot()
    return " | ".join(
        step.get("by") or ""
        for step in root.iter("{*}step")
        if (step.get("outcome") or "").startswith("draftResolution")
    )


def _symbol(path: Path) -> str:
    session, number = path.stem.split("_")[:2]
    return f"A/RES/{session}/{number}"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    official = require_shared(74)
    path = tmp_path_factory.mktemp("states") / "index.db"
    result = run("--db", str(path), "corpus", "add", *(str(official / f) for f in FILES))
    assert result.exit_code == 0, result.output
    return str(path)


def _symbols(db: str, *args: str) -> set[str]:
    result = run("--db", db, "corpus", "list", "--format", "jsonl", *args)
    assert result.exit_code in (0, 1), result.output
    return {json.loads(line)["symbol"] for line in result.stdout.splitlines()}


def test_sponsor_gives_the_same_resolutions_for_every_spelling(db: str) -> None:
    official = require_shared(74)
    for spellings, printed in (
        (UK, re.compile(r"United Kingdom", re.IGNORECASE)),
        (IVORY, re.compile(r"C[oô]te d['\u2019]Ivoire", re.IGNORECASE)),
    ):
        expected = {
            _symbol(official / f) for f in FILES if printed.search(_sponsor_lines(official / f))
        }
        assert len(expected) >= 3
        for spelling in spellings:
            assert _symbols(db, "--sponsor", spelling) == expected, spelling


def test_sponsor_takes_a_part_of_a_name_as_votes_state_does(db: str) -> None:
    """ "cote" is no State's whole name: as ``votes --state cote``, every State whose
    name holds it (a whole name, "Guinea", is that State alone)."""
    official = require_shared(74)
    ivory = re.compile(r"C[oô]te d['’]Ivoire", re.IGNORECASE)
    expected = {_symbol(official / f) for f in FILES if ivory.search(_sponsor_lines(official / f))}
    assert _symbols(db, "--sponsor", "cote") == _symbols(db, "--sponsor", "Côte") == expected
    assert _symbols(db, "--sponsor", "IVOIRE") == expected
    result = run("--db", db, "corpus", "list", "--sponsor", "Atlantis")
    assert result.exit_code == 2 and "Atlantis" in result.stderr


def _organizations(path: Path) -> dict[str, str]:
    """Each State of the recorded vote, by the <count> it is listed under."""
    root = etree.parse(str(path)).getroot()
    found: dict[str, str] = {}
    for count in root.iter("{*}count"):
        for o in count.iter("{*}organization"):
            found[" ".join((o.text or "").split())] = (count.get("refersTo") or "").lstrip("#")
    return found


def test_votes_state_finds_every_spelling_in_a_recorded_vote() -> None:
    path = require_shared(74) / "74_130.xml"
    listed = _organizations(path)
    printed = [n for n in listed if n.startswith("COTE")]
    assert printed == ["COTE D'IVOIRE"]  # the vote list prints it without the accent
    outputs = set()
    for spelling in (*IVORY, "cote", "Côte"):
        result = run("--file", str(path), "votes", "--state", spelling, "--format", "jsonl")
        assert result.exit_code == 0, (spelling, result.output)
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["state"] for r in rows] == printed, spelling  # printed as the source prints it
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_corpus_votes_state_and_agree_for_every_spelling(db: str) -> None:
    outputs = set()
    for spelling in IVORY:
        result = run("--db", db, "corpus", "votes", "--state", spelling, "--format", "jsonl")
        assert result.exit_code == 0, (spelling, result.output)
        outputs.add(result.stdout)
    assert len(outputs) == 1
    symbols = {json.loads(line)["symbol"] for line in outputs.pop().splitlines()}
    official = require_shared(74)
    assert symbols == {
        _symbol(official / f) for f in FILES if "COTE D'IVOIRE" in _organizations(official / f)
    }
    agree = {
        run(
            "--db", db, "corpus", "votes", "--agree", spelling, "United Kingdom", "--format", "json"
        ).stdout
        for spelling in IVORY
    }
    assert len(agree) == 1
    assert json.loads(agree.pop())["votes"] == len(symbols)  # both voted on each


def test_diff_does_not_report_one_state_removed_and_added() -> None:
    old = require_shared(74) / "74_9.xml"
    new = require_shared(75) / "75_90_E.xml"
    assert "United Kingdom," in _sponsor_lines(old) or "United Kingdom and" in _sponsor_lines(old)
    assert "United Kingdom of Great Britain and Northern Ireland" in _sponsor_lines(new)
    result = run("diff", str(old), str(new), "--format", "json")
    summary = json.loads(result.stdout)
    found = json.dumps(summary, ensure_ascii=False)
    assert "United Kingdom" not in found, "a spelling of the United Kingdom reported as changed"
