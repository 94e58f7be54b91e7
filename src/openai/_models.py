"""`BaseModel` for every response object, and tolerant construction of API data.

Parsing a response is validation first (pydantic's fast path). When the server sends
something our models do not describe -- a new enum value, a new union member, a missing
or extra field, a value of an unexpected type -- validation fails and we fall back to
`construct_type`, which builds the same objects loosely, field by field, keeping every
value the server sent. Only a client made with `_strict_response_validation=True` sees
the validation error (as `APIResponseValidationError`).
"""

from __future__ import annotations

import inspect
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Dict, Optional, Type, TypeVar, Union, cast

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from typing_extensions import Annotated, Literal, get_args, get_origin

from ._types import TransformedType

if TYPE_CHECKING:
    from ._request import FinalRequestOptions as FinalRequestOptions

__all__ = [
    "BaseModel",
    "GenericModel",
    "FinalRequestOptions",
    "construct_type",
    "construct_type_unchecked",
    "validate_type",
    "is_basemodel",
    "is_basemodel_type",
]

_T = TypeVar("_T")
_ModelT = TypeVar("_ModelT", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """Base of every object the API returns.

    Unknown fields are kept (`model_extra`), so data the server adds after this package was
    written is still reachable as attributes and survives `to_dict()`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
        # Schemas are built on first use, so importing a types module stays cheap.
        defer_build=True,
    )

    if TYPE_CHECKING:
        # The `x-request-id` of the response this object came from, set by the response layer
        # on the top-level object only. Declared for type checkers alone: a pydantic private
        # attribute would cost every nested model an initialisation step.
        _request_id: Optional[str] = None

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """The object as a dict, by default with only the fields the server sent."""
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The object as a JSON string, by default with only the fields the server sent."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @classmethod
    def construct(cls: Type[_ModelT], _fields_set: Optional[set[str]] = None, **values: object) -> _ModelT:  # type: ignore[override]
        """Build an instance without validation, converting nested values loosely."""
        return _construct_model(cls, values, fields_set=_fields_set)

    model_construct = construct  # type: ignore[assignment]


# Kept for code written against the official package, where generic models had their own base.
GenericModel = BaseModel


def is_basemodel_type(tp: Any) -> bool:
    return inspect.isclass(tp) and issubclass(tp, pydantic.BaseModel)


def is_basemodel(tp: Any) -> bool:
    """A model class, or a union with at least one model class among its members."""
    origin = get_origin(tp)
    if origin is Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):  # X | Y
        return any(is_basemodel(member) for member in get_args(tp))
    return is_basemodel_type(tp)


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


@lru_cache(maxsize=1024)
def _validator(tp: Any) -> Any:
    """The bound validation function for a type, looked up once per type."""
    if is_basemodel_type(tp):
        return tp.model_validate
    return _adapter(tp).validate_python


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Strict path: validate `value` as `type_`, raising pydantic's `ValidationError`."""
    return cast(_T, _validator(type_)(value))


def parse_obj(type_: Any, value: object, *, strict: bool) -> Any:
    """Validate, and unless `strict`, fall back to loose construction on failure."""
    if isinstance(type_, TransformedType):
        value = type_.transform(value)
        type_ = type_.inner
    try:
        return _validator(type_)(value)
    except (ValidationError, TypeError):  # TypeError: a type pydantic cannot build a schema for
        if strict:
            raise
        return construct_type(value=value, type_=type_)


def construct_type(*, value: object, type_: Any) -> Any:
    """Build `type_` from `value` without ever raising: what fits is converted, the rest kept."""
    origin = get_origin(type_)
    if origin is Annotated:
        meta = getattr(type_, "__metadata__", ())
        inner = get_args(type_)[0]
        discriminator = next(
            (getattr(m, "discriminator", None) for m in meta if getattr(m, "discriminator", None)), None
        )
        if discriminator is not None and get_origin(inner) is Union:
            return _construct_union(value, get_args(inner), discriminator)
        return construct_type(value=value, type_=inner)
    if type_ is Any or type_ is object or value is None:
        return value
    if origin is Union:
        return _construct_union(value, get_args(type_), None)
    if origin is Literal:
        return value
    if is_basemodel_type(type_):
        if isinstance(value, dict):
            try:
                return type_.model_validate(value)
            except ValidationError:
                return _construct_model(type_, value)
        return value
    if origin in (list, tuple, set, frozenset) or (origin is not None and _is_sequence_origin(origin)):
        args = get_args(type_)
        if isinstance(value, list) and args:
            return [construct_type(value=v, type_=args[0]) for v in value]
        return value
    if origin is dict or (origin is not None and _is_mapping_origin(origin)):
        args = get_args(type_)
        if isinstance(value, dict) and len(args) == 2:
            return {k: construct_type(value=v, type_=args[1]) for k, v in value.items()}
        return value
    if type_ is datetime and isinstance(value, (str, int, float)):
        return _try_adapt(datetime, value)
    if type_ is date and isinstance(value, str):
        return _try_adapt(date, value)
    if type_ is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def construct_type_unchecked(*, value: object, type_: Type[_T]) -> _T:
    """`construct_type` typed as returning `type_`, for code that builds models from trusted data
    (the result is not guaranteed to match the type: nothing is validated)."""
    return cast(_T, construct_type(value=value, type_=type_))


def _is_sequence_origin(origin: Any) -> bool:
    import collections.abc as abc

    return (
        inspect.isclass(origin)
        and issubclass(origin, (abc.Sequence, abc.Iterable))
        and not issubclass(origin, (str, bytes, abc.Mapping))
    )


def _is_mapping_origin(origin: Any) -> bool:
    import collections.abc as abc

    return inspect.isclass(origin) and issubclass(origin, abc.Mapping)


def _try_adapt(tp: Any, value: object) -> Any:
    try:
        return _adapter(tp).validate_python(value)
    except ValidationError:
        return value


def _literal_values(annotation: Any) -> tuple[Any, ...]:
    origin = get_origin(annotation)
    if origin is Literal:
        return get_args(annotation)
    if origin is Annotated:
        return _literal_values(get_args(annotation)[0])
    if origin is Union:
        out: tuple[Any, ...] = ()
        for arg in get_args(annotation):
            out += _literal_values(arg)
        return out
    return ()


def _construct_union(value: object, members: tuple[Any, ...], discriminator: Optional[str]) -> Any:
    if value is None:
        return None
    models = [m for m in members if is_basemodel_type(_strip_annotated(m))]
    if isinstance(value, dict) and models:
        # 1. A member whose tag matches (explicit discriminator, or a `type`/`object` literal).
        for key in (discriminator, "type", "object") if discriminator else ("type", "object"):
            if key is None or key not in value:
                continue
            tag = value[key]
            for member in models:
                field = _strip_annotated(member).model_fields.get(key)
                if field is not None and tag in _literal_values(field.annotation):
                    return construct_type(value=value, type_=member)
        # 2. The first member that validates.
        for member in models:
            try:
                return validate_type(type_=_strip_annotated(member), value=value)
            except ValidationError:
                continue
        # 3. The member sharing the most keys with the data; construct it loosely.
        best = max(models, key=lambda m: len(set(value) & _field_keys(_strip_annotated(m))))
        return _construct_model(_strip_annotated(best), value)
    # Non-model members: keep the first one that validates, else the raw value.
    for member in members:
        if is_basemodel_type(_strip_annotated(member)):
            continue
        try:
            return _adapter(member).validate_python(value)
        except (ValidationError, TypeError):
            continue
    # No member validates: loosely build the member with the value's shape -- a container
    # (`Optional[List[Model]]`) or a nested union (`Optional[Annotated[Union[...], ...]]`).
    for member in members:
        origin = get_origin(_strip_annotated(member))
        if (origin is list and isinstance(value, list)) or (origin in (dict, Union) and isinstance(value, dict)):
            return construct_type(value=value, type_=member)
    return value


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _field_keys(model: Type[pydantic.BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def _construct_model(cls: Type[_ModelT], data: Dict[str, Any], *, fields_set: Optional[set[str]] = None) -> _ModelT:
    """Build a model loosely: known fields converted one by one, unknown keys kept as extras."""
    model = cls.__new__(cls)
    values: Dict[str, Any] = {}
    seen: set[str] = set()
    used_keys: set[str] = set()
    for name, field in cls.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in data else name
        if key in data:
            values[name] = construct_type(value=data[key], type_=field.annotation)
            seen.add(name)
            used_keys.add(key)
        elif not field.is_required():
            values[name] = field.get_default(call_default_factory=True)
        else:
            # A required field the server left out: None rather than an AttributeError later.
            values[name] = None
    extra = {k: v for k, v in data.items() if k not in used_keys}
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", fields_set if fields_set is not None else seen)
    object.__setattr__(model, "__pydantic_extra__", extra)
    object.__setattr__(model, "__pydantic_private__", None)
    if cls.__private_attributes__:  # e.g. the cursor state of pages
        model.model_post_init(None)
    return model


if TYPE_CHECKING:  # pragma: no cover
    from pydantic.fields import FieldInfo as FieldInfo


def __getattr__(name: str) -> Any:
    # The official package defines `FinalRequestOptions` here and integrations import it from
    # this path; ours lives in `_request`. Resolved on access so neither module imports the other.
    if name == "FinalRequestOptions":
        from ._request import FinalRequestOptions

        return FinalRequestOptions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
