"""What the chat and the Responses `parse` helpers share: which types can be parsed into (with
the official errors), the name their JSON schema is sent under, parsing JSON text into such a
type, and upgrading a parsed model to its `Parsed*` twin."""

from __future__ import annotations

import re
from typing import Any, Dict, Optional, Type, TypeVar

import pydantic

from ..._models import BaseModel, _adapter
from ..._types import NotGiven
from .._pydantic import is_basemodel_type, is_dataclass_like_type

__all__ = ["check_parseable_type", "schema_name", "parse_json_into", "rebuild"]

_ModelT = TypeVar("_ModelT", bound=BaseModel)


def check_parseable_type(tp: Any) -> None:
    """Raise the official `TypeError` unless `tp` is a type we can build a strict schema for."""
    if is_basemodel_type(tp) or is_dataclass_like_type(tp):
        return
    raise TypeError(f"Unsupported response_format type - {tp}")


def schema_name(tp: Any) -> str:
    # The API accepts [a-zA-Z0-9_-]{1,64}; generic models are named like `Page[Item]`.
    name = re.sub(r"[^a-zA-Z0-9_-]+", "_", getattr(tp, "__name__", "") or "response").strip("_")
    return (name or "response")[:64]


def parse_json_into(tp: Any, text: str) -> Any:
    """`text` (JSON) validated as `tp`; raises pydantic's `ValidationError` when it does not fit."""
    if is_basemodel_type(tp):
        return tp.model_validate_json(text)
    if is_dataclass_like_type(tp):
        return _adapter(tp).validate_json(text)
    raise TypeError(f"Unable to automatically parse response format type {tp}")


def is_given(value: Any) -> bool:
    return not isinstance(value, NotGiven)


def rebuild(value: Any, cls: Type[_ModelT], *, local: Optional[Dict[str, Any]] = None, **fields: Any) -> _ModelT:
    """`value` (an already parsed model) as an instance of `cls` with `fields` replaced, without
    validating again: the fields the server sent, the extra ones and the request id carry over.

    `local` fields (`parsed`, `parsed_arguments`) are computed here, not sent by the server; as
    in the official package they count as set (`model_fields_set`, `to_dict()`).
    """
    local = local or {}
    if not isinstance(value, pydantic.BaseModel):
        sent = dict(value) if isinstance(value, dict) else {}
        return cls.construct(**{**sent, **fields, **local})
    sent_fields = {name: value.__dict__[name] for name in value.model_fields_set if name in value.__dict__}
    data: Dict[str, Any] = {**sent_fields, **(value.model_extra or {}), **fields, **local}
    result = cls.construct(**data)
    request_id: Optional[str] = getattr(value, "_request_id", None)
    if request_id is not None:
        result._request_id = request_id
    return result
