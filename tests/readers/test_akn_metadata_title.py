"""The title of every language version (:mod:`resolution_cli.readers.akn.metadata`):
the Arabic files print a stray dash before it ("-\\tدور مركز …", issue 17), which is
the printed layout's, not a word of the title.

Over every file of session 75 in the six languages, the title read is the preface's
``docTitle`` (several joined by "; ") as the XML holds it (read here with lxml, tabs
and line breaks as one space), without a leading dash and its white space; no title
read starts with a dash.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import require_shared

FOLDERS = ["English", "French", "Spanish", "Russian", "Arabic", "Chinese"]
_DASH = re.compile(r"^[-\u2010-\u2015\u2212]\s+")


def _titles(data: bytes) -> list[str]:
    """The text of each ``docTitle`` of the document's first preface paragraph."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    paragraph = root.find(".//{*}preface/{*}p")
    if paragraph is None:
        return []
    # tabs and line breaks, with the white space around them, are one space
    return [
        re.sub(r"\s*[\t\r\n]\s*", " ", "".join(t.itertext())).strip()
        for t in paragraph.iterfind("{*}docTitle")
    ]


@pytest.mark.parametrize("folder", FOLDERS)
def test_titles_without_the_stray_dash(folder: str) -> None:
    from resolution_cli.readers.akn import read_all

    stripped = 0
    for path in sorted((require_shared(75).parent / folder).glob("*.xml")):
        data = path.read_bytes()
        try:
            read = read_all(data, path.name, warn=lambda message: None)
        except Exception:
            continue
        titles = _titles(data)
        for resolution in read:
            assert not _DASH.match(resolution.title), (path.name, resolution.title)
            if len(read) == 1 and " " not in resolution.number and titles:  # not a part
                expected = [_DASH.sub("", t) for t in titles]
                assert resolution.title == "; ".join(t for t in expected if t), path.name
                stripped += expected != titles
    if folder == "Arabic":
        assert stripped >= 270  # 277 of 322 resolutions (issue 17)
    else:
        assert stripped == 0
