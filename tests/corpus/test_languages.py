"""The corpus in six languages: --lang, FRBR sessions, zip members, grouped warnings,
and search in every script (Chinese substrings, Arabic marks and variants, French
accents), on small indexes of the UN's own files (../shared/official)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import require_shared
from helpers import run

LANGS = {"ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian"}
LANGS["zh"] = "Chinese"
SUFFIX = {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}


def _session75() -> Path:
    return require_shared(75).parent


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """75/272 and 75/1 in all six languages."""
    root = _session75()
    path = str(tmp_path_factory.mktemp("langs") / "i.sqlite")
    files = [
        str(root / folder / f"75_{n}_{SUFFIX[lang]}.xml")
        for lang, folder in LANGS.items()
        for n in (1, 272)
    ]
    result = run("--db", path, "corpus", "add", "-j", "1", "-q", *files)
    assert result.exit_code == 0, result.output
    return path


def _refs(db: str, *args: str) -> list[tuple[str, str]]:
    result = run("--db", db, "search", *args, "-l", "--format", "jsonl")
    return [(r["symbol"], r["id"]) for r in map(json.loads, result.stdout.splitlines())]


def _model(lang: str, n: int = 272) -> object:
    from resolution_cli.loader import load

    return load(str(_session75() / LANGS[lang] / f"75_{n}_{SUFFIX[lang]}.xml"))


# --------------------------------------------------------------------------- --lang


def test_list_defaults_to_english_and_takes_a_list_or_all(db: str) -> None:
    def langs(*args: str) -> list[str]:
        out = run("--db", db, "corpus", "list", *args, "--format", "jsonl").stdout
        return sorted({r["lang"] for r in map(json.loads, out.splitlines())})

    assert langs() == ["en"]
    assert langs("--lang", "fr,zh") == ["fr", "zh"]
    assert langs("--lang", "all") == sorted(LANGS)
    assert langs("--lang", "fra") == ["fr"]  # AKN's three letters too
    missing = run("--db", db, "corpus", "list", "--lang", "de")
    assert missing.exit_code == 2
    assert "--lang de" in missing.output and "ar, en, es, fr, ru, zh" in missing.output


def test_list_without_english_lists_every_language(tmp_path: Path) -> None:
    root = _session75()
    path = str(tmp_path / "i.sqlite")
    files = [str(root / "French" / "75_272_F.xml"), str(root / "Chinese" / "75_272_C.xml")]
    assert run("--db", path, "corpus", "add", "-j", "1", "-q", *files).exit_code == 0
    result = run("--db", path, "corpus", "list", "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(r)["lang"] for r in result.stdout.splitlines()] == ["fr", "zh"]


def test_res_reads_the_language_version_asked_for(db: str) -> None:
    for lang in LANGS:
        expected = _model(lang).operative[0].text  # type: ignore[attr-defined]
        result = run("--db", db, "--res", "75/272", "--lang", lang, "show", "OP1")
        assert result.exit_code == 0, result.output
        assert expected[:40] in result.stdout
    missing = run("--db", db, "--res", "75/272", "--lang", "de", "show", "OP1")
    assert missing.exit_code == 2
    assert "it is in ar, en, es, fr, ru, zh" in missing.output


def test_search_lang_all_finds_every_version_each_record_with_its_lang(db: str) -> None:
    def found(*lang: str) -> set[tuple[str, str]]:
        out = run("--db", db, "search", "-F", "2030", *lang, "--format", "jsonl").stdout
        return {(r["lang"], r["id"]) for r in map(json.loads, out.splitlines())}

    every = found("--lang", "all")
    assert {lang for lang, _ in every} == set(LANGS)
    # the same clause ids in each language (75/1: OP7, OP8 ... cite the 2030 Agenda)
    assert len({frozenset(c for x, c in every if x == lang) for lang in LANGS}) == 1
    assert found() == {x for x in every if x[0] == "en"}
    assert found("--lang", "en,fr") == {x for x in every if x[0] in ("en", "fr")}


def test_refs_and_counts_over_several_languages_name_the_language(db: str) -> None:
    """``search -l`` and ``-c`` over one language: SYMBOL ID / SYMBOL COUNT, as before;
    over several, the language after the symbol (the versions share symbol and ids), and
    each version counted on its own (the XML of each version read with the model)."""
    one = run("--db", db, "search", "-F", "2030", "-l").stdout.splitlines()
    assert one and all(len(line.split("\t")) == 2 for line in one)
    two = run("--db", db, "search", "-F", "2030", "-l", "--lang", "en,fr").stdout.splitlines()
    rows = [tuple(line.split("\t")) for line in two]
    assert {lang for _, lang, _ in rows} == {"en", "fr"}
    assert sorted((s, i) for s, lang, i in rows if lang == "en") == sorted(
        tuple(line.split("\t")) for line in one
    )
    counts = run("--db", db, "search", "-F", "2030", "-c", "--lang", "en,fr").stdout
    by_version = {(s, lang): int(n) for s, lang, n in (r.split("\t") for r in counts.splitlines())}
    for lang in ("en", "fr"):
        model = _model(lang, 1)
        expected = sum("2030" in c.all_text() for c in model.clauses)  # type: ignore[attr-defined]
        assert by_version["A/RES/75/1", lang] == expected
    single = run("--db", db, "search", "-F", "2030", "-c").stdout.splitlines()
    assert dict(r.split("\t") for r in single)["A/RES/75/1"] == str(by_version["A/RES/75/1", "en"])
    records = run("--db", db, "search", "-F", "2030", "-l", "--lang", "all", "--format", "jsonl")
    assert {tuple(json.loads(r)) for r in records.stdout.splitlines()} == {("symbol", "lang", "id")}


# --------------------------------------------------------------------------- sessions


def test_session_comes_from_the_frbr_work(tmp_path: Path) -> None:
    """74/124 fr: the cover says value="64" (the UN's typo), the work URI says 74."""
    archive = require_shared(74).parent / "GA resolutions_74session_French.zip"
    with zipfile.ZipFile(archive) as source:
        name = next(n for n in source.namelist() if n.endswith("74_124_F.xml"))
        data = source.read(name)
    assert b'value="64"' in data and b"/74-124" in data
    small = tmp_path / "fr.zip"
    with zipfile.ZipFile(small, "w") as target:
        target.writestr("French/74_124_F.xml", data)
        target.writestr("French/74_26_F.xml", b"")  # 0 bytes, as in the UN's Russian zip
        target.writestr("French/74_28_F.xml", b"")
    path = str(tmp_path / "i.sqlite")
    result = run("--db", path, "corpus", "add", "-j", "1", str(small))
    assert result.exit_code == 0
    # each empty member named (as typed: ARCHIVE.zip/MEMBER), and skipped
    for member in ("74_26_F.xml", "74_28_F.xml"):
        assert f"{small}/French/{member}: file is empty" in result.output
    assert "1 indexed, 0 unchanged, 2 skipped" in result.output
    listed = run("--db", path, "corpus", "list", "--session", "74", "--lang", "fr")
    assert listed.stdout.startswith("A/RES/74/124\t")
    info = run("--db", path, "corpus", "info", "--format", "json")
    assert json.loads(info.stdout)["sessions"] == [{"session": 74, "lang": "fr", "resolutions": 1}]


def test_russian_session_without_a_cover_value() -> None:
    """75_272_R.xml: <session> is empty; the work URI gives 75."""
    assert _model("ru").session == 75  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- warnings


def test_warnings_are_one_line_per_kind_unless_verbose(tmp_path: Path) -> None:
    root = _session75()
    # (the Arabic "1 -" numbers no longer warn: tables kept as text do, in every language)
    files = [str(root / "Arabic" / name) for name in ("75_246_A.xml", "A_RES_75_293-2108996A.xml")]
    quiet = run("--db", str(tmp_path / "a.sqlite"), "corpus", "add", "-j", "1", *files)
    lines = [line for line in quiet.output.splitlines() if "warning:" in line]
    kinds = [line for line in lines if "table kept as text" in line]
    assert len(kinds) == 1, lines
    assert "warnings like: " in kinds[0] and "Arabic/75_" in kinds[0]
    loud = run("--db", str(tmp_path / "b.sqlite"), "corpus", "add", "-j", "1", "-v", *files)
    each = [line for line in loud.output.splitlines() if "table kept as text" in line]
    assert len(each) > 1
    assert int(kinds[0].split("warning: ")[1].split()[0]) == len(each)
    silent = run("--db", str(tmp_path / "c.sqlite"), "corpus", "add", "-j", "1", "-q", *files)
    assert "warning:" not in silent.output


def test_files_are_named_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _session75()
    shutil.copy(root / "Arabic" / "75_246_A.xml", tmp_path / "75_246_A.xml")  # tables warn
    monkeypatch.chdir(tmp_path)
    result = run("--db", "i.sqlite", "corpus", "add", "-j", "1", "-v", "75_246_A.xml")
    warnings = [line for line in result.output.splitlines() if "warning:" in line]
    assert warnings and all(": warning: 75_246_A.xml: " in line for line in warnings)


def test_warning_kind_normalizes_what_varies() -> None:
    from resolution_cli.corpus.warnkinds import WarningSummary, warning_kind

    a = "Arabic/75_1_A.xml: line 258: paragraph number '1' printed in its text"
    b = "x.zip/Arabic/75_9_A.xml: line 12: paragraph number '23' printed in its text"
    assert warning_kind(a) == warning_kind(b) == "paragraph number '…' printed in its text"
    summary = WarningSummary()
    for message in (a, b, "y.xml: line 3: table kept as text"):
        summary.add(message)
    assert summary.lines() == [f"2 warnings like: {a}", "y.xml: line 3: table kept as text"]


# --------------------------------------------------------------------------- search


def test_chinese_substring_from_the_middle_of_a_clause(db: str) -> None:
    text = _model("zh").operative[0].text  # type: ignore[attr-defined]
    middle = len(text) // 2
    for size in (5, 2, 1):
        piece = text[middle : middle + size]
        assert ("A/RES/75/272", "OP1") in _refs(db, "-F", piece, "--lang", "zh"), piece


def _arabic_clause() -> tuple[str, str]:
    """A clause of 75/272 ar holding الأمين (alef with hamza above), and its id."""
    resolution = _model("ar")
    for clause in resolution.clauses:  # type: ignore[attr-defined]
        if "الأمين العام" in clause.text:
            return clause.id, clause.text
    raise AssertionError("no clause of 75/272 ar names the Secretary-General")


@pytest.mark.parametrize(
    "query",
    [
        "الأمين العام",  # as printed
        "الامين العام",  # bare alef
        "الإمين العام",  # another alef variant
        "الأَمِينُ العَامُّ",  # with harakat
        "الأمـــين العام",  # with tatweel
    ],
)
def test_arabic_with_and_without_marks_and_alef_variants(db: str, query: str) -> None:
    cid, text = _arabic_clause()
    assert ("A/RES/75/272", cid) in _refs(db, query, "--lang", "ar")
    assert ("A/RES/75/272", cid) in _refs(db, "-F", query, "--lang", "ar")
    shown = run("--db", db, "search", "-F", query, "--lang", "ar", "--format", "jsonl")
    records = [json.loads(r) for r in shown.stdout.splitlines()]
    printed = next(r for r in records if r["id"] == cid)
    assert printed["text"] == text  # printed exactly as published
    assert all(m == "الأمين العام" for m in printed["matches"])


def test_arabic_teh_marbuta_and_alef_maksura_fold(db: str) -> None:
    resolution = _model("ar", 1)
    words = [w for c in resolution.clauses for w in c.text.split()]  # type: ignore[attr-defined]
    word = next(w for w in words if w.endswith("ة") and len(w) > 4)
    found = _refs(db, "-F", word[:-1] + "\u0647", "--lang", "ar")
    assert found and all(symbol == "A/RES/75/1" or symbol == "A/RES/75/272" for symbol, _ in found)


def test_french_phrase_without_accents(db: str) -> None:
    resolution = _model("fr", 1)
    cids = [c.id for c in resolution.clauses if "développement durable" in c.text]  # type: ignore[attr-defined]
    assert cids
    found = _refs(db, "developpement durable", "--lang", "fr")
    assert [cid for symbol, cid in found if symbol == "A/RES/75/1"] == cids
    # an accent typed is kept: "é" matches é only
    assert _refs(db, "-F", "dévelopement", "--lang", "fr") == []


def test_english_search_is_unchanged(db: str) -> None:
    found = _refs(db, "-F", "preventive diplomacy")
    model = _model("en")
    expected = [c.id for c in model.clauses if "preventive diplomacy" in c.text]  # type: ignore[attr-defined]
    assert [cid for symbol, cid in found if symbol == "A/RES/75/272"] == expected


def test_versions_are_matched_by_the_frbr_work_not_the_symbol(tmp_path: Path) -> None:
    """A French version whose printed symbol were wrong is still 75/272's French version:
    the FRBR work (``…/2021-04-16/75-272``) joins them."""
    root = _session75()
    data = (root / "French" / "75_272_F.xml").read_bytes()
    assert b"/75-272/" in data
    altered = tmp_path / "fr.xml"
    altered.write_bytes(data.replace(b"A/RES/75/272", b"A/RES/75/999"))
    path = str(tmp_path / "i.sqlite")
    english = str(root / "English" / "75_272_E.xml")
    assert run("--db", path, "corpus", "add", "-j", "1", "-q", english, str(altered)).exit_code == 0
    listed = run("--db", path, "corpus", "list", "--lang", "fr").stdout
    assert listed.startswith("A/RES/75/999\t")
    shown = run("--db", path, "--res", "75/272", "--lang", "fr", "show", "OP1")
    assert shown.exit_code == 0, shown.output
    assert _model("fr").operative[0].text[:40] in shown.stdout  # type: ignore[attr-defined]
