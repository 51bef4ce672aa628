"""resolution diff through the command line: every format, exactly, and the exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_shared
from helpers import PIPE, TTY, run
from json_schema import conforms
from resolution_cli.terminal import Terminal
from test_diff import make

WELCOMING = "Welcoming the report of the Secretary-General on the Regional Centre,"
RECALLING = "Recalling its resolution 73/1 of 1 January 2019,"
ENCOURAGES = "Encourages the Regional Centre to continue its work;"
DECIDES = "Decides to include the item in its agenda;"
REQUESTS = "Requests a report at its seventy-fifth session."


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    old = make(
        [WELCOMING, RECALLING],
        [ENCOURAGES, REQUESTS],
        footnotes={1: "A/74/100."},
        notes={"PP1": (1,)},
        title="Regional Centre",
    )
    new = make(
        [WELCOMING.replace("Welcoming", "Welcoming also"), RECALLING],
        [ENCOURAGES, DECIDES, REQUESTS.replace("fifth", "sixth")],
        symbol="A/RES/75/1",
        footnotes={1: "A/75/200."},
        notes={"PP1": (1,)},
        title="Regional Centre",
    )
    paths = tmp_path / "old.json", tmp_path / "new.json"
    paths[0].write_text(old.model_dump_json(), encoding="utf-8")
    paths[1].write_text(new.model_dump_json(), encoding="utf-8")
    return str(paths[0]), str(paths[1])


PLAIN = """\
old A/RES/74/1 Regional Centre
new A/RES/75/1 Regional Centre
changed PP1 -> PP1
    Welcoming {+also +}the report of the Secretary-General on the Regional Centre,
    lead phrase: Welcoming -> Welcoming also
    footnote added: A/75/200.
    footnote removed: A/74/100.
unchanged PP2, OP1 (2 clauses)
added OP2
    {+Decides to include the item in its agenda;+}
changed OP2 -> OP3
    Requests a report at its [-seventy-fifth-]{+seventy-sixth+} session.
summary 2 same, 2 changed, 1 added, 0 deleted, 0 moved; 10 words inserted, 1 deleted
    references added: A/75/200
    references removed: A/74/100
"""


def test_plain(files: tuple[str, str]) -> None:
    result = run("diff", *files)  # a pipe: auto is plain
    assert (result.exit_code, result.output) == (1, PLAIN)
    assert result.output.isascii()  # the format's marks are ASCII ("->", not an arrow)
    assert "@@" not in result.output  # no imitation of a unified-diff hunk header


def test_plain_headers_are_greppable(files: tuple[str, str]) -> None:
    """Every line that does not start with a space is a header whose first word is its kind."""
    output = run("diff", "--format", "plain", *files).output
    headers = [line.split()[0] for line in output.splitlines() if not line.startswith(" ")]
    assert headers == ["old", "new", "changed", "unchanged", "added", "changed", "summary"]


def test_plain_all_prints_unchanged_text(files: tuple[str, str]) -> None:
    output = run("diff", "--all", "--format", "plain", *files).output
    assert f"same PP2 -> PP2\n    {RECALLING}\nsame OP1 -> OP1\n    {ENCOURAGES}\n" in output
    assert "unchanged" not in output


def test_plain_names_renumbered_unchanged_clauses_on_both_sides(tmp_path: Path) -> None:
    """OP1 deleted: the old OP2-OP3 are the new OP1-OP2, unchanged."""
    old = make([WELCOMING], [DECIDES, ENCOURAGES, REQUESTS])
    new = make([WELCOMING], [ENCOURAGES, REQUESTS], symbol="A/RES/75/1")
    paths = tmp_path / "old.json", tmp_path / "new.json"
    paths[0].write_text(old.model_dump_json(), encoding="utf-8")
    paths[1].write_text(new.model_dump_json(), encoding="utf-8")
    result = run("diff", "--format", "plain", *map(str, paths))
    assert result.exit_code == 1
    assert result.output.splitlines()[2:5] == [
        "unchanged PP1 (1 clause)",
        "deleted OP1",
        f"    [-{DECIDES}-]",
    ]
    assert "unchanged OP2-OP3 -> OP1-OP2 (2 clauses)" in result.output.splitlines()


MARKDOWN_HEAD = (
    "# A/RES/74/1 → A/RES/75/1\n\n"
    "### Regional Centre\n\n"
    "Welcoming **also** the report of the Secretary-General on the Regional Centre,\\\n"
    "Footnote: **A/75/200.**\\\n"
    "Footnote: ~~A/74/100.~~\n\n"
)


def test_markdown_folds_unchanged_clauses_unless_all(files: tuple[str, str]) -> None:
    result = run("diff", "--format", "markdown", *files)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"{MARKDOWN_HEAD}*PP2, OP1 2 unchanged clauses*\n\n**2.** **{DECIDES}**\n\n"
    )
    assert RECALLING not in result.output


def test_markdown(files: tuple[str, str]) -> None:
    result = run("diff", "--all", "--format", "markdown", *files)
    assert result.exit_code == 1
    assert result.output == (
        f"{MARKDOWN_HEAD}"
        f"{RECALLING}\n\n"
        f"1\\. {ENCOURAGES}\n\n"
        f"**2.** **{DECIDES}**\n\n"
        "~~2.~~ **3.** Requests a report at its ~~seventy-fifth~~**seventy-sixth** session.\n\n"
        "---\n\n"
        "- 2 same, 2 changed, 1 added, 0 deleted, 0 moved; 10 words inserted, 1 deleted\n"
        "- references added: A/75/200\n"
        "- references removed: A/74/100\n"
    )


def test_jsonl(files: tuple[str, str]) -> None:
    result = run("diff", "--format", "jsonl", *files)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["op"], r["old"], r["new"]) for r in lines] == [
        ("changed", "PP1", "PP1"),
        ("same", "PP2", "PP2"),
        ("same", "OP1", "OP1"),
        ("added", None, "OP2"),
        ("changed", "OP2", "OP3"),
        ("summary", "A/RES/74/1", "A/RES/75/1"),
    ]
    assert lines[3] == {
        "op": "added",
        "old": None,
        "new": "OP2",
        "part": "operative",
        "section": None,
        "annex": None,
        "moved": False,
        "changed": None,
        "similarity": None,
        "by_place": False,
        "old_text": None,
        "new_text": DECIDES,
        "diff": [{"op": "insert", "text": DECIDES}],
        "verb_old": None,
        "verb_new": "Decides",
        "footnotes_added": [],
        "footnotes_removed": [],
        "refs_added": [],
        "refs_removed": [],
        "split_from": None,
        "merged_into": None,
    }
    assert lines[-1] == {
        "op": "summary",
        "old": "A/RES/74/1",
        "new": "A/RES/75/1",
        "differ": True,
        "same": 2,
        "changed": 2,
        "added": 1,
        "deleted": 0,
        "moved": 0,
        "words_inserted": 10,
        "words_deleted": 1,
        "title": None,
        "agenda_items": None,
        "sponsors_added": [],
        "sponsors_removed": [],
        "adoption_type": None,
        "refs_added": ["A/75/200"],
        "refs_removed": ["A/74/100"],
        "headings": [],
    }


def test_json_is_records_then_summary(files: tuple[str, str]) -> None:
    result = run("diff", "--format", "json", *files)
    data = json.loads(result.output)
    lines = [
        json.loads(line) for line in run("diff", "--format", "jsonl", *files).output.splitlines()
    ]
    assert list(data) == ["records", "summary"]
    assert data["records"] == lines[:-1] and data["summary"] == lines[-1]


def test_records_validate_against_their_schemas(files: tuple[str, str]) -> None:
    record_schema = json.loads(run("schema", "diff-record").output)
    summary_schema = json.loads(run("schema", "diff-summary").output)
    lines = [
        json.loads(line) for line in run("diff", "--format", "jsonl", *files).output.splitlines()
    ]
    assert all(conforms(line, record_schema) for line in lines[:-1])
    assert conforms(lines[-1], summary_schema)
    assert not conforms(lines[-1], record_schema)
    assert not conforms({**lines[0], "op": "renamed"}, record_schema)
    assert not conforms({**lines[0], "extra": 1}, record_schema)


def test_rich_without_colour_keeps_the_marks(files: tuple[str, str]) -> None:
    term = Terminal(is_tty=True, width=100, no_color=True)
    result = run("diff", *files, term=term)
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert result.output.splitlines() == [
        "- A/RES/74/1 Regional Centre",
        "+ A/RES/75/1 Regional Centre",
        "",
        "PP1 → PP1 changed",
        "Welcoming {+also +}the report of the Secretary-General on the Regional Centre,",
        "lead phrase: Welcoming → Welcoming also",
        "footnote added: A/75/200.",
        "footnote removed: A/74/100.",
        "",
        "PP2, OP1 2 unchanged clauses",
        "",
        "OP2 added",
        "{+Decides to include the item in its agenda;+}",
        "",
        "OP2 → OP3 changed",
        "Requests a report at its [-seventy-fifth-]{+seventy-sixth+} session.",
        "",
        "────────────────────",
        "2 same, 2 changed, 1 added, 0 deleted, 0 moved; 10 words inserted, 1 deleted",
        "references added: A/75/200",
        "references removed: A/74/100",
    ]


def test_rich_on_a_terminal_strikes_and_underlines(files: tuple[str, str]) -> None:
    output = run("diff", *files, term=TTY).output
    assert "\x1b[9;31mseventy-fifth\x1b[0m" in output  # red strike-through
    assert "\x1b[4;32mseventy-sixth\x1b[0m" in output  # green underline
    assert "[-" not in output


@pytest.mark.parametrize("fmt", ["plain", "rich", "markdown"])
def test_same_files_print_nothing_and_exit_0(files: tuple[str, str], fmt: str) -> None:
    """As diff(1): identical inputs print nothing (the machine formats keep their summary)."""
    result = run("diff", "--format", fmt, files[0], files[0], term=TTY)
    assert (result.exit_code, result.output) == (0, "")
    summary = json.loads(run("diff", "--format", "json", files[0], files[0]).output)["summary"]
    assert (summary["differ"], summary["same"]) == (False, 4)


def test_same_files_with_all_print_every_clause(files: tuple[str, str]) -> None:
    result = run("diff", "--all", "--format", "plain", files[0], files[0])
    assert result.exit_code == 0
    assert result.output.splitlines()[2:4] == ["same PP1 -> PP1", f"    {WELCOMING}"]
    assert result.output.endswith(
        "summary 4 same, 0 changed, 0 added, 0 deleted, 0 moved; 0 words inserted, 0 deleted\n"
    )


def test_limits(files: tuple[str, str]) -> None:
    result = run("diff", "--part", "preambular", "--format", "jsonl", *files)
    ids = [json.loads(line)["new"] for line in result.output.splitlines()]
    assert ids == ["PP1", "PP2", "A/RES/75/1"]
    unchanged = run("diff", "--part", "preambular", files[0], files[0])
    assert unchanged.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["nofile.xml", "{new}"],
            "resolution: error: OLD 'nofile.xml': no such file; give a resolution file "
            "(JSON, AKN XML or text) or a symbol of the corpus index such as 75/272\n",
        ),
        (
            ["-", "-"],
            "resolution: error: OLD and NEW cannot both be stdin ('-'); give at least one file\n",
        ),
        (
            ["--section", "IX", "{old}", "{new}"],
            "resolution: error: neither resolution has a section IX; check --part, --section, "
            "--annex\n",
        ),
        (
            ["--format", "csv", "{old}", "{new}"],
            None,
        ),
    ],
)
def test_errors_exit_2(files: tuple[str, str], args: list[str], message: str | None) -> None:
    filled = [a.format(old=files[0], new=files[1]) for a in args]
    result = run("diff", *filled, term=PIPE)
    assert result.exit_code == 2
    assert result.stdout == ""
    if message is not None:
        assert result.stderr == message
    else:
        assert result.stderr.startswith("resolution: error: ") and result.stderr.count("\n") == 1


def test_a_symbol_without_an_index_is_an_error(files: tuple[str, str], tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.sqlite"), "diff", files[0], "75/272")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("resolution: error: ") and result.stderr.count("\n") == 1


def test_a_symbol_is_read_from_the_index_db_names_without_fallbacks(
    files: tuple[str, str], tmp_path: Path
) -> None:
    import resolution_cli.cli.diff as command

    source = Path(command.__file__).read_text("utf-8")
    assert "ImportError" not in source and "getattr(" not in source
    missing = tmp_path / "none.sqlite"
    result = run("--db", str(missing), "diff", files[0], "75/272")
    assert result.exit_code == 2 and str(missing) in result.stderr


def test_symbols_of_the_corpus_index(corpus_db: str) -> None:
    # OLD and NEW as symbols read the indexed resolutions: the same diff as from the files.
    old = require_shared(74) / "74_129.xml"
    new = require_shared(75) / "75_162_E.xml"
    db = corpus_db  # the shared index of sessions 74 and 75
    from_files = run("diff", "--format", "json", str(old), str(new))
    from_index = run("--db", db, "diff", "--format", "json", "74/129", "A/RES/75/162")
    assert from_index.exit_code == from_files.exit_code == 1
    assert json.loads(from_index.stdout) == json.loads(from_files.stdout)
    unknown = run("--db", db, "diff", "74/129", "75/999")
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert "75/999" in unknown.stderr and unknown.stderr.count("\n") == 1


def test_markdown_marks_read_as_emphasis_or_fall_back_to_html() -> None:
    from resolution_cli.diff.words import Segment
    from resolution_cli.render.diff_markdown import marked

    segments = [
        Segment("equal", "the United Nations Educational"),
        Segment("insert", ","),
        Segment("equal", " Scientific "),
        Segment("delete", "and "),
        Segment("equal", "Cultural *Organization*\n(a) "),
        Segment("insert", "new"),
    ]
    assert marked(segments) == (
        "the United Nations Educational<ins>,</ins> Scientific ~~and~~ Cultural "
        "\\*Organization\\*\\\n(a) **new**"
    )


def test_stdin_as_one_side(files: tuple[str, str]) -> None:
    old_text = Path(files[0]).read_text(encoding="utf-8")
    result = run("diff", "-", files[1], stdin=old_text)
    assert (result.exit_code, result.output) == (1, PLAIN)


def test_a_changed_section_heading_or_annex_title_is_a_difference(tmp_path: Path) -> None:
    from hand_built import annexed, sectioned

    for made, change, where, line in (
        (sectioned, "sections", "section II", "section II heading"),
        (annexed, "annexes", "Annex I", "Annex I title"),
    ):
        old = made()
        parts = getattr(old, change)
        field = "heading" if change == "sections" else "title"
        first = next(p for p in parts if p.num == where.split()[-1])
        renamed = first.model_copy(update={field: ("A heading written anew",)})
        new = old.model_copy(update={change: tuple(renamed if p is first else p for p in parts)})
        paths = tmp_path / f"{change}-old.json", tmp_path / f"{change}-new.json"
        paths[0].write_text(old.model_dump_json(), encoding="utf-8")
        paths[1].write_text(new.model_dump_json(), encoding="utf-8")
        before = " / ".join(getattr(first, field)) or "(none)"
        result = run("diff", "--format", "plain", *map(str, paths))
        assert result.exit_code == 1
        assert result.output.endswith(f"\n    {line}: {before} -> A heading written anew\n")
        summary = json.loads(run("diff", "--format", "json", *map(str, paths)).output)["summary"]
        assert summary["differ"] is True
        assert summary["headings"] == [
            {"where": where, "old": list(getattr(first, field)), "new": ["A heading written anew"]}
        ]
        assert run("diff", *map(str, (paths[0], paths[0]))).exit_code == 0


def test_a_pair_made_by_place_says_so_in_every_format(tmp_path: Path) -> None:
    """74/129 PP2 -> 75/162 PP2 (similarity under 0.5): the header and the record say how
    the pair was made; the record conforms to the schema that derives by_place."""
    from test_align_place import AFTER, BEFORE, NEW, OLD

    paths = tmp_path / "old.json", tmp_path / "new.json"
    for path, middle, symbol in zip(paths, (OLD, NEW), ("A/RES/74/1", "A/RES/75/1"), strict=True):
        path.write_text(make([BEFORE, middle, AFTER], [], symbol=symbol).model_dump_json())
    args = ("diff", *map(str, paths), "--format")
    plain = run(*args, "plain").output.splitlines()
    assert plain[2:4] == [
        "unchanged PP1 (1 clause)",
        "changed PP2 -> PP2 (paired by place, lead phrase and purpose)",
    ]
    rich = run(*args, "rich", term=Terminal(is_tty=True, width=200, no_color=True)).output
    assert "PP2 → PP2 changed (paired by place, lead phrase and purpose)" in rich
    lines = [json.loads(line) for line in run(*args, "jsonl").output.splitlines()]
    assert [(r["op"], r["old"], r["by_place"]) for r in lines[:-1]] == [
        ("same", "PP1", False),
        ("changed", "PP2", True),
        ("same", "PP3", False),
    ]
    assert 0.25 <= lines[1]["similarity"] < 0.5
    schema = json.loads(run("schema", "diff-record").output)
    assert all(conforms(record, schema) for record in lines[:-1])
    assert "by_place" in schema["required"]
