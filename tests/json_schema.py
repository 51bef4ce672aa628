"""A JSON Schema checker for the tests: the part of JSON Schema our schemas use.

Shared by the diff and corpus record tests (jsonschema is not a dependency).
"""

from __future__ import annotations

from typing import Any

_TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
    "array": list,
    "object": dict,
}


def conforms(value: Any, schema: dict[str, Any]) -> bool:
    """The part of JSON Schema the diff schemas use (jsonschema is not a dependency)."""
    if "const" in schema and value != schema["const"]:
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if "oneOf" in schema and sum(conforms(value, s) for s in schema["oneOf"]) != 1:
        return False
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(
            isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and value is True)
            for t in types
        ):
            return False
    if isinstance(value, list) and "items" in schema:
        return all(conforms(item, schema["items"]) for item in value)
    if isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        if not set(schema.get("required", ())) <= set(value):
            return False
        if schema.get("additionalProperties") is False and not set(value) <= set(properties):
            return False
        return all(conforms(v, properties[k]) for k, v in value.items() if k in properties)
    return True
