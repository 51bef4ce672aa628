"""`verbs`, `grep --verb`, `refs`, `footnotes` and `votes` on every language version
(issue 17), through the command line, against the UN's XML read here with lxml.

75/272 in the six languages (``75_272_<E|F|S|R|A|C>.xml``) and the recorded vote of
75/102 in the six languages. The expectations come from the XML, not from the reader:

- lead phrases: the first span of each preamble ``container`` in the language's
  typography (italic; bold in Chinese; bold italic in Arabic), white space at its
  ends dropped;
- references: the document each ``<a href="https://undocs.org/xx/SYMBOL">`` of the
  text and its footnotes links to;
- footnotes: the ``authorialNote`` markers and texts;
- the vote: each ``count`` (its value and its ``organization`` names).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from lxml import etree

from conftest import FILE_LETTERS, LANGUAGE_FOLDERS, LEAD_CLASSES, require_shared
from helpers import run

FOLDERS = LANGUAGE_FOLDERS
LETTER = FILE_LETTERS
TYPOGRAPHY = LEAD_CLASSES
#: A verb a delegate of each language would look for, and the leads (as printed) of
#: its family: "recall" / "Recalling" in each language.
VERB = {
    "en": ("recall", r"^Recalling\b"),
    "fr": ("rappel", r"^Rappelant\b"),
    "es": ("record", r"^Recordando\b"),
    "ru": ("ссылаясь", r"^ссылаясь\b"),
    "ar": ("إذ تشير", r"^و?إذ تشير"),
    "zh": ("回顾", r"回顾"),
}
_LINK = re.compile(r"^https?://undocs\.org/[a-z]{2}/(.+)$")


def _path(lang: str, number: str) -> Path:
    return require_shared(75).parent / FOLDERS[lang] / f"75_{number}_{LETTER[lang]}.xml"


def _root(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    return etree.fromstring(path.read_bytes(), parser)


def _text(element: etree._Element) -> str:
    """Text as the reader normalises it: a run of white space holding a space, a tab or
    a line break becomes one space (a no-break space alone stays)."""
    return re.sub(r"\s*[ \t\r\n]\s*", " ", "".join(element.itertext())).strip()


def _clause_text(element: etree._Element) -> str:
    """The text of a clause without its footnotes' texts (``authorialNote``)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if etree.QName(child).localname != "authorialNote":
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return re.sub(r"\s*[ \t\r\n]\s*", " ", "".join(parts)).strip()


def _preamble_leads(root: etree._Element, lang: str) -> list[str]:
    leads = []
    for container in root.iterfind(".//{*}preamble/{*}container"):
        span = next(
            (
                s
                for s in container.iter("{*}span")
                if TYPOGRAPHY[lang] <= set((s.get("class") or "").split())
            ),
            None,
        )
        leads.append(_text(span) if span is not None else "")
    return leads


def _json(*args: str) -> object:
    result = run(*args)
    assert result.exit_code == 0, result.output[-500:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_verbs(lang: str) -> None:
    path = _path(lang, "272")
    leads = _preamble_leads(_root(path), lang)
    expected: dict[str, list[str]] = defaultdict(list)
    for index, lead in enumerate(leads, 1):
        expected[lead].append(f"PP{index}")
    rows = _json("--file", str(path), "verbs", "--part", "preambular", "--format", "json")
    assert isinstance(rows, list)
    assert {row["verb"]: row["ids"] for row in rows} == dict(expected)


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_grep_verb(lang: str) -> None:
    path = _path(lang, "272")
    phrase, family = VERB[lang]
    leads = _preamble_leads(_root(path), lang)
    expected = [f"PP{i}" for i, lead in enumerate(leads, 1) if re.search(family, lead)]
    assert len(expected) >= 2, expected  # "Recalling" and "Recalling also"
    result = run("--file", str(path), "grep", "--verb", phrase, "--part", "preambular", "-l")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == expected


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_refs(lang: str) -> None:
    path = _path(lang, "272")
    root = _root(path)
    linked = set()
    for part in ("preamble", "mainBody"):
        for link in root.iterfind(f".//{{*}}{part}//{{*}}a"):
            found = _LINK.match(link.get("href") or "")
            if found:
                linked.add(found.group(1))
    assert len(linked) >= 4, linked
    rows = _json("--file", str(path), "refs", "--format", "json")
    assert isinstance(rows, list)
    printed = {row["normalized"] for row in rows}
    for symbol in linked:  # a joint symbol A/71/982-S/2017/600 names both documents
        assert any(symbol == p or symbol in p.split("-") for p in printed), (symbol, printed)


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_footnotes(lang: str) -> None:
    path = _path(lang, "272")
    notes = {
        int(n.get("marker")): _text(n)
        for n in _root(path).iter("{*}authorialNote")
        if (n.get("marker") or "").strip().isdigit()
    }
    rows = _json("--file", str(path), "footnotes", "--format", "json")
    assert isinstance(rows, list)
    assert {row["number"]: row["text"] for row in rows} == notes


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_votes(lang: str) -> None:
    path = _path(lang, "102")
    expected: dict[str, set[str]] = {}
    kinds = {"inFavour": "yes", "against": "no", "abstaining": "abstain"}
    for count in _root(path).iter("{*}count"):
        names = {_text(o) for o in count.iter("{*}organization")}
        assert len(names) == int(count.get("value") or "0")
        expected[kinds[(count.get("refersTo") or "").lstrip("#")]] = names
    assert expected["yes"] and expected["no"] and expected["abstain"]
    rows = _json("--file", str(path), "votes", "--format", "json")
    assert isinstance(rows, list)
    printed: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        printed[row["vote"]].add(row["state"])
    assert {k: v for k, v in printed.items() if k in expected} == expected


@pytest.mark.parametrize("lang", list(FOLDERS))
def test_machine_formats_keep_the_text_in_logical_order(lang: str) -> None:
    """`show`, `list --format jsonl` and `grep --format jsonl` write each text exactly as
    the XML holds it: Arabic in logical order, no direction mark added; `info` carries
    the version's ``lang``."""
    path = _path(lang, "272")
    containers = list(_root(path).iterfind(".//{*}preamble/{*}container"))
    texts = [_clause_text(c) for c in containers]
    shown = _json("--file", str(path), "show", "PP1", "--format", "json")
    assert isinstance(shown, list)
    assert shown[0]["text"] == texts[0]
    for command in (("list",), ("grep", "--verb", VERB[lang][0])):
        result = run("--file", str(path), *command, "--part", "preambular", "--format", "jsonl")
        assert result.exit_code == 0, result.output
        for line in result.stdout.splitlines():
            record = json.loads(line)  # direction marks only where the XML has them
            assert record["text"] == texts[int(record["id"][2:]) - 1]
    info = _json("--file", str(path), "info", "--format", "json")
    assert isinstance(info, dict)
    assert info["lang"] == lang


def test_clause_records_carry_the_language() -> None:
    path = _path("fr", "272")
    shown = _json("--file", str(path), "show", "PP1", "--format", "json")
    assert isinstance(shown, list)
    assert shown[0].get("lang") == "fr"
    for command in (("list",), ("grep", "Asie"), ("show", "OP1-2")):
        records = _json("--file", str(path), *command, "--format", "json")
        assert isinstance(records, list) and records
        assert {r.get("lang") for r in records} == {"fr"}, command


def test_global_lang_with_a_file_is_checked_never_ignored() -> None:
    """``--lang`` names the version to read: with ``--file`` (or the bundled resolution)
    a file in another language is an error, never a silent English answer."""
    english = _path("en", "272")
    french = _path("fr", "272")
    wrong = run("--file", str(english), "--lang", "fr", "show", "OP1")
    assert wrong.exit_code == 2 and wrong.stdout == ""
    assert wrong.stderr.count("\n") == 1 and "is the en version" in wrong.stderr
    right = run("--file", str(french), "--lang", "fr", "show", "OP1")
    assert right.exit_code == 0 and right.stdout.startswith("1. Encourage")
    assert run("--file", str(french), "--lang", "fra", "show", "OP1").stdout == right.stdout
    bad = run("--lang", "xx", "show", "OP1")
    assert bad.exit_code == 2 and "--lang 'xx': expected 'all'" in bad.stderr
    bundled = run("--lang", "fr", "show", "OP1")
    assert bundled.exit_code == 2 and "the bundled resolution is the en version" in bundled.stderr
    assert run("--lang", "en", "show", "OP1").exit_code == 0
    alone = run("show", "OP1", "--lang", "fr")  # the bundled one has no French version
    assert alone.exit_code == 2 and "no version in fr" in alone.stderr
