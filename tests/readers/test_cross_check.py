"""The two editions of A/RES/75/272 agree: the UN's AKN4UN XML and the printed source.

The AKN reader on ``75_272_E.xml`` and the text reader on the source give the
same clauses, lead phrases, texts and footnotes, except for the differences
between the two editions listed in ALLOWED, each found and named.
"""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE
from resolution_cli import load

#: (where, as the printed source has it, as the official XML has it)
ALLOWED = [
    ("PP3", "Ashgabad,", "Ashgabat,"),  # the source's own spelling of the city, kept
    ("PP15", "Leaders' Caucus", "Leaders’ Caucus"),  # straight vs typographic apostrophe
    ("footnote 3", "A/71/982-S/2017/600", "A/71/982–S/2017/600"),  # hyphen vs en dash
]


def test_text_and_akn_editions_agree(official: Path) -> None:
    printed = load(SOURCE)
    xml = load(official / "75_272_E.xml")
    assert [c.id for c in printed.clauses] == [c.id for c in xml.clauses]
    assert len(printed.preamble) == 16 and len(printed.operative) == 4
    assert [c.lead for c in printed.clauses] == [c.lead for c in xml.clauses]
    assert [c.markers for c in printed.clauses] == [c.markers for c in xml.clauses]

    texts_printed = {c.id: c.text for c in printed.clauses}
    texts_xml = {c.id: c.text for c in xml.clauses}
    for note in printed.footnotes:
        texts_printed[f"footnote {note.number}"] = note.text
    for note in xml.footnotes:
        texts_xml[f"footnote {note.number}"] = note.text
    assert texts_printed.keys() == texts_xml.keys()

    seen = []
    for where, ours, theirs in ALLOWED:
        assert ours in texts_printed[where], (where, ours)
        assert theirs in texts_xml[where], (where, theirs)
        texts_printed[where] = texts_printed[where].replace(ours, theirs)
        seen.append(where)
    differing = [k for k in texts_printed if texts_printed[k] != texts_xml[k]]
    assert differing == [], {k: (texts_printed[k], texts_xml[k]) for k in differing}


def test_metadata_of_the_two_editions_agree(official: Path) -> None:
    printed = load(SOURCE)
    xml = load(official / "75_272_E.xml")
    for field in (
        "symbol", "number", "title", "organ", "session", "session_name", "agenda_items",
        "distribution", "issued", "adopted", "meeting", "committee", "drafts",
        "enacting_formula", "record", "sponsors", "additional_sponsors", "work_uri",
    ):  # fmt: skip
        assert getattr(printed, field) == getattr(xml, field), field
    assert printed.adoption_type == xml.adoption_type == "Without a vote"


def test_official_facts_match_the_un_data_extract() -> None:
    """The facts our metadata file adds agree with the UN's data extract."""
    import json

    from conftest import DATA_EXTRACT, require_shared

    require_shared()
    record = next(
        json.loads(line)
        for line in DATA_EXTRACT.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["symbol"] == "A/RES/75/272"
    )
    bundled = load()
    assert bundled.record == record["pv"]
    assert bundled.adoption_type == record["adoption_type"]
    assert [s.upper() for s in bundled.sponsors] == record["sponsors"]
    # The extract writes one name as it is now spelled ("TÜRKİYE"); the XML of 2021 says Turkey.
    extract = [s for s in record["additional_sponsors"] if not s.startswith("T\u00dcRK")]
    ours = [s.upper() for s in bundled.additional_sponsors if s != "Turkey"]
    assert ours == extract
