"""The bundled JSON is faithful to the source text, word for word."""

from __future__ import annotations

import json
import re

import source_text
from conftest import BUNDLED
from resolution_cli.loader import load


def bundled() -> dict:  # type: ignore[type-arg]
    return json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_counts() -> None:
    data = bundled()
    assert len(data["preamble"]) == 16
    assert len(data["operative"]) == 4
    assert len(data["footnotes"]) == 3


def test_every_word_of_the_body_in_order() -> None:
    """The words of the source's body equal the words of the clauses and footnotes.

    Footnotes sit at the foot of a page in the source, so the body's words are
    compared with the clauses' words with the footnote lines taken out, and the
    footnote lines' words with the footnotes' words; together they are every word.
    """
    data = bundled()
    clause_words = [w for c in data["preamble"] + data["operative"] for w in c["text"].split()]
    footnote_words = [w for f in data["footnotes"] for w in f["text"].split()]
    footnote_line_words = [w for text in source_text.footnote_texts() for w in text.split()]
    body = source_text.body_words()
    assert sorted(body) == sorted(clause_words + footnote_words)
    assert footnote_line_words == footnote_words
    without_footnotes = list(body)
    for number, text in enumerate(source_text.footnote_texts(), start=1):
        words = text.split()
        for i in range(len(without_footnotes)):
            if without_footnotes[i : i + len(words)] == words:
                del without_footnotes[i : i + len(words)]
                break
        else:
            raise AssertionError(f"footnote {number} not found in the body")
    assert without_footnotes == clause_words


def test_each_clause_text_equals_the_source_paragraph() -> None:
    data = bundled()
    texts = [c["text"] for c in data["preamble"] + data["operative"]]
    assert texts == source_text.clause_texts()


def test_source_spellings_are_kept() -> None:
    data = bundled()
    pp = {c["id"]: c["text"] for c in data["preamble"]}
    assert "Ashgabad" in pp["PP3"] and "Ashgabat" not in pp["PP3"]
    assert "Ashgabat Declaration" in pp["PP9"]
    assert "Women Leaders' Caucus" in pp["PP15"]
    assert data["footnotes"][2]["text"] == "A/71/982-S/2017/600, annex."


def test_no_markup_survives() -> None:
    for clause in bundled()["preamble"] + bundled()["operative"]:
        assert not re.search(r"[*<>]|\]\(|\[", clause["text"]), clause["id"]


def test_pp7_is_one_clause_across_the_page_break() -> None:
    pp7 = bundled()["preamble"][6]["text"]
    assert pp7.startswith("Understanding the importance")
    assert "the countries of the region to establish" in pp7
    assert pp7.endswith("represented by the United Nations,")


def test_marker_positions_match_the_source() -> None:
    """Each marker stands where the source puts <sup>n</sup>."""
    src = source_text.raw()
    resolution = load()
    for clause in resolution.clauses:
        for marker in clause.markers:
            before = src.split(f"<sup>{marker.number}</sup>")[0]
            expected_tail = source_text.strip_markup(before).split()[-1]
            assert clause.text[: marker.offset].split()[-1] == expected_tail
    pp8 = resolution.preamble[7]
    assert pp8.text[: pp8.markers[0].offset].endswith("Strategy")
    assert pp8.text[pp8.markers[0].offset :].startswith(" in the region")


def test_header_facts_come_from_the_source() -> None:
    src = source_text.raw()
    data = bundled()
    title = re.search(r"### \*\*(\d+/\d+)\. (.+?)\*\*", src)
    assert title is not None
    assert (data["number"], data["title"]) == title.groups()
    assert data["session_name"] in src
    assert f"Agenda item {data['agenda_items'][0]['number']}" in src
    assert data["agenda_items"][0]["title"] in src
    assert "16 April 2021" in src and data["adopted"] == "2021-04-16"
    assert "20 April 2021" in src and data["issued"] == "2021-04-20"
    assert data["meeting"]["name"] in src
    for draft in data["drafts"]:
        assert f"[{draft}](#)" in src
    assert data["committee"] in src


def test_bundled_json_is_the_import_of_the_source() -> None:
    from helpers import run

    result = run("import", str(source_text.SOURCE))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == BUNDLED.read_text(encoding="utf-8")


def test_official_facts_name_their_origin() -> None:
    data = bundled()
    for field in ("adoption_type", "record", "sponsors", "additional_sponsors"):
        assert data[field], field
        assert field in data["provenance"]
    assert data["record"] == "A/75/PV.59"
    assert data["adoption_type"] == "Without a vote"
