"""What one request is made of before it becomes an `httpx.Request`.

`FinalRequestOptions` holds everything a call decided (method, path, query, JSON body, files,
per-request headers/timeout/retries). `to_json_ready` turns caller-supplied params into plain
JSON data, and `stringify_query` encodes nested query params the way the API expects them
(`include[]=a&include[]=b`, `metadata[key]=value`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import urlencode

import httpx

from ._types import NOT_GIVEN, Headers, NotGiven, Omit, RequestFiles

__all__ = ["FinalRequestOptions", "to_json_ready", "stringify_query"]


class FinalRequestOptions:
    """Everything needed to build (and rebuild, on retry) one HTTP request.

    The attributes, their defaults and `construct` / `model_copy` are those of the official
    package's pydantic `FinalRequestOptions`, because tracing libraries read them (`url`,
    `method`, `json_data`, `headers`) when they wrap `client.request`. A plain class here: one
    is made per call, and pydantic would cost more than the request building itself.
    """

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "follow_redirects",
        "json_data",
        "extra_json",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Mapping[str, object]] = None,
        headers: Union[Headers, NotGiven, None] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        files: Optional[RequestFiles] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN,
        follow_redirects: Optional[bool] = None,
        json_data: object = None,
        extra_json: Optional[Mapping[str, object]] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers if headers is not None else NOT_GIVEN
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.follow_redirects = follow_redirects
        self.json_data = json_data
        self.extra_json = extra_json

    @classmethod
    def construct(cls, _fields_set: Any = None, **values: Any) -> "FinalRequestOptions":
        """Build options from keyword values, dropping `NOT_GIVEN` ones (as the official does)."""
        return cls(**{k: v for k, v in values.items() if not isinstance(v, NotGiven)})

    model_construct = construct

    def get_max_retries(self, max_retries: int) -> int:
        return max_retries if isinstance(self.max_retries, NotGiven) else self.max_retries

    def model_copy(self, *, update: Optional[Mapping[str, Any]] = None, deep: bool = False) -> "FinalRequestOptions":
        """A shallow copy (the official's pydantic `model_copy`), with `update` applied."""
        values = {name: getattr(self, name) for name in self.__slots__}
        if update:
            values.update(update)
        return FinalRequestOptions(**values)

    def model_dump(self, *, exclude_unset: bool = False) -> Dict[str, Any]:
        """The options as a dict (the official pydantic model's `model_dump`); with
        `exclude_unset`, only what differs from the defaults."""
        values = {name: getattr(self, name) for name in self.__slots__}
        if exclude_unset:
            defaults = _DEFAULTS
            values = {k: v for k, v in values.items() if k in ("method", "url") or v != defaults[k]}
        return values

    def copy(self, **changes: Any) -> "FinalRequestOptions":
        return self.model_copy(update=changes)

    def _strip_raw_response_header(self) -> None:
        """Drop the raw-response marker from the headers (the official method of this name)."""
        if isinstance(self.headers, Mapping) and any(k.lower() == _RAW_HEADER for k in self.headers):
            self.headers = {k: v for k, v in self.headers.items() if k.lower() != _RAW_HEADER}

    def __repr__(self) -> str:
        # Headers are left out on purpose: they can carry credentials.
        return f"FinalRequestOptions(method={self.method!r}, url={self.url!r}, params={self.params!r})"


_RAW_HEADER = "x-stainless-raw-response"

# What an option is when nobody set it (for `model_dump(exclude_unset=True)`).
_DEFAULTS: Dict[str, Any] = {
    name: getattr(FinalRequestOptions(method="", url=""), name) for name in FinalRequestOptions.__slots__
}


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
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude=_local_fields(value))
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return value
    if hasattr(value, "__iter__"):
        return [to_json_ready(v) for v in value]
    return value


def _local_fields(value: Any) -> Any:
    """The fields computed on our side (`parsed`, `parsed_arguments`: a class's `__api_exclude__`)
    anywhere in a model, as a `model_dump(exclude=...)` spec: they are never sent to the API."""
    if hasattr(value, "model_fields_set"):
        spec: Dict[Any, Any] = {name: True for name in getattr(value, "__api_exclude__", ())}
        for name in value.model_fields_set:
            if name not in spec:
                nested = _local_fields(getattr(value, name, None))
                if nested:
                    spec[name] = nested
        return spec or None
    if isinstance(value, (list, tuple)):
        items = {i: nested for i, item in enumerate(value) if (nested := _local_fields(item))}
        return items or None
    if isinstance(value, dict):
        entries = {k: nested for k, item in value.items() if (nested := _local_fields(item))}
        return entries or None
    return None


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
        text = str(value)
        if text:  # an empty value is left out, as the official encoder leaves it out
            out.append((key, text))


def flatten_params(params: Mapping[str, Any]) -> List[Tuple[str, str]]:
    """Nested params as (key, value) pairs in the bracket style (`a[]=1`, `a[b]=2`)."""
    pairs: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, pairs)
    return pairs


def stringify_query(params: Mapping[str, Any]) -> str:
    """Encode query params, nested values in the bracket style (`a[]=1`, `a[b]=2`)."""
    return urlencode(flatten_params(params))


def merge_mappings(base: Mapping[str, Any], override: Mapping[str, Any]) -> Dict[str, Any]:
    """`base` updated with `override`; an `Omit()` in `override` removes the key."""
    merged = {**base, **override}
    return {k: v for k, v in merged.items() if not isinstance(v, Omit)}
