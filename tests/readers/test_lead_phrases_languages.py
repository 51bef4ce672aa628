"""Lead phrases in the six official languages (``Words.lead_emphasis`` in
:mod:`resolution_cli.words`, the rule in :mod:`resolution_cli.readers.akn.flow`).

Issue 17: "in each language, the clauses whose printed lead phrase is found are
>= 97 % of those the English version has, asserted over session 75". Every file of
the six language folders of session 75 is read; the versions of one resolution are
matched by their FRBR Work (``FRBRWork/FRBRthis``, of the document or of each
component of a collection) and their ``FRBRlanguage`` (``Resolution.work_uri`` and
``Resolution.lang``), never by file name: a work whose date differs between the
versions is matched without its date when that names one English work. A lead
inferred from the English lexicon in an annex (``lead_inferred``) is not a printed
lead and is not counted.

The lead phrases of 75/272 are also checked one by one against the XML, read here
with lxml: the first span of each preamble container in the language's typography
(italic; bold in Chinese; bold italic in Arabic), its text with white space at its
ends dropped, is the clause's lead, as printed (Russian lower case).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from lxml import etree

from conftest import FILE_LETTERS, LANGUAGE_FOLDERS, LEAD_CLASSES, require_shared

FOLDERS = LANGUAGE_FOLDERS
LETTER = FILE_LETTERS
TYPOGRAPHY = LEAD_CLASSES
_DATE = re.compile(r"/unga/[^/]*/")

Counts = dict[tuple[str, str], int]  # (lang, part) -> clauses with a printed lead


def _part(clause: object) -> str:
    part = str(getattr(clause, "part", ""))
    return "PP" if part == "preambular" else "OP"


@pytest.fixture(scope="module")
def versions() -> dict[tuple[str, str], list[object]]:
    """(work URI, lang) -> the clauses of that version (every file of session 75)."""
    from resolution_cli.readers.akn import read_all

    base = require_shared(75).parent
    found: dict[tuple[str, str], list[object]] = {}
    for folder in FOLDERS.values():
        for path in sorted((base / folder).glob("*.xml")):
            try:
                read = read_all(path.read_bytes(), path.name, warn=lambda message: None)
            except Exception:
                continue
            for resolution in read:
                if resolution.work_uri and resolution.lang:
                    key = (resolution.work_uri, resolution.lang)
                    found.setdefault(key, list(resolution.clauses))
    return found


def _english(versions: dict[tuple[str, str], list[object]], work: str) -> list[object] | None:
    """The English version of ``work``: by its URI, else by its URI without the date
    when that names exactly one English work."""
    if (work, "en") in versions:
        return versions[(work, "en")]
    undated = _DATE.sub("/unga/*/", work)
    found = [
        c
        for (w, lang), c in versions.items()
        if lang == "en" and _DATE.sub("/unga/*/", w) == undated
    ]
    return found[0] if len(found) == 1 else None


@pytest.fixture(scope="module")
def leads(versions: dict[tuple[str, str], list[object]]) -> tuple[Counts, Counts]:
    """Printed leads per (lang, part) and, over the same resolutions, in English."""
    mine: Counts = defaultdict(int)
    english: Counts = defaultdict(int)
    for (work, lang), clauses in versions.items():
        if lang == "en":
            continue
        reference = _english(versions, work)
        if reference is None:
            continue
        for clause in clauses:
            if getattr(clause, "lead", "") and not getattr(clause, "lead_inferred", False):
                mine[(lang, _part(clause))] += 1
        for clause in reference:
            if getattr(clause, "lead", "") and not getattr(clause, "lead_inferred", False):
                english[(lang, _part(clause))] += 1
    return mine, english


def _share(counts: tuple[Counts, Counts], lang: str, parts: tuple[str, ...]) -> float:
    mine, english = counts
    found = sum(mine[(lang, p)] for p in parts)
    reference = sum(english[(lang, p)] for p in parts)
    assert reference > 1000, f"{lang}: only {reference} English leads matched"
    return found / reference


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh"])
def test_leads_reach_the_english_level(leads: tuple[Counts, Counts], lang: str) -> None:
    share = _share(leads, lang, ("PP", "OP"))
    assert share >= 0.97, f"{lang}: {share:.1%} of the English lead phrases"


def test_arabic_preamble_leads(leads: tuple[Counts, Counts]) -> None:
    share = _share(leads, "ar", ("PP",))
    assert share >= 0.97, f"ar preamble: {share:.1%} of the English lead phrases"


def test_arabic_operative_leads(leads: tuple[Counts, Counts]) -> None:
    share = _share(leads, "ar", ("OP",))
    assert share >= 0.97, f"ar operative: {share:.1%} of the English lead phrases"


# ------------------------------------------------------------ one resolution, by hand


def _xml_leads(path: Path, classes: set[str]) -> list[str]:
    """The lead of each preamble container of ``path``: its first span in ``classes``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(path.read_bytes(), parser)
    out: list[str] = []
    for container in root.iterfind(".//{*}preamble/{*}container"):
        span = next(
            (
                s
                for s in container.iter("{*}span")
                if classes <= set((s.get("class") or "").split())
            ),
            None,
        )
        out.append(" ".join("".join(span.itertext()).split()) if span is not None else "")
    return out


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_the_leads_of_75_272_are_printed_ones(lang: str) -> None:
    from resolution_cli import load

    path = require_shared(75).parent / FOLDERS[lang] / f"75_272_{LETTER[lang]}.xml"
    expected = _xml_leads(path, TYPOGRAPHY[lang])
    resolution = load(path)
    assert resolution.lang == lang
    assert [c.lead for c in resolution.preamble] == expected
    assert all(expected), expected


def test_chinese_lead_and_formula() -> None:
    """``<span class="bold">\\t遵循</span>`` is the lead "遵循" (the tab dropped);
    the bold ``大会`` of the formula is the formula, not a lead."""
    from resolution_cli import load

    resolution = load(require_shared(75).parent / "Chinese" / "75_272_C.xml")
    assert resolution.preamble[0].lead == "遵循"
    assert resolution.preamble[0].text.startswith("遵循《联合国宪章》")
    assert resolution.enacting_formula is not None
    assert "大会" in resolution.enacting_formula
    assert all(c.lead != "大会" for c in resolution.clauses)


def test_russian_leads_are_kept_as_printed() -> None:
    """``<span class="italic">руководствуясь </span>``: lower case kept, the space
    inside the span dropped."""
    from resolution_cli import load

    resolution = load(require_shared(75).parent / "Russian" / "75_272_R.xml")
    assert resolution.preamble[0].lead == "руководствуясь"
    assert resolution.preamble[1].lead == "ссылаясь"
