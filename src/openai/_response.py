"""What `with_raw_response` and `with_streaming_response` hand back, and binary content.

- `LegacyAPIResponse`: from `.with_raw_response`; the body is already read, `.parse()` gives
  the object the plain method would have returned (sync, even on the async client).
- `APIResponse` / `AsyncAPIResponse`: from `.with_streaming_response` inside `with` /
  `async with`; the body is read only when asked (`read`, `iter_bytes`, `parse`, ...).
- `HttpxBinaryResponseContent`: what binary endpoints (file content, speech) return.
"""

from __future__ import annotations

import datetime
import functools
import os
import sys
import warnings
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

import httpx
from typing_extensions import LiteralString, deprecated

from ._exceptions import OpenAIError
from ._streaming import extract_stream_chunk_type
from ._types import NotGiven

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._rate_limits import RateLimits
    from ._request import FinalRequestOptions

__all__ = [
    "BaseAPIResponse",
    "LegacyAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "HttpxBinaryResponseContent",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "StreamAlreadyConsumed",
]

R = TypeVar("R")
_T = TypeVar("_T")


class BaseAPIResponse(Generic[R]):
    """Metadata of the HTTP response, and turning its body into the declared type once.

    Attribute names follow the official package (`http_response`, `retries_taken`, `_cast_to`,
    `_options`, `_parsed_by_type`): tracing libraries read them, e.g. to find the stream that
    `parse()` made.
    """

    http_response: httpx.Response
    retries_taken: int
    _parsed_by_type: Dict[Any, Any]

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Any,
        client: "BaseClient[Any, Any]",
        stream: bool,
        stream_cls: Any,
        options: "FinalRequestOptions",
        retries_taken: int = 0,
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._parsed_by_type = {}
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        return self.http_response.headers.get("x-request-id")

    @property
    def rate_limits(self) -> "RateLimits":
        """The response's `x-ratelimit-*` headers, typed (fields are None when absent)."""
        from ._rate_limits import RateLimits

        return RateLimits.from_headers(self.http_response.headers)

    def _parse(self, *, to: Any = None) -> Any:
        """The body as `to` (or the declared type), before the call's post-parser."""
        if self._stream:
            if to is not None:
                return to(cast_to=extract_stream_chunk_type(to), response=self.http_response, client=self._client)
            if self._stream_cls is not None:
                stream_cls, item_type = self._stream_cls, extract_stream_chunk_type(self._stream_cls)
            else:  # the client's default stream class, of the declared type
                stream_cls, item_type = self._client._default_stream_cls, self._cast_to
            return cast(Any, stream_cls)(cast_to=item_type, response=self.http_response, client=self._client)
        parsed = self._client._cast_response(self.http_response, to if to is not None else self._cast_to)
        if self._client._limiter is not None:  # charge the request its real `usage`
            ticket = getattr(self.http_response, "_openai_limiter_ticket", None)
            if ticket is not None:
                self._client._limiter.settle(ticket, parsed)
        return parsed

    def _parse_once(self, to: Any) -> Any:
        key = to if to is not None else self._cast_to
        cached = self._parsed_by_type.get(key)
        if cached is not None:
            return cached
        parsed = self._parse(to=to)
        post_parser = self._options.post_parser
        if not isinstance(post_parser, NotGiven):
            parsed = post_parser(parsed)
        models = sys.modules.get("openai._models")  # not loaded: `parsed` cannot be a model
        if models is not None and isinstance(parsed, models.BaseModel):
            parsed._request_id = self.request_id
        self._parsed_by_type[key] = parsed
        return parsed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"


class LegacyAPIResponse(BaseAPIResponse[R]):
    """A response whose body has been read; `.parse()` returns the typed result."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        return cast(Any, self._parse_once(to))

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> object:
        return self.http_response.json()


class APIResponse(BaseAPIResponse[R]):
    """A streamed response (sync): read the body how you like, or `parse()` it."""

    @overload
    def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    def parse(self) -> R: ...
    def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        if not self._stream:
            self.read()
        return cast(Any, self._parse_once(to))

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        yield from self.http_response.iter_lines()

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to `file` chunk by chunk, never holding it all in memory."""
        with open(file, mode="wb") as f:
            for data in self.http_response.iter_bytes(chunk_size):
                f.write(data)


class AsyncAPIResponse(BaseAPIResponse[R]):
    """A streamed response (async): read the body how you like, or `await parse()` it."""

    @overload
    async def parse(self, *, to: Type[_T]) -> _T: ...
    @overload
    async def parse(self) -> R: ...
    async def parse(self, *, to: Optional[Type[_T]] = None) -> Union[R, _T]:
        if not self._stream:
            await self.read()
        return cast(Any, self._parse_once(to))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line

    async def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to `file` chunk by chunk, never holding it all in memory."""
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.http_response.aiter_bytes(chunk_size):
                await f.write(data)


class BinaryAPIResponse(APIResponse[bytes]):
    """A response whose body is binary; `write_to_file` saves it."""

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes():
                f.write(data)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """A response whose body is binary (async); `await write_to_file(...)` saves it."""

    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes():
                await f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """What `with_streaming_response` gives binary endpoints (file content, speech): `parse()` is
    the bytes, `stream_to_file` writes them as they arrive."""


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """The async twin of `StreamedBinaryAPIResponse`."""


class ResponseContextManager(Generic[_T]):
    """`with client.with_streaming_response.x.y(...) as response:` sends on enter, closes on exit."""

    def __init__(self, send: Callable[[], _T]) -> None:
        self._send = send
        self._response: Optional[_T] = None

    def __enter__(self) -> _T:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            cast(Any, self._response).close()


class AsyncResponseContextManager(Generic[_T]):
    """`async with client.with_streaming_response.x.y(...) as response:` (no `await` needed)."""

    def __init__(self, send: Awaitable[_T]) -> None:
        self._send = send
        self._response: Optional[_T] = None

    async def __aenter__(self) -> _T:
        self._response = await self._send
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await cast(Any, self._response).close()


_NOT_STREAMING: LiteralString = (
    "Due to a bug, this method doesn't actually stream the response content, "
    "`.with_streaming_response.method()` should be used instead"
)


class StreamAlreadyConsumed(OpenAIError):
    """`read()` (or `parse()`, `text()`, `json()`) of a streamed response whose body was already
    iterated: the bytes are gone. Read first, or keep what the iteration gave."""

    def __init__(self) -> None:
        # Worded as 1.102.0 words it (code and tests match on it).
        super().__init__(
            "Attempted to read or stream some content, but the content has already been streamed. "
            "This could be due to attempting to stream the response content more than once."
            "\n\nYou can fix this by manually accumulating the response content while streaming "
            "or by calling `.read()` before starting to stream."
        )


_UNMARKED_COROUTINES: List[Any] = []

if TYPE_CHECKING:
    _async_deprecated = deprecated
else:

    def _async_deprecated(message: LiteralString) -> Callable[[Callable[..., Any]], Any]:
        """`typing_extensions.deprecated` for an `async def`, without importing asyncio (which
        `import openai` should not pay for): a plain function that warns when called and returns the
        coroutine, as that decorator makes. Before Python 3.12 asyncio's coroutine mark is added by
        `mark_deprecated_coroutines` once an async client exists (asyncio is loaded by then)."""

        def decorate(func: Callable[..., Any]) -> Any:
            @functools.wraps(func)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, category=DeprecationWarning, stacklevel=2)
                return func(*args, **kwargs)

            func.__deprecated__ = wrapper.__deprecated__ = message  # type: ignore[attr-defined]
            if sys.version_info >= (3, 12):
                import inspect

                inspect.markcoroutinefunction(wrapper)
            else:
                _UNMARKED_COROUTINES.append(wrapper)
            return wrapper

        return decorate


def mark_deprecated_coroutines() -> None:
    """Give the wrappers of `_async_deprecated` asyncio's coroutine mark (Python < 3.12), as
    `deprecated` does: `asyncio.iscoroutinefunction` then answers True for them."""
    if not _UNMARKED_COROUTINES:
        return
    import asyncio.coroutines

    marker = getattr(asyncio.coroutines, "_is_coroutine", None)
    while _UNMARKED_COROUTINES:
        _UNMARKED_COROUTINES.pop()._is_coroutine = marker


class HttpxBinaryResponseContent:
    """The body of a binary endpoint (file content, generated speech)."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        """Write the (already downloaded) body to `file`."""
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes():
                f.write(data)

    @deprecated(_NOT_STREAMING)  # the body is already in memory here; kept for old code
    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes(chunk_size):
                f.write(data)

    def close(self) -> None:
        return self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(chunk_size)

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return self.response.aiter_text(chunk_size)

    async def aiter_lines(self) -> AsyncIterator[str]:
        return self.response.aiter_lines()

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.response.aiter_raw(chunk_size)

    @_async_deprecated(_NOT_STREAMING)
    async def astream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        import anyio

        path = anyio.Path(file)
        async with await path.open(mode="wb") as f:
            async for data in self.response.aiter_bytes(chunk_size):
                await f.write(data)

    async def aclose(self) -> None:
        return await self.response.aclose()
