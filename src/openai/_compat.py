"""The official package's pydantic compatibility helpers, for code that imports them.

Upstream supports pydantic 1 and 2 through these functions; this package needs pydantic 2, so
each is a one-line call of the pydantic 2 API. They are kept because integrations and test
suites import them (`model_dump`, `model_parse`, `PYDANTIC_V2`, `cached_property`...).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, Optional, Type, TypeVar, Union

import pydantic
from pydantic import ConfigDict
from pydantic.fields import FieldInfo
from typing_extensions import Literal

from ._types import IncEx

__all__ = [
    "PYDANTIC_V2",
    "ConfigDict",
    "cached_property",
    "typed_cached_property",
    "parse_obj",
    "model_parse",
    "model_parse_json",
    "model_dump",
    "model_json",
    "model_copy",
    "model_json_schema",
    "get_model_config",
    "get_model_fields",
    "field_is_required",
    "field_get_default",
    "field_outer_type",
]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)

PYDANTIC_V2 = pydantic.VERSION.startswith("2.")

typed_cached_property = cached_property


def parse_obj(model: Type[_ModelT], value: object) -> _ModelT:
    return model.model_validate(value)


def model_parse(model: Type[_ModelT], data: Any) -> _ModelT:
    return model.model_validate(data)


def model_parse_json(model: Type[_ModelT], data: Union[str, bytes]) -> _ModelT:
    return model.model_validate_json(data)


def model_dump(
    model: pydantic.BaseModel,
    *,
    exclude: Optional[IncEx] = None,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    warnings: bool = True,
    mode: Literal["json", "python"] = "python",
) -> Dict[str, Any]:
    return model.model_dump(
        mode=mode,
        exclude=exclude,  # type: ignore[arg-type]  # the same shapes pydantic accepts
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        warnings=warnings,
    )


def model_json(model: pydantic.BaseModel, *, indent: Optional[int] = None) -> str:
    return model.model_dump_json(indent=indent)


def model_copy(model: _ModelT, *, deep: bool = False) -> _ModelT:
    return model.model_copy(deep=deep)


def model_json_schema(model: Type[pydantic.BaseModel]) -> Dict[str, Any]:
    return model.model_json_schema()


def get_model_config(model: Type[pydantic.BaseModel]) -> Any:
    return model.model_config


def get_model_fields(model: Type[pydantic.BaseModel]) -> Dict[str, FieldInfo]:
    return model.model_fields


def field_is_required(field: FieldInfo) -> bool:
    return field.is_required()


def field_get_default(field: FieldInfo) -> Any:
    """The field's default, `None` when it has none (pydantic's "undefined" marker is not a value)."""
    from pydantic_core import PydanticUndefined

    value = field.get_default()
    return None if value is PydanticUndefined else value


def field_outer_type(field: FieldInfo) -> Any:
    return field.annotation
