"""State names: sponsors split on the list of States, never into pieces of a State's name.

The pieces a name could wrongly be cut into are computed here from data_extract's
own vote lists (every Member State), independently of the reader's list.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from conftest import DATA_EXTRACT, DATA_EXTRACT_74, ROOT, load_official, require_shared
from resolution_cli import load, states
from resolution_cli.readers.akn.names import split_states

_CUT = re.compile(r",\s+|\s+and\s+", re.IGNORECASE)


@cache
def _vote_list_names() -> frozenset[str]:
    require_shared()
    found: set[str] = set()
    for path in (DATA_EXTRACT, DATA_EXTRACT_74):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
                found.update(" ".join(n.split()).casefold() for n in record[key])
    return frozenset(found)


@cache
def _fragments() -> frozenset[str]:
    """Pieces of State names cut at ', ' or ' and ' that are not State names themselves
    ("bosnia", "herzegovina", "tobago", "saint kitts", "northern ireland", ...)."""
    states = _vote_list_names()
    pieces = {
        piece.strip().removeprefix("the ")
        for name in states
        for piece in _CUT.split(name)
        if piece.strip() != name
    }
    return frozenset(p for p in pieces if p and p not in states)


def _files() -> list[Path]:
    return sorted(require_shared().glob("*.xml"))


def test_fragments_are_the_expected_ones() -> None:
    fragments = _fragments()
    for piece in ("bosnia", "herzegovina", "trinidad", "tobago", "antigua", "barbuda", "nevis"):
        assert piece in fragments
    assert "guinea" not in fragments  # a State of its own


def test_no_sponsor_is_a_fragment_of_a_state_name() -> None:
    files = _files()
    assert len(files) == 339
    fragments = _fragments()
    wrong: list[str] = []
    seen = 0
    for path in files:
        labels = names_of_parts(path)
        for label in labels:
            r = load_official(path, part_of=label)
            for sponsor in r.sponsors + r.additional_sponsors:
                seen += 1
                if sponsor.casefold().removeprefix("the ") in fragments:
                    wrong.append(f"{path.name} [{label}]: {sponsor!r}")
    assert seen > 10_000
    assert not wrong, "\n".join(wrong[:40])


def names_of_parts(path: Path) -> list[str | None]:
    from resolution_cli.readers import akn

    return list(akn.parts(path.read_bytes(), path.name)) or [None]


def test_names_with_and_stay_whole() -> None:
    """Every State name with 'and' that a file's sponsor line prints is read as one name."""
    wrong: list[str] = []
    checked = 0
    states_with_and = [s for s in _vote_list_names() if " and " in s]
    for path in _files():
        root = etree.parse(str(path)).getroot()
        lines = [
            " ".join((step.get("by") or "").split())
            for step in root.iter("{*}step")
            if (step.get("outcome") or "").startswith("draftResolution")
        ]
        printed = {s for s in states_with_and for line in lines if s in line.casefold()}
        if not printed:
            continue
        for label in names_of_parts(path):
            r = load_official(path, part_of=label)
            read = {n.casefold().removeprefix("the ") for n in r.sponsors + r.additional_sponsors}
            for state in printed:
                checked += 1
                if state not in read:
                    wrong.append(f"{path.name} [{label}]: {state!r} not read whole")
    assert checked > 100
    assert not wrong, "\n".join(wrong[:40])


def test_split_states_by_hand() -> None:
    warnings: list[str] = []
    line = (
        "Antigua and Barbuda, Bosnia and  Herzegovina, the Bahamas, Micronesia (Federated "
        "States of), Guyana (on behalf of the States Members of the United Nations that are "
        "members of the Group of 77 and China), Côte d’Ivoire, Saint Kitts and Nevis, Sao "
        "Tome and Principe, Trinidad and Tobago and United Kingdom of Great Britain and "
        "Northern Ireland"
    )
    assert split_states(line, warnings.append) == (
        "Antigua and Barbuda",
        "Bosnia and  Herzegovina",
        "the Bahamas",
        "Micronesia (Federated States of)",
        "Guyana (on behalf of the States Members of the United Nations that are members of "
        "the Group of 77 and China)",
        "Côte d’Ivoire",
        "Saint Kitts and Nevis",
        "Sao Tome and Principe",
        "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland",
    )
    assert warnings == []


def test_unknown_names_are_kept_whole_with_a_warning() -> None:
    warnings: list[str] = []
    got = split_states(
        "Chile, Land of Oz and Emerald City, Peru, Uruguay and Atlantis", warnings.append
    )
    assert got == ("Chile", "Land of Oz and Emerald City", "Peru", "Uruguay", "Atlantis")
    assert len(warnings) == 2
    assert "'Land of Oz and Emerald City'" in warnings[0] and "kept whole" in warnings[0]
    assert split_states("submitted by the President of the General Assembly", print) == (
        "submitted by the President of the General Assembly",
    )


def test_a_line_without_any_state_name_is_split_at_separators() -> None:
    warnings: list[str] = []
    assert split_states("Allemagne, Autriche, Chili et France", warnings.append) == (
        "Allemagne",
        "Autriche",
        "Chili",
        "France",
    )
    assert len(warnings) == 1


def test_the_list_is_read_only_when_splitting(monkeypatch: pytest.MonkeyPatch) -> None:
    states._table.cache_clear()
    load(ROOT / "data" / "resolution_75_272.json")
    assert states._table.cache_info().currsize == 0
    assert split_states("Chile and Peru", print) == ("Chile", "Peru")
    assert states._table.cache_info().currsize == 1


def test_the_list_ships_in_the_package() -> None:
    from importlib import resources

    raw = resources.files("resolution_cli").joinpath("data/state_names.json").read_text("utf-8")
    listed = {n.casefold() for n in json.loads(raw)["names"]}
    assert _vote_list_names() <= listed
    assert {"holy see", "state of palestine"} <= listed


#: data_extract's spellings of the same States (it follows later names and short forms).
_SAME_STATE = {
    "türki̇ye": "turkey",
    "türkiye": "turkey",
    "united kingdom": "united kingdom of great britain and northern ireland",
    "united states": "united states of america",
}
#: Files whose sponsors differ from data_extract's for a reason of the source's own.
_DIFFERENT = {
    "75_175_E.xml": "the AKN file prints 'Guinea -Bissau'",
    "75_259_E.xml": "data_extract adds a second 'GUINEA' to 'Guinea (on behalf of ...)'",
    "75_282_E.xml": "data_extract lists no additional sponsors; the file prints three",
    "75_42_E.xml": "data_extract lists fewer additional sponsors than the file",
    "A_RES_75_319-2112020E.xml": "the AKN file prints 'United' for 'United States of America'",
}


def _same(name: str) -> str:
    folded = " ".join(name.replace("\u2019", "'").split()).casefold().removeprefix("the ")
    return _SAME_STATE.get(folded, folded)


def test_sponsors_agree_with_data_extract() -> None:
    """The UN split its sponsor lists itself in data_extract: ours must agree, name for
    name, up to spellings of the same State, except in the files listed (and those
    must still differ, so that the list stays true)."""
    require_shared()  # before reading data_extract, so that its absence is a skip
    extract = {}
    for line in DATA_EXTRACT.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        extract[record["symbol"]] = record
    agree = 0
    wrong: list[str] = []
    for path in _files():
        for label in names_of_parts(path):
            r = load_official(path, part_of=label)
            record = extract.get(r.symbol)
            if record is None:
                continue
            ours = {_same(n) for n in r.sponsors + r.additional_sponsors}
            theirs = {_same(n) for n in record["sponsors"] + record["additional_sponsors"]}
            if (ours == theirs) == (path.name in _DIFFERENT):
                wrong.append(f"{path.name}: {sorted(ours ^ theirs)[:4]}")
            agree += ours == theirs
    assert agree >= 330
    assert not wrong, "\n".join(wrong[:40])


def test_sponsors_test_skips_without_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ../shared the data_extract comparison skips (it does not error)."""
    import conftest

    monkeypatch.delenv("RESOLUTION_REQUIRE_SHARED", raising=False)
    monkeypatch.setattr(conftest, "OFFICIAL", tmp_path / "absent")
    monkeypatch.setattr(sys.modules[__name__], "DATA_EXTRACT", tmp_path / "absent.json")
    with pytest.raises(pytest.skip.Exception):
        test_sponsors_agree_with_data_extract()
