"""A small JSON-schema instance generator: what a scripted structured output looks like by default.

Structured outputs (`response_format` / `text.format` of type `json_schema`) must answer with JSON
valid for the caller's schema, or their `.parse()` helpers fail. This produces the simplest such
instance, deterministically: the first enum value, the first `anyOf` branch, every property of
an object (strict schemas require them all), one item per array, minimal numbers.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

__all__ = ["instance_for"]

_MAX_DEPTH = 12  # recursive schemas (a tree of nodes) stop here with the smallest value


def instance_for(schema: Mapping[str, Any]) -> Any:
    """An instance valid for `schema` (object/array/string/enum/number/integer/boolean/null,
    `anyOf`/`oneOf`/`allOf`, `const`, `default`, `$ref` into `$defs`/`definitions`)."""
    return _instance(schema, schema, 0, "value")


def _resolve(ref: str, root: Mapping[str, Any]) -> Mapping[str, Any]:
    if not ref.startswith("#"):
        raise ValueError(f"Only local $ref values are supported, not {ref!r}")
    node: Any = root
    for part in ref.lstrip("#").strip("/").split("/"):
        if not part:
            continue
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _instance(schema: Mapping[str, Any], root: Mapping[str, Any], depth: int, name: str) -> Any:
    if "$ref" in schema:
        return _instance(_resolve(schema["$ref"], root), root, depth + 1, name)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        branches: List[Mapping[str, Any]] = schema.get(key) or []
        if branches:
            # Near the depth limit prefer a `null` branch, so recursive schemas terminate.
            if depth >= _MAX_DEPTH:
                for branch in branches:
                    if branch.get("type") == "null":
                        return None
            return _instance(branches[0], root, depth + 1, name)
    if schema.get("allOf"):
        merged: Dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _instance(part, root, depth + 1, name)
            if isinstance(value, dict):
                merged.update(value)
            else:
                return value
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        properties: Mapping[str, Any] = schema.get("properties") or {}
        if depth >= _MAX_DEPTH:
            required = set(schema.get("required") or ())
            properties = {k: v for k, v in properties.items() if k in required}
        return {key: _instance(sub, root, depth + 1, key) for key, sub in properties.items()}
    if kind == "array":
        items: Optional[Mapping[str, Any]] = schema.get("items")
        count = max(1, int(schema.get("minItems", 1)))
        if depth >= _MAX_DEPTH:
            count = int(schema.get("minItems", 0))
        if not items:
            return [] if count == 0 else ["item"] * count
        return [_instance(items, root, depth + 1, name) for _ in range(count)]
    if kind == "string":
        return _string(schema, name)
    if kind == "integer":
        return int(_number(schema, 1))
    if kind == "number":
        return float(_number(schema, 1.5))
    if kind == "boolean":
        return True
    return None


def _number(schema: Mapping[str, Any], fallback: float) -> float:
    if "minimum" in schema:
        return schema["minimum"]
    if "exclusiveMinimum" in schema:
        return schema["exclusiveMinimum"] + 1
    if "maximum" in schema and schema["maximum"] < fallback:
        return schema["maximum"]
    return fallback


def _string(schema: Mapping[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return "2024-01-01T00:00:00Z"
    if fmt == "date":
        return "2024-01-01"
    if fmt == "time":
        return "00:00:00"
    if fmt == "email":
        return "user@example.com"
    if fmt in ("uri", "url"):
        return "https://example.com"
    if fmt == "uuid":
        return "00000000-0000-4000-8000-000000000000"
    text = f"example {name}"
    low = int(schema.get("minLength", 0))
    if len(text) < low:
        text += "x" * (low - len(text))
    high = schema.get("maxLength")
    if high is not None:
        text = text[: int(high)]
    return text
