"""Annex paragraphs printed without italics take their lead phrase from the lexicon,
marked as inferred (75/284's political declaration: "Reaffirm the 2030 Agenda ...")."""

from __future__ import annotations

import json
import re

from lxml import etree

from conftest import require_shared
from helpers import run

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _annex_paragraph_texts(path: str) -> list[str]:
    """The text of each numbered paragraph of the file's annexes, from the UN's XML."""
    tree = etree.parse(path)
    texts = []
    for attachment in tree.iter(f"{AKN}attachment"):
        for paragraph in attachment.iter(f"{AKN}paragraph"):
            if paragraph.find(f"{AKN}num") is None:
                continue
            content = paragraph.find(f"{AKN}content")
            if content is None:
                continue
            text = " ".join("".join(content.itertext()).split())
            texts.append(text)
    return texts


def _records(*args: str) -> list[dict[str, object]]:
    result = run(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout) if result.stdout else []


def test_reaffirm_is_found_in_the_declaration_of_75_284() -> None:
    path = str(require_shared(75) / "75_284_E.xml")
    expected = sum(1 for text in _annex_paragraph_texts(path) if re.match(r"Reaffirm\b", text))
    assert expected >= 5
    result = run("--file", path, "grep", "--verb", "reaffirm", "--part", "annex", "-l")
    assert result.exit_code == 0, result.stderr
    ids = result.stdout.split()
    assert len(ids) == expected
    found = _records("--file", path, "grep", "--verb", "reaffirm", "--part", "annex")
    for record in found:
        assert str(record["text"]).startswith("Reaffirm")
        assert record["lead_inferred"] is True


def test_every_inferred_phrase_is_a_prefix_of_its_clause() -> None:
    for name in ("75_284_E.xml", "75_212_E.xml"):
        path = str(require_shared(75) / name)
        for record in _records("--file", path, "list", "--part", "annex"):
            if record.get("lead_inferred"):
                assert str(record["text"]).startswith(str(record["verb"])), record["id"]
                assert record["verb"]


def test_verbs_of_the_declaration_has_no_empty_phrase_for_its_paragraphs() -> None:
    path = str(require_shared(75) / "75_284_E.xml")
    rows = _records("--file", path, "verbs", "--part", "annex")
    empty = [row for row in rows if row["verb"] == ""]
    # Only the opening paragraph ("In order to get the world on track ...") and
    # "To this end we:" start with no lead verb.
    assert [row["ids"] for row in empty] == [["annex.1", "annex.u1"]]
    assert sum(int(str(row["count"])) for row in rows) == 74
    inferred = [row for row in rows if row["verb"]]
    assert all(row["inferred_ids"] == row["ids"] for row in inferred)
    # The plain output keeps its three columns.
    plain = run("--file", path, "verbs", "--part", "annex", "--format", "plain")
    assert all(len(line.split("\t")) == 3 for line in plain.stdout.splitlines())


def test_75_212_annexes_print_no_lead_verbs_and_get_none() -> None:
    # The conference's agenda, organization of work and rules of procedure: no
    # paragraph starts with a lead verb of the lexicon, so none is inferred.
    path = str(require_shared(75) / "75_212_E.xml")
    records = _records("--file", path, "list", "--part", "annex")
    assert records
    assert not any(record.get("lead_inferred") for record in records)


def test_an_annex_printing_italics_is_unchanged() -> None:
    # 75/272's annex (the bundled resolution) prints its lead phrases in italics.
    for record in _records("list", "--part", "annex") + _records("list"):
        assert "lead_inferred" not in record
    exported = run("export", "--format", "json")
    assert "lead_inferred" not in exported.stdout


def _body_paragraph_texts(path: str) -> list[str]:
    """The text of each numbered paragraph of the main body, from the UN's XML."""
    body = etree.parse(path).find(f".//{AKN}mainBody")
    assert body is not None
    texts = []
    for paragraph in body.iter(f"{AKN}paragraph"):
        content = paragraph.find(f"{AKN}content")
        if paragraph.find(f"{AKN}num") is not None and content is not None:
            texts.append(" ".join("".join(content.itertext()).split()))
    return texts


def test_a_declaration_adopted_in_the_body_takes_the_lexicons_leads() -> None:
    """74/2 adopts its political declaration in the body ("*Adopts* the following
    political declaration ...", issue 16): the declaration's paragraphs print no
    italics, and "Reaffirm ...", "Recognize ..." are found as an annex's are."""
    path = str(require_shared(74) / "74_2.xml")
    printed = _body_paragraph_texts(path)
    starting = {
        phrase: sum(text.startswith(f"{phrase} ") for text in printed)
        for phrase in ("Reaffirm", "Recognize")
    }
    assert starting["Reaffirm"] >= 3 and starting["Recognize"] >= 10
    records = _records("--file", path, "grep", "--verb", "reaffirm")
    assert len(records) == starting["Reaffirm"]
    assert all(r["lead_inferred"] is True and r["verb"] == "Reaffirm" for r in records)
    found = _records("--file", path, "list", "--verb", "recognize")
    assert len(found) == starting["Recognize"]
    adopting = _records("--file", path, "show", "OP.u1")
    assert adopting[0]["verb"] == "Adopts" and "lead_inferred" not in adopting[0]
