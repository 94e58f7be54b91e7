"""What a caller can see of a value, as plain JSON data, so two packages' results compare equal
exactly when a user could not tell them apart.

Models give their type name, `repr`, `str`, `model_dump()`, `to_dict()`, `to_json()`, the fields
set at every level and `_request_id`; exceptions their class, message and attributes; raw
responses their status, parsed value and request id; anything else its type name and `repr`.
Memory addresses and other per-process noise are blanked out.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from typing import Any, Dict, List

__all__ = ["describe", "describe_exception", "jsonable", "scrub"]

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def scrub(text: str) -> str:
    return _ADDRESS.sub(" at 0x…", text)


def type_name(value: Any) -> str:
    return type(value).__qualname__


def jsonable(value: Any, depth: int = 0) -> Any:
    """Plain JSON data for `value`, keeping the distinctions JSON would lose (tuples, bytes...)."""
    if depth > 40:
        return "<too deep>"
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if not isinstance(value, enum.Enum) else {"enum": type_name(value), "value": value.value}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, enum.Enum):
        return {"enum": type_name(value), "value": jsonable(value.value, depth + 1)}
    if isinstance(value, dict):
        return {"dict": [[jsonable(k, depth + 1), jsonable(v, depth + 1)] for k, v in value.items()]}
    if isinstance(value, list):
        return [jsonable(v, depth + 1) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [jsonable(v, depth + 1) for v in value]}
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": bytes(value).decode("latin-1")}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {type_name(value): value.isoformat()}
    if _is_model(value):
        return {"model": type_name(value), "repr": scrub(repr(value))}
    return {"object": type_name(value), "repr": scrub(repr(value))}


def _is_model(value: Any) -> bool:
    return hasattr(value, "model_dump") and hasattr(value, "model_fields_set")


def _fields_set(value: Any, path: str, out: Dict[str, List[str]]) -> None:
    """`model_fields_set` of `value` and of every model nested in it, keyed by path."""
    if _is_model(value):
        out[path or "."] = sorted(value.model_fields_set)
        for name in type(value).model_fields:
            _fields_set(getattr(value, name, None), f"{path}.{name}", out)
        extra = getattr(value, "__pydantic_extra__", None) or {}
        for name, item in extra.items():
            _fields_set(item, f"{path}.{name}", out)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _fields_set(item, f"{path}[{i}]", out)
    elif isinstance(value, dict):
        for key, item in value.items():
            _fields_set(item, f"{path}[{key!r}]", out)


def _attempt(fn: Any) -> Any:
    try:
        return jsonable(fn())
    except Exception as exc:  # a method that raises is an observation too
        return {"raised": type_name(exc), "message": scrub(str(exc))}


def describe_model(value: Any) -> Dict[str, Any]:
    fields: Dict[str, List[str]] = {}
    _fields_set(value, "", fields)
    return {
        "model": type_name(value),
        "repr": scrub(repr(value)),
        "str": scrub(str(value)),
        "model_dump": _attempt(value.model_dump),
        "model_dump_json": _attempt(lambda: json.loads(value.model_dump_json())),
        "to_dict": _attempt(value.to_dict) if hasattr(value, "to_dict") else "<missing>",
        "to_json": _attempt(value.to_json) if hasattr(value, "to_json") else "<missing>",
        "fields_set": fields,
        "_request_id": _attempt(lambda: getattr(value, "_request_id", "<missing>")),
    }


_EXC_ATTRS = ("status_code", "body", "code", "param", "type", "request_id", "message")


def describe_exception(exc: BaseException) -> Dict[str, Any]:
    attrs = {name: _attempt(lambda name=name: getattr(exc, name)) for name in _EXC_ATTRS if hasattr(exc, name)}
    mro = [klass.__qualname__ for klass in type(exc).__mro__ if klass.__module__.startswith("openai")]
    cause = exc.__cause__
    return {
        "exception": type_name(exc),
        "openai_bases": mro,
        "str": scrub(str(exc)),
        "attrs": attrs,
        "cause": type_name(cause) if cause is not None else None,
    }


def _is_raw_response(value: Any) -> bool:
    return hasattr(value, "http_response") and hasattr(value, "parse") and hasattr(value, "status_code")


def describe_raw(value: Any) -> Dict[str, Any]:
    return {
        "raw": type_name(value),
        "status_code": value.status_code,
        "request_id": _attempt(lambda: getattr(value, "request_id", "<missing>")),
        "retries_taken": _attempt(lambda: getattr(value, "retries_taken", "<missing>")),
        "url": str(value.url) if hasattr(value, "url") else "<missing>",
        "method": _attempt(lambda: value.method),
        "content_type": value.headers.get("content-type"),
    }


def _is_binary(value: Any) -> bool:
    return hasattr(value, "iter_bytes") and hasattr(value, "response") and hasattr(value, "content")


def describe_binary(value: Any) -> Dict[str, Any]:
    return {
        "binary": type_name(value),
        "content": jsonable(value.content),
        "encoding": _attempt(lambda: value.encoding),
        "charset_encoding": _attempt(lambda: value.charset_encoding),
    }


def describe(value: Any) -> Any:
    """The observation of one value a call returned."""
    if _is_binary(value):
        return describe_binary(value)
    if isinstance(value, BaseException):
        return describe_exception(value)
    if _is_model(value):
        return describe_model(value)
    if _is_raw_response(value):
        return describe_raw(value)
    if isinstance(value, list) and value and all(_is_model(v) for v in value):
        return [describe_model(v) for v in value]
    return jsonable(value)
