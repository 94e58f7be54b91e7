"""Sentinels and the small type aliases shared by the whole package.

`NOT_GIVEN` / `Omit` let a caller tell "not passed" apart from an explicit `None`
(which the API often gives a meaning of its own).
"""

from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    Union,
)

import httpx
from typing_extensions import Literal, Protocol, TypedDict, override, runtime_checkable

if TYPE_CHECKING:
    from ._models import BaseModel

Transport = httpx.BaseTransport
AsyncTransport = httpx.AsyncBaseTransport
Timeout = httpx.Timeout
ProxiesDict = Dict[Union[str, httpx.URL], Union[None, str, httpx.URL, httpx.Proxy]]
ProxiesTypes = Union[str, httpx.Proxy, ProxiesDict]

Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]
ModelT = TypeVar("ModelT", bound="BaseModel")
_T = TypeVar("_T")

# What a request may be cast to (kept for code that annotates wrappers of `client.request`).
ResponseT = TypeVar(
    "ResponseT",
    bound=Union[object, str, None, "BaseModel", List[Any], Dict[str, Any], httpx.Response],
)
# The include/exclude argument of `model_dump`: field names or nested mappings of them.
IncEx = Union[Set[int], Set[str], Mapping[int, Union["IncEx", bool]], Mapping[str, Union["IncEx", bool]]]
# Values pydantic parses dates and datetimes from.
StrBytesIntFloat = Union[str, bytes, int, float]

# File arguments, as the official package accepts them.
if TYPE_CHECKING:
    FileContent = Union[IO[bytes], bytes, PathLike[str]]
else:  # os.PathLike is only subscriptable on 3.9+ at runtime, and get_type_hints must resolve it
    FileContent = Union[IO[bytes], bytes, PathLike]
FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], List[Tuple[str, FileTypes]]]
# Inputs that a field formatted as base64 (`PropertyInfo(format="base64")`) reads bytes from.
if TYPE_CHECKING:
    Base64FileInput = Union[IO[bytes], PathLike[str]]
else:
    Base64FileInput = Union[IO[bytes], PathLike]

# What httpx itself accepts once we have normalised the files above.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], List[Tuple[str, HttpxFileTypes]]]


class NotGiven:
    """The type of `NOT_GIVEN`: marks an argument the caller did not pass.

    It is falsy, so `if timeout:` style checks treat it like a missing value.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # A single instance keeps `is NOT_GIVEN` checks reliable after copies and pickles.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NotGivenOr = Union[_T, NotGiven]
NOT_GIVEN = NotGiven()


class Omit:
    """Removes a default header or query value: `extra_headers={"User-Agent": Omit()}`."""

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "Omit()"


Headers = Mapping[str, Union[str, Omit]]


class RequestOptions(TypedDict, total=False):
    """Per-request settings accepted by `client.with_options` and the low-level methods."""

    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    follow_redirects: bool


@runtime_checkable
class HeadersLikeProtocol(Protocol):
    def get(self, __key: str) -> str | None: ...


HeadersLike = Union[Mapping[str, str], HeadersLikeProtocol]


# Callables handed to the response layer to post-process a parsed value.
PostParser = Callable[[Any], Any]
NoneType: Type[None] = type(None)

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "NotGivenOr",
    "Omit",
    "RequestOptions",
    "Timeout",
    "Transport",
    "AsyncTransport",
    "ProxiesTypes",
    "FileTypes",
    "FileContent",
    "RequestFiles",
    "Headers",
    "Query",
    "Body",
    "NoneType",
    "ResponseT",
    "IncEx",
    "StrBytesIntFloat",
    "Base64FileInput",
    "ProxiesDict",
]


# What a text parser (`_models.json_text_parser`) returns for text that is not its type.
NOT_PARSED: Any = object()
