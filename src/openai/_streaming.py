"""Server-sent events: an incremental decoder and the `Stream` / `AsyncStream` iterators.

The decoder works on raw bytes as they arrive, so nothing is buffered beyond the event being
read. A stream owns its HTTP response: it is closed when the events are exhausted, on
`close()` or leaving `with`, or when the stream is garbage-collected; leaving a loop early
keeps the stream where it stopped, as in the official package.

A stream that stops early raises `StreamInterruptedError` (`_stream_errors`): a transport error
while reading it, or -- unless the client has `strict_stream_end=False` -- a clean end without the
terminal marker of its kind (the `_*End` watchers below, which look at fields of events already
parsed).
"""

from __future__ import annotations

import functools
import json
import sys
import threading
import weakref
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Set,
    Tuple,
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

    # An event the stream ends in the middle of (no blank line after it) is not dispatched, as the
    # SSE spec and the official decoder have it: what `lines` holds at the end is dropped.

    def iter_bytes(self, chunks: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        lines = _LineSplitter()
        for chunk in chunks:
            yield from self._feed(lines, chunk)

    async def aiter_bytes(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        lines = _LineSplitter()
        async for chunk in chunks:
            for sse in self._feed(lines, chunk):
                yield sse

    def _feed(self, lines: "_LineSplitter", chunk: bytes) -> List[ServerSentEvent]:
        """The events that one more chunk completes."""
        events = []
        for line in lines.feed(chunk):
            sse = self.decode(line)
            if sse is not None:
                events.append(sse)
        return events

    def _idle(self, lines: "_LineSplitter") -> bool:
        """Whether nothing of an event is held, so that a chunk may be read as a whole event of its
        own (`Stream.__stream__`)."""
        return (
            not lines.holding() and not self._data and self._event is None and self._retry is None and not self._id_seen
        )

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
            data = self._data
            if data and self._event is None and self._retry is None and not self._id_seen:
                # The usual event, data lines only: nothing else to reset.
                self._data = []
                return ServerSentEvent(data=data[0] if len(data) == 1 else "\n".join(data), id=self._last_event_id)
            if not (self._event or data or self._retry is not None or self._id_seen):
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

    def holding(self) -> bool:
        """Whether part of a line (or a CR that a LF may follow) is waiting for the next chunk."""
        return bool(self._buffer) or self._pending_cr


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


class _ChoicesEnd:
    """Chat Completions and Completions: ended when every choice seen has had its
    `finish_reason` (`[DONE]` is checked by the stream itself)."""

    __slots__ = ("ended", "_open", "_finished")

    def __init__(self) -> None:
        self.ended = False
        self._open: Set[Any] = set()
        self._finished: Set[Any] = set()

    def see(self, event: Optional[str], item: Any) -> None:
        try:  # the usual chunk: one choice already seen, still going (once per event: kept cheap)
            choices = item.choices
            if len(choices) == 1:
                choice = choices[0]
                if choice.finish_reason is None and choice.index in self._open:
                    return
        except (AttributeError, TypeError):  # a loosely built item: the general path below
            pass
        choices = getattr(item, "choices", None)
        if not choices:  # e.g. the usage chunk
            return
        for choice in choices:
            index = getattr(choice, "index", None)
            if getattr(choice, "finish_reason", None) is not None:
                self._finished.add(index)
                self._open.discard(index)
            elif index not in self._finished:  # later chunks of a finished choice (filters) don't reopen it
                self._open.add(index)
        self.ended = not self._open and bool(self._finished)


_RESPONSES_ENDS = frozenset({"response.completed", "response.failed", "response.incomplete", "error"})


class _ResponsesEnd:
    """Responses: ended by `response.completed` / `failed` / `incomplete` (or an `error` event)."""

    __slots__ = ("ended",)

    def __init__(self) -> None:
        self.ended = False

    def see(self, event: Optional[str], item: Any) -> None:
        if getattr(item, "type", None) in _RESPONSES_ENDS:
            self.ended = True


_RUN_ENDS = frozenset(
    {
        "thread.run.completed",
        "thread.run.incomplete",
        "thread.run.failed",
        "thread.run.cancelled",
        "thread.run.expired",
        "thread.run.requires_action",
        "error",
    }
)


class _RunEnd:
    """Assistants: ended by a terminal run event (the run stops or waits for tool outputs)."""

    __slots__ = ("ended",)

    def __init__(self) -> None:
        self.ended = False

    def see(self, event: Optional[str], item: Any) -> None:
        if event in _RUN_ENDS:
            self.ended = True


# The item types whose streams have a known terminal marker (module, name, watcher).
_TERMINAL_KINDS = (
    ("openai.types.chat.chat_completion_chunk", "ChatCompletionChunk", _ChoicesEnd),
    ("openai.types.completion", "Completion", _ChoicesEnd),
    ("openai.types.responses.response_stream_event", "ResponseStreamEvent", _ResponsesEnd),
    ("openai.types.beta.assistant_stream_event", "AssistantStreamEvent", _RunEnd),
)


def _end_watcher(cast_to: Any, client: Any) -> Any:
    """A fresh watcher for a stream of `cast_to`, or None (unknown kind, or the check is off)."""
    if not getattr(client, "_strict_stream_end", True):
        return None
    modules = sys.modules
    for module_name, name, watcher in _TERMINAL_KINDS:
        module = modules.get(module_name)  # loaded already if a stream of it is being read
        if module is not None and getattr(module, name, None) is cast_to:
            return watcher()
    return None


def _interrupted(response: httpx.Response, received: int, cause: Optional[BaseException]) -> Exception:
    from ._stream_errors import stream_incomplete, stream_interrupted  # only on this rare path

    request = response.request
    if cause is None:
        return stream_incomplete(request, received)
    return stream_interrupted(request, received, cause)


def _track(client: Any, response: httpx.Response) -> None:
    """Remember the open streamed response on its httpx client (weakly), so that a pool timeout
    can say how many connections this client's open streams hold (`_stream_errors`)."""
    http_client = getattr(client, "_client", None)
    if http_client is None:
        return
    tracked = getattr(http_client, "_openai_streams", None)
    if tracked is None:
        try:
            tracked = http_client._openai_streams = weakref.WeakSet()
        except AttributeError:  # a client class with __slots__
            return
    tracked.add(response)
    response._openai_thread = threading.get_ident()  # type: ignore[attr-defined]  # see `_stream_errors`


# Closing tasks of dropped async streams, kept until done (the loop holds tasks only weakly).
_CLOSING: Set[Any] = set()
# Sync responses waiting for the closer thread (made on first use).
_CLOSE_QUEUE: Any = None


def _close_later(response: httpx.Response) -> None:
    """Close a sync response from another thread. For use where the garbage collector runs our
    code: it may have interrupted httpcore while it held its pool lock, which closing a response
    takes again (a deadlock if done here). `SimpleQueue.put` is safe to call from `__del__`."""
    global _CLOSE_QUEUE
    if _CLOSE_QUEUE is None:
        import queue

        _CLOSE_QUEUE = queue.SimpleQueue()
        threading.Thread(target=_closer, args=(_CLOSE_QUEUE,), name="openai-stream-closer", daemon=True).start()
    _CLOSE_QUEUE.put(response)


def close_pending() -> None:
    """Close, in this thread, the responses waiting for the closer thread (before counting the
    connections still held)."""
    import queue

    responses = _CLOSE_QUEUE
    while responses is not None:
        try:
            response = responses.get_nowait()
        except queue.Empty:
            return
        try:
            response.close()
        except Exception:
            pass


def _closer(responses: Any) -> None:
    while True:
        response = responses.get()
        try:
            response.close()
        except Exception:
            pass
        del response


def _current_loop() -> Any:
    """The running event loop (asyncio) or trio token: where a dropped async stream is closed."""
    asyncio = sys.modules.get("asyncio")
    loop = asyncio._get_running_loop() if asyncio is not None else None
    if loop is not None:
        return loop
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token()
        except RuntimeError:
            pass
    return None


def _close_dropped(response: httpx.Response, owner: Any) -> None:
    """Close a response from `__del__` (which may run in any thread, in the middle of anything):
    from the closer thread when sync; when async, by a task of the event loop the stream was made
    in, scheduled thread-safely (left alone if that loop is gone)."""
    if isinstance(response.stream, httpx.SyncByteStream):
        _close_later(response)
        return
    if owner is None:
        return
    if hasattr(owner, "call_soon_threadsafe"):  # an asyncio loop
        if not owner.is_closed():
            owner.call_soon_threadsafe(_aclose_task, owner, response)
        return
    import trio

    owner.run_sync_soon(trio.lowlevel.spawn_system_task, response.aclose)


def _aclose_task(loop: Any, response: httpx.Response) -> None:
    task = loop.create_task(response.aclose())
    _CLOSING.add(task)
    task.add_done_callback(_CLOSING.discard)


# The decoder's methods as defined here: a stream reads bytes itself only while nobody has
# replaced them (a tracing library patching the class sees every event as before).
def _decoder_methods() -> Tuple[Any, ...]:
    return (SSEDecoder.iter_bytes, SSEDecoder.aiter_bytes, SSEDecoder.decode, SSEDecoder._feed)


_PLAIN_DECODER = _decoder_methods()


_DONE = object()  # what `_ChunkReader._take` gives for `[DONE]`


class _ChunkReader:
    """What `Stream.__stream__` and `AsyncStream.__stream__` share (they differ only in how they
    iterate `chunks`): the response's chunks in, the stream's items out, counted (`received`),
    shown to the stream's end watcher, and `[DONE]` noted (`done`).

    With our own decoder (its methods as defined here) and the stream class's own
    `_iter_events` and `_item`, `chunks` are the response's raw chunks: a chunk that is one whole
    event, with nothing held from earlier chunks -- nearly every chunk -- is read without the
    line decoder, a data-only one (chat, completions) from bytes to item in one step; any other
    chunk goes through `SSEDecoder._feed`. Otherwise `chunks` are the events of
    `_iter_events()`, each a "chunk" of its own, so whoever replaced a part sees every event.
    It holds no reference to the stream (see `Stream.__stream__`)."""

    __slots__ = (
        "chunks",
        "item_of",
        "parse_text",
        "decoder",
        "feed",
        "idle_after",
        "lines",
        "idle",
        "error_field",
        "end",
        "received",
        "done",
    )

    def __init__(self, stream: "_StreamBase[Any]", plain_iter_events: Any, iter_bytes: Any) -> None:
        decoder: Any = stream._decoder
        self.item_of = stream._item_function()
        self.decoder = decoder
        self.end = stream._end
        self.lines = _LineSplitter()
        self.received = 0
        self.done = False
        fused = (
            type(decoder) is SSEDecoder
            and _decoder_methods() == _PLAIN_DECODER
            and getattr(type(stream), "_iter_events", None) is plain_iter_events
            and type(stream)._item is _StreamBase._item
        )
        self.idle = fused  # nothing held: the next chunk may be read as a whole event
        if fused:
            self.chunks = iter_bytes()
            self.parse_text = stream._parse_text
            self.feed, self.idle_after = decoder._feed, decoder._idle  # type: ignore[union-attr]
        else:
            self.chunks = stream._iter_events()  # type: ignore[attr-defined]
            self.parse_text = None
            self.feed, self.idle_after = _one_event, _never_idle
        # Whether an item may have a field named `error` (`_is_error_payload` then reads it).
        if self.parse_text is None:
            self.error_field = False
        else:  # `_models` is loaded: the parser came from it
            from ._models import may_have_field

            cast_to: Any = stream._cast_to
            self.error_field = may_have_field(cast_to, "error")

    def read(self, chunk: Any) -> Iterable[Any]:
        """The items of one chunk; a generator when they come from the decoder, so that each
        is parsed only when the loop asks for it."""
        if self.idle and chunk.endswith(b"\n\n") and chunk.find(b"\r") < 0:
            line_end = chunk.find(b"\n")
            if line_end == len(chunk) - 2 and chunk.startswith(b"data: "):
                payload = chunk[6:-2]
                if payload.startswith(b"[DONE]"):
                    self.done = True
                    return ()
                # The item read from the bytes (what `_parse_item` gives for the text); a
                # payload the parser cannot read, or an error payload, takes the long way.
                item = NOT_PARSED if self.parse_text is None else self.parse_text(payload)
                if item is NOT_PARSED or (
                    (item.__pydantic_extra__ or self.error_field) and _is_error_payload(item, self.error_field)
                ):
                    item = self.item_of(ServerSentEvent(data=payload.decode("utf-8"), id=self.decoder._last_event_id))
                self.received += 1
                if self.end is not None:
                    self.end.see(None, item)
                return (item,)
            named = _named_event(chunk, line_end, self.decoder)
            if named is not None:
                item = self._take(named)
                return () if item is _DONE else (item,)
        return self._items(self.feed(self.lines, chunk))

    def _items(self, events: Iterable[ServerSentEvent]) -> Iterator[Any]:
        for sse in events:
            item = self._take(sse)
            if item is _DONE:
                return
            yield item
        self.idle = self.idle_after(self.lines)

    def _take(self, sse: ServerSentEvent) -> Any:
        """The item of one event, counted and shown to the end watcher; `_DONE` at `[DONE]`."""
        if sse.data.startswith("[DONE]"):
            self.done = True
            return _DONE
        item = self.item_of(sse)
        self.received += 1
        if self.end is not None:
            self.end.see(sse.event, item)
        return item


def _named_event(chunk: bytes, line_end: int, decoder: Any) -> Optional[ServerSentEvent]:
    """The event of a chunk that is `event: NAME` and one `data:` line (a Responses or
    Assistants event), without the line decoder; None for any other chunk."""
    if chunk.startswith(b"event: ") and chunk.startswith(b"data: ", line_end + 1):
        if chunk.find(b"\n", line_end + 7) == len(chunk) - 2:
            name = chunk[7:line_end].decode("utf-8")
            return ServerSentEvent(event=name, data=chunk[line_end + 7 : -2].decode("utf-8"), id=decoder._last_event_id)
    return None


def _one_event(lines: Any, sse: ServerSentEvent) -> Any:
    return (sse,)


def _never_idle(lines: Any) -> bool:
    return False


def _is_error_payload(item: Any, error_field: bool = True) -> bool:
    """Whether the event an item was read from has a truthy top-level `error` (the stream then
    raises `APIError`): an extra of the item, or (`error_field`: the type may have one) its
    field of that name."""
    extra = item.__pydantic_extra__
    if extra and extra.get("error"):
        return True
    return error_field and "error" in item.__class__.__pydantic_fields__ and bool(item.error)


class _StreamBase(Generic[_T]):
    response: httpx.Response

    def __init__(self, *, cast_to: Type[_T], response: httpx.Response, client: "BaseClient[Any, Any]") -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._decoder = client._make_sse_decoder()
        self._parse_text = client._text_parser(cast_to, share=False)  # events are seldom kept
        self._end = _end_watcher(cast_to, client)
        _track(client, response)

    def __del__(self) -> None:
        # A stream dropped before its first event: its generator never ran, so no `finally`
        # closes the response (a started one is closed by its generator's finalizer).
        response = self.__dict__.get("response")
        if response is None or response.is_closed:
            return
        try:
            _close_dropped(response, self.__dict__.get("_owner"))
        except Exception:
            pass

    def _item(self, sse: ServerSentEvent) -> Any:
        """The parsed item of one event; raises `APIError` for an error payload."""
        return _parse_item(self._parse_text, self._client, self._cast_to, self.response, sse)

    def _item_function(self) -> Callable[[ServerSentEvent], Any]:
        """`_item` without a reference to the stream (unless a subclass replaced it)."""
        if type(self)._item is _StreamBase._item:
            return functools.partial(_parse_item, self._parse_text, self._client, self._cast_to, self.response)
        return self._item


def _parse_item(
    parse_text: Any, client: "BaseClient[Any, Any]", cast_to: Any, response: httpx.Response, sse: ServerSentEvent
) -> Any:
    """The parsed item of one event (`_StreamBase._item`); raises `APIError` for an error payload."""
    event = sse.event
    if parse_text is not None and (event is None or (event != "error" and not event.startswith("thread."))):
        # An event whose data is the item itself (not an Assistants event, named for its
        # data): the item is read straight from the text, unless it is an error payload.
        item = parse_text(sse.data)
        if item is not NOT_PARSED and not _is_error_payload(item):
            return item
    data = sse.json()
    # Assistants events (`thread.run.created`, ...) carry their name next to the data; every
    # other event's data is the item itself. The Assistants `error` event (its data a bare
    # error object) is named too, so it parses as an `ErrorEvent`: the official client
    # mis-parses it as the first event type of the union (listed in COMPAT.md).
    if event is not None and (event.startswith("thread.") or _is_assistants_error(event, data)):
        return client._process_response_data(data={"data": data, "event": event}, cast_to=cast_to, response=response)
    if (type(data) is dict or isinstance(data, Mapping)) and data.get("error"):
        raise APIError(message=_error_message(data["error"]), request=response.request, body=data["error"])
    return client._process_response_data(data=data, cast_to=cast_to, response=response)


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
        response = self.response
        reader = _ChunkReader(self, Stream._iter_events, response.iter_bytes)
        chunks, end = reader.chunks, reader.end
        # No reference back to the stream: a stream dropped mid-way is then freed (and its
        # connection released) as soon as it is unreferenced, not by the cycle collector, which
        # may run inside httpcore while it holds its pool lock.
        del self
        collected = False
        try:
            try:
                for chunk in chunks:
                    for item in reader.read(chunk):  # noqa: UP028  (a `for`: `read` may return a tuple)
                        yield item
                    if reader.done:
                        break
                for _ in chunks:  # read to the end, so the connection goes back to the pool
                    pass
            except httpx.TransportError as exc:
                raise _interrupted(response, reader.received, exc) from exc
            if end is not None and not reader.done and not end.ended:
                raise _interrupted(response, reader.received, None)
        except GeneratorExit:
            # Only the garbage collector closes this generator (`close()` closes the response,
            # not the generator): not a place to take httpcore's pool lock.
            collected = True
            _close_later(response)
            raise
        finally:
            if not collected:
                response.close()

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
        self._owner = _current_loop()  # where to close the response if the stream is dropped unread
        self._iterator = self.__stream__()

    async def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        async for sse in self._decoder.aiter_bytes(self.response.aiter_bytes()):
            yield sse

    async def __stream__(self) -> AsyncIterator[_T]:
        response = self.response
        reader = _ChunkReader(self, AsyncStream._iter_events, response.aiter_bytes)
        chunks, end = reader.chunks, reader.end
        del self  # see `Stream.__stream__`
        try:
            try:
                async for chunk in chunks:
                    for item in reader.read(chunk):
                        yield item
                    if reader.done:
                        break
                async for _ in chunks:
                    pass
            except httpx.TransportError as exc:
                raise _interrupted(response, reader.received, exc) from exc
            if end is not None and not reader.done and not end.ended:
                raise _interrupted(response, reader.received, None)
        finally:
            await response.aclose()

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
