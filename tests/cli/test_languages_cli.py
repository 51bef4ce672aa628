"""show --lang (side by side), languages (the cross-version check) and export --format tmx,
in every format, on session 75's versions (expectations from the XML: tests/versions_xml.py)."""

from __future__ import annotations

import json
import re

from helpers import TTY, run
from resolution_cli.terminal import Terminal
from versions_xml import version, words, xml_clauses

WIDE = Terminal(is_tty=True, width=160)


def files(name: str, *langs: str) -> list[str]:
    out: list[str] = []
    for lang in langs:
        out += ["--file", str(version(name, lang))]
    return out


def test_show_plain_one_block_per_language_tagged() -> None:
    result = run(
        *files("75_272", "en", "fr"), "show", "OP2", "--lang", "en,fr", "--format", "plain"
    )
    assert result.exit_code == 0, result.stderr
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["[en] OP2", "[fr] OP2"]
    for block, lang in zip(blocks, ("en", "fr"), strict=True):
        expected = xml_clauses(version("75_272", lang))["OP2"]
        assert words(block.splitlines()[1]) == f"2. {expected}"


def test_show_json_one_record_per_clause_and_language() -> None:
    langs = ("en", "fr", "ar", "zh")
    args = files("75_272", *langs)
    result = run(*args, "show", "PP1", "OP2", "--lang", ",".join(langs), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["id"], r["lang"]) for r in records] == [
        (clause_id, lang) for clause_id in ("PP1", "OP2") for lang in langs
    ]
    for record in records:
        expected = xml_clauses(version("75_272", record["lang"]))[record["id"]]
        assert words(record["text"]) == expected
        assert record["missing"] is False and record["symbol"] == "A/RES/75/272"
    # Arabic in logical order, as published: the first letter read is the first stored.
    arabic = next(r for r in records if r["lang"] == "ar" and r["id"] == "PP1")
    assert arabic["text"].startswith("إذ تسترشد")


def test_show_jsonl_and_the_missing_clause() -> None:
    args = files("A_RES_75_299", "en", "ar")
    result = run(*args, "show", "PP1-PP3", "--lang", "en,ar", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["row"], r.get("id"), r["lang"], r["missing"]) for r in records] == [
        ("PP1", "PP1", "en", False),
        ("PP1", "PP1", "ar", False),
        ("PP2", "PP2", "en", False),
        ("PP2", None, "ar", True),
        ("PP3", "PP3", "en", False),
        ("PP3", "PP2", "ar", False),
    ]
    assert set(records[3]) == {"row", "lang", "symbol", "missing"}  # no id: it has none
    assert "PP2: the ar version (A/RES/75/299) has no counterpart of this paragraph" in (
        result.stderr
    )
    plain = run(*args, "show", "PP3", "--lang", "ar,en", "--format", "plain")
    assert plain.stdout.splitlines()[0] == "[ar] PP2 (en PP3)"
    assert "\n[en] PP3\n" in plain.stdout


def test_show_records_validate_against_their_schema() -> None:
    from json_schema import conforms

    schema = json.loads(run("schema", "parallel-clause").stdout)
    args = files("A_RES_75_299", "en", "zh")
    result = run(*args, "show", "PP7", "OP1", "--format", "jsonl")
    for line in result.stdout.splitlines():
        assert conforms(json.loads(line), schema)


def test_show_rich_says_the_missing_paragraph_and_the_versions_own_id() -> None:
    result = run(*files("A_RES_75_299", "en", "zh"), "show", "PP2-PP3", term=WIDE)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.count("(not in this version)") == 1 and out.count("PP2 in this version") == 1
    # the PP2 table (English's) has the hole; the PP3 table has the Chinese PP2
    assert out.index("PP2") < out.index("(not in this version)") < out.index("PP3")
    assert out.index("PP3") < out.index("PP2 in this version")


def test_show_rich_columns_side_by_side() -> None:
    langs = ("en", "fr", "ar", "zh")
    result = run(*files("75_272", *langs), "show", "OP2", "--lang", "all", term=WIDE)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "English" in line)
    for name in ("en English", "fr Français", "ar العربية", "zh 中文"):
        assert name in header
    # Each language's first words stand on the same line, in its own column.
    first = next(line for line in lines if "Welcomes" in line)
    for start in ("Se félicite", "بالمساعدة", "2."):
        assert start in first


def test_files_of_different_resolutions_are_an_error() -> None:
    args = ["--file", str(version("75_272", "en")), "--file", str(version("A_RES_75_299", "fr"))]
    result = run(*args, "show", "OP1", "--lang", "en,fr")
    assert result.exit_code == 2
    assert "not versions of one resolution" in result.stderr
    assert "75-272/!main" in result.stderr and "75-299/!main" in result.stderr


def test_lang_needs_a_file_per_language() -> None:
    result = run("--file", str(version("75_272", "en")), "show", "OP1", "--lang", "en,fr")
    assert result.exit_code == 2 and "--file PATH once per language" in result.stderr
    result = run(*files("75_272", "en", "fr"), "show", "OP1", "--lang", "en,de")
    assert result.exit_code == 2 and "'en,de'" in result.stderr


# --- resolution languages --------------------------------------------------------------


def test_languages_agree_exit_0_in_every_format() -> None:
    args = files("75_272", "en", "fr", "es", "ru", "ar", "zh")
    plain = run(*args, "languages", "--format", "plain")
    assert plain.exit_code == 0, plain.stderr
    assert plain.stdout == "A/RES/75/272\ten,fr,es,ru,ar,zh\tagree\n"
    record = json.loads(run(*args, "languages", "--format", "json").stdout)[0]
    assert record["agrees"] is True and record["disagreements"] == []
    assert record["clauses"] == dict.fromkeys(("en", "fr", "es", "ru", "ar", "zh"), 20)
    lines = run(*args, "languages", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["symbol"] for line in lines] == ["A/RES/75/272"]
    rich = run(*args, "languages", term=TTY)
    assert rich.exit_code == 0 and "agree" in rich.stdout


def test_languages_disagree_exit_1_in_every_format() -> None:
    paths = [str(version("A_RES_75_299", lang)) for lang in ("en", "fr", "ar", "zh")]
    plain = run("languages", *paths, "--format", "plain")
    assert plain.exit_code == 1
    assert plain.stdout.splitlines() == [
        "A/RES/75/299\tar\tclauses\t61\t60",
        "A/RES/75/299\tar\tmissing\tPP2\t",
        "A/RES/75/299\tar\trenumbered\tPP3 PP4 PP5 PP6 PP7\tPP2 PP3 PP4 PP5 PP6",
        "A/RES/75/299\tzh\tclauses\t61\t60",
        "A/RES/75/299\tzh\tmissing\tPP2\t",
        "A/RES/75/299\tzh\trenumbered\tPP3 PP4 PP5 PP6 PP7\tPP2 PP3 PP4 PP5 PP6",
    ]
    (record,) = json.loads(run("languages", *paths, "--format", "json").stdout)
    assert record["agrees"] is False
    assert {(d["lang"], d["kind"]) for d in record["disagreements"]} == {
        ("ar", "clauses"),
        ("ar", "missing"),
        ("ar", "renumbered"),
        ("zh", "clauses"),
        ("zh", "missing"),
        ("zh", "renumbered"),
    }
    jsonl = run("languages", *paths, "--format", "jsonl")
    assert jsonl.exit_code == 1 and len(jsonl.stdout.splitlines()) == 1
    rich = run("languages", *paths, term=TTY)
    assert rich.exit_code == 1 and "missing" in rich.stdout and "PP2" in rich.stdout


def test_languages_schema_validates() -> None:
    from json_schema import conforms

    schema = json.loads(run("schema", "languages").stdout)
    paths = [str(version("A_RES_75_299", lang)) for lang in ("en", "zh")]
    (record,) = json.loads(run("languages", *paths, "--format", "json").stdout)
    assert conforms(record, schema)


def test_languages_over_folders_lists_only_those_that_disagree(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    for name in ("75_272", "A_RES_75_299"):
        for lang in ("en", "ar"):
            folder = tmp_path / lang
            folder.mkdir(exist_ok=True)
            shutil.copy(version(name, lang), folder)
    result = run("languages", str(tmp_path), "--format", "plain")
    assert result.exit_code == 1
    assert {line.split("\t")[0] for line in result.stdout.splitlines()} == {"A/RES/75/299"}
    assert "2 resolutions checked: 1 disagree" in result.stderr
    every = run("languages", str(tmp_path), "--all", "--format", "plain")
    assert "A/RES/75/272\ten,ar\tagree" in every.stdout.splitlines()


def test_languages_needs_paths() -> None:
    result = run("languages")
    assert result.exit_code == 2 and "PATH" in result.stderr


def test_json_of_an_akn_version_carries_lang() -> None:
    result = run("--file", str(version("75_272", "zh")), "export", "--format", "json")
    assert json.loads(result.stdout)["lang"] == "zh"
    assert re.search(r'"lang": "zh"', result.stdout)


def test_res_with_lang_reads_the_indexed_versions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "index.sqlite")
    added = run("--db", db, "corpus", "add", *(str(version("75_272", x)) for x in ("en", "fr")))
    assert added.exit_code == 0, added.stderr
    result = run(
        "--db", db, "--res", "75/272", "show", "OP2", "--lang", "fr,en", "--format", "plain"
    )
    assert result.exit_code == 0, result.stderr
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["[fr] OP2", "[en] OP2"]
    assert words(blocks[0].splitlines()[1]) == "2. " + xml_clauses(version("75_272", "fr"))["OP2"]
    # --lang all: every language the index has
    every = run("--db", db, "--res", "75/272", "show", "PP1", "--lang", "all", "--format", "jsonl")
    assert [json.loads(line)["lang"] for line in every.stdout.splitlines()] == ["en", "fr"]
    # one language: that version, as show prints one resolution
    one = run("--db", db, "--res", "75/272", "show", "OP2", "--lang", "fr", "--format", "plain")
    assert one.exit_code == 0 and one.stdout.startswith("2. Se félicite")
    missing = run("--db", db, "--res", "75/272", "show", "OP2", "--lang", "en,zh")
    assert missing.exit_code == 2 and "in zh" in missing.stderr


def test_one_language_of_several_files() -> None:
    result = run(*files("75_272", "en", "fr"), "show", "OP2", "--lang", "fr", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("2. Se félicite")


def test_languages_of_the_corpus_index(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Without PATH, ``languages`` checks the versions in the corpus index: those of one
    resolution with --res, else every indexed one; as the same files would be checked."""
    db = str(tmp_path / "i.sqlite")
    pairs = [("75_272", ("en", "ar")), ("A_RES_75_299", ("en", "zh"))]
    files = [str(version(name, lang)) for name, langs in pairs for lang in langs]
    assert run("--db", db, "corpus", "add", "-j", "1", "-q", *files).exit_code == 0
    one = run("--db", db, "--res", "75/299", "languages", "--format", "plain")
    assert one.exit_code == 1
    assert one.stdout == run("languages", *files[2:], "--format", "plain").stdout
    every = run("--db", db, "languages", "--format", "plain")
    assert every.exit_code == 1
    assert every.stdout == run("languages", *files, "--format", "plain").stdout
    assert every.stderr.endswith("2 resolutions checked: 1 disagree\n")
    agree = run("--db", db, "--res", "75/272", "languages", "--format", "plain")
    assert (agree.exit_code, agree.stdout) == (0, "A/RES/75/272\ten,ar\tagree\n")
    both = run("--db", db, "--res", "75/272", "languages", files[0])
    assert both.exit_code == 2 and "PATHs or --res SYMBOL, not both" in both.stderr
    none = run("--db", str(tmp_path / "none.sqlite"), "languages")
    assert none.exit_code == 2
    assert none.stderr.startswith("resolution: error: languages needs the versions: PATH")
