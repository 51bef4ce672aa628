"""Recall of find_references against the links the UN itself put in its AKN4UN editions.

For every file of the session in ../shared/official, every ``<a href="https://undocs.org/...">``
is a document symbol the UN linked; find_references on the loaded resolution (each part of a
document collection loaded on its own) must find each of them, somewhere in the same file
(links are matched per file, by symbol: the model does not keep the XML's element positions).
Links inside annexes (``<attachments>``) are part of the test: the model holds the annexes, and
find_references reads them (their titles, clauses and footnotes); the recall over them is also
printed on its own. ``pytest -s`` prints the recall and the misses.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import etree

from conftest import load_official
from resolution_cli.readers import akn
from resolution_cli.references import find_references

_UNDOCS = re.compile(r"^https?://(?:www\.)?undocs\.org/", re.IGNORECASE)

#: Links find_references may miss, by (file name, link key), each with the reason it is not a
#: miss of the grammar. Keys are as made by ``_key``.
ALLOWED_MISSES: dict[tuple[str, str], str] = {
    # The link text is "A/75/3/Rev.1" (found, as printed); the UN's href drops the "/Rev.1".
    ("75_151_E.xml", "a/75/3"): "href differs from the symbol printed in the link text",
    # The text says "Human Rights Council ... resolutions 24/14 ... and 43/15": found as
    # A/HRC/RES/43/15; the UN's href for 43/15 alone points at the GA's A/RES/43/15.
    ("75_181_E.xml", "a/res/43/15"): "UN href names the wrong organ (text: HRC resolution)",
    # "Human Rights Council resolution S-21/1": found as A/HRC/RES/S-21/1; the href says
    # A/RES/S-21/1 (a GA special-session resolution on another subject).
    ("75_94_E.xml", "a/res/s-21/1"): "UN href names the wrong organ (text: HRC resolution)",
    # "the request of the Human Rights Council ..., through its resolution 42/22": "its" is
    # read as the Assembly's own (the rule that holds in nearly every other clause), so
    # A/RES/42/22 is found, not A/HRC/RES/42/22.
    ("75_198_E.xml", "a/hrc/res/42/22"): "'its resolution' whose 'its' is another organ",
    # "Supplement No. 49 (A/75/49), vol. I": found as A/75/49 (Vol. I), which is how the UN
    # links it in 75_251_B, 75_253B, 75_242 B, 75_250 B and 75_257 B; this file links the
    # same words to plain A/75/49.
    ("75_245B_E.xml", "a/75/49"): "UN links the same words inconsistently (vol. I elsewhere)",
}


def _key(symbol: str) -> str:
    """A comparable form of a symbol or link path: no language prefix, no spaces, casefolded,
    no "(SUPP)" marker and no part letter (the UN links part B as 50/221B, 50/221 or 50/221b)."""
    path = _UNDOCS.sub("", symbol.strip()).lstrip("/")
    path = re.sub(r"^(?:en|fr|es|sp|ar|ru|zh)/", "", path, flags=re.IGNORECASE)
    path = re.sub(r"\(supp\)", "", path, flags=re.IGNORECASE)
    path = re.sub(r"\s+", "", path).casefold()
    path = re.sub(r"(/(?:res|dec)/(?:e?s-)?\d+/\d+)[a-z](?:-[a-z])?$", r"\1", path)
    return re.sub(r"(/res/\d+)[a-z](\()", r"\1\2", path)


def _linked(path: Path) -> tuple[list[str], list[str]]:
    """The keys of every undocs.org link in the file, one per link: those of the resolution
    proper, and those inside its annexes (``<attachments>``)."""
    tree = etree.parse(str(path))
    keys: list[str] = []
    annexed: list[str] = []
    for anchor in tree.iter("{*}a"):
        href = anchor.get("href") or ""
        if not _UNDOCS.match(href):
            continue
        ups = list(anchor.iterancestors())
        if any(etree.QName(up).localname == "attachments" for up in ups):
            annexed.append(_key(href))
        else:
            keys.append(_key(href))
    return keys, annexed


def _found(path: Path) -> set[str]:
    """The keys of every symbol find_references finds in the file (every part, joint parts too)."""
    data = path.read_bytes()
    labels = akn.parts(data, path.name)
    resolutions = (
        [load_official(path, part_of=label) for label in labels]
        if labels
        else [load_official(path)]
    )
    keys: set[str] = set()
    for resolution in resolutions:
        for ref in find_references(resolution):
            for symbol in ref.symbol.flat():
                keys.add(_key(symbol.document))
    return keys


def test_find_references_finds_every_symbol_the_un_linked(official: Path) -> None:
    files = sorted(official.glob("*.xml"))
    assert files, f"no AKN files in {official}"
    total = found = annex_links = annex_found = 0
    misses: Counter[tuple[str, str]] = Counter()
    for path in files:
        got = _found(path)
        keys, annexed = _linked(path)
        for key in annexed:
            annex_links += 1
            annex_found += key in got
        for key in keys + annexed:
            total += 1
            if key in got:
                found += 1
            else:
                misses[(path.name, key)] += 1
    unexpected = {miss: n for miss, n in misses.items() if miss not in ALLOWED_MISSES}
    allowed = sum(n for miss, n in misses.items() if miss in ALLOWED_MISSES)
    recall = found / total
    print(f"\nrefs recall over {len(files)} files: {found}/{total} links = {recall:.4f}")
    print(f"allowed misses: {allowed}; other misses: {sum(unexpected.values())}")
    print(f"of which inside annexes: {annex_found}/{annex_links}")
    for (name, key), count in sorted(misses.items()):
        mark = "allowed" if (name, key) in ALLOWED_MISSES else "MISS"
        print(f"  {mark}: {name}: {key} (x{count})")
    assert annex_links, "no link inside an annex: the annexes are not part of the test"
    assert not unexpected, f"missed links: {sorted(unexpected)}"
    assert (found + allowed) / total == 1.0
    stale = set(ALLOWED_MISSES) - set(misses)
    assert not stale, f"allowed misses that are now found (remove them): {sorted(stale)}"
