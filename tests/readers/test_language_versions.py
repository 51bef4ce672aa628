"""Every language version of a resolution has the ids of its English version (issue 17).

Over every file of session 75 in its six language folders and every file of session
74's five zip archives (read in place, as the UN publishes them), each resolution is
read with the reader the corpus uses (:func:`resolution_cli.readers.akn.read_all`, one
resolution per part of a collection). Versions of one resolution are matched by their
FRBR Work (``FRBRWork/FRBRthis``: :attr:`~resolution_cli.model.Resolution.work_uri`)
and their ``FRBRlanguage`` (:attr:`~resolution_cli.model.Resolution.lang`), never by
file name; where the work's date differs between languages (10 resolutions), by the
rest of the work URI when it names one English work only.

A version's ids (preamble, operative part, sections, annexes, in order) equal its
English version's in >= 98 % of resolutions, except where the UN's files really differ
more often than that (Arabic and Chinese session 75: a preambular clause missing from
the peacekeeping financing resolutions; ``resolution languages`` and
:func:`resolution_cli.versions.counterparts` find which);
every resolution whose ids differ is listed in :data:`DIFFERENCES` with what the UN's
file shows (its file and line), and the test fails on any other difference — or when
a listed one is gone.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from conftest import require_shared

FOLDERS = ("English", "French", "Spanish", "Russian", "Arabic", "Chinese")
LANGS = ("fr", "es", "ru", "ar", "zh")

#: (session, lang) -> the lowest share of resolutions whose ids equal English's. 98 %
#: everywhere the UN's files allow it; below, the listed differences say why.
FLOOR = {
    (74, "fr"): 0.98,
    (74, "es"): 0.98,
    (74, "ru"): 0.98,
    (74, "ar"): 0.98,
    (74, "zh"): 0.98,
    (75, "fr"): 0.98,
    (75, "es"): 0.98,
    (75, "ru"): 0.98,
    # 14 differences, 12 of them the Security Council recall missing from the preamble
    (75, "ar"): 0.95,
    # 20 differences, 14 of them a missing preambular clause (13 the Security Council
    # recall)
    (75, "zh"): 0.93,
}

#: (session, lang, symbol of the English version) -> what the UN's file shows (the
#: version's file and the line where its ids first part from English's; English's file
#: and line). Found by reading both files at those lines.
DIFFERENCES: dict[tuple[int, str, str], str] = {
    (74, "fr", "A/RES/74/15"): (
        "74_15_F.xml line 193: the UN's French file prints the paragraph read as OP10_2 where"
        " 74_15.xml line 193 prints the one read as OP19"
    ),
    (74, "fr", "A/RES/74/255 B"): (
        "74_255_F.xml line 388: the sub-section letters of section II are marked otherwise in"
        " the UN's French file (II.PP1 where 74_255.xml line 181 has II.A.PP1)"
    ),
    (74, "fr", "A/RES/74/280"): (
        "74_280_F.xml line 600: the annex's staffing tables and their notes make more "
        "unnumbered paragraphs in the UN's French file than in 74_280_E.xml, where annex II "
        "has started"
    ),
    (74, "es", "A/RES/74/169"): (
        "74_169_S.xml line 359: one more preambular container in the UN's Spanish file than "
        "in 74_169.xml (PP31; English's line 351 is OP1)"
    ),
    (74, "ru", "A/RES/74/219"): (
        "74_219_R.xml line 246: one more preambular container in the UN's Russian file than "
        "in 74_219.xml (PP27; English's line 251 is OP1)"
    ),
    (74, "ru", "A/RES/74/280"): (
        "74_280_R.xml line 561: the annex's staffing tables and their notes make more "
        "unnumbered paragraphs in the UN's Russian file than in 74_280_E.xml, where annex II "
        "has started"
    ),
    (74, "ar", "A/RES/74/178"): (
        "74_178_A.xml line 133: one more preambular container in the UN's Arabic file than in"
        " 74_178.xml (PP39; English's line 281 is OP1)"
    ),
    (74, "ar", "A/RES/74/234"): (
        "74_234_A.xml: the UN's Arabic file has one operative paragraph fewer; 74_234.xml "
        "line 528 (OP38) has no counterpart"
    ),
    (74, "ar", "A/RES/74/247"): (
        "74_247_A.xml: the UN's Arabic file has one operative paragraph fewer; 74_247.xml "
        "line 436 (OP6) has no counterpart"
    ),
    (74, "ar", "A/RES/74/255 B"): (
        "74_255_A.xml line 397: the sub-section letters of section II are marked otherwise in"
        " the UN's Arabic file (II.B.OP.u1 where 74_255.xml line 434 has II.C.OP1)"
    ),
    (74, "ar", "A/RES/74/280"): (
        "74_280_A.xml line 643: the annex's staffing tables and their notes make more "
        "unnumbered paragraphs in the UN's Arabic file than in 74_280_E.xml, where annex II "
        "has started"
    ),
    (74, "ar", "A/RES/74/305"): (
        "74_305_A.xml line 405: the UN's Arabic file prints the paragraph read as OP18 where "
        "74_305_E.xml line 438 prints the one read as OP17"
    ),
    (74, "zh", "A/RES/74/181"): (
        "74_181_C.xml line 249: the UN's Chinese file prints the paragraph read as OP4 where "
        "74_181.xml line 251 prints the one read as OP3"
    ),
    (74, "zh", "A/RES/74/219"): (
        "74_219_C.xml line 348: the UN's Chinese file prints the paragraph read as OP14_2 "
        "where 74_219.xml line 349 prints the one read as OP15"
    ),
    (74, "zh", "A/RES/74/251"): (
        "74_251_C.xml line 544: the UN's Chinese file prints the paragraph read as OP20_2 "
        "where 74_251.xml line 548 prints the one read as OP21"
    ),
    (74, "zh", "A/RES/74/263"): (
        "74_263_C.xml line 2686: section XIX's heading is absent from the UN's Chinese file: "
        "its paragraph (XVIII.OP.u1) follows section XVIII; 74_263.xml line 2680 is XIX.OP1"
    ),
    (74, "zh", "A/RES/74/271"): (
        "74_271_C.xml line 235: the UN's Chinese file prints the paragraph read as I.OP10 "
        "where 74_271_E.xml line 234 prints the one read as I.OP9"
    ),
    (74, "zh", "A/RES/74/280"): (
        "74_280_C.xml: the staffing tables of the annex are laid out as fewer paragraphs in "
        "the UN's Chinese file (74_280_E.xml line 512: annexI.u3)"
    ),
    (75, "fr", "A/RES/75/129"): (
        "75_129_F.xml line 251: the annex's paragraphs are printed without their numbers in "
        "the UN's French file; 75_129_E.xml line 250 numbers them (annex.1)"
    ),
    (75, "fr", "A/RES/75/212"): (
        "75_212_F.xml line 623: the annex's paragraphs are printed without their numbers in "
        "the UN's French file; 75_212_E.xml line 580 numbers them (annexII.1)"
    ),
    (75, "fr", "A/RES/75/257 B"): (
        "A_RES_75_257 B-2109408F.xml line 257: the articles of the annexed addendum are laid "
        "out otherwise in the UN's French file (annex.art2.u1 where A_RES_75_257 "
        "B-2109408E.xml line 308 has annex.art2.3)"
    ),
    (75, "fr", "A/RES/75/290 A"): (
        "75_290 A_F.xml line 846: one more unnumbered paragraph in the annex of the UN's "
        "French file than in 75_290 A_E.xml"
    ),
    (75, "fr", "A/RES/S-32/1"): (
        "A_RES_S-32_1-2107229F.xml line 576: one more unnumbered paragraph in the annex of "
        "the UN's French file than in A_RES_S-32_1-2107229E.xml"
    ),
    (75, "es", "A/RES/75/129"): (
        "75_129_S.xml line 249: the annex's paragraphs are printed without their numbers in "
        "the UN's Spanish file; 75_129_E.xml line 250 numbers them (annex.1)"
    ),
    (75, "es", "A/RES/75/212"): (
        "75_212_S.xml line 600: the annex's paragraphs are printed without their numbers in "
        "the UN's Spanish file; 75_212_E.xml line 580 numbers them (annexII.1)"
    ),
    (75, "es", "A/RES/75/257 B"): (
        "A_RES_75_257 B-2109408S.xml line 377: the articles of the annexed addendum are laid "
        "out otherwise in the UN's Spanish file (annex.art4 where A_RES_75_257 B-2109408E.xml"
        " line 377 has annex.art4.u1)"
    ),
    (75, "es", "A/RES/75/290 A"): (
        "75_290 A_S.xml line 852: one more unnumbered paragraph in the annex of the UN's "
        "Spanish file than in 75_290 A_E.xml"
    ),
    (75, "ru", "A/RES/75/193"): (
        "75_193_R.xml line 341: a list of Security Council resolutions ('2254 (2015) 2268 "
        "(2016)') is printed as paragraphs of their own in the UN's Russian file (OP.u1); "
        "75_193_E.xml line 804 is OP59"
    ),
    (75, "ru", "A/RES/75/217"): (
        "75_217_R.xml line 231: one more preambular container in the UN's Russian file than "
        "in 75_217_E.xml (PP29; English's line 230 is OP1)"
    ),
    (75, "ru", "A/RES/75/253 B"): (
        "75_253B_R.xml line 385: the UN's Russian file prints the paragraph read as V.OP7 "
        "where 75_253B_E.xml line 386 prints the one read as V.OP6"
    ),
    (75, "ru", "A/RES/75/257 B"): (
        "A_RES_75_257 B-2109408R.xml line 377: the articles of the annexed addendum are laid "
        "out otherwise in the UN's Russian file (annex.art4, one paragraph, where "
        "A_RES_75_257 B-2109408E.xml line 377 has annex.art4.u1 and line 382 annex.art4.u2)"
    ),
    (75, "ru", "A/RES/75/293"): (
        "A_RES_75_293-2108996R.xml line 813: the annex's staffing tables and their notes make"
        " more unnumbered paragraphs in the UN's Russian file than in "
        "A_RES_75_293-2108996E.xml, where annex II has started"
    ),
    (75, "ar", "A/RES/75/250 B"): (
        "A_RES_75_250 B-2109021A.xml line 335: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Arabic file (its preamble"
        " has one clause fewer than A_RES_75_250 B-2109021E.xml; line 329 is English's PP7): "
        "the boundary moves by one"
    ),
    (75, "ar", "A/RES/75/251 B"): (
        "75_251_B_A.xml line 145: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than 75_251_B_E.xml; line 139 is English's PP3): the boundary moves by"
        " one"
    ),
    (75, "ar", "A/RES/75/251 C"): (
        "A_RES_75_251 C_A.xml line 196: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_251 C_E.xml; line 186 is English's PP7): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/253 B"): (
        "75_253B_A.xml line 251: a preambular clause of section III is split in two "
        "paragraphs in the UN's Arabic file, the second unnumbered (II.OP.u1); 75_253B_E.xml "
        "line 183 is III.PP1"
    ),
    (75, "ar", "A/RES/75/257 B"): (
        "A_RES_75_257 B-2109408A.xml line 384: the articles of the annexed addendum are laid "
        "out otherwise in the UN's Arabic file (annex.art4 where A_RES_75_257 B-2109408E.xml "
        "line 377 has annex.art4.u1)"
    ),
    (75, "ar", "A/RES/75/297"): (
        "A_RES_75_297_A.xml line 191: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_297_E.xml; line 184 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/298"): (
        "A_RES_75_298_A.xml line 184: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_298_E.xml; line 178 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/299"): (
        "A_RES_75_299_A.xml line 191: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_299_E.xml; line 188 is English's PP7): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/300"): (
        "A_RES_75_300-2109014A.xml line 188: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Arabic file (its preamble"
        " has one clause fewer than A_RES_75_300-2109014E.xml; line 184 is English's PP7): "
        "the boundary moves by one"
    ),
    (75, "ar", "A/RES/75/302"): (
        "A_RES_75_302-2109017A.xml line 216: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Arabic file (its preamble"
        " has one clause fewer than A_RES_75_302-2109017E.xml; line 185 is English's PP6): "
        "the boundary moves by one"
    ),
    (75, "ar", "A/RES/75/303"): (
        "A_RES_75_303_A.xml line 189: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_303_E.xml; line 182 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/304"): (
        "A_RES_75_304-2109022A.xml line 190: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Arabic file (its preamble"
        " has one clause fewer than A_RES_75_304-2109022E.xml; line 182 is English's PP5): "
        "the boundary moves by one"
    ),
    (75, "ar", "A/RES/75/305"): (
        "A_RES_75_305_A.xml line 188: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Arabic file (its preamble has one"
        " clause fewer than A_RES_75_305_E.xml; line 185 is English's PP6): the boundary "
        "moves by one"
    ),
    (75, "ar", "A/RES/75/306"): (
        "A_RES_75_306-2109026A.xml line 192: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Arabic file (its preamble"
        " has one clause fewer than A_RES_75_306-2109026E.xml; line 188 is English's PP7): "
        "the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/250 B"): (
        "A_RES_75_250 B-2109021C.xml line 333: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Chinese file (its "
        "preamble has one clause fewer than A_RES_75_250 B-2109021E.xml; line 329 is "
        "English's PP7): the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/251 B"): (
        "75_251_B_C.xml line 143: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than 75_251_B_E.xml; line 139 is English's PP3): the boundary moves"
        " by one"
    ),
    (75, "zh", "A/RES/75/251 C"): (
        "A_RES_75_251 C_C.xml line 196: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_251 C_E.xml; line 186 is English's PP7): the boundary"
        " moves by one"
    ),
    (75, "zh", "A/RES/75/253"): (
        "75_253_C.xml line 1228: the UN's Chinese file prints paragraph 9. of section XX "
        "twice (XX.OP9_2), then 11.; 75_253_E.xml line 1231 prints 10. (XX.OP10)"
    ),
    (75, "zh", "A/RES/75/253 B"): (
        "75_253B_C.xml line 249: a preambular clause of section III is split in two "
        "paragraphs in the UN's Chinese file, the second unnumbered (II.OP.u1); 75_253B_E.xml"
        " line 183 is III.PP1"
    ),
    (75, "zh", "A/RES/75/257 B"): (
        "A_RES_75_257 B-2109408C.xml line 337: the articles of the annexed addendum are laid "
        "out otherwise in the UN's Chinese file (annex.art4 where A_RES_75_257 B-2109408E.xml"
        " line 377 has annex.art4.u1)"
    ),
    (75, "zh", "A/RES/75/286"): (
        "A_RES_75_286_C.xml line 136: the preambular clause on the Security Council's "
        "recommendation (resolution 2580 (2021)) is absent from the UN's Chinese file (its "
        "preamble has one clause fewer than A_RES_75_286_E.xml, whose line 133 is that "
        "clause, PP3): the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/287"): (
        "A_RES_75_287_C.xml line 452: the UN's Chinese file prints the paragraph read as OP8 "
        "where A_RES_75_287_E.xml line 451 prints the one read as OP7"
    ),
    (75, "zh", "A/RES/75/291"): (
        "A_RES_75_291_C.xml line 366: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_291_E.xml; line 234 is English's PP47): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/293"): (
        "A_RES_75_293-2108996C.xml: the staffing tables of the annex are laid out as fewer "
        "paragraphs in the UN's Chinese file (A_RES_75_293-2108996E.xml line 691: annexI.u5)"
    ),
    (75, "zh", "A/RES/75/297"): (
        "A_RES_75_297_C.xml line 191: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_297_E.xml; line 184 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/298"): (
        "A_RES_75_298_C.xml line 183: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_298_E.xml; line 178 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/299"): (
        "A_RES_75_299_C.xml line 193: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_299_E.xml; line 188 is English's PP7): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/300"): (
        "A_RES_75_300-2109014C.xml line 189: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Chinese file (its "
        "preamble has one clause fewer than A_RES_75_300-2109014E.xml; line 184 is English's "
        "PP7): the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/301"): (
        "A_RES_75_301_C.xml line 199: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_301_E.xml; line 194 is English's PP7): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/302"): (
        "A_RES_75_302-2109017C.xml line 190: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Chinese file (its "
        "preamble has one clause fewer than A_RES_75_302-2109017E.xml; line 185 is English's "
        "PP6): the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/303"): (
        "A_RES_75_303_C.xml line 187: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_303_E.xml; line 182 is English's PP5): the boundary "
        "moves by one"
    ),
    (75, "zh", "A/RES/75/304"): (
        "A_RES_75_304-2109022C.xml line 186: the preambular clause recalling the Security "
        "Council resolutions of the mandate is absent from the UN's Chinese file (its "
        "preamble has one clause fewer than A_RES_75_304-2109022E.xml; line 182 is English's "
        "PP5): the boundary moves by one"
    ),
    (75, "zh", "A/RES/75/305"): (
        "A_RES_75_305_C.xml line 190: the preambular clause recalling the Security Council "
        "resolutions of the mandate is absent from the UN's Chinese file (its preamble has "
        "one clause fewer than A_RES_75_305_E.xml; line 185 is English's PP6): the boundary "
        "moves by one"
    ),
}


# ------------------------------------------------------------------------ reading


def _sources(session: int) -> Iterator[tuple[str, str | None]]:
    """(path, zip member or None) of every file of a session, English first."""
    base = require_shared(session).parent
    for folder in FOLDERS:
        directory = base / folder
        if directory.is_dir():
            for path in sorted(directory.glob("*.xml")):
                yield str(path), None
            continue
        archive = base / f"GA resolutions_{session}session_{folder}.zip"
        if archive.is_file():
            with zipfile.ZipFile(archive) as zf:
                members = sorted(n for n in zf.namelist() if n.lower().endswith(".xml"))
            for member in members:
                yield str(archive), member


Record = tuple[str | None, str | None, str, tuple[str, ...], str]


def _read(source: tuple[str, str | None]) -> list[Record]:
    """(lang, work, symbol, ids, file) of each resolution of one file; [] if unreadable."""
    from resolution_cli.errors import LoadError
    from resolution_cli.readers import akn

    path, member = source
    if member is None:
        data, name = Path(path).read_bytes(), Path(path).name
    else:
        with zipfile.ZipFile(path) as zf:
            data, name = zf.read(member), member
    try:
        found = akn.read_all(data, name, warn=lambda _: None)
    except LoadError:  # five empty files in the Russian zip of session 74
        return []
    return [(r.lang, r.work_uri, r.symbol, tuple(c.id for c in r.clauses), name) for r in found]


def _undated(work: str) -> str:
    return re.sub(r"/unga/[^/]*/", "/unga/*/", work)


def _measure(session: int) -> dict[str, tuple[int, dict[str, str]]]:
    """lang -> (resolutions matched with English, {English symbol: file} whose ids differ)."""
    with ProcessPoolExecutor(2) as pool:
        records = [r for found in pool.map(_read, _sources(session), chunksize=8) for r in found]
    by_lang: dict[str, dict[str, Record]] = {}
    for record in records:
        lang, work = record[0], record[1]
        if lang and work:
            by_lang.setdefault(lang, {}).setdefault(work, record)  # the first file wins
    english = by_lang["en"]
    by_rest: dict[str, list[str]] = {}
    for work in english:
        by_rest.setdefault(_undated(work), []).append(work)
    result: dict[str, tuple[int, dict[str, str]]] = {}
    for lang in LANGS:
        works = dict(by_lang.get(lang, {}))
        for work in [w for w in works if w not in english]:
            found = by_rest.get(_undated(work), [])
            if len(found) == 1 and found[0] not in works:
                works[found[0]] = works.pop(work)
        pairs = [(english[w], r) for w, r in works.items() if w in english]
        differ = {e[2]: r[4] for e, r in pairs if e[3] != r[3]}
        result[lang] = (len(pairs), differ)
    return result


@pytest.fixture(scope="module", params=[74, 75])
def measured(request: pytest.FixtureRequest) -> tuple[int, dict[str, tuple[int, dict[str, str]]]]:
    session: int = request.param
    return session, _measure(session)


# -------------------------------------------------------------------------- tests


@pytest.mark.parametrize("lang", LANGS)
def test_versions_have_the_english_ids(
    measured: tuple[int, dict[str, tuple[int, dict[str, str]]]], lang: str
) -> None:
    session, figures = measured
    total, differ = figures[lang]
    listed = {sym for (s, lg, sym) in DIFFERENCES if s == session and lg == lang}
    assert set(differ) - listed == set(), "ids differ from English, not listed: " + "; ".join(
        f"{sym} ({differ[sym]})" for sym in sorted(set(differ) - listed)
    )
    assert listed - set(differ) == set(), "listed, but the ids now agree: " + ", ".join(
        sorted(listed - set(differ))
    )
    agree = total - len(differ)
    assert total >= 300
    assert agree / total >= FLOOR[session, lang], (agree, total)


def test_every_difference_names_the_file_and_line() -> None:
    for key, reason in DIFFERENCES.items():
        assert re.search(r"\.xml line \d+", reason), key
