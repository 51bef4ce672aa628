"""The recorded vote: Resolution.vote equals the file's voting block and data_extract's counts.

Expectations are read here with lxml from ``meta/analysis/parliamentary/voting`` and
from data_extract/75.json, independently of the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from conftest import DATA_EXTRACT, load_official, require_shared
from resolution_cli.readers import akn

_KINDS = {
    "inFavour": ("in_favour", "in_favour_states", "MS_in_favour"),
    "against": ("against", "against_states", "MS_against"),
    "abstaining": ("abstaining", "abstaining_states", "MS_abstaining"),
}


def _recorded_vote_files() -> list[Path]:
    found = []
    for path in sorted(require_shared().glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        voting = root.find(".//{*}meta//{*}voting")
        if voting is not None and voting.find("{*}count") is not None:
            found.append(path)
    return found


def _extract() -> dict[str, dict[str, object]]:
    records = {}
    for line in DATA_EXTRACT.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[record["symbol"]] = record
    return records


def test_every_recorded_vote_is_read() -> None:
    files = _recorded_vote_files()
    assert len(files) == 100  # outcome adoptedRecordedVote (98) and "Adopted 90-0-47, ..." (2)
    extract = _extract()
    wrong: list[str] = []
    compared_with_extract = 0
    for path in files:
        root = etree.parse(str(path)).getroot()
        voting = root.find(".//{*}meta//{*}voting")
        labels = akn.parts(path.read_bytes(), path.name) or [None]
        for label in labels:
            r = load_official(path, part_of=label)
            vote = r.vote
            if vote is None:
                wrong.append(f"{path.name}: no vote read")
                continue
            assert r.adoption_type == "Recorded vote"
            for kind, (count_field, names_field, _) in _KINDS.items():
                count = voting.find(f"{{*}}count[@refersTo='{kind}']")
                value = int(count.get("value")) if count is not None else 0
                names = (
                    tuple(
                        " ".join("".join(o.itertext()).split())
                        for o in count.iter("{*}organization")
                    )
                    if count is not None
                    else ()
                )
                if getattr(vote, count_field) != value or getattr(vote, names_field) != names:
                    wrong.append(f"{path.name}: {kind} differs")
                if len(names) != value:
                    wrong.append(f"{path.name}: {kind} count {value} but {len(names)} States")
            assert vote.non_voting is None and vote.non_voting_states == ()
            record = extract.get(r.symbol)
            if record is not None and record["adoption_type"] != "Without a vote":
                compared_with_extract += 1
                for count_field, names_field, key in _KINDS.values():
                    if getattr(vote, count_field) != int(str(record[f"{key}_count"])):
                        wrong.append(f"{path.name}: {count_field} differs from data_extract")
                    # as sets: data_extract lists each State of 75/290 A twice (its count is right)
                    theirs = {" ".join(n.split()) for n in record[key]}  # type: ignore[union-attr]
                    if set(getattr(vote, names_field)) != theirs:
                        wrong.append(f"{path.name}: {names_field} differ from data_extract")
    assert compared_with_extract >= 90
    assert not wrong, "\n".join(wrong[:40])


def test_a_resolution_adopted_without_a_vote_has_none(official: Path) -> None:
    r = load_official(official / "75_272_E.xml")
    assert r.adoption_type == "Without a vote"
    assert r.vote is None
    assert "vote" not in json.loads(r.model_dump_json())


def test_votes_and_info_print_the_voting_block() -> None:
    """`votes --format jsonl` lists each State of the voting block with its vote, and
    `info --format json` its counts, for every recorded-vote file of session 75."""
    from helpers import run

    kinds = {"inFavour": "yes", "against": "no", "abstaining": "abstain"}
    counts = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}
    wrong: list[str] = []
    files = _recorded_vote_files()
    for path in files:
        root = etree.parse(str(path)).getroot()
        voting = root.find(".//{*}meta//{*}voting")
        expected = sorted(
            (" ".join("".join(o.itertext()).split()), kinds[count.get("refersTo")])
            for count in voting.findall("{*}count")
            for o in count.iter("{*}organization")
        )
        labels = akn.parts(path.read_bytes(), path.name) or [None]
        for label in labels:
            part = ["--part-of", label] if label else []
            listed = run("--file", str(path), *part, "votes", "--format", "jsonl")
            rows = sorted(
                (row["state"], row["vote"]) for row in map(json.loads, listed.stdout.splitlines())
            )
            if listed.exit_code != 0 or rows != expected:
                wrong.append(f"{path.name}: votes differ")
            info = json.loads(run("--file", str(path), *part, "info", "--format", "json").stdout)
            for count in voting.findall("{*}count"):
                if info["vote"][counts[count.get("refersTo")]] != int(count.get("value")):
                    wrong.append(f"{path.name}: info {count.get('refersTo')} differs")
    assert len(files) == 100
    assert not wrong, "\n".join(wrong[:40])
