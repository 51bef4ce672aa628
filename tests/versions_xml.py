"""The language versions of session 75 as the UN's XML has them, read with lxml alone
(independent of the readers): the expectations of the side-by-side and TMX tests."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from conftest import FILE_LETTERS, LANGUAGE_FOLDERS, require_shared

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def version(name: str, lang: str) -> Path:
    """``version("75_272", "fr")`` -> ``.../75session/French/75_272_F.xml``."""
    session = require_shared().parent
    return session / LANGUAGE_FOLDERS[lang] / f"{name}_{FILE_LETTERS[lang]}.xml"


def _text(element: etree._Element) -> str:
    """The words of a ``p``, footnotes (``authorialNote``) left out, spaces collapsed."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if etree.QName(child).localname != "authorialNote":
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return " ".join("".join(parts).split())


def xml_clauses(path: Path) -> dict[str, str]:
    """PPn -> the text of the preamble's n-th container, OPn -> the mainBody's n-th
    paragraph's content (a resolution without sections)."""
    tree = etree.parse(str(path))
    found: dict[str, str] = {}
    for n, container in enumerate(tree.xpath("//a:preamble/a:container", namespaces=NS), 1):
        found[f"PP{n}"] = " ".join(_text(p) for p in container.xpath("a:p", namespaces=NS))
    paragraphs = tree.xpath("//a:mainBody/a:paragraph", namespaces=NS)
    for n, paragraph in enumerate(paragraphs, 1):
        found[f"OP{n}"] = " ".join(
            _text(p) for p in paragraph.xpath("a:content/a:p", namespaces=NS)
        )
    return found


def words(text: str) -> str:
    return " ".join(text.split())
