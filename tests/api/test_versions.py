# ruff: noqa: RUF002
"""versions.py: the language versions of a resolution matched, aligned and checked,
against the UN's XML read with lxml (tests/versions_xml.py)."""

from __future__ import annotations

import re

import pytest

from conftest import FILE_LETTERS
from resolution_cli import load
from resolution_cli.versions import (
    VersionsError,
    align_versions,
    check_versions,
    group_versions,
    parse_langs,
    work_key,
)
from versions_xml import version, words, xml_clauses

FOUR = ("en", "fr", "ar", "zh")


def test_lang_is_read_from_frbrlanguage() -> None:
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        assert load(version("75_272", lang)).lang == lang


def test_the_bundled_json_has_no_lang_and_keeps_its_bytes() -> None:
    from conftest import BUNDLED

    r = load(BUNDLED)
    assert r.lang is None
    assert r.model_dump_json(indent=2) + "\n" == BUNDLED.read_text(encoding="utf-8")


def test_75_272_aligned_in_four_languages_as_the_xml() -> None:
    found = align_versions([load(version("75_272", lang)) for lang in FOUR])
    assert found.langs == FOUR
    for lang in FOUR:
        expected = xml_clauses(version("75_272", lang))
        assert [row.id for row in found.rows] == list(expected)
        for row in found.rows:
            clause = row.clauses[lang]
            assert clause is not None
            assert words(clause.text) == expected[row.id], (lang, row.id)


def test_refs_and_the_languages_asked_for() -> None:
    versions = [load(version("75_272", lang)) for lang in FOUR]
    found = align_versions(versions, langs=["fr", "en"], refs=["OP2"])
    assert found.langs == ("fr", "en")
    assert [row.id for row in found.rows] == ["OP2"]
    fr = found.rows[0].clauses["fr"]
    assert fr is not None and fr.text.startswith("Se félicite du concours")
    with pytest.raises(VersionsError, match="no version in es"):
        align_versions(versions, langs=["en", "es"])


def test_versions_of_different_resolutions_are_an_error_naming_their_works() -> None:
    a = load(version("75_272", "en"))
    b = load(version("A_RES_75_299", "fr"))
    with pytest.raises(VersionsError) as caught:
        align_versions([a, b])
    message = str(caught.value)
    assert "75-272/!main" in message and "75-299/!main" in message


def test_a_language_twice_is_an_error() -> None:
    a = load(version("75_272", "en"))
    with pytest.raises(VersionsError, match="two versions in en"):
        align_versions([a, a])


def test_75_299_arabic_and_chinese_lack_a_preambular_clause() -> None:
    """notes17 §0 item 8: the Security Council mandate recall (English's PP2, "Recalling
    Security Council resolution 186 (1964)") is not in ar and zh; their PP2 is English's
    PP3, and so on to the end of the preamble."""
    langs = ("en", "fr", "es", "ru", "ar", "zh")
    versions = [load(version("A_RES_75_299", lang)) for lang in langs]
    preambles = {lang: len(xml_clauses(version("A_RES_75_299", lang))) for lang in langs}
    assert preambles["ar"] == preambles["zh"] == preambles["en"] - 1
    assert "186 (1964)" in xml_clauses(version("A_RES_75_299", "en"))["PP2"]
    check = check_versions(versions)
    assert not check.agrees
    assert {d.lang for d in check.disagreements} == {"ar", "zh"}
    for lang in ("ar", "zh"):
        said = {(d.kind, d.reference, d.value) for d in check.disagreements if d.lang == lang}
        assert said == {
            ("clauses", "61", "60"),
            ("missing", "PP2", ""),
            ("renumbered", "PP3 PP4 PP5 PP6 PP7", "PP2 PP3 PP4 PP5 PP6"),
        }
    aligned = align_versions(versions)
    (row,) = [row for row in aligned.rows if row.missing]
    assert row.id == "PP2" and set(row.missing) == {"ar", "zh"}
    pp3 = next(row for row in aligned.rows if row.id == "PP3")
    assert {lang: c.id for lang, c in pp3.clauses.items() if c} == {
        "en": "PP3",
        "fr": "PP3",
        "es": "PP3",
        "ru": "PP3",
        "ar": "PP2",
        "zh": "PP2",
    }
    assert check_versions(versions[:4]).agrees


#: The peacekeeping budgets of session 75 whose Arabic or Chinese file lacks a
#: preambular paragraph (the English file, the versions that lack it).
LACKING = {
    "A_RES_75_250 B-2109021E.xml": ("ar", "zh"),
    "75_251_B_E.xml": ("ar", "zh"),
    "A_RES_75_251 C_E.xml": ("ar", "zh"),
    "A_RES_75_286_E.xml": ("zh",),
    "A_RES_75_291_E.xml": ("zh",),
    "A_RES_75_297_E.xml": ("ar",),
    "A_RES_75_298_E.xml": ("ar", "zh"),
    "A_RES_75_300-2109014E.xml": ("ar", "zh"),
    "A_RES_75_301_E.xml": ("zh",),
    "A_RES_75_302-2109017E.xml": ("ar", "zh"),
    "A_RES_75_303_E.xml": ("ar", "zh"),
    "A_RES_75_304-2109022E.xml": ("ar", "zh"),
    "A_RES_75_305_E.xml": ("ar", "zh"),
    "A_RES_75_306-2109026E.xml": ("ar",),
}

#: A Security Council resolution as English cites it: "resolution 1990 (2011)".
SC_RESOLUTION = re.compile(r"resolutions? (\d{2,4}) \((?:19|20)\d\d\)")


@pytest.mark.parametrize("english", sorted(LACKING))
def test_the_missing_preambular_paragraph_is_the_one_the_version_never_cites(
    english: str,
) -> None:
    """The paragraph the version lacks is found at its place: English's preambular
    paragraph citing a Security Council resolution whose number the version's preamble
    never writes (the XML read with lxml); every other preambular paragraph is paired
    with one of the version's, in order."""
    en_path = version("75_272", "en").parent / english
    en_pps = {k: v for k, v in xml_clauses(en_path).items() if k.startswith("PP")}
    for lang in LACKING[english]:
        path = version("75_272", lang).parent / english.replace(
            "E.xml", f"{FILE_LETTERS[lang]}.xml"
        )
        preamble = " ".join(v for k, v in xml_clauses(path).items() if k.startswith("PP"))
        figures = set(re.findall(r"\d+", preamble))
        expected = [
            pp
            for pp, text in en_pps.items()
            if (cited := SC_RESOLUTION.findall(text)) and not set(cited) & figures
        ]
        assert len(expected) == 1, (lang, expected)
        check = check_versions([load(en_path), load(path)])
        said = {d.kind: d for d in check.disagreements}
        assert said["missing"].reference == expected[0], lang
        assert "extra" not in said, lang
        (gone,) = expected
        later = [pp for pp in en_pps if int(pp[2:]) > int(gone[2:])]
        assert said["renumbered"].reference.split() == later, lang
        assert said["renumbered"].value.split() == [f"PP{int(pp[2:]) - 1}" for pp in later]


def test_a_paragraph_only_one_version_has_and_refs_named_one_by_one() -> None:
    """75/217: the UN's Russian file has one more preambular paragraph (its PP14, "с
    обеспокоенностью отмечая далее"); it is a row of its own, and English PP14 stands
    beside Russian PP15. REFs are looked up one by one: PP29, which only Russian has,
    names Russian PP29 (English PP28) and does not hide English PP14."""
    en, ru = (load(version("75_217", lang)) for lang in ("en", "ru"))
    xml_en, xml_ru = (xml_clauses(version("75_217", lang)) for lang in ("en", "ru"))
    rows = align_versions([en, ru]).rows
    (extra,) = [row for row in rows if row.clauses["en"] is None]
    clause = extra.clauses["ru"]
    assert extra.id == "ru:PP14" and clause is not None
    assert words(clause.text) == xml_ru["PP14"]
    found = align_versions([en, ru], refs=["PP14", "PP29"]).rows
    pairs = [(r.id, *(c.id if c else None for c in r.clauses.values())) for r in found]
    assert pairs == [("PP14", "PP14", "PP15"), ("PP28", "PP28", "PP29")]
    for row in found:
        mine, theirs = row.clauses["en"], row.clauses["ru"]
        assert mine is not None and theirs is not None
        assert words(mine.text) == xml_en[mine.id] and words(theirs.text) == xml_ru[theirs.id]


def test_the_same_extra_paragraph_in_two_versions_is_one_row() -> None:
    """75/290 A: the French and Spanish files have an unnumbered annex paragraph the
    English file lacks; it is one row, holding both, in the order asked for."""
    langs = ("en", "fr", "es")
    found = align_versions([load(version("75_290 A", lang)) for lang in langs])
    (extra,) = [row for row in found.rows if row.clauses["en"] is None]
    fr, es = extra.clauses["fr"], extra.clauses["es"]
    assert fr is not None and es is not None
    assert fr.text.startswith("Sans perdre son caractère intergouvernemental")
    assert es.text.startswith("Sin perjuicio de su carácter intergubernamental")
    assert extra.id == f"fr:{fr.id}" and extra.missing == ("en",)


def test_75_272_agrees_in_six_languages() -> None:
    langs = ("zh", "ar", "ru", "es", "fr", "en")
    check = check_versions([load(version("75_272", lang)) for lang in langs])
    assert check.agrees and check.reference == "en"
    assert check.langs == ("en", "fr", "es", "ru", "ar", "zh")
    assert set(check.clauses.values()) == {20} and set(check.footnotes.values()) == {3}
    assert set(check.symbols.values()) == {3}  # A/71/982-S/2017/600, S/2007/279, S/2007/280


def test_group_versions_sorts_files_into_their_works() -> None:
    files = [version(n, lang) for n in ("75_272", "A_RES_75_299") for lang in ("zh", "en")]
    groups = group_versions([load(f) for f in files])
    assert [[r.lang for r in g] for g in groups] == [["en", "zh"], ["en", "zh"]]
    assert [g[0].symbol for g in groups] == ["A/RES/75/272", "A/RES/75/299"]


def test_work_key_sets_the_date_aside() -> None:
    r = load(version("75_272", "en"))
    assert work_key(r) == "/akn/un/statement/deliberation/unga/*/75-272/!main"
    undated = r.model_copy(update={"work_uri": "/akn/un/statement/deliberation/unga//75-272/!main"})
    assert work_key(undated) == work_key(r)


def test_parse_langs() -> None:
    assert parse_langs("en, FR") == ("en", "fr")
    assert parse_langs("all") == ("en", "fr", "es", "ru", "ar", "zh")
    with pytest.raises(VersionsError, match="'de'"):
        parse_langs("de")
