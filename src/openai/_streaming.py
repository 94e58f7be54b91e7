"""Server-sent events: an incremental decoder and the `Stream` / `AsyncStream` iterators.

The decoder works on raw bytes as they arrive, so nothing is buffered beyond the event being
read. A stream owns its HTTP response: it is closed when the events are exhausted, on
`close()` or leaving `with`, or when the stream is garbage-collected; leaving a loop early
keeps the stream where it stopped, as in the official package.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
)

import httpx
from typing_extensions import Protocol, get_args, get_origin, runtime_checkable

from ._exceptions import APIError
from ._types import NOT_PARSED

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["ServerSentEvent", "SSEDecoder", "SSEBytesDecoder", "Stream", "AsyncStream", "extract_stream_chunk_type"]

_T = TypeVar("_T")


class ServerSentEvent:
    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self, *, event: Optional[str] = None, data: str = "", id: Optional[str] = None, retry: Optional[int] = None
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class SSEDecoder:
    """Turns a byte stream into `ServerSentEvent`s (LF, CRLF and CR line endings)."""

    def __init__(self) -> None:
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._last_event_id: Optional[str] = None
        self._retry: Optional[int] = None
        self._id_seen = False

    def iter_bytes(self, chunks: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        lines = _LineSplitter()
        for chunk in chunks:
            for line in lines.feed(chunk):
                sse = self.decode(line)
                if sse is not None:
                    yield sse
        for line in lines.flush():
            sse = self.decode(line)
            if sse is not None:
                yield sse

    async def aiter_bytes(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        lines = _LineSplitter()
        async for chunk in chunks:
            for line in lines.feed(chunk):
                sse = self.decode(line)
                if sse is not None:
                    yield sse
        for line in lines.flush():
            sse = self.decode(line)
            if sse is not None:
                yield sse

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        """Feed one line (without its ending); returns an event when a blank line completes one.

        A blank line completes an event when it has a (non-empty) name, data lines, a retry, or
        an id line of its own -- as the official decoder does, except that the official one also
        fires for the id of an *earlier* event (then fails to parse the empty data: COMPAT.md).
        """
        if line.startswith("data:"):  # most lines: the same as the general case below
            self._data.append(line[6:] if line.startswith(" ", 5) else line[5:])
            return None
        if not line:
            if not (self._event or self._data or self._retry is not None or self._id_seen):
                return None
            sse = ServerSentEvent(
                event=self._event, data="\n".join(self._data), id=self._last_event_id, retry=self._retry
            )
            # The last event id persists across events, as the SSE spec says; the rest resets.
            self._event = None
            self._data = []
            self._retry = None
            self._id_seen = False
            return sse
        if line[0] == ":":
            return None  # a comment
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" in value:
                return None
            self._last_event_id = value
            self._id_seen = True  # an id line of this event
        elif name == "retry":
            try:
                self._retry = int(value)
            except ValueError:
                return None
        # unknown field names are ignored
        return None


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """What a client's `_make_sse_decoder()` may return instead of an `SSEDecoder`."""

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]: ...

    def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]: ...


class _LineSplitter:
    """Splits incoming chunks into text lines; a CR at the end of a chunk may pair with a LF."""

    def __init__(self) -> None:
        self._buffer = b""
        self._pending_cr = False

    def feed(self, chunk: bytes) -> List[str]:
        if not chunk:  # an empty chunk must not forget a pending CR
            return []
        if self._pending_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        self._pending_cr = False
        data = self._buffer + chunk if self._buffer else chunk
        if not data:
            return []
        if b"\r" not in data:  # LF line endings only (the usual): one decode for all the lines
            end = data.rfind(b"\n")
            if end < 0:
                self._buffer = data
                return []
            self._buffer = data[end + 1 :]
            return data[:end].decode("utf-8").split("\n")
        parts = data.splitlines(keepends=True)
        last = parts[-1]
        if last.endswith((b"\n", b"\r")):
            self._buffer = b""
            self._pending_cr = last.endswith(b"\r")
        else:
            self._buffer = parts.pop()
        return [p.rstrip(b"\r\n").decode("utf-8") for p in parts]

    def flush(self) -> List[str]:
        # An event the stream ends in the middle of (no blank line after it) is not dispatched,
        # as the SSE spec and the official decoder have it.
        lines = [self._buffer.decode("utf-8")] if self._buffer else []
        self._buffer = b""
        return lines


def _error_message(error: Any) -> str:
    if isinstance(error, dict) and isinstance(error.get("message"), str) and error["message"]:
        return error["message"]
    return "An error occurred during streaming"


def extract_stream_chunk_type(stream_cls: Any, *, failure_message: Optional[str] = None) -> Any:
    """The item type of `Stream[X]` / `AsyncStream[X]`, or of a subclass of one (a tracing
    library may wrap streams in its own `class MyStream(Stream[ChatCompletionChunk])`)."""
    args = get_args(stream_cls)
    if args and isinstance(get_origin(stream_cls), type) and issubclass(get_origin(stream_cls), _StreamBase):
        return args[0]
    for klass in getattr(stream_cls, "__mro__", ()):
        for base in getattr(klass, "__orig_bases__", ()):
            origin = get_origin(base)
            if isinstance(origin, type) and issubclass(origin, _StreamBase):
                (item,) = get_args(base)
                if not isinstance(item, TypeVar):
                    return item
    try:
        raise IndexError(0)
    except IndexError as missing:  # the official error, with the same cause
        raise RuntimeError(
            failure_message or f"Expected type {stream_cls} to have a type argument at index 0 but it did not"
        ) from missing


def _is_assistants_error(event: str, data: Any) -> bool:
    # Responses API errors are `{"type": "error", ...}` events of their own union: not these.
    return event == "error" and isinstance(data, Mapping) and "error" not in data and data.get("type") != "error"


class _StreamBase(Generic[_T]):
    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = client._make_sse_decoder()
        self._parse_text = client._text_parser(cast_to, share=False)  # events are seldom kept

    def _item(self, sse: ServerSentEvent) -> Any:
        """The parsed item of one event; raises `APIError` for an error payload."""
        parse_text = self._parse_text
        if parse_text is not None and sse.event is None:
            text = sse.data
            # Without the key `"error"` in the text (nor a `\u` escape that could spell it), the
            # event is not an error payload: the model is read straight from the text.
            if '"error"' not in text and "\\u" not in text:
                item = parse_text(text)
                if item is not NOT_PARSED:
                    return item
        data = sse.json()
        event = sse.event
        # Assistants events (`thread.run.created`, ...) carry their name next to the data; every
        # other event's data is the item itself. The Assistants `error` event (its data a bare
        # error object) is named too, so it parses as an `ErrorEvent`: the official client
        # mis-parses it as the first event type of the union (listed in COMPAT.md).
        if event is not None and (event.startswith("thread.") or _is_assistants_error(event, data)):
            return self._client._process_response_data(
                data={"data": data, "event": event}, cast_to=self._cast_to, response=self.response
            )
        if (type(data) is dict or isinstance(data, Mapping)) and data.get("error"):
            raise APIError(message=_error_message(data["error"]), request=self.response.request, body=data["error"])
        return self._client._process_response_data(data=data, cast_to=self._cast_to, response=self.response)


class Stream(_StreamBase[_T]):
    """Iterates the parsed events of a streamed response.

    As in the official package, leaving a `for` loop early does not end the stream: a later loop
    (or `next(stream)`) continues where the last one stopped. The response is closed when the
    events are exhausted, on `close()`, when a `with` block is left, or when the stream is
    garbage-collected.
    """

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        yield from self._decoder.iter_bytes(self.response.iter_bytes())

    def __stream__(self) -> Iterator[_T]:
        events = self._iter_events()
        try:
            for sse in events:
                if sse.data.startswith("[DONE]"):
                    break
                yield self._item(sse)
            for _ in events:  # read to the end, so the connection goes back to the pool
                pass
        finally:
            self.response.close()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        # Not `yield from`: closing this loop's generator (break) must not close the stream.
        for item in self._iterator:  # noqa: UP028
            yield item

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response and release the connection; safe to call more than once."""
        self.response.close()


class AsyncStream(_StreamBase[_T]):
    """The async twin of `Stream`, for `async for` and `async with`."""

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    async def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        async for sse in self._decoder.aiter_bytes(self.response.aiter_bytes()):
            yield sse

    async def __stream__(self) -> AsyncIterator[_T]:
        events = self._iter_events()
        try:
            async for sse in events:
                if sse.data.startswith("[DONE]"):
                    break
                yield self._item(sse)
            async for _ in events:
                pass
        finally:
            await self.response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response and release the connection; safe to call more than once."""
        await self.response.aclose()
