"""``export --format tmx``: the language versions as a TMX 1.4b translation memory.

One translation unit (``tu``) per paragraph, its versions paired as ``show --lang``
pairs them (:func:`resolution_cli.versions.align_versions`), and one per heading printed
before a clause (and one for the title); in each, one ``tuv`` per language that has
it (``xml:lang`` ISO 639-1), its ``seg`` the text as published (a clause's
``all_text()``: sub-paragraphs on lines of their own, labels included; footnote
markers left out). A language whose version lacks the clause has no ``tuv`` in that
unit. ``tuid`` is the row's id, the reference version's (``OP2``, ``OP2 heading 1``,
``title``; ``fr:annex.u1`` for a paragraph English lacks); ``prop
type="x-symbol"`` the resolution's symbol. The header's ``srclang`` is the reference
version's language (``en`` when English is among the versions, else the first); ``segtype`` is
``paragraph``, ``datatype`` ``plaintext``. Right-to-left text is in logical order.

Translation-memory tools (OmegaT, Trados, memoQ, translate-toolkit) read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from resolution_cli.terminal import Terminal
    from resolution_cli.views import Parallel

__all__ = ["parallel", "units"]


def units(view: Parallel) -> list[tuple[str, dict[str, str]]]:
    """The translation units: (tuid, {lang: text}), in document order."""
    aligned = view.aligned
    found: list[tuple[str, dict[str, str]]] = [
        ("title", {lang: r.title for lang, r in aligned.versions.items() if r.title})
    ]
    for row in aligned.rows:
        headings: dict[int, dict[str, str]] = {}
        for lang, clause in row.clauses.items():
            for index, heading in enumerate(clause.headings if clause else ()):
                if heading.strip():
                    headings.setdefault(index, {})[lang] = heading
        for index in sorted(headings):
            found.append((f"{row.id} heading {index + 1}", headings[index]))
        found.append(
            (
                row.id,
                {lang: c.all_text() for lang, c in row.clauses.items() if c is not None},
            )
        )
    return [(tuid, texts) for tuid, texts in found if texts]


def parallel(view: Parallel, out: TextIO, term: Terminal) -> None:
    """Write the TMX 1.4b document."""
    from lxml import etree

    from resolution_cli import __version__

    aligned = view.aligned
    srclang = aligned.reference
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        {
            "creationtool": "resolution-cli",
            "creationtoolversion": __version__,
            "segtype": "paragraph",
            "o-tmf": "resolution-cli",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
        },
    )
    body = etree.SubElement(root, "body")
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tuid, texts in units(view):
        tu = etree.SubElement(body, "tu", tuid=tuid)
        prop = etree.SubElement(tu, "prop", type="x-symbol")
        prop.text = aligned.versions[aligned.langs[0]].symbol
        for lang in aligned.langs:
            if lang in texts:
                tuv = etree.SubElement(tu, "tuv", {xml_lang: lang})
                seg = etree.SubElement(tuv, "seg")
                seg.text = texts[lang]
    data = etree.tostring(
        root,
        xml_declaration=True,
        encoding="UTF-8",
        pretty_print=True,
        doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    )
    out.write(data.decode("utf-8"))
