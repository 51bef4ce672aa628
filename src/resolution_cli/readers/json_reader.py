"""Read a resolution saved in the project's JSON schema (``resolution import`` output)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resolution_cli.errors import LoadError

if TYPE_CHECKING:
    from resolution_cli.model import Resolution


def read(text: str, name: str) -> Resolution:
    """Validate ``text`` against the model; errors name the field at fault.

    Unknown fields are rejected (the schema is a promise; a typo must not pass).
    """
    from pydantic import ValidationError

    from resolution_cli.model import Resolution

    try:
        return Resolution.model_validate_json(text)
    except ValidationError as exc:
        raise LoadError(name, *_describe(exc)) from None


def _describe(exc: object) -> tuple[str, str | None]:
    """The first problem of a pydantic ValidationError, as (problem, location)."""
    from pydantic import ValidationError

    assert isinstance(exc, ValidationError)
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = ".".join(str(part) for part in first["loc"])
    kind = first["type"]
    extra = len(errors) - 1
    more = f" (and {extra} more problem{'' if extra == 1 else 's'})" if extra else ""
    if kind == "json_invalid":
        return f"not valid JSON: {first['msg'].removeprefix('Invalid JSON: ')}{more}", None
    if kind == "model_type":
        return f"expected a JSON object for {loc or 'the resolution'}{more}", loc or None
    if kind == "missing":
        return f"missing required field '{loc}'{more}", None
    if kind == "extra_forbidden":
        return f"unknown field '{loc}' (not in the schema; see 'resolution schema'){more}", None
    message = first["msg"].removeprefix("Value error, ")
    if not loc:
        return f"{message}{more}", None
    return f"field '{loc}': {message}{more}", None


def read_trusted(text: str) -> Resolution:
    """Build the model from JSON the project made itself, without validating it again.

    Only for the bundled A/RES/75/272: it is our reader's output, and the test
    suite validates that very file with ``model_validate_json`` and checks that
    this function gives an equal model. Skipping validation here saves pydantic's
    schema build (about half of the start-up of a command); ``--file`` input is
    always validated by :func:`read`.
    """
    import json
    from datetime import date

    from resolution_cli.model import (
        AgendaItem,
        Clause,
        Footnote,
        FootnoteRef,
        Meeting,
        Part,
        Resolution,
        SubParagraph,
    )

    def refs(items: list[dict[str, Any]]) -> tuple[FootnoteRef, ...]:
        return tuple(FootnoteRef.model_construct(**item) for item in items)

    def subs(items: list[dict[str, Any]]) -> tuple[SubParagraph, ...]:
        return tuple(
            SubParagraph.model_construct(
                **{
                    **item,
                    "markers": refs(item["markers"]),
                    "subparagraphs": subs(item["subparagraphs"]),
                }
            )
            for item in items
        )

    def clauses(items: list[dict[str, Any]]) -> tuple[Clause, ...]:
        return tuple(
            Clause.model_construct(
                **{
                    **item,
                    "part": Part(item["part"]),
                    "markers": refs(item["markers"]),
                    "subparagraphs": subs(item["subparagraphs"]),
                    "headings": tuple(item["headings"]),
                }
            )
            for item in items
        )

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    data: dict[str, Any] = json.loads(text)
    meeting = data["meeting"]
    return Resolution.model_construct(
        **{
            **data,
            "agenda_items": tuple(AgendaItem.model_construct(**a) for a in data["agenda_items"]),
            "issued": day(data["issued"]),
            "adopted": day(data["adopted"]),
            "meeting": Meeting.model_construct(**meeting) if meeting else None,
            "drafts": tuple(data["drafts"]),
            "preamble": clauses(data["preamble"]),
            "operative": clauses(data["operative"]),
            "footnotes": tuple(Footnote.model_construct(**f) for f in data["footnotes"]),
            "sponsors": tuple(data["sponsors"]),
            "additional_sponsors": tuple(data["additional_sponsors"]),
        }
    )
