"""Small general-purpose helpers that code written against the official package imports.

None of these are used by the client itself; they exist so that `from openai._utils import
is_given` (and friends) keeps working for integrations and wrappers, with the same results.
"""

from __future__ import annotations

import functools
import inspect
import re
from datetime import date, datetime
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Sequence,
    Tuple,
    TypeVar,
    Union,
    cast,
    overload,
)

from typing_extensions import TypeGuard

from .._files import file_from_path
from .._types import HeadersLike, NotGiven, NotGivenOr

if TYPE_CHECKING:
    from ..lib.azure import AsyncAzureOpenAI, AzureOpenAI

__all__ = [
    "is_given",
    "is_mapping",
    "is_mapping_t",
    "is_dict",
    "is_list",
    "is_tuple",
    "is_tuple_t",
    "is_sequence",
    "is_sequence_t",
    "is_iterable",
    "strip_not_given",
    "deepcopy_minimal",
    "flatten",
    "required_args",
    "removeprefix",
    "removesuffix",
    "coerce_integer",
    "coerce_float",
    "coerce_boolean",
    "maybe_coerce_integer",
    "maybe_coerce_float",
    "maybe_coerce_boolean",
    "json_safe",
    "get_required_header",
    "get_async_library",
    "lru_cache",
    "file_from_path",
    "is_azure_client",
    "is_async_azure_client",
    "consume_sync_iterator",
    "consume_async_iterator",
]

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
_TupleT = TypeVar("_TupleT", bound=Tuple[object, ...])
_MappingT = TypeVar("_MappingT", bound=Mapping[str, object])
_SequenceT = TypeVar("_SequenceT", bound=Sequence[object])
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


# ---- type guards ---------------------------------------------------------------------------


def is_given(obj: NotGivenOr[_T]) -> TypeGuard[_T]:
    """False only for `NOT_GIVEN` (an explicit `None` or `Omit()` counts as given, as upstream)."""
    return not isinstance(obj, NotGiven)


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_mapping_t(obj: _MappingT | object) -> TypeGuard[_MappingT]:
    return isinstance(obj, Mapping)


def is_dict(obj: object) -> TypeGuard[Dict[object, object]]:
    return isinstance(obj, dict)


def is_list(obj: object) -> TypeGuard[List[object]]:
    return isinstance(obj, list)


def is_tuple(obj: object) -> TypeGuard[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_tuple_t(obj: _TupleT | object) -> TypeGuard[_TupleT]:
    return isinstance(obj, tuple)


def is_sequence(obj: object) -> TypeGuard[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_sequence_t(obj: _SequenceT | object) -> TypeGuard[_SequenceT]:
    return isinstance(obj, Sequence)


def is_iterable(obj: object) -> TypeGuard[Iterable[object]]:
    return isinstance(obj, Iterable)


def is_azure_client(client: object) -> TypeGuard["AzureOpenAI"]:
    from ..lib.azure import AzureOpenAI

    return isinstance(client, AzureOpenAI)


def is_async_azure_client(client: object) -> TypeGuard["AsyncAzureOpenAI"]:
    from ..lib.azure import AsyncAzureOpenAI

    return isinstance(client, AsyncAzureOpenAI)


# ---- data helpers --------------------------------------------------------------------------


@overload
def strip_not_given(obj: None) -> None: ...
@overload
def strip_not_given(obj: Mapping[_K, Union[_V, NotGiven]]) -> Dict[_K, _V]: ...
@overload
def strip_not_given(obj: object) -> object: ...
def strip_not_given(obj: object) -> object:
    """A mapping without its top-level `NOT_GIVEN` values; anything else is returned unchanged."""
    if obj is None or not isinstance(obj, Mapping):
        return obj
    return {key: value for key, value in cast(Mapping[Any, Any], obj).items() if not isinstance(value, NotGiven)}


def deepcopy_minimal(item: _T) -> _T:
    """Copy the dicts and lists of a params structure, sharing everything else (files, models)."""
    if isinstance(item, Mapping):
        return cast(_T, {key: deepcopy_minimal(value) for key, value in cast(Mapping[Any, Any], item).items()})
    if isinstance(item, list):
        return cast(_T, [deepcopy_minimal(entry) for entry in cast(List[Any], item)])
    return item


def flatten(t: Iterable[Iterable[_T]]) -> List[_T]:
    return [item for group in t for item in group]


def json_safe(data: object) -> object:
    """Mappings and iterables as plain dicts and lists, dates as ISO strings (like `mode="json"`)."""
    if isinstance(data, Mapping):
        return {json_safe(key): json_safe(value) for key, value in cast(Mapping[Any, Any], data).items()}
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes, bytearray)):
        return [json_safe(item) for item in cast(Iterable[Any], data)]
    if isinstance(data, (datetime, date)):
        return data.isoformat()
    return data


def removeprefix(string: str, prefix: str) -> str:
    return string[len(prefix) :] if prefix and string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


# Coercion of environment-variable style strings.


def coerce_integer(val: str) -> int:
    return int(val, base=10)


def coerce_float(val: str) -> float:
    return float(val)


def coerce_boolean(val: str) -> bool:
    return val in ("true", "1", "on")


def maybe_coerce_integer(val: str | None) -> int | None:
    return None if val is None else coerce_integer(val)


def maybe_coerce_float(val: str | None) -> float | None:
    return None if val is None else coerce_float(val)


def maybe_coerce_boolean(val: str | None) -> bool | None:
    return None if val is None else coerce_boolean(val)


def get_required_header(headers: HeadersLike, header: str) -> str:
    """The value of `header`, whatever its capitalisation in `headers`; `ValueError` if absent."""
    wanted = header.lower()
    if isinstance(headers, Mapping):
        for key, value in cast(Mapping[Any, Any], headers).items():
            if str(key).lower() == wanted and isinstance(value, str):
                return value
    # Objects that are not mappings (e.g. a framework's request headers) only offer `.get`.
    capitalised = re.sub(r"([^\w])(\w)", lambda m: m.group(1) + m.group(2).upper(), header.capitalize())
    for candidate in (header, wanted, header.upper(), capitalised):
        value = headers.get(candidate)
        if value:
            return value
    raise ValueError(f"Could not find {header} header")


def get_async_library() -> str:
    """The running async library's name ("asyncio", "trio"), or "false" outside one."""
    try:
        import sniffio

        return sniffio.current_async_library()
    except Exception:
        return "false"


def lru_cache(*, maxsize: int | None = 128) -> Callable[[CallableT], CallableT]:
    """`functools.lru_cache` that keeps the decorated function's signature for type checkers."""
    return cast(Any, functools.lru_cache(maxsize=maxsize))


def consume_sync_iterator(iterator: Iterator[Any]) -> None:
    for _ in iterator:
        pass


async def consume_async_iterator(iterator: AsyncIterator[Any]) -> None:
    async for _ in iterator:
        pass


# ---- required_args ---------------------------------------------------------------------------


def _join(items: Sequence[str], final: str = "or") -> str:
    """'a', 'a or b', 'a, b or c' -- the wording of upstream's error messages."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {final} {items[-1]}"


def required_args(*variants: Sequence[str]) -> Callable[[CallableT], CallableT]:
    """Decorator: calling the function without every argument of at least one variant raises
    `TypeError` (how overloaded methods check their keyword combinations at run time)."""

    def decorate(func: CallableT) -> CallableT:
        positional = [
            name
            for name, param in inspect.signature(func).parameters.items()
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
        ]

        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            if len(args) > len(positional):
                raise TypeError(f"{func.__name__}() takes {len(positional)} argument(s) but {len(args)} were given")
            given = set(positional[: len(args)]) | set(kwargs)
            if not any(all(name in given for name in variant) for variant in variants):
                raise TypeError(_missing_message(variants, given))
            return func(*args, **kwargs)

        return cast(CallableT, wrapper)

    return decorate


def _missing_message(variants: Sequence[Sequence[str]], given: "set[str]") -> str:
    if len(variants) > 1:
        options = [f"({_join([repr(name) for name in variant], final='and')})" for variant in variants]
        return f"Missing required arguments; Expected either {_join(options)} arguments to be given"
    missing = [name for name in variants[0] if name not in given]
    if len(missing) > 1:
        return f"Missing required arguments: {_join([repr(name) for name in missing])}"
    return f"Missing required argument: {missing[0]!r}"
