"""resolution lineage, history and diff --prev on the hand-built corpora: every format."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from helpers import TTY, run
from json_schema import conforms
from lineage_corpora import FIXTURES, build
from resolution_cli.terminal import Terminal


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("lineage_cli")
    return {
        name: str(build(root / f"{name}.sqlite", FIXTURES / name))
        for name in ("renamed", "ab", "paragraphs")
    }


def test_lineage_plain_one_row_per_version(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["renamed"], "lineage", "72/15", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "A/RES/70/10\t2015-12-01\tWithout a vote\t\t3\t\t\t"
        "Cooperation between the United Nations and the Regional Centre",
        "A/RES/71/12\t2016-12-05\tRecorded vote\t150-2-10\t3\t"
        "A/RES/70/10 (citation in PP1, agenda item)\t\t"
        "Cooperation between the United Nations and the Regional Centre for Peace",
        "A/RES/72/15\t2017-12-04\tWithout a vote\t\t3\t"
        "A/RES/71/12 (title, citation in PP1, agenda item)\t\t"
        "Cooperation between the United Nations and the Regional Centre for Peace",
    ]


def test_lineage_json_jsonl_and_schema(dbs: dict[str, str]) -> None:
    schema = json.loads(run("schema", "lineage-record").output)
    document = json.loads(run("--db", dbs["ab"], "lineage", "72/22", "--format", "json").output)
    assert document["symbol"] == "A/RES/72/22"
    lines = [
        json.loads(line)
        for line in run(
            "--db", dbs["ab"], "lineage", "72/22", "--format", "jsonl"
        ).output.splitlines()
    ]
    assert lines == document["versions"]
    assert [v["symbol"] for v in lines] == [
        "A/RES/70/20",
        "A/RES/71/21 A",
        "A/RES/71/21 B",
        "A/RES/72/22",
    ]
    assert all(conforms(v, schema) for v in lines)
    assert lines[-1]["previous"] == [
        {
            "symbol": "A/RES/71/21 A",
            "reasons": ["title", "agenda item"],
            "cited_in": None,
            "competing": True,
        },
        {
            "symbol": "A/RES/71/21 B",
            "reasons": ["title", "citation", "agenda item"],
            "cited_in": "PP1",
            "competing": True,
        },
    ]
    assert not conforms({**lines[0], "extra": 1}, schema)


WIDE = Terminal(is_tty=True, width=250, no_color=True)


def test_lineage_rich(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["ab"], "lineage", "72/22", "--format", "rich", term=WIDE)
    assert result.exit_code == 0
    assert "A/RES/71/21 B (title, citation in PP1, agenda item, competing)" in result.output
    assert run("--db", dbs["ab"], "lineage", "72/22", term=TTY).exit_code == 0


def test_history_plain_blocks(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["paragraphs"], "--res", "72/42", "history", "OP2")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "history A/RES/72/42 OP2\n"
        "first A/RES/71/41 OP2 2016-12-05 (absent from A/RES/70/40)\n"
        "    Encourages Member States to contribute to the trust fund of the Centre in 2016;\n"
        "changed A/RES/71/41 OP2 -> A/RES/72/42 OP2 2017-12-04\n"
        "    Encourages Member States {+and other donors +}to contribute to the trust fund of "
        "the Centre in [-2016-]{+2017+};\n"
        "gone A/RES/73/43\n"
    )
    assert result.output.isascii()
    # --res after the command says the same
    again = run("--db", dbs["paragraphs"], "history", "OP2", "--res", "72/42")
    assert again.output == result.output


def test_history_json_jsonl_and_schemas(dbs: dict[str, str]) -> None:
    step_schema = json.loads(run("schema", "history-step").output)
    summary_schema = json.loads(run("schema", "history-summary").output)
    args = ("--db", dbs["paragraphs"], "history", "OP3", "--res", "73/43")
    lines = [json.loads(x) for x in run(*args, "--format", "jsonl").output.splitlines()]
    assert [(s["symbol"], s["id"], s["op"]) for s in lines[:-1]] == [
        ("A/RES/70/40", "OP1", "first"),
        ("A/RES/71/41", "OP4", "moved"),
        ("A/RES/72/42", "OP4", "same"),
        ("A/RES/73/43", "OP3", "same"),
    ]
    assert all(conforms(s, step_schema) for s in lines[:-1])
    assert conforms(lines[-1], summary_schema)
    assert lines[-1]["first"] == {"symbol": "A/RES/70/40", "id": "OP1", "date": "2015-12-07"}
    document = json.loads(run(*args, "--format", "json").output)
    assert document["steps"] == lines[:-1]
    assert document["gone_from"] is None


def test_history_rich_keeps_marks_without_colour(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["paragraphs"], "history", "OP2", "--res", "72/42", term=WIDE)
    assert "Centre in [-2016-]{+2017+};" in result.output
    assert "A/RES/71/41 OP2 → A/RES/72/42 OP2 2017-12-04 changed" in result.output


def test_diff_prev(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["paragraphs"], "--res", "72/42", "diff", "--prev", "--format", "plain")
    assert result.exit_code == 1  # they differ, as diff(1)
    assert result.output.splitlines()[:4] == [
        "old A/RES/71/41 Small arms and light weapons in the region",
        "new A/RES/72/42 Small arms and light weapons in the region",
        "unchanged PP1, OP1 (2 clauses)",
        "changed OP2 -> OP2",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--res", "70/40", "diff", "--prev"), "A/RES/70/40 has no previous version"),
        (("history", "OP1"), "history needs the resolution: --res SYMBOL"),
        (("history", "OP9", "--res", "72/42"), "OP9"),
        (("lineage", "99/1"), "A/RES/99/1 is not in the corpus index"),
        (("diff", "--prev"), "diff --prev needs the resolution"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    dbs: dict[str, str], args: tuple[str, ...], message: str
) -> None:
    result = run("--db", dbs["paragraphs"], *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_diff_prev_refuses_to_pick_between_competing_versions(dbs: dict[str, str]) -> None:
    result = run("--db", dbs["ab"], "diff", "--prev", "72/22")
    assert result.exit_code == 2
    assert "A/RES/72/22 follows 2 competing versions (A/RES/71/21 A, A/RES/71/21 B)" in (
        result.output
    )


@pytest.mark.parametrize(
    "args",
    [("--res", "72/42", "diff", "--prev"), ("diff", "71/41", "72/42"), ("lineage", "72/42")],
)
def test_an_error_of_sqlite_is_one_line_and_exit_2(
    dbs: dict[str, str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    """A damaged index (a table gone) is worded as every corpus command words it."""
    db = tmp_path / "damaged.sqlite"
    shutil.copy(dbs["paragraphs"], db)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("DROP TABLE resolutions")
        conn.commit()
    result = run("--db", str(db), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("resolution: error: the corpus index cannot be used: no such")
    assert result.stderr.count("\n") == 1
