"""The model built from what a reader found, its refusal made one :class:`LoadError`.

Every reader ends by validating what it read against the model
(:class:`~resolution_cli.model.Resolution`), and so does the loader when it adds
a metadata file's facts. Where pydantic refuses it, the error is one line:

- the first problem only, with the count of the others ("(and 1 more
  problem)", "(and 2 more problems)");
- worded for the file's author: "not valid JSON: ...", "expected a JSON object
  for ...", "missing required field 'title'", "unknown field 'colour' (not in the
  schema; see 'resolution schema')", otherwise "field 'session': <pydantic's
  message>" (without its "Value error, " prefix);
- with a ``context`` ("a fact does not fit the model"), that context first.

pydantic is imported only when a model is built (it is not needed for ``--help``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from resolution_cli.errors import LoadError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from resolution_cli.model import Resolution


def validated(
    fields: Mapping[str, object] | str, name: str, *, context: str | None = None
) -> Resolution:
    """The resolution of ``fields`` (a mapping, or JSON text); :class:`LoadError` naming
    ``name`` and the first problem when the model refuses it."""
    from pydantic import ValidationError

    from resolution_cli.model import Resolution

    try:
        if isinstance(fields, str):
            return Resolution.model_validate_json(fields)
        return Resolution.model_validate(fields)
    except ValidationError as exc:
        raise load_error(exc, name, context=context) from None


def load_error(exc: ValidationError, name: str, *, context: str | None = None) -> LoadError:
    """One :class:`LoadError` for a pydantic ``ValidationError`` (see the module's rules)."""
    problem, where = describe(exc)
    return LoadError(name, f"{context}: {problem}" if context else problem, where)


def describe(exc: ValidationError) -> tuple[str, str | None]:
    """The first problem of a ``ValidationError``, as (problem, location)."""
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
