"""`transform` / `maybe_transform`: params as the API wants them, guided by their TypedDict.

The client itself prepares request bodies with `_request.to_json_ready`; this module is for code
written against the official package (wrappers and provider SDKs built on its internals) that
calls `maybe_transform(params, SomeCreateParams)` before posting. The rules, as upstream:

- keys whose value is `NOT_GIVEN` are dropped (TypedDicts only); keys without a type hint pass;
- `Annotated[..., PropertyInfo(alias=...)]` renames a key, `PropertyInfo(format=...)` formats a
  date (`iso8601`, `custom` with `format_template`) or encodes a file as base64;
- pydantic models become dicts of the fields that were set (`mode="json"`);
- iterables typed `Iterable[...]` become lists; everything else is returned as it was.
"""

from __future__ import annotations

import base64
import collections.abc
import io
import os
import pathlib
import sys
import typing
from datetime import date, datetime
from typing import Any, Dict, Mapping, Optional, TypeVar, Union, cast

import pydantic
from typing_extensions import Annotated, Literal, Required, get_args, get_origin, get_type_hints, is_typeddict

from .._models import PropertyInfo as PropertyInfo
from .._types import NotGiven
from ._utils import lru_cache

__all__ = ["PropertyInfo", "PropertyFormat", "transform", "maybe_transform", "async_transform", "async_maybe_transform"]

_T = TypeVar("_T")

PropertyFormat = Literal["iso8601", "base64", "custom"]

if sys.version_info >= (3, 10):
    import types

    _UNION_ORIGINS: "tuple[Any, ...]" = (Union, types.UnionType)
else:  # pragma: no cover
    _UNION_ORIGINS = (Union,)


def maybe_transform(data: object, expected_type: object) -> Optional[Any]:
    """`transform`, letting `None` through untouched."""
    return None if data is None else transform(data, expected_type)


def transform(data: _T, expected_type: object) -> _T:
    """`data` reshaped by the type information of `expected_type` (see the module docstring)."""
    return cast(_T, _transform(data, cast(Any, expected_type), None))


async def async_maybe_transform(data: object, expected_type: object) -> Optional[Any]:
    return None if data is None else await async_transform(data, expected_type)


async def async_transform(data: _T, expected_type: object) -> _T:
    # Same result as `transform`. The only I/O is reading a file for a base64-formatted field,
    # which no params type of this package declares, so there is nothing to await.
    return transform(data, expected_type)


# ---- the recursion -------------------------------------------------------------------------


def _strip_wrappers(tp: Any) -> Any:
    """`Required[Annotated[T, ...]]` -> `T`."""
    while get_origin(tp) in (Required, Annotated):
        tp = get_args(tp)[0]
    return tp


def _annotated(tp: Any) -> Any:
    """The `Annotated[...]` form of a field annotation (under `Required[...]`), or None."""
    if get_origin(tp) is Required:
        tp = get_args(tp)[0]
    return tp if get_origin(tp) is Annotated else None


def _property_infos(tp: Any) -> "list[PropertyInfo]":
    annotated = _annotated(tp)
    if annotated is None:
        return []
    return [meta for meta in getattr(annotated, "__metadata__", ()) if isinstance(meta, PropertyInfo)]


@lru_cache(maxsize=8096)
def _type_hints(typeddict: Any) -> Dict[str, Any]:
    return get_type_hints(typeddict, include_extras=True)


def _is_iterable_type(tp: Any) -> bool:
    origin = get_origin(tp) or tp
    return origin in (typing.Iterable, collections.abc.Iterable)


def _transform(data: object, annotation: Any, inner_type: Any) -> object:
    """Transform `data` declared as `annotation`; inside a container `inner_type` is the item type
    while `annotation` (the container's own annotation) still supplies the formatting metadata."""
    stripped = _strip_wrappers(annotation if inner_type is None else inner_type)
    origin = get_origin(stripped) or stripped

    if is_typeddict(stripped) and isinstance(data, Mapping):
        return _transform_typeddict(cast(Mapping[str, object], data), stripped)

    if origin is dict and isinstance(data, Mapping):
        args = get_args(stripped)
        value_type = args[1] if len(args) == 2 else Any
        return {key: _transform(value, value_type, None) for key, value in cast(Mapping[Any, Any], data).items()}

    if (origin is list and isinstance(data, list)) or (
        _is_iterable_type(stripped) and isinstance(data, collections.abc.Iterable) and not isinstance(data, str)
    ):
        if isinstance(data, dict):
            return cast(object, data)
        args = get_args(stripped)
        if not args:
            raise RuntimeError(f"Expected type {stripped} to have a type argument at index 0 but it did not")
        item_type = args[0]
        if item_type in (int, float):  # numbers need no work: keep the list as it is
            return data if isinstance(data, list) else list(cast(Any, data))
        return [_transform(item, annotation, item_type) for item in cast(Any, data)]

    if get_origin(stripped) in _UNION_ORIGINS:
        # Each member gets its turn: whichever applies reshapes the value.
        for member in get_args(stripped):
            data = _transform(data, annotation, member)
        return data

    if isinstance(data, pydantic.BaseModel):
        return data.model_dump(exclude_unset=True, mode="json", exclude=getattr(data, "__api_exclude__", None))

    for info in _property_infos(annotation):
        if info.format is not None:
            return _format(data, info.format, info.format_template)
    return data


def _transform_typeddict(data: Mapping[str, object], typeddict: Any) -> Dict[str, object]:
    hints = _type_hints(typeddict)
    result: Dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, NotGiven):
            continue
        hint = hints.get(key)
        if hint is None:
            result[key] = value
            continue
        alias = next((info.alias for info in _property_infos(hint) if info.alias is not None), key)
        result[alias] = _transform(value, hint, None)
    return result


def _format(data: object, fmt: PropertyFormat, template: Optional[str]) -> object:
    if isinstance(data, (date, datetime)):
        if fmt == "iso8601":
            return data.isoformat()
        if fmt == "custom" and template is not None:
            return data.strftime(template)
    if fmt == "base64" and isinstance(data, (io.IOBase, os.PathLike)):
        raw: object = (
            pathlib.Path(cast(Any, data)).read_bytes() if isinstance(data, os.PathLike) else cast(Any, data).read()
        )
        if isinstance(raw, str):
            raw = raw.encode()
        if not isinstance(raw, bytes):
            raise RuntimeError(f"Could not read bytes from {data}; Received {type(raw)}")
        return base64.b64encode(raw).decode("ascii")
    return data
