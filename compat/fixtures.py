"""Reply bodies built from the OpenAPI spec: a deterministic example of an operation's response
schema, so a catalogue entry can say `spec_reply("get", "/models/{model}")` instead of spelling
out every field.

Each property gets a value derived from its schema: the first enum value, a `const`, the
schema's own example when it is a scalar, else a plain value of its type (`"<name>"`, 1, 1.5,
true); unions take their first non-null member; arrays hold one item. Optional properties are
included too, so parsing sees every field. `has_more` is false, so list replies end.
The spec (../shared/openapi.yaml) is converted once to JSON by main.py; the path is in
$COMPAT_SPEC.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from typing import Any, Dict, Optional

from server import Reply

__all__ = ["spec_example", "spec_reply", "schema_example", "have_spec"]


@functools.cache
def _spec() -> Dict[str, Any]:
    path = os.environ.get("COMPAT_SPEC")
    if not path or not os.path.exists(path):
        raise RuntimeError("compat: no spec (set COMPAT_SPEC to the JSON form of ../shared/openapi.yaml)")
    with open(path) as f:
        return json.load(f)  # type: ignore[no-any-return]


def have_spec() -> bool:
    path = os.environ.get("COMPAT_SPEC")
    return bool(path and os.path.exists(path))


def _resolve(schema: Dict[str, Any]) -> Dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 50:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = _spec()["components"]["schemas"][name]
        seen += 1
    return schema


def _example(schema: Dict[str, Any], name: str, depth: int) -> Any:
    schema = _resolve(schema)
    if depth > 8:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [m for m in schema[key] if _resolve(m).get("type") != "null"]
            return _example(members[0], name, depth + 1) if members else None
    if "allOf" in schema:
        merged: Dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _example(part, name, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    example = schema.get("example")
    if kind in ("string", "integer", "number", "boolean") and isinstance(example, (str, int, float, bool)):
        return example
    if kind == "string":
        return f"<{name}>"
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    if kind == "array":
        item = _example(schema.get("items", {}), name, depth + 1)
        return [] if item is None else [item]
    if kind == "object" or "properties" in schema:
        out: Dict[str, Any] = {}
        for prop, sub in (schema.get("properties") or {}).items():
            out[prop] = _example(sub, prop, depth + 1)
        if "has_more" in out:
            out["has_more"] = False
        return out
    return None


@functools.cache
def _operation_example(method: str, path: str, content_type: str) -> Any:
    operation = _spec()["paths"][path][method.lower()]
    for status in ("200", "201"):
        response = operation.get("responses", {}).get(status)
        if response:
            content = response.get("content", {})
            if content_type in content:
                return _example(content[content_type].get("schema", {}), "value", 0)
    raise KeyError(f"compat: no {content_type} 200 response for {method} {path} in the spec")


def spec_example(method: str, path: str, content_type: str = "application/json", **overrides: Any) -> Any:
    """A deterministic example of the response body of `method path` (spec path, no /v1)."""
    value = copy.deepcopy(_operation_example(method, path, content_type))
    if overrides and isinstance(value, dict):
        value.update(overrides)
    return value


def schema_example(name: str, **overrides: Any) -> Any:
    value = _example({"$ref": f"#/components/schemas/{name}"}, "value", 0)
    if overrides and isinstance(value, dict):
        value.update(overrides)
    return value


def spec_reply(method: str, path: str, *, request_id: Optional[str] = "req_compat", **overrides: Any) -> Reply:
    """`Reply` with `spec_example(method, path)` as its JSON body (and an x-request-id)."""
    headers = {"x-request-id": request_id} if request_id else {}
    return Reply(json_body=spec_example(method, path, **overrides), headers=headers)
