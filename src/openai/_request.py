"""What one request is made of before it becomes an `httpx.Request`.

`FinalRequestOptions` holds everything a call decided (method, path, query, JSON body, files,
per-request headers/timeout/retries). `to_json_ready` turns caller-supplied params into plain
JSON data, and `stringify_query` encodes nested query params the way the API expects them
(`include[]=a&include[]=b`, `metadata[key]=value`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import urlencode

import httpx

from ._types import NOT_GIVEN, Headers, NotGiven, Omit, RequestFiles

__all__ = ["FinalRequestOptions", "to_json_ready", "stringify_query"]


class FinalRequestOptions:
    """Everything needed to build (and rebuild, on retry) one HTTP request."""

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "json_data",
        "extra_json",
        "follow_redirects",
        "idempotency_key",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Mapping[str, object]] = None,
        headers: Optional[Headers] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        files: Optional[RequestFiles] = None,
        json_data: object = None,
        extra_json: Optional[Mapping[str, object]] = None,
        follow_redirects: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params or {}
        self.headers = headers or {}
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.json_data = json_data
        self.extra_json = extra_json
        self.follow_redirects = follow_redirects
        self.idempotency_key = idempotency_key

    def get_max_retries(self, default: int) -> int:
        return default if isinstance(self.max_retries, NotGiven) else self.max_retries

    def copy(self, **changes: Any) -> "FinalRequestOptions":
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return FinalRequestOptions(**values)

    def __repr__(self) -> str:
        # Headers are left out on purpose: they can carry credentials.
        return f"FinalRequestOptions(method={self.method!r}, url={self.url!r}, params={self.params!r})"


def to_json_ready(value: Any) -> Any:
    """Plain JSON data from what a caller passed: generators and tuples become lists, models
    become dicts of the fields they were given, dates become ISO strings, and `NOT_GIVEN`
    values are dropped."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Mapping):
        return {k: to_json_ready(v) for k, v in value.items() if not isinstance(v, (NotGiven, Omit))}
    if isinstance(value, (list, tuple)):
        return [to_json_ready(v) for v in value]
    if hasattr(value, "model_dump") and hasattr(value, "model_fields_set"):  # a pydantic model
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return value
    if hasattr(value, "__iter__"):
        return [to_json_ready(v) for v in value]
    return value


def _flatten(key: str, value: Any, out: List[Tuple[str, str]]) -> None:
    if value is None or isinstance(value, (NotGiven, Omit)):
        return
    if isinstance(value, bool):
        out.append((key, "true" if value else "false"))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            _flatten(f"{key}[{k}]", v, out)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _flatten(f"{key}[]", item, out)
    else:
        out.append((key, str(value)))


def stringify_query(params: Mapping[str, Any]) -> str:
    """Encode query params, nested values in the bracket style (`a[]=1`, `a[b]=2`)."""
    pairs: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, pairs)
    return urlencode(pairs)


def merge_mappings(base: Mapping[str, Any], override: Mapping[str, Any]) -> Dict[str, Any]:
    """`base` updated with `override`; an `Omit()` in `override` removes the key."""
    merged = {**base, **override}
    return {k: v for k, v in merged.items() if not isinstance(v, Omit)}
