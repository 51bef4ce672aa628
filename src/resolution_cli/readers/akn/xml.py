"""AKN4UN XML: safe parsing, the element helpers and text normalisation.

Safety. The XML is parsed with lxml without DTD loading, entity resolution or
network access. A document that declares a DTD or entities (``<!DOCTYPE``,
``<!ENTITY``) is refused outright: no resolution needs one, and refusing it
closes the door on external entities (``file:///etc/passwd``) and on entity
expansion bombs ("billion laughs").

Text: tabs and line breaks become spaces (a run of white space holding one
becomes a single space), the ends are stripped, nothing else changes.

A document is a ``statement name="resolution"`` or a ``documentCollection``
of them (``75/253 A``, ``B``, ...); :func:`_components` finds the resolutions of
a collection and their labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from resolution_cli.errors import LoadError

Warn = Callable[[str], None]
Element = etree._Element

_REFUSED = "XML with a DTD or entity declarations is refused for safety"
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_MARK = "\ue000"  # stands for a footnote marker while the text is normalised
_BREAKING_RUN = re.compile(r"\s*[\t\n\r\f\v]\s*")


def _local(element: Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def _line(element: Element) -> int:
    value: object = element.sourceline
    return value if isinstance(value, int) else 0


def _children(element: Element, *names: str) -> Iterator[Element]:
    for child in element:
        local = _local(child)
        if local and (not names or local in names):
            yield child


def _child(element: Element | None, *names: str) -> Element | None:
    if element is None:
        return None
    return next(_children(element, *names), None)


def _descendants(element: Element | None, name: str) -> Iterator[Element]:
    if element is None:
        return iter(())
    return (e for e in element.iter() if _local(e) == name)


def _first(element: Element | None, tag: str, /, **attrs: str) -> Element | None:
    for e in _descendants(element, tag):
        if all(e.get(key) == value for key, value in attrs.items()):
            return e
    return None


def normalise(raw: str) -> str:
    """Tabs and line breaks (with the white space around them) become one space; strip."""
    return _BREAKING_RUN.sub(" ", raw).strip()


def _text_without_notes(element: Element) -> str:
    """The text of ``element`` without the text of the footnotes inside it."""
    parts = [element.text or ""]
    for child in element:
        if _local(child) != "authorialNote":
            parts.append(_text_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _plain(element: Element | None) -> str:
    """The normalised text of ``element``, footnotes and all."""
    if element is None:
        return ""
    return normalise("".join(t if isinstance(t, str) else t.decode() for t in element.itertext()))


# --------------------------------------------------------------------------- parsing


def _parse(data: bytes, name: str) -> Element:
    probe = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        probe = data.decode("utf-16", errors="replace").encode("utf-8")
    if match := _DTD.search(probe):
        line = probe.count(b"\n", 0, match.start()) + 1
        raise LoadError(name, _REFUSED, f"line {line}")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc).strip()
        message = re.sub(r",\s*line \d+, column \d+$", "", message)
        where = f"line {exc.lineno}" if exc.lineno else None
        raise LoadError(name, f"not well-formed XML: {message}", where) from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise LoadError(name, _REFUSED)
    if _local(root) != "akomaNtoso":
        raise LoadError(
            name,
            f"not Akoma Ntoso: root element is <{_local(root) or root.tag}>; expected <akomaNtoso>",
            f"line {root.sourceline}",
        )
    return root


def _document(root: Element, name: str) -> Element:
    doc = _child(root)
    if doc is None:
        raise LoadError(name, "Akoma Ntoso document is empty: <akomaNtoso> holds no document")
    kind = _local(doc)
    if kind == "statement" and doc.get("name") == "resolution":
        return doc
    if kind == "documentCollection":
        return doc
    described = f'<{kind} name="{doc.get("name")}">' if doc.get("name") else f"<{kind}>"
    raise LoadError(
        name,
        f"not a resolution: the Akoma Ntoso document is a {described}; expected "
        '<statement name="resolution"> or a <documentCollection> of them',
        f"line {doc.sourceline}",
    )


def _holder(root: Element, collection: Element) -> Element:
    components = _child(root, "components")
    return components if components is not None else collection


def _components(root: Element, collection: Element) -> list[tuple[str, Element]]:
    """The resolutions of a documentCollection, with their labels ("A", "B", ...)."""
    statements = [
        s
        for comp in _children(_holder(root, collection), "component")
        for s in _children(comp, "statement")
    ]
    if not statements:  # components nested inside the collection itself
        statements = [
            s for s in _descendants(collection, "statement") if s.get("name") == "resolution"
        ]
    refs = [r.get("showAs") or "" for r in _descendants(collection, "documentRef")]
    found: list[tuple[str, Element]] = []
    for index, statement in enumerate(statements):
        label = _plain(_first(_child(statement, "preface"), "docNumber"))
        if not label and index < len(refs):
            label = refs[index].removeprefix("Resolution").strip()
        if not label:
            label = chr(ord("A") + index)
        found.append((label.rstrip(".").strip(), statement))
    return found
