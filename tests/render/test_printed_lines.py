"""A version in another language prints its cover and closing lines in its own words
(issue 17): the distribution, the dates, the agenda item and the "Resolution adopted
by ..." line come from its file, as published, never composed in English. The
expectations are read from the XML with lxml, independently of the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import require_shared
from helpers import run

FILES = {
    "fr": ("French", "75_102_F.xml"),
    "es": ("Spanish", "75_272_S.xml"),
    "ru": ("Russian", "75_272_R.xml"),
    "ar": ("Arabic", "75_272_A.xml"),
    "zh": ("Chinese", "75_272_C.xml"),
}


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _published(path: Path) -> tuple[list[str], str]:
    """The cover's lines the tool must not compose itself, and the closing date."""
    root = etree.parse(str(path)).getroot()
    cover = root.find(".//{*}coverPage")
    assert cover is not None
    lines = [_text(cover.find(".//{*}docStatus")), _text(cover.find(".//{*}docDate"))]
    lines += [_text(i) for i in cover.iter("{*}inline") if i.get("name") == "agenda item"]
    lines += [
        _text(t) for t in cover.iter("{*}docTitle") if t.get("refersTo") != "#resolutionTitle"
    ]
    closing = root.find(".//{*}conclusions//{*}docDate")
    return [line for line in lines if line], _text(closing)


@pytest.mark.parametrize("lang", sorted(FILES))
def test_cover_and_closing_lines_as_the_version_prints_them(lang: str) -> None:
    folder, name = FILES[lang]
    path = require_shared(75).parent / folder / name
    expected, closing = _published(path)
    assert expected and closing
    result = run("--file", str(path), "show", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    printed = [" ".join(line.split()) for line in result.stdout.splitlines()]
    for line in expected:
        assert line in printed, (lang, line)
    assert closing in printed
    # (the UN's Russian, Arabic and Chinese covers print "Distr.: General" and the date
    # of issue in English: so does the tool, as published)
    head = "\n".join(printed[: printed.index(expected[-1]) + 1])
    assert "Agenda item" not in head and "Resolution adopted by" not in head, head
    # markdown prints the same lines, and the AKN export writes them back
    markdown = run("--file", str(path), "show", "--format", "markdown").stdout
    assert all(line in " ".join(markdown.split()) for line in expected)
