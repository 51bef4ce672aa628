"""The commands, in every format, with exact expected output.

Expected texts come from the source (``source_text``), never from our own output.
"""

from __future__ import annotations

import json

import pytest

import source_text
from conftest import BUNDLED
from helpers import TTY, run
from resolution_cli.terminal import Terminal

CLAUSES = source_text.clause_texts()
IDS = [f"PP{n}" for n in range(1, 17)] + [f"OP{n}" for n in range(1, 5)]
TEXT = dict(zip(IDS, CLAUSES, strict=True))
FOOTNOTES = source_text.footnote_texts()
ESC = "\x1b["


def ids_of(*args: str) -> list[str]:
    result = run(*args, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


# show ---------------------------------------------------------------------


def test_show_op2_plain_is_the_paragraph_as_printed() -> None:
    result = run("show", "OP2", "--format", "plain")
    assert result.exit_code == 0
    assert result.stdout == f"2. {TEXT['OP2']}\n"
    assert result.stderr == ""


def test_show_pp8_plain_places_the_marker_and_follows_with_its_footnote() -> None:
    text = TEXT["PP8"].replace("Strategy in", "Strategy<sup>2</sup> in")
    result = run("show", "PP8", "--format", "plain")
    assert result.stdout == f"{text}\n<sup>2</sup> {FOOTNOTES[1]}\n"


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (["PP3"], ["PP3"]),
        (["pp3"], ["PP3"]),
        (["OP2"], ["OP2"]),
        (["op2"], ["OP2"]),
        (["2"], ["OP2"]),
        (["PP1-PP4"], ["PP1", "PP2", "PP3", "PP4"]),
        (["OP1-3"], ["OP1", "OP2", "OP3"]),
        (["PP2,OP1"], ["PP2", "OP1"]),
        (["OP1", "PP2"], ["PP2", "OP1"]),
        (["OP4,PP16,OP1", "PP1"], ["PP1", "PP16", "OP1", "OP4"]),
        (["OP2", "2", "op2"], ["OP2"]),
    ],
)
def test_show_ref_forms_in_document_order(refs: list[str], expected: list[str]) -> None:
    assert ids_of("show", *refs) == expected


@pytest.mark.parametrize("ref", ["OP9", "PP0", "XY1", "OP0", "PP17", "OP3-1", "PP-1", "OP1-", ""])
def test_show_bad_ref_is_one_line_exit_2(ref: str) -> None:
    result = run("show", ref)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("resolution: error: ")
    assert "Traceback" not in result.stderr


def test_show_bad_ref_names_the_valid_choices() -> None:
    assert "PP1-PP16 or OP1-OP4" in run("show", "OP9").stderr


def test_show_whole_plain_is_laid_out_as_printed() -> None:
    out = run("show", "--format", "plain").stdout
    assert out.startswith("A/RES/75/272\nGeneral Assembly\nDistr.: General\n20 April 2021\n")
    assert "\n75/272. Role of the United Nations Regional Centre" in out
    assert "\n\nThe General Assembly,\n\n" + TEXT["PP1"] + "\n\n" in out
    for number, op in enumerate(("OP1", "OP2", "OP3", "OP4"), start=1):
        assert f"\n\n{number}. {TEXT[op]}" in out
    assert out.endswith(
        "59th plenary meeting\n16 April 2021\n\n"
        + "\n".join(f"<sup>{n}</sup> {t}" for n, t in enumerate(FOOTNOTES, start=1))
        + "\n"
    )


def test_show_whole_json_is_the_model_and_reads_back() -> None:
    out = run("show", "--format", "json").stdout
    assert json.loads(out) == json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_show_rich_on_a_terminal_italicises_lead_phrases_and_superscripts() -> None:
    out = run("show", "PP3", "--format", "rich", term=TTY).stdout
    assert ESC in out
    assert "¹" in out
    assert "\x1b[3mRecalling also" in out


# list ----------------------------------------------------------------------


def test_list_jsonl_is_twenty_records_equal_to_the_source() -> None:
    result = run("list", "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 20
    assert [r["id"] for r in records] == IDS
    assert [r["text"] for r in records] == CLAUSES
    for record in records:
        assert set(record) >= {"id", "part", "number", "verb", "text", "footnotes"}
        assert record["part"] == ("preambular" if record["id"].startswith("PP") else "operative")
        assert record["number"] == int(record["id"][2:])
        assert record["text"].startswith(record["verb"])
    assert records[2]["footnotes"] == [1]
    assert records[7]["footnotes"] == [2]
    assert records[8]["footnotes"] == [3]


def test_list_plain_rows_are_id_verb_text() -> None:
    out = run("list", "--part", "operative", "--format", "plain").stdout
    assert out == (
        f"OP1\tEncourages\t{TEXT['OP1']}\n"
        f"OP2\tWelcomes\t{TEXT['OP2']}\n"
        f"OP3\tNotes\t{TEXT['OP3']}\n"
        f"OP4\tEncourages\t{TEXT['OP4']}\n"
    )


def test_list_json_is_an_array_of_the_same_records() -> None:
    jsonl = [json.loads(x) for x in run("list", "--format", "jsonl").stdout.splitlines()]
    assert json.loads(run("list", "--format", "json").stdout) == jsonl


def test_list_is_plain_when_piped_and_rich_on_a_terminal() -> None:
    piped = run("list").stdout
    assert ESC not in piped
    assert piped == run("list", "--format", "plain").stdout
    assert ESC in run("list", term=TTY).stdout


@pytest.mark.parametrize(
    "term",
    [
        Terminal(is_tty=True, no_color=True, width=100),
        Terminal(is_tty=True, dumb=True, width=100),
        Terminal(is_tty=False, width=100),
    ],
)
def test_no_escape_codes_with_no_color_dumb_or_pipe(term: Terminal) -> None:
    for args in (["list", "--format", "rich"], ["show"], ["grep", "Centre"], ["info"]):
        assert ESC not in run(*args, term=term).stdout


def test_rich_keeps_brackets_literal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["operative"][0]["text"] = "Encourages [sic] the [1] [bold]Centre[/bold];"
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = run("--file", str(path), "show", "OP1", "--format", "rich", term=TTY).stdout
    assert "[sic] the [1] [bold]Centre[/bold];" in out


# grep ----------------------------------------------------------------------

WELCOME = ["PP10", "PP11", "PP12", "PP16", "OP2"]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("welcome", WELCOME),
        ("welcom", WELCOME),
        ("WELCOMING", WELCOME),
        ("Welcomes", WELCOME),
        ("recall", ["PP2", "PP3", "PP9"]),
        ("recalling also", ["PP3"]),
        ("note", ["PP4", "PP8", "PP15", "OP3"]),
        ("encourage", ["OP1", "OP4"]),
        ("guided", ["PP1"]),
        ("understand", ["PP7"]),
    ],
)
def test_verb_families(verb: str, expected: list[str]) -> None:
    assert ids_of("grep", "--verb", verb) == expected
    assert ids_of("list", "--verb", verb) == expected


def test_verb_never_matches_body_text() -> None:
    # "noting" and "recognizing" occur inside PP12 and PP4, which are not of those verbs.
    assert "PP12" not in ids_of("grep", "--verb", "note")
    assert "PP4" not in ids_of("grep", "--verb", "recognize")


def test_grep_regex_fixed_case_word() -> None:
    assert ids_of("grep", r"COVID-\d+") == ["PP16", "OP3"]
    assert ids_of("grep", "-F", "(COVID-19)") == ["PP16"]
    assert run("grep", "ashgabat").exit_code == 1
    assert ids_of("grep", "-i", "ashgabat") == ["PP9"]
    assert ids_of("grep", "-w", "Asia") == ["PP3", "PP9", "PP14", "OP1"]
    assert ids_of("grep", "-wF", "(COVID-19)") == ["PP16"]
    assert run("grep", "-w", "Asi").exit_code == 1
    assert "PP7" in ids_of("grep", "Asian")
    assert ids_of("grep", "--part", "operative", "Regional Centre") == ["OP1", "OP2", "OP3", "OP4"]


def test_grep_count_and_ids() -> None:
    assert run("grep", "-c", "Tashkent").stdout == "1\n"
    assert run("grep", "-l", "peace,").stdout == "PP6\nPP7\nOP4\n"
    assert json.loads(run("grep", "-c", "Almaty", "--format", "json").stdout) == {"count": 1}


def test_grep_no_match_exits_1_and_prints_nothing() -> None:
    for fmt in ("plain", "json", "jsonl", "rich"):
        result = run("grep", "Antarctica", "--format", fmt)
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")
    result = run("grep", "-c", "Antarctica")
    assert (result.exit_code, result.stdout) == (1, "0\n")


def test_grep_plain_rows_and_jsonl_matches() -> None:
    assert (
        run("grep", "Tashkent", "--format", "plain").stdout
        == f"PP14\tUnderlining\t{TEXT['PP14']}\n"
    )
    record = json.loads(run("grep", "-i", "almaty", "--format", "jsonl").stdout)
    assert record["matches"] == ["Almaty"]


def test_grep_highlights_on_a_terminal() -> None:
    out = run("grep", "Tashkent", term=TTY).stdout
    assert "Tashkent" in out
    assert "43m" in out  # a background colour marks the match


@pytest.mark.parametrize(
    "args",
    [["grep", "("], ["grep", "[a-"], ["grep"], ["grep", "-c", "-l", "x"]],
)
def test_grep_errors(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "resolution: error:" in result.stderr


def test_invalid_regex_suggests_fixed_strings() -> None:
    assert "-F" in run("grep", "(").stderr


# info, verbs, footnotes ------------------------------------------------------


def test_info_json_is_the_metadata() -> None:
    data = json.loads(run("info", "--format", "json").stdout)
    assert data["symbol"] == "A/RES/75/272"
    assert data["number"] == "75/272"
    assert data["session"] == 75
    assert data["session_name"] == "Seventy-fifth session"
    assert data["agenda_items"] == [{"number": "64", "title": "Peacebuilding and sustaining peace"}]
    assert data["adopted"] == "2021-04-16"
    assert data["issued"] == "2021-04-20"
    assert data["meeting"] == {"name": "59th plenary meeting", "number": 59}
    assert data["drafts"] == ["A/75/L.72", "A/75/L.72/Add.1"]
    assert data["counts"] == {"preambular": 16, "operative": 4, "footnotes": 3}
    assert "preamble" not in data


def test_info_plain_rows() -> None:
    rows = dict(line.split("\t") for line in run("info", "--format", "plain").stdout.splitlines())
    assert rows["symbol"] == "A/RES/75/272"
    assert rows["drafts"] == "A/75/L.72 and A/75/L.72/Add.1"
    assert rows["operative paragraphs"] == "4"
    assert rows["record"] == "A/75/PV.59"
    assert rows["adoption type"] == "Without a vote"


def test_verbs_overview() -> None:
    rows = json.loads(run("verbs", "--format", "json").stdout)
    table = {r["verb"]: r["ids"] for r in rows}
    assert table["Welcoming"] == ["PP10", "PP16"]
    assert table["Noting"] == ["PP4", "PP8", "PP15"]
    assert table["Encourages"] == ["OP1", "OP4"]
    assert sum(r["count"] for r in rows) == 20
    assert all(r["count"] == len(r["ids"]) for r in rows)


def test_footnotes_plain_and_json() -> None:
    out = run("footnotes", "--format", "plain").stdout
    assert out == (f"1\t{FOOTNOTES[0]}\tPP3\n2\t{FOOTNOTES[1]}\tPP8\n3\t{FOOTNOTES[2]}\tPP9\n")
    rows = json.loads(run("footnotes", "--format", "json").stdout)
    assert rows[0] == {"number": 1, "text": FOOTNOTES[0], "cited_by": ["PP3"]}


# --file ----------------------------------------------------------------------


def test_file_option_reads_another_resolution(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["operative"] = data["operative"][:2]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert ids_of("--file", str(path), "list", "--part", "operative") == ["OP1", "OP2"]
    assert "OP1-OP2" in run("--file", str(path), "show", "OP3").stderr


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"symbol": "x"}', "missing required field 'number'"),
        ("WRONG_SHAPE", "field 'preamble.0.number'"),
        ("UNKNOWN_FIELD", "unknown field 'colour'"),
    ],
)
def test_bad_json_file_names_the_problem(tmp_path, content: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    if content == "WRONG_SHAPE":
        data["preamble"][0]["number"] = "first"
        content = json.dumps(data)
    elif content == "UNKNOWN_FIELD":
        data["colour"] = "blue"
        content = json.dumps(data)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("--file", str(path), "info")
    assert result.exit_code == 2
    assert needle in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1


def test_missing_file_and_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run("--file", str(tmp_path / "nope.json"), "info")
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = run("--file", str(tmp_path), "info")
    assert result.exit_code == 2 and "is a directory" in result.stderr


def test_file_given_twice_is_an_error() -> None:
    result = run("--file", str(BUNDLED), "--file", str(BUNDLED), "info")
    assert result.exit_code == 2 and "--file given 2 times" in result.stderr


def test_unknown_format_is_exit_2() -> None:
    result = run("list", "--format", "yaml")
    assert result.exit_code == 2 and "'yaml' is not one of" in result.stderr


def test_schema_is_json_schema() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Resolution"
    assert "preamble" in schema["properties"]


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda d: d["preamble"][0].update(id="OP7"), "preamble.0: id 'OP7'"),
        (lambda d: d["operative"][1].update(number=5), "operative.1: id 'OP2'"),
        (lambda d: d["preamble"][2]["markers"][0].update(offset=9999), "past the end of the text"),
        (lambda d: d["footnotes"].append(d["footnotes"][0]), "used twice"),
    ],
)
def test_inconsistent_json_is_refused(tmp_path, change, needle) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "inconsistent.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--file", str(path), "show", "PP1")
    assert result.exit_code == 2
    assert needle in result.stderr and "Value error" not in result.stderr
    assert run("validate", str(path)).exit_code == 2


def test_grep_finds_text_in_the_headings_before_a_clause(official) -> None:  # type: ignore[no-untyped-def]
    path = str(official / "75_245_E.xml")
    # section A's own preambular line is a clause (A.PP1) since sections are read
    assert ids_of("--file", path, "grep", "-F", "44/198") == ["PP1", "A.PP1"]
    # the section's heading is printed before its first clause
    assert ids_of("--file", path, "grep", "-F", "Base/floor salary scale") == ["A.PP1"]
