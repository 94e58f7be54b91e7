"""What every stream helper shares: reading one raw stream (sync or async), and the manager that
sends the request on entry and closes what it opened on exit.

A helper adds only what is its own: the state its events are folded into, what it yields for
each raw event, and its `get_final_*` methods. Like the core's `Stream` / `AsyncStream`, the
sync and async classes here are thin shells over the shared logic, differing only in
`await`.

- `SyncReader` / `AsyncReader`: iterating a reader steps its `__stream__` generator (set by
  `_attach`); `close()` ends the generator and the raw stream; `_read_all()` reads to the end.
- `EventStream` / `AsyncEventStream`: readers whose generator hands each raw event to
  `_events()` and yields what it returns, with `response`, `with` blocks and `until_done()`.
- `StreamManager` / `AsyncStreamManager`: `with` / `async with` runs `_before_request()`, sends
  the request and wraps the raw stream with `_open()`; the block's end closes the result.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, AsyncIterator, Callable, Generic, Iterator, List, Optional, TypeVar

import httpx
from typing_extensions import Self

__all__ = ["SyncReader", "AsyncReader", "EventStream", "AsyncEventStream", "StreamManager", "AsyncStreamManager"]

_T = TypeVar("_T")


class _Reader:
    """The raw stream and the generator reading it (None until a raw stream is attached)."""

    _raw_stream: Any = None
    _iterator: Any = None

    def _attach(self, raw_stream: Any) -> None:
        self._raw_stream = raw_stream
        self._iterator = self.__stream__()

    def __stream__(self) -> Any:
        raise NotImplementedError

    def _started(self) -> Any:
        """The generator to step (a reader may refuse to be read before it is attached)."""
        return self._iterator


class SyncReader(_Reader, Generic[_T]):
    # Iterating is the iterator itself: leaving a loop early keeps the stream open, so that
    # `until_done()` / `get_final_*()` can carry on; `close()` (or the manager) closes it.
    def __iter__(self) -> Iterator[_T]:
        return self

    def __next__(self) -> _T:
        return next(self._started())  # type: ignore[no-any-return]

    def close(self) -> None:
        """Close the HTTP response (no more events come); safe to call more than once."""
        if self._iterator is not None:
            self._iterator.close()
        if self._raw_stream is not None:
            self._raw_stream.close()

    def _read_all(self) -> None:
        for _ in self:
            pass


class AsyncReader(_Reader, Generic[_T]):
    """The async twin of `SyncReader`, for `async for`."""

    def __aiter__(self) -> AsyncIterator[_T]:
        return self

    async def __anext__(self) -> _T:
        return await self._started().__anext__()  # type: ignore[no-any-return]

    async def close(self) -> None:
        """Close the HTTP response (no more events come); safe to call more than once."""
        if self._iterator is not None:
            await self._iterator.aclose()
        if self._raw_stream is not None:
            await self._raw_stream.close()

    async def _read_all(self) -> None:
        async for _ in self:
            pass


class _EventStreamBase(_Reader, Generic[_T]):
    """A reader that turns each raw event into the helper's events (what sync and async share)."""

    def _events(self, raw_event: Any) -> List[_T]:
        """Fold `raw_event` into the helper's state; return the events to yield for it."""
        raise NotImplementedError

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events are read from."""
        return self._raw_stream.response  # type: ignore[no-any-return]


class EventStream(_EventStreamBase[_T], SyncReader[_T]):
    def __stream__(self) -> Iterator[_T]:
        for raw_event in self._raw_stream:
            yield from self._events(raw_event)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def until_done(self) -> Self:
        """Read the rest of the stream (accumulating it)."""
        self._read_all()
        return self


class AsyncEventStream(_EventStreamBase[_T], AsyncReader[_T]):
    async def __stream__(self) -> AsyncIterator[_T]:
        async for raw_event in self._raw_stream:
            for event in self._events(raw_event):
                yield event

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def until_done(self) -> Self:
        """Read the rest of the stream (accumulating it)."""
        await self._read_all()
        return self


_SyncT = TypeVar("_SyncT", bound=SyncReader[Any])
_AsyncT = TypeVar("_AsyncT", bound=AsyncReader[Any])


class _ManagerBase(Generic[_T]):
    """Set by the helper's `__init__`: `_api_request`, called on entry (nothing is sent before)."""

    _api_request: Callable[[], Any]
    _opened: Optional[_T] = None

    def _before_request(self) -> None:
        """Runs on entry before the request is sent (a check here can keep it from being sent)."""

    def _open(self, raw_stream: Any) -> _T:
        """What the block gets for the raw stream."""
        raise NotImplementedError


class StreamManager(_ManagerBase[_SyncT]):
    def __enter__(self) -> _SyncT:
        self._before_request()
        self._opened = self._open(self._api_request())
        return self._opened

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._opened is not None:
            self._opened.close()


class AsyncStreamManager(_ManagerBase[_AsyncT]):
    async def __aenter__(self) -> _AsyncT:
        self._before_request()
        self._opened = self._open(await self._api_request())
        return self._opened

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._opened is not None:
            await self._opened.close()
