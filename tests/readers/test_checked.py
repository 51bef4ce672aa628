"""What the model refuses is one LoadError, worded once (``readers/checked.py``),
for every reader and for the facts of a metadata file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BUNDLED
from resolution_cli.errors import LoadError
from resolution_cli.loader import enrich, load
from resolution_cli.readers.checked import validated


def _fields() -> dict[str, object]:
    data: dict[str, object] = json.loads(BUNDLED.read_text("utf-8"))
    return data


def test_a_valid_mapping_and_valid_json_give_the_resolution() -> None:
    resolution = validated(_fields(), "x")
    assert resolution.symbol == "A/RES/75/272"
    assert validated(BUNDLED.read_text("utf-8"), "x") == resolution


def test_a_wrong_field_is_named_with_pydantics_message() -> None:
    fields = {**_fields(), "session": "seventy-fifth"}
    with pytest.raises(LoadError) as caught:
        validated(fields, "r.xml")
    assert str(caught.value).startswith("r.xml: field 'session': ")
    assert "Value error" not in str(caught.value)


def test_missing_and_unknown_fields_and_the_count_of_others() -> None:
    fields = _fields()
    del fields["title"]
    with pytest.raises(LoadError, match=r"^r\.json: missing required field 'title'$"):
        validated(fields, "r.json")
    with pytest.raises(LoadError, match=r"^r\.json: unknown field 'colour' \(not in the schema"):
        validated({**_fields(), "colour": "blue"}, "r.json")
    with pytest.raises(LoadError, match=r"'title' \(and 1 more problem\)$"):
        validated({**fields, "colour": "blue"}, "r.json")


def test_invalid_json() -> None:
    with pytest.raises(LoadError, match=r"^r\.json: not valid JSON: "):
        validated("{", "r.json")


def test_a_fact_that_does_not_fit_says_so_and_names_its_field(tmp_path: Path) -> None:
    sidecar = tmp_path / "r.meta.json"
    sidecar.write_text(json.dumps({"facts": {"adopted": "not a date"}}), "utf-8")
    resolution = load(BUNDLED).model_copy(update={"adopted": None})
    with pytest.raises(LoadError) as caught:
        enrich(resolution, sidecar)
    assert str(caught.value).startswith(
        f"{sidecar}: a fact does not fit the model: field 'adopted'"
    )
