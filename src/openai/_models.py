"""`BaseModel` for every response object, and tolerant construction of API data.

The official package builds responses without validating them (`construct`): every value the
server sent is kept as sent. We get the same objects faster: strict validation first
(pydantic's compiled path, which accepts exactly the data that construction would keep
unchanged), then a walk that makes the models look constructed
(`_as_constructed`: unknown keys are extras, not "set" fields; aliased keys are kept as extras
too). When the server sends something our models do not describe -- a new enum value, a new
union member, a missing field, a value of an unexpected type -- strict validation fails and
`construct_type` builds the objects loosely, field by field, as the official package does.
Only a client made with `_strict_response_validation=True` sees the validation error (as
`APIResponseValidationError`).
"""

from __future__ import annotations

import inspect
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Tuple, Type, TypeVar, Union, cast

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from typing_extensions import Annotated, Literal, get_args, get_origin

from ._types import NOT_PARSED

if TYPE_CHECKING:
    from ._request import FinalRequestOptions as FinalRequestOptions

__all__ = [
    "BaseModel",
    "PropertyInfo",
    "GenericModel",
    "FinalRequestOptions",
    "construct_type",
    "construct_type_unchecked",
    "validate_type",
    "is_basemodel",
    "is_basemodel_type",
]

_T = TypeVar("_T")
_R = TypeVar("_R")
_ModelT = TypeVar("_ModelT", bound="BaseModel")


class BaseModel(pydantic.BaseModel):
    """Base of every object the API returns.

    Unknown fields are kept (`model_extra`), so data the server adds after this package was
    written is still reachable as attributes and survives `to_dict()`.
    """

    model_config = ConfigDict(
        extra="allow",
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

    # Response models share their fields set and empty extras (see `_shared_fields_set`): a model takes
    # its own before a change, or before handing them out.
    def __setattr__(self, name: str, value: Any) -> None:
        if not name.startswith("_"):  # `_request_id` and private attributes touch neither
            _own_containers(self)
        super().__setattr__(name, value)

    @property
    def model_fields_set(self) -> set[str]:
        _own_containers(self)
        return self.__pydantic_fields_set__

    @property
    def model_extra(self) -> Optional[Dict[str, Any]]:
        _own_containers(self)
        return self.__pydantic_extra__

    def __str__(self) -> str:
        # `print(completion)` shows the class name, as the official package prints it.
        return f"{self.__repr_name__()}({self.__repr_str__(', ')})"  # type: ignore[misc]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A class with aliased fields keeps its extras in the order the server sent the keys,
        # aliased keys among them, as the official construction does (one wrap validator, on
        # these few classes only).
        if any(isinstance(value, FieldInfo) and value.alias for value in vars(cls).values()):
            cls._openai_input_order = pydantic.model_validator(mode="wrap")(classmethod(_keep_input_order))  # type: ignore[attr-defined, arg-type]

    @classmethod
    def construct(cls: Type[_ModelT], _fields_set: Optional[set[str]] = None, **values: object) -> _ModelT:  # type: ignore[override]
        """Build an instance without validation, converting nested values loosely."""
        return _construct_model(cls, values, fields_set=_fields_set)

    model_construct = construct  # type: ignore[assignment]


# Exported as `openai.BaseModel`: named so in reprs and pickles, as the official `import openai`
# renames its exports (set here because `import openai` loads this module lazily).
BaseModel.__module__ = "openai"


class PropertyInfo:
    """`Annotated` metadata of the official package: a field's API name and format in request
    params, and the tag of a discriminated union of models. For pydantic, a discriminator makes
    the union a tagged union (validated straight to the member its tag names)."""

    alias: Optional[str]
    format: Optional[Literal["iso8601", "base64", "custom"]]
    format_template: Optional[str]
    discriminator: Optional[str]

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[Literal["iso8601", "base64", "custom"]] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        if self.discriminator is None:
            return handler(source)
        try:
            return handler.generate_schema(Annotated[source, pydantic.Field(discriminator=self.discriminator)])
        except pydantic.PydanticUserError:  # two members share a tag (`message` items): a plain union
            return handler(source)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(alias='{self.alias}', format={self.format}, "
            f"format_template='{self.format_template}', discriminator='{self.discriminator}')"
        )


# The validation context that marks response parsing (see `_as_constructed`).
_FROM_RESPONSE = object()


def _keep_input_order(cls: Any, data: Any, handler: Any, info: Any) -> Any:
    """For the classes with aliased fields, in a response: a field sent under its alias also
    keeps that key among the extras, and the extras are in the order the server sent the keys,
    as the official construction leaves them (see `_as_constructed`)."""
    model = handler(data)
    if info.context is not _FROM_RESPONSE or not isinstance(data, dict):
        return model
    extra = model.__pydantic_extra__ or {}
    fields_set = model.__pydantic_fields_set__
    values = model.__dict__
    kept = {alias: values[name] for name, alias in _field_info(type(model)).aliases if name in fields_set}
    if kept:
        extra = {**extra, **kept}
    if extra:
        ordered = {key: extra[key] for key in data if key in extra}
        object.__setattr__(model, "__pydantic_extra__", ordered if len(ordered) == len(extra) else extra)
    return model


def _as_constructed(value: Any, share: bool = True, validated: bool = False) -> None:
    """Make a validated response look as the official construction leaves it.

    The official `construct` keeps keys the model does not declare as extras, not "set"
    fields, and a field sent under its alias also keeps that key among the extras
    (`categories.model_dump()` holds "self-harm/intent"). But it *validates* (pydantic's lax
    mode) every value whose field type is a union (`Optional[Usage]` included): below such a
    field (`validated`) the models keep the look validation gives them: extras counted as set,
    and no aliased key among them (`_keep_input_order` put those in). This walks the models from
    the top; with `share`, every model also gets the shared fields set and empty extras of its
    kind (see below): worth it for what a caller keeps (bodies, pages), not for stream events.
    The walk of each model class is compiled once (`_compile_walker`).
    """
    cls = value.__class__
    walker = _WALKERS.get(cls)
    if walker is not None:
        walker(value, share, validated)
    elif cls is list:
        for item in value:
            _as_constructed(item, share, validated)
    elif cls is dict:
        for item in value.values():
            _as_constructed(item, share, validated)
    elif isinstance(value, BaseModel):
        _walker_for(cls)(value, share, validated)


# ---- the walk, compiled per model class ----------------------------------------------------------
#
# A stream parses thousands of small events and a page hundreds of models: a generic walk (look
# up the class's facts, loop over its fields, call itself for each model) costs more than the
# work it does, which is usually none (no extras, no aliases). So each class gets a function
# written out for it, with the fields that can hold models named in the code, and the models
# of the expected class below them written out inline a few levels deep; anything else (a
# union member, a subclass, a dict of models) goes back through `_as_constructed`.

_WALKERS: Dict[type, Callable[[Any, bool, bool], None]] = {}
_INLINE_DEPTH = 3


def _walker_for(cls: Type[pydantic.BaseModel]) -> Callable[[Any, bool, bool], None]:
    walker = _WALKERS.get(cls)
    if walker is None:
        walker = _WALKERS[cls] = _compile_walker(cls)
    return walker


def _single_model_class(tp: Any) -> Optional[type]:
    """The model class a field's value is (or is a list of), through `Optional`; None otherwise."""
    tp = _strip_annotated(tp)
    origin = get_origin(tp)
    if origin is list or (origin is not None and _is_sequence_origin(origin)):
        args = get_args(tp)
        return _single_model_class(args[0]) if len(args) == 1 and origin is list else None
    if origin is Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        members = [m for m in get_args(tp) if m is not type(None)]
        return _single_model_class(members[0]) if len(members) == 1 else None
    return tp if is_basemodel_type(tp) and issubclass(tp, BaseModel) else None


def _is_list_annotation(tp: Any) -> bool:
    """`List[...]`, also through `Optional`."""
    tp = _strip_annotated(tp)
    origin = get_origin(tp)
    if origin is Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        members = [m for m in get_args(tp) if m is not type(None)]
        tp = _strip_annotated(members[0]) if len(members) == 1 else tp
    return get_origin(tp) is list


class _WalkerSource:
    """Writes the source of one class's walker (see `_compile_walker`)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.env: Dict[str, Any] = {
            "_as_constructed": _as_constructed,
            "_walker_for": _walker_for,
            "_shared_fields_set": _shared_fields_set,
            "_EMPTY_EXTRA": _EMPTY_EXTRA,
            "_setattr": object.__setattr__,
            "_drop_aliases": _drop_aliases,
        }
        self.names = 0

    def name(self, prefix: str, value: Any = None) -> str:
        self.names += 1
        name = f"{prefix}{self.names}"
        if value is not None:
            self.env[name] = value
        return name

    def emit(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    def model(self, cls: type, var: str, validated: str, indent: int, depth: int) -> None:
        """The walk of model `var` of class `cls`; `validated` is "validated" or "True"."""
        info = _field_info(cls)
        info_name = self.name("info", info)
        extra = self.name("extra")
        emit = self.emit
        emit(indent, f"{extra} = {var}.__pydantic_extra__")
        if validated != "True":
            emit(indent, f"if {extra} and not {validated}:")
            emit(indent + 1, f"{var}.__pydantic_fields_set__.difference_update({extra})")
            if info.aliases:
                emit(indent, f"elif {extra}:")
                emit(indent + 1, f"_drop_aliases({var}, {extra}, {info_name}.aliases)")
        elif info.aliases:
            emit(indent, f"if {extra}:")
            emit(indent + 1, f"_drop_aliases({var}, {extra}, {info_name}.aliases)")
        if info.model_holders:
            values = self.name("values")
            emit(indent, f"{values} = {var}.__dict__")
            fields = cls.model_fields  # type: ignore[attr-defined]
            for field_name in info.model_holders:
                below = "True" if field_name in info.validated_holders else validated
                item = self.name("item")
                emit(indent, f"{item} = {values}.get({field_name!r})")
                emit(indent, f"if {item} is not None:")
                self.holder(fields[field_name].annotation, item, below, indent + 1, depth)
        emit(indent, "if share:")
        shared = self.name("shared")
        emit(indent + 1, f"{shared} = {info_name}.last_shared")
        emit(indent + 1, f"if {shared} is None or {var}.__pydantic_fields_set__ != {shared}:")
        emit(indent + 2, f"{shared} = {info_name}.last_shared = _shared_fields_set({var}.__pydantic_fields_set__)")
        emit(indent + 1, f'_setattr({var}, "__pydantic_fields_set__", {shared})')
        emit(indent + 1, f"if {extra} is not None and not {extra}:")
        emit(indent + 2, f'_setattr({var}, "__pydantic_extra__", _EMPTY_EXTRA)')

    def holder(self, annotation: Any, item: str, validated: str, indent: int, depth: int) -> None:
        """The walk of one field's value: a model or a list of models of one expected class."""
        expected = _single_model_class(annotation)
        emit = self.emit
        if expected is None:
            emit(indent, f"_as_constructed({item}, share, {validated})")
            return
        cls_name = self.name("cls", expected)
        if _is_list_annotation(annotation):
            element = self.name("element")
            emit(indent, f"if {item}.__class__ is list:")
            emit(indent + 1, f"for {element} in {item}:")
            self.one(expected, cls_name, element, validated, indent + 2, depth)
            emit(indent, "else:")
            emit(indent + 1, f"_as_constructed({item}, share, {validated})")
        else:
            self.one(expected, cls_name, item, validated, indent, depth)

    def one(self, expected: type, cls_name: str, var: str, validated: str, indent: int, depth: int) -> None:
        emit = self.emit
        emit(indent, f"if {var}.__class__ is {cls_name}:")
        if depth + 1 < _INLINE_DEPTH:
            self.model(expected, var, validated, indent + 1, depth + 1)
        else:
            emit(indent + 1, f"_walker_for({cls_name})({var}, share, {validated})")
        emit(indent, "else:")
        emit(indent + 1, f"_as_constructed({var}, share, {validated})")


def _compile_walker(cls: Type[pydantic.BaseModel]) -> Callable[[Any, bool, bool], None]:
    source = _WalkerSource()
    source.emit(0, "def walk(value, share, validated):")
    source.model(cls, "value", "validated", 1, 0)
    namespace = dict(source.env)
    exec(compile("\n".join(source.lines), f"<walk {cls.__qualname__}>", "exec"), namespace)
    return cast(Callable[[Any, bool, bool], None], namespace["walk"])


def _drop_aliases(model: Any, extra: Dict[str, Any], aliases: tuple[tuple[str, str], ...]) -> None:
    """Below a union the official validates: no aliased key among the extras."""
    values = model.__dict__
    for name, alias in aliases:
        if alias in extra and extra[alias] is values.get(name):
            del extra[alias]


# ---- one fields set and one empty extras dict for many response models -------------------------
#
# A parsed response holds many models, and each would own a set of the names of its fields
# (200-700 bytes, more than its values often) and an empty dict of extras. Models built from
# responses share them instead: the same set for every model sent the same fields. Nothing
# mutates a shared one: a model takes its own copy before any change (`BaseModel.__setattr__`)
# and before handing them out (`model_fields_set`, `model_extra`); copies and pickles of a model
# get plain ones, and the shared ones refuse changes rather than spread them.


class _SharedFieldsSet(set):  # type: ignore[type-arg]
    __slots__ = ()

    def __reduce__(self) -> Any:
        return (set, (list(self),))

    def __repr__(self) -> str:
        return repr(set(self))

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("a response model's fields set is shared: change it through `model_fields_set`")

    add = discard = remove = pop = clear = update = _refuse  # type: ignore[assignment]
    difference_update = intersection_update = symmetric_difference_update = _refuse  # type: ignore[assignment]
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse  # type: ignore[assignment]


class _SharedEmptyExtra(dict):  # type: ignore[type-arg]
    __slots__ = ()

    def __reduce__(self) -> Any:
        return (dict, ())

    def __repr__(self) -> str:
        return "{}"

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("a response model's extras are shared: change them through `model_extra`")

    __setitem__ = __delitem__ = setdefault = pop = popitem = clear = update = __ior__ = _refuse  # type: ignore[assignment]


_SHARED_FIELDS_SETS: Dict[frozenset[str], _SharedFieldsSet] = {}
_EMPTY_EXTRA = _SharedEmptyExtra()
_setattr = object.__setattr__


def _shared_fields_set(fields_set: set[str]) -> _SharedFieldsSet:
    key = frozenset(fields_set)
    shared = _SHARED_FIELDS_SETS.get(key)
    if shared is None:
        if len(_SHARED_FIELDS_SETS) >= 4096:  # bounded: many distinct shapes start it over
            _SHARED_FIELDS_SETS.clear()
        shared = _SHARED_FIELDS_SETS[key] = _SharedFieldsSet(fields_set)
    return shared


def _own_containers(model: BaseModel) -> None:
    """Give `model` its own fields set and extras in place of shared ones (before a change)."""
    fields_set = getattr(model, "__pydantic_fields_set__", None)  # not yet there in __init__
    if type(fields_set) is _SharedFieldsSet:
        object.__setattr__(model, "__pydantic_fields_set__", set(fields_set))
    if type(getattr(model, "__pydantic_extra__", None)) is _SharedEmptyExtra:
        object.__setattr__(model, "__pydantic_extra__", {})


class _FieldInfo:
    """What the walks above need to know of a model class, worked out once per class."""

    __slots__ = ("aliases", "model_holders", "validated_holders", "walks", "last_shared")

    def __init__(self, cls: Type[pydantic.BaseModel]) -> None:
        fields = cls.model_fields
        self.aliases = tuple((name, f.alias) for name, f in fields.items() if f.alias and f.alias != name)
        self.model_holders = tuple(name for name, f in fields.items() if _holds_models(f.annotation))
        # Of those, the fields whose models the official validates (reached through a union,
        # `Optional[X]` too) instead of constructing them.
        self.validated_holders = frozenset(
            name for name in self.model_holders if _reached_through_union(fields[name].annotation)
        )
        self.walks = bool(self.model_holders)
        self.last_shared: Optional[_SharedFieldsSet] = None


def _holds_models(tp: Any) -> bool:
    """Whether a value of type `tp` can contain a model (at any depth of its type arguments)."""
    if is_basemodel_type(tp):
        return True
    return any(_holds_models(arg) for arg in get_args(tp) if not isinstance(arg, (str, int, bool)))


def _reached_through_union(tp: Any) -> bool:
    """Whether the models in a value of type `tp` sit below a union (`Optional[X]`,
    `List[Union[A, B]]`), where the official construction validates instead of constructing."""
    tp = _strip_annotated(tp)
    origin = get_origin(tp)
    if origin is Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        return True
    args = get_args(tp)
    if origin in (list, tuple, set, frozenset) or (origin is not None and _is_sequence_origin(origin)):
        return bool(args) and _reached_through_union(args[0])
    if origin is dict or (origin is not None and _is_mapping_origin(origin)):
        return len(args) == 2 and _reached_through_union(args[1])
    return False


def _type_cache(maxsize: int) -> Callable[[Callable[[Any], _R]], Callable[[Any], _R]]:
    """`lru_cache` for a function of one type, looked up by identity first: a typing object
    (`Annotated[Union[...], ...]`, a stream's event type) takes ~1.5 us to hash, and the same
    object comes back on every event of a stream."""

    def decorate(function: Callable[[Any], _R]) -> Callable[[Any], _R]:
        cached = lru_cache(maxsize=maxsize)(function)
        by_id: Dict[int, Tuple[Any, _R]] = {}  # the type is kept, so its id is not reused

        def lookup(tp: Any) -> _R:
            entry = by_id.get(id(tp))
            if entry is not None and entry[0] is tp:
                return entry[1]
            result = cached(tp)
            if len(by_id) >= maxsize:
                by_id.clear()
            by_id[id(tp)] = (tp, result)
            return result

        lookup.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return lookup

    return decorate


@_type_cache(maxsize=1024)
def _is_union_type(tp: Any) -> bool:
    return _reached_through_union(tp)


_FIELD_INFOS: Dict[type, _FieldInfo] = {}


def _field_info(cls: Type[pydantic.BaseModel]) -> _FieldInfo:
    cached = _FIELD_INFOS.get(cls)
    if cached is None:
        cached = _FIELD_INFOS[cls] = _FieldInfo(cls)
    return cached


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


@_type_cache(maxsize=512)
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


@_type_cache(maxsize=1024)
def _validator(tp: Any) -> Any:
    """The bound validation function for a type, looked up once per type."""
    if is_basemodel_type(tp):
        return tp.model_validate
    return _adapter(tp).validate_python


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Validate `value` as `type_` (pydantic's lax mode), raising pydantic's `ValidationError`."""
    return cast(_T, _validator(cast(Any, type_))(value))


def parse_obj(type_: Any, value: object, *, strict: bool) -> Any:
    """A response body as `type_`: as the official package builds it, tolerant unless `strict`
    (then validated, raising pydantic's `ValidationError`)."""
    if strict:
        return _validator(type_)(value)
    if _is_union_type(type_):  # e.g. a stream's event union: the official validates it
        return construct_type(value=value, type_=type_)
    try:
        # Strict mode accepts only data that construction keeps as it is (no "1" -> 1).
        result = _validator(type_)(value, strict=True, context=_FROM_RESPONSE)
    except (ValidationError, TypeError):  # TypeError: a type pydantic cannot build a schema for
        return construct_type(value=value, type_=type_)
    _as_constructed(result)
    return result


@lru_cache(maxsize=256)
def json_text_parser(type_: Any, share: bool = True) -> Optional[Callable[[Union[str, bytes]], Any]]:
    """A function building `type_` straight from JSON text, with the result `parse_obj(type_,
    json.loads(text), strict=False)` gives (pydantic reads the text itself: no dict is built on
    the way); it returns `NOT_PARSED` when the text is not that type. None for the types where
    reading JSON text could accept more than validating the decoded value does (dates, enums,
    tuples, ...): only models of this package whose fields are JSON's own types, and unions of
    them (`_union_text_parser`)."""
    if _is_union_of_models(type_):
        return _union_text_parser(type_)
    if not (isinstance(type_, type) and issubclass(type_, BaseModel)) or not _json_alike(type_, set()):
        return None
    type_.__pydantic_validator__.validate_json  # noqa: B018  (builds a deferred schema now)
    validate = type_.__pydantic_validator__.validate_json  # what `model_validate_json` calls
    walk = _walker_for(type_)  # looked up once: this runs for every stream event

    def parse(text: Union[str, bytes]) -> Any:
        try:
            model = validate(text, strict=True, context=_FROM_RESPONSE)
        except ValidationError:
            return NOT_PARSED
        if model.__class__ is type_:
            walk(model, share, False)
        else:
            _as_constructed(model, share)
        return model

    return parse


def _is_union_of_models(tp: Any) -> bool:
    members = get_args(_strip_annotated(tp)) if get_origin(_strip_annotated(tp)) is Union else ()
    return bool(members) and all(
        isinstance(m, type) and issubclass(m, BaseModel) for m in map(_strip_annotated, members)
    )


@lru_cache(maxsize=256)
def may_have_field(type_: Any, name: str) -> bool:
    """Whether a value of `type_` may be a model with a field `name`: a model with one, a union
    with such a member, or anything that is not a model or a union of models."""
    members = get_args(_strip_annotated(type_)) if _is_union_of_models(type_) else (type_,)
    return not all(is_basemodel_type(m) and name not in m.model_fields for m in map(_strip_annotated, members))


def _union_text_parser(type_: Any) -> Optional[Callable[[Union[str, bytes]], Any]]:
    """A union of models (a stream's event type) read from JSON text: what `construct_type`
    gives for the decoded value when pydantic's lax validation of the union accepts it -- for
    types of JSON's own values, lax validation of the text accepts the same, alike -- and
    `NOT_PARSED` otherwise (the long way then builds the member it can)."""
    if not _json_alike(type_, set()):
        return None
    validate = _adapter(type_).validate_json

    def parse(text: Union[str, bytes]) -> Any:
        try:
            return validate(text)
        except ValidationError:
            return NOT_PARSED

    return parse


_JSON_LEAVES = (str, int, float, bool, type(None), object, Any)


def _json_alike(tp: Any, seen: set[Any]) -> bool:
    """Whether strict validation of `tp` from JSON text accepts exactly what strict validation of
    the decoded value accepts, with the same result."""
    tp = _strip_annotated(tp)
    if any(tp is leaf for leaf in _JSON_LEAVES):
        return True
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if tp in seen:
            return True
        seen.add(tp)
        return all(_json_alike(field.annotation, seen) for field in tp.model_fields.values())
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Literal:
        return all(type(arg) in (str, int, bool, type(None)) for arg in args)
    if origin is Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        return all(_json_alike(arg, seen) for arg in args)
    if origin is list:
        return len(args) == 1 and _json_alike(args[0], seen)
    if origin is dict:
        return len(args) == 2 and args[0] is str and _json_alike(args[1], seen)
    return False


def construct_type(*, value: object, type_: Any) -> Any:
    """Build `type_` from `value` without ever raising: what fits is converted, the rest kept."""
    origin = get_origin(type_)
    if origin is Annotated:
        inner, members, discriminator = _annotated_parts(type_)
        if members:  # a union with a declared discriminator (a stream's event type: once per event)
            return _construct_union(value, type_, members, discriminator)
        return construct_type(value=value, type_=inner)
    if type_ is Any or type_ is object or value is None:
        return value
    if origin is Union:
        return _construct_union(value, type_, get_args(type_), None)
    if origin is Literal:
        return value
    if is_basemodel_type(type_):
        if isinstance(value, dict):
            try:
                model = type_.model_validate(value, strict=True, context=_FROM_RESPONSE)
            except ValidationError:
                return _construct_model(type_, value)
            _as_constructed(model)
            return model
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
        return _parse_datetime(value)
    if type_ is date and isinstance(value, str):
        return _try_adapt(date, value)
    if type_ is float and isinstance(value, int) and not isinstance(value, bool):
        coerced = float(value)
        return coerced if coerced == value else value  # not when precision would be lost
    return value


@_type_cache(maxsize=512)
def _annotated_parts(tp: Any) -> Tuple[Any, Tuple[Any, ...], Optional[str]]:
    """`Annotated[X, ...]` as (X, the members of X if it is a union with a declared
    discriminator else (), that discriminator)."""
    inner = get_args(tp)[0]
    meta = getattr(tp, "__metadata__", ())
    discriminator = next((getattr(m, "discriminator", None) for m in meta if getattr(m, "discriminator", None)), None)
    if discriminator is not None and get_origin(inner) is Union:
        return inner, get_args(inner), discriminator
    return inner, (), None


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


def _parse_datetime(value: Union[str, int, float]) -> Any:
    """An ISO string or a Unix timestamp as an aware datetime (UTC as `timezone.utc`), as the
    official construction gives it; anything else is kept as sent."""
    try:
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(value, tz=timezone.utc)
        text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        parsed = datetime.fromisoformat(text)
        if parsed.utcoffset() == timedelta(0):
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed
    except (ValueError, OverflowError, OSError):
        return value


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


def _construct_union(value: object, union: Any, members: tuple[Any, ...], discriminator: Optional[str]) -> Any:
    """As the official construction does: the union if the value validates as it (pydantic's
    lax mode), else the member its declared discriminator names, else the first member (built
    loosely). A declared discriminator only makes the first step faster: a tagged value
    validates as the same member either way."""
    if value is None:
        return None
    try:
        return _adapter(union).validate_python(value)
    except (ValidationError, TypeError):
        pass
    if discriminator is not None:  # the union without its discriminator
        try:
            return _adapter(Union[members]).validate_python(value)  # type: ignore[valid-type]
        except (ValidationError, TypeError):
            pass
    if discriminator is not None and isinstance(value, dict):
        tag = value.get(discriminator)
        if isinstance(tag, str) and tag:
            for member in members:
                model = _strip_annotated(member)
                field = model.model_fields.get(discriminator) if is_basemodel_type(model) else None
                if field is not None and tag in _literal_values(field.annotation):
                    return construct_type(value=value, type_=member)
    return construct_type(value=value, type_=members[0])


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _field_keys(model: Type[pydantic.BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def _construct_model(cls: Type[_ModelT], data: Dict[str, Any], *, fields_set: Optional[set[str]] = None) -> _ModelT:
    """Build a model loosely, as the official `construct` does: each declared field from its
    key (the alias if it has one), converted with `construct_type`; a null or missing field
    takes its default; every key that is not a field *name* is kept as an extra."""
    model = cls.__new__(cls)
    values: Dict[str, Any] = {}
    seen: set[str] = set() if fields_set is None else fields_set
    fields = cls.model_fields
    for name, field in fields.items():
        key = field.alias if field.alias is not None else name  # only the API's name, as upstream
        if key in data:
            raw = data[key]
            values[name] = _field_default(field) if raw is None else construct_type(value=raw, type_=field.annotation)
            seen.add(name)
        else:
            values[name] = _field_default(field)
    extra = {k: v for k, v in data.items() if k not in fields}
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", seen)
    object.__setattr__(model, "__pydantic_extra__", extra)
    object.__setattr__(model, "__pydantic_private__", None)
    if cls.__private_attributes__:  # e.g. the cursor state of pages
        model.model_post_init(None)
    return model


def _field_default(field: Any) -> Any:
    # A required field the server left out is None rather than an AttributeError later.
    return None if field.is_required() else field.get_default(call_default_factory=True)


def __getattr__(name: str) -> Any:
    # The official package defines `FinalRequestOptions` here and integrations import it from
    # this path; ours lives in `_request`. Resolved on access so neither module imports the other.
    if name == "FinalRequestOptions":
        from ._request import FinalRequestOptions

        return FinalRequestOptions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
