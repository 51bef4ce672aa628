"""info, votes and the json outputs of recorded-vote resolutions of session 75, checked
against the file's own ``voting`` block, read here with lxml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from helpers import run

#: refersTo of a count -> (the info field, the vote a State gets in ``votes``)
KINDS = {
    "inFavour": ("in favour", "yes"),
    "against": ("against", "no"),
    "abstaining": ("abstaining", "abstain"),
}
JSON_KEYS = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}

#: 75/102 (a recorded vote in the Fourth Committee's report), 75/284 (the political
#: declaration on HIV and AIDS, annexed and adopted by a recorded vote)
FILES = ["75_102_E.xml", "75_284_E.xml"]


def voting(path: Path) -> list[tuple[str, int, list[str]]]:
    """(refersTo, value, [State, ...]) of each count of the file's voting block, in order."""
    root = etree.parse(str(path)).getroot()
    block = root.find(".//{*}meta//{*}voting")
    assert block is not None, path
    counts = []
    for count in block.findall("{*}count"):
        states = [" ".join("".join(o.itertext()).split()) for o in count.iter("{*}organization")]
        counts.append((count.get("refersTo", ""), int(count.get("value", "")), states))
    assert counts, f"{path.name} records no count"
    return counts


@pytest.mark.parametrize("name", FILES)
def test_info_shows_the_adoption_type_and_the_counts(official: Path, name: str) -> None:
    path = official / name
    counts = voting(path)
    plain = run("--file", str(path), "info", "--format", "plain").stdout
    rows = dict(line.split("\t", 1) for line in plain.splitlines())
    assert rows["adoption type"] == "Recorded vote"
    for refers_to, value, _ in counts:
        assert rows[KINDS[refers_to][0]] == str(value)
    data = json.loads(run("--file", str(path), "info", "--format", "json").stdout)
    recorded = {JSON_KEYS[refers_to]: value for refers_to, value, _ in counts}
    assert set(data["vote"]) == {"in_favour", "against", "abstaining", "non_voting"}
    for key, value in data["vote"].items():
        # a count the block does not hold is null, or 0 where the reader knows it is none
        assert value == recorded[key] if key in recorded else value in (None, 0), key


@pytest.mark.parametrize("name", FILES)
def test_votes_lists_every_state_of_the_voting_block(official: Path, name: str) -> None:
    path = official / name
    expected = [
        (state, KINDS[refers_to][1]) for refers_to, _, states in voting(path) for state in states
    ]
    assert sum(value for _, value, _ in voting(path)) == len(expected)
    plain = run("--file", str(path), "votes").stdout
    assert [tuple(line.split("\t")) for line in plain.splitlines()] == expected
    records = json.loads(run("--file", str(path), "votes", "--format", "json").stdout)
    assert [(r["state"], r["vote"]) for r in records] == expected
    lines = run("--file", str(path), "votes", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == records
    against = [state for state, vote in expected if vote == "no"]
    result = run("--file", str(path), "votes", "--vote", "no")
    assert result.stdout.splitlines() == [f"{state}\tno" for state in against]
    first = expected[0][0]
    assert run("--file", str(path), "votes", "--state", first.lower()).stdout == (
        f"{first}\t{expected[0][1]}\n"
    )


def test_a_resolution_adopted_without_a_vote(official: Path) -> None:
    path = official / "75_272_E.xml"
    root = etree.parse(str(path)).getroot()
    block = root.find(".//{*}meta//{*}voting")
    assert block is not None and block.get("outcome") == "adoptedWithoutVote"
    result = run("--file", str(path), "votes")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (
        "resolution: A/RES/75/272 was adopted without a vote: there is no vote to list\n"
    )
    assert "vote" not in json.loads(run("--file", str(path), "info", "--format", "json").stdout)
