"""Server-sent events: an incremental decoder and the `Stream` / `AsyncStream` iterators.

The decoder works on raw bytes as they arrive, so nothing is buffered beyond the event being
read. A stream owns its HTTP response and closes it whenever iteration stops: exhaustion,
`[DONE]`, an `error` event, `break`, an exception in the consumer, or task cancellation.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncGenerator,
    AsyncIterator,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
)

import httpx

from ._exceptions import APIError

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["ServerSentEvent", "SSEDecoder", "Stream", "AsyncStream"]

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
        self._seen_field = False

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
        """Feed one line (without its ending); returns an event when a blank line completes one."""
        if not line:
            if not self._seen_field:
                return None
            sse = ServerSentEvent(
                event=self._event, data="\n".join(self._data), id=self._last_event_id, retry=self._retry
            )
            # The last event id persists across events, as the SSE spec says; the rest resets.
            self._event = None
            self._data = []
            self._retry = None
            self._seen_field = False
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
        elif name == "retry":
            try:
                self._retry = int(value)
            except ValueError:
                return None
        else:
            return None  # unknown field names are ignored
        self._seen_field = True
        return None


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
        parts = data.splitlines(keepends=True)
        last = parts[-1]
        if last.endswith((b"\n", b"\r")):
            self._buffer = b""
            self._pending_cr = last.endswith(b"\r")
        else:
            self._buffer = parts.pop()
        return [p.rstrip(b"\r\n").decode("utf-8") for p in parts]

    def flush(self) -> List[str]:
        lines = [self._buffer.decode("utf-8")] if self._buffer else []
        self._buffer = b""
        # A stream that ends without a final blank line still completes its last event.
        return lines + [""]


def _error_message(error: Any) -> str:
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    return "An error occurred during streaming"


class _StreamBase(Generic[_T]):
    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = SSEDecoder()

    def _item(self, sse: ServerSentEvent) -> Optional[Any]:
        """The parsed item for one event; None for the end marker. Raises on an error event."""
        if sse.data.startswith("[DONE]"):
            return None
        data = sse.json()
        event = sse.event
        # The Responses API names its error event plain `error`, its data a `{"type": "error"}`
        # event of the stream (not a wrapper): parse it like the others.
        if (
            event is None
            or event.startswith(("response.", "transcript.", "image_edit.", "image_generation."))
            or (event == "error" and isinstance(data, dict) and data.get("type") == "error")
        ):
            if isinstance(data, dict) and data.get("error"):
                raise APIError(message=_error_message(data["error"]), request=self.response.request, body=data["error"])
            return self._client._parse_data(data, self._cast_to, self.response, with_request_id=False)
        if event == "error" and isinstance(data, dict) and data.get("error"):
            raise APIError(message=_error_message(data["error"]), request=self.response.request, body=data["error"])
        # Named events (e.g. `thread.run.created`) keep their name next to the data.
        return self._client._parse_data(
            {"data": data, "event": event}, self._cast_to, self.response, with_request_id=False
        )


class Stream(_StreamBase[_T]):
    """Iterates the parsed events of a streamed response; closes the response when done."""

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    def __stream__(self) -> Generator[_T, None, None]:
        try:
            for sse in self._decoder.iter_bytes(self.response.iter_bytes()):
                item = self._item(sse)
                if item is None:
                    break
                yield item
        finally:
            self.response.close()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        # A fresh wrapper per loop: when the loop is left early (break, exception) the wrapper
        # is finalised at once and the connection closed, not whenever the stream is collected.
        try:
            yield from self._iterator
        finally:
            self.close()

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the response; safe to call more than once."""
        self._iterator.close()
        self.response.close()


class AsyncStream(_StreamBase[_T]):
    """The async twin of `Stream`, for `async for` and `async with`."""

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        super().__init__(cast_to=cast_to, response=response, client=client)
        self._iterator = self.__stream__()

    async def __stream__(self) -> AsyncGenerator[_T, None]:
        try:
            async for sse in self._decoder.aiter_bytes(self.response.aiter_bytes()):
                item = self._item(sse)
                if item is None:
                    break
                yield item
        finally:
            await self.response.aclose()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for item in self._iterator:
                yield item
        finally:
            await self.close()

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response; safe to call more than once."""
        await self._iterator.aclose()
        await self.response.aclose()
