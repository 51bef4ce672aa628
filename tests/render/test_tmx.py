"""export --format tmx: a TMX 1.4b translation memory read back by translate-toolkit's
TMX reader (a well-kept library, not our own parser), its texts against the XML."""

from __future__ import annotations

import pytest

from helpers import run
from versions_xml import version, words, xml_clauses

tmx = pytest.importorskip("translate.storage.tmx", reason="translate-toolkit (the test extra)")


def _export(tmp_path, name: str, langs: tuple[str, ...]) -> bytes:  # type: ignore[no-untyped-def]
    args: list[str] = []
    for lang in langs:
        args += ["--file", str(version(name, lang))]
    out = tmp_path / "versions.tmx"
    result = run(*args, "export", "--lang", ",".join(langs), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return bytes(out.read_bytes())


def test_tmx_round_trip_en_fr(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = _export(tmp_path, "75_272", ("en", "fr"))
    store = tmx.tmxfile.parsestring(data)
    expected = {lang: xml_clauses(version("75_272", lang)) for lang in ("en", "fr")}
    units = {unit.getid(): unit for unit in store.units}
    clause_ids = [u for u in units if u in expected["en"]]
    assert clause_ids == list(expected["en"])  # one unit per clause, in document order
    for clause_id in clause_ids:
        unit = units[clause_id]
        assert words(unit.source) == expected["en"][clause_id]
        assert words(unit.target) == expected["fr"][clause_id]
    assert units["title"].source.startswith("Role of the United Nations Regional Centre")


def test_tmx_header_and_every_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    langs = ("en", "fr", "es", "ru", "ar", "zh")
    data = _export(tmp_path, "75_272", ("fr", "en", "es", "ru", "ar", "zh"))
    root = etree.fromstring(data)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    for attribute in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang"):
        assert header.get(attribute)
    assert header.get("srclang") == "en" and header.get("datatype") == "plaintext"
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    op2 = root.find("body/tu[@tuid='OP2']")
    assert op2 is not None
    texts = {tuv.get(lang_attr): tuv.findtext("seg") for tuv in op2.findall("tuv")}
    assert set(texts) == set(langs)
    for lang in langs:
        assert words(texts[lang] or "") == xml_clauses(version("75_272", lang))["OP2"]
    # translate-toolkit reads every language of the unit.
    store = tmx.tmxfile.parsestring(data)
    unit = next(u for u in store.units if u.getid() == "OP2")
    assert words(unit.gettarget("zh")) == xml_clauses(version("75_272", "zh"))["OP2"]


def test_tmx_a_missing_clause_has_no_tuv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """75/299's Chinese file lacks English's PP2: its unit has no zh tuv, and English's
    PP3 unit holds the Chinese second preambular paragraph (the XML read with lxml)."""
    from lxml import etree

    data = _export(tmp_path, "A_RES_75_299", ("en", "zh"))
    root = etree.fromstring(data)
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    pp2 = root.find("body/tu[@tuid='PP2']")
    assert pp2 is not None
    assert [tuv.get(lang_attr) for tuv in pp2.findall("tuv")] == ["en"]
    zh = xml_clauses(version("A_RES_75_299", "zh"))
    en = xml_clauses(version("A_RES_75_299", "en"))
    for tuid, zh_id in (("PP1", "PP1"), ("PP3", "PP2"), ("PP7", "PP6")):
        tu = root.find(f"body/tu[@tuid='{tuid}']")
        assert tu is not None
        segs = {tuv.get(lang_attr): tuv.findtext("seg") for tuv in tu.findall("tuv")}
        assert words(segs["en"]) == en[tuid]
        assert words(segs["zh"]) == zh[zh_id]


def test_tmx_needs_two_versions() -> None:
    result = run("--file", str(version("75_272", "en")), "export", "--format", "tmx")
    assert result.exit_code == 2 and "two language versions" in result.stderr


def test_tmx_of_the_versions_in_the_corpus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``--res SYMBOL export --format tmx``: the versions indexed, as with a --file each."""
    db = str(tmp_path / "i.sqlite")
    files = [str(version("A_RES_75_299", lang)) for lang in ("en", "zh")]
    assert run("--db", db, "corpus", "add", "-j", "1", "-q", *files).exit_code == 0
    from_index = run("--db", db, "--res", "75/299", "export", "--format", "tmx")
    assert from_index.exit_code == 0, from_index.stderr
    from_files = run(*[a for f in files for a in ("--file", f)], "export", "--format", "tmx")
    assert from_index.stdout == from_files.stdout
    one = run("--db", db, "--res", "75/299", "export", "--lang", "en", "--format", "tmx")
    assert one.exit_code == 2 and "--lang en: --format tmx needs two languages" in one.stderr
