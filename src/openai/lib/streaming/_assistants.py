"""The Assistants stream helper: `AssistantEventHandler` (and its async twin), which turns the
`thread.*` events of a run's stream into callbacks (`on_text_delta`, `on_tool_call_done`, ...)
that receive snapshots of the message, text, tool call and run step as written so far, and
`AssistantStreamManager`, the context manager the `stream` helper methods return.

`_StreamState` does the accumulating and decides which callbacks an event triggers, knowing
nothing of I/O: `handle(event)` is a generator of the callbacks to run, updating the snapshots
between them, so a callback sees the handler as 1.102.0's handler shows it at that point. The
sync and the async handler only read the raw stream and call (or await) what it yields.

The callbacks come as 1.102.0 sends them, quirks included (code written against it counts on
them): `on_event` first, before the snapshots take the event in; `on_text_created` before the
`on_text_delta` of the same piece, and the previous block's `on_text_done` after it; a tool
call's first delta gives `on_tool_call_created` (no `on_tool_call_delta`); the last tool call's
`on_tool_call_done` comes again whenever a later run step ends or the run stops; the handler
tracks blocks and tool calls by their `index` only, across messages and run steps.
"""

from __future__ import annotations

import sys
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterable,
    Iterator,
    List,
    Optional,
    Tuple,
    TypeVar,
    Union,
)

import httpx
import pydantic

from ..._exceptions import APITimeoutError
from ..._models import construct_type
from ..._streaming import AsyncStream, Stream

if TYPE_CHECKING:
    # Imported when first needed at run time: `openai.lib.streaming` stays cheap to import.
    from types import TracebackType

    from ...types.beta.assistant_stream_event import AssistantStreamEvent
    from ...types.beta.threads.image_file import ImageFile
    from ...types.beta.threads.message import Message
    from ...types.beta.threads.message_delta import MessageDelta
    from ...types.beta.threads.run import Run
    from ...types.beta.threads.runs.run_step import RunStep
    from ...types.beta.threads.runs.run_step_delta import RunStepDelta
    from ...types.beta.threads.runs.tool_call import ToolCall
    from ...types.beta.threads.runs.tool_call_delta import ToolCallDelta
    from ...types.beta.threads.text import Text
    from ...types.beta.threads.text_delta import TextDelta

__all__ = [
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "AssistantEventHandlerT",
    "AsyncAssistantEventHandlerT",
    "AssistantStreamManager",
    "AsyncAssistantStreamManager",
]

# A callback to run: the handler method's name and its arguments.
_Call = Tuple[str, Tuple[Any, ...]]

_RUN_GOING = frozenset({"thread.run.created", "thread.run.queued", "thread.run.in_progress", "thread.run.cancelling"})
# The stream of a run ends with one of these (`requires_action`: until the tool outputs are sent).
_RUN_STOPPED = frozenset(
    {
        "thread.run.requires_action",
        "thread.run.completed",
        "thread.run.incomplete",
        "thread.run.failed",
        "thread.run.cancelled",
        "thread.run.expired",
    }
)
_MESSAGE_DONE = frozenset({"thread.message.completed", "thread.message.incomplete"})
_STEP_DONE = frozenset(
    {"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled", "thread.run.step.expired"}
)

# The errors 1.102.0's handlers raise, word for word.
_NOT_STARTED = "Stream has not been started yet"
_SHARED = (
    "A single event handler cannot be shared between multiple streams; "
    "You will need to construct a new event handler instance"
)


class _StreamState:
    """Snapshots of what one run's stream has written so far, and the callbacks each event triggers."""

    def __init__(self) -> None:
        self.current_event: Optional[AssistantStreamEvent] = None
        self.current_run: Optional[Run] = None
        self.current_message: Optional[Message] = None
        self.messages: Dict[str, Message] = {}
        self.run_steps: Dict[str, RunStep] = {}
        self.run_step_id: Optional[str] = None
        # The content block and the tool call written last, and their `index`: what a delta with
        # another index finishes (`on_text_done`, `on_tool_call_done`).
        self._content_index: Optional[int] = None
        self._content: Any = None
        self._tool_call_index: Optional[int] = None
        self._tool_call: Optional[ToolCall] = None

    @property
    def current_run_step(self) -> Optional[RunStep]:
        return self.run_steps.get(self.run_step_id) if self.run_step_id else None

    def handle(self, event: AssistantStreamEvent) -> Iterator[_Call]:
        """Fold `event` into the snapshots, yielding the callbacks to run as it goes."""
        self.current_event = event
        yield ("on_event", (event,))
        kind = getattr(event, "event", None)
        data: Any = getattr(event, "data", None)
        new_blocks = self._accumulate_message(kind, data)
        self._accumulate_step(kind, data)
        for index in new_blocks:
            block = _at(self.current_message.content, index)  # type: ignore[union-attr]
            if getattr(block, "type", None) == "text":
                yield ("on_text_created", (block.text,))
        if kind in _RUN_STOPPED:
            self.current_run = data
            if self._tool_call is not None:
                yield ("on_tool_call_done", (self._tool_call,))
        elif kind in _RUN_GOING:
            self.current_run = data
        elif kind == "thread.message.created":
            yield ("on_message_created", (data,))
        elif kind == "thread.message.delta":
            yield from self._message_delta(data)
        elif kind in _MESSAGE_DONE:
            yield from self._message_done(data)
        elif kind == "thread.run.step.created":
            self.run_step_id = data.id
            yield ("on_run_step_created", (data,))
        elif kind == "thread.run.step.in_progress":
            self.run_step_id = data.id
        elif kind == "thread.run.step.delta":
            yield from self._step_delta(data)
        elif kind in _STEP_DONE:
            if self._tool_call is not None:
                yield ("on_tool_call_done", (self._tool_call,))
            yield ("on_run_step_done", (data,))
            self.run_step_id = None
        # `thread.created`, `thread.message.in_progress`, `error` and event names we do not know
        # only reach `on_event`.
        self.current_event = None

    # -- messages

    def _accumulate_message(self, kind: Any, data: Any) -> List[int]:
        """Take a message event into the current message snapshot; return the indexes of the
        content blocks a delta started."""
        if kind == "thread.message.created":
            self.current_message = data
        elif kind == "thread.message.delta":
            return self._merge_message_delta(data)
        if self.current_message is not None:
            self.messages[self.current_message.id] = self.current_message
        return []

    def _merge_message_delta(self, data: Any) -> List[int]:
        from ...types.beta.threads.message import Message
        from ...types.beta.threads.message_content import MessageContent

        message = self.current_message
        if message is None:  # deltas of a message we were not shown: start from nothing
            message = self.current_message = Message.construct(id=data.id, object="thread.message", content=[])
        if message.content is None:
            message.content = []
        new_blocks: List[int] = []
        for part in data.delta.content or []:
            index = part.index
            block = _at(message.content, index)
            if block is None:
                message.content.insert(index, construct_type(type_=MessageContent, value=_dump(part)))
                new_blocks.append(index)
            else:
                merged = _accumulate(_dump(block), _dump(part))
                message.content[index] = construct_type(type_=MessageContent, value=merged)
        self.messages[message.id] = message
        return new_blocks

    def _message_delta(self, data: Any) -> Iterator[_Call]:
        message: Any = self.current_message
        for part in data.delta.content or []:
            block = _at(message.content, part.index)
            if part.type == "text" and part.text is not None and getattr(block, "type", None) == "text":
                yield ("on_text_delta", (part.text, block.text))
            if part.index != self._content_index:
                yield from self._content_done(self._content)
                self._content_index = part.index
            self._content = block
        yield ("on_message_delta", (data.delta, message))

    def _message_done(self, data: Message) -> Iterator[_Call]:
        self.current_message = data
        self.messages[data.id] = data
        if self._content_index is not None:
            yield from self._content_done(_at(data.content, self._content_index))
        yield ("on_message_done", (data,))

    def _content_done(self, block: Any) -> Iterator[_Call]:
        kind = getattr(block, "type", None)
        if kind == "text":
            yield ("on_text_done", (block.text,))
        elif kind == "image_file":
            yield ("on_image_file_done", (block.image_file,))

    # -- run steps

    def _accumulate_step(self, kind: Any, data: Any) -> None:
        if kind == "thread.run.step.created":
            self.run_steps[data.id] = data
        elif kind == "thread.run.step.delta":
            from ...types.beta.threads.runs.run_step import RunStep

            snapshot = self.run_steps.get(data.id)
            # Deltas of a step we were not shown start from its id alone.
            current = _dump(snapshot) if snapshot is not None else {"id": data.id, "object": "thread.run.step"}
            if data.delta is not None:
                current = _accumulate(current, _dump(data.delta))
            self.run_steps[data.id] = construct_type(type_=RunStep, value=current)

    def _step_delta(self, data: Any) -> Iterator[_Call]:
        step: Any = self.run_steps[data.id]
        details: Any = data.delta.step_details if data.delta is not None else None
        if details is not None and details.type == "tool_calls" and details.tool_calls is not None:
            calls = getattr(step.step_details, "tool_calls", None) or []
            for call_delta in details.tool_calls:
                index = call_delta.index
                tool_call = _at(calls, index)
                if index == self._tool_call_index:
                    yield ("on_tool_call_delta", (call_delta, tool_call))
                else:
                    if self._tool_call is not None:
                        yield ("on_tool_call_done", (self._tool_call,))
                    self._tool_call_index = index
                    self._tool_call = tool_call
                    yield ("on_tool_call_created", (tool_call,))
                self._tool_call = tool_call
        yield ("on_run_step_delta", (data.delta, step))


# ----------------------------------------------------------------------------- delta merging
#
# A snapshot grows by merging the delta's fields into it, both as the plain data the server sent
# (`exclude_unset` dumps), then building the snapshot's type again from the result: strings and
# numbers add up, objects merge key by key, lists of objects merge item by item at each item's
# `index` (which the item keeps), `index` and `type` are replaced, and other values stay as they
# were once set.


def _dump(model: Any) -> Dict[str, Any]:
    if isinstance(model, pydantic.BaseModel):
        return model.model_dump(exclude_unset=True, warnings=False)
    return dict(model)


def _accumulate(snapshot: Dict[Any, Any], delta: Dict[Any, Any]) -> Dict[Any, Any]:
    """Merge `delta` into `snapshot` (in place); returns `snapshot`."""
    for key, value in delta.items():
        current = snapshot.get(key)
        if current is None or key in ("index", "type"):
            snapshot[key] = value
        elif isinstance(current, str) and isinstance(value, str):
            snapshot[key] = current + value
        elif isinstance(current, (int, float)) and isinstance(value, (int, float)):
            snapshot[key] = current + value
        elif isinstance(current, dict) and isinstance(value, dict):
            _accumulate(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            _accumulate_list(current, value)
    return snapshot


def _accumulate_list(items: List[Any], delta: List[Any]) -> None:
    if all(isinstance(item, (str, int, float)) for item in items):
        items.extend(delta)  # lists of plain values only ever grow
        return
    for entry in delta:
        if not isinstance(entry, dict) or not isinstance(entry.get("index"), int):
            raise TypeError(f"Expected a list delta entry with an integer `index`, got {entry!r}")
        index = entry["index"]
        current = _at(items, index)
        if current is None:
            items.insert(index, entry)
        elif isinstance(current, dict):
            _accumulate(current, entry)
        else:
            raise TypeError(f"Cannot merge a list delta entry into {current!r}")


def _at(items: Optional[List[Any]], index: int) -> Any:
    if items is None or not 0 <= index < len(items):
        return None
    return items[index]


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, (httpx.TimeoutException, APITimeoutError)):
        return True
    if sys.version_info >= (3, 11):
        return isinstance(exc, TimeoutError)  # what `asyncio.TimeoutError` is now
    asyncio = sys.modules.get("asyncio")  # not imported for this: a timeout of its own means it is loaded
    return asyncio is not None and isinstance(exc, asyncio.TimeoutError)


# ----------------------------------------------------------------------------- handlers


class _HandlerBase:
    """What both handlers share: the state, the properties, attaching to one stream."""

    _raw_stream: Any

    def __init__(self) -> None:
        self._state = _StreamState()
        self._raw_stream = None

    def _init(self, stream: Any) -> None:
        """Attach the raw event stream (done by the stream manager on entry)."""
        self._check_unused()
        self._raw_stream = stream

    def _check_unused(self) -> None:
        if self._raw_stream is not None:
            raise RuntimeError(_SHARED)

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        """The event being handled; None outside the callbacks."""
        return self._state.current_event

    @property
    def current_run(self) -> Optional[Run]:
        """The run as of the last `thread.run.*` event."""
        return self._state.current_run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        """The message being written (or the last one written), deltas merged in."""
        return self._state.current_message

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        """The run step in progress, deltas merged in; None between steps."""
        return self._state.current_run_step

    def _final_run(self) -> Run:
        if self._state.current_run is None:
            raise RuntimeError("No final run object found")
        return self._state.current_run

    def _final_run_steps(self) -> List[RunStep]:
        if not self._state.run_steps:
            raise RuntimeError("No run steps found")
        return list(self._state.run_steps.values())

    def _final_messages(self) -> List[Message]:
        if not self._state.messages:
            raise RuntimeError("No messages found")
        return list(self._state.messages.values())


def _text_values(event: Any) -> Iterator[str]:
    if getattr(event, "event", None) != "thread.message.delta":
        return
    for part in event.data.delta.content or []:
        if part.type == "text" and part.text is not None and part.text.value:
            yield part.text.value


class AssistantEventHandler(_HandlerBase):
    """Subclass it and override the `on_*` callbacks you need; pass an instance as `event_handler=`
    to a stream helper. Iterating it yields the raw `AssistantStreamEvent`s (running the callbacks
    as it goes); `until_done()` just runs them all. A handler serves one stream."""

    text_deltas: Iterable[str]
    """The pieces of text as they arrive (the stream is read while this is iterated)."""

    def __init__(self) -> None:
        super().__init__()
        # One reading of the stream, however it is stepped: `for` loops, `next()`, `until_done()`
        # and `text_deltas` all carry on where the last one stopped.
        self._iterator = self.__stream__()
        self.text_deltas = self.__text_deltas__()

    def __next__(self) -> AssistantStreamEvent:
        return next(self._iterator)

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        # A generator of its own per loop: leaving a loop early leaves the stream where it was.
        for event in self._iterator:  # noqa: UP028
            yield event

    def __stream__(self) -> Iterator[AssistantStreamEvent]:
        stream = self._raw_stream
        if stream is None:
            raise RuntimeError(_NOT_STARTED)
        try:
            for event in stream:
                for name, args in self._state.handle(event):
                    getattr(self, name)(*args)
                yield event
        except Exception as exc:
            if _is_timeout(exc):
                self.on_timeout()
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    def __text_deltas__(self) -> Iterator[str]:
        for event in self:
            yield from _text_values(event)

    def close(self) -> None:
        """Close the HTTP response (done when the `with` block is left)."""
        if self._raw_stream is not None:
            self._raw_stream.close()

    def until_done(self) -> None:
        """Read the stream to its end, running the callbacks."""
        for _ in self:
            pass

    def get_final_run(self) -> Run:
        """Read the stream to its end; the run as of its last event."""
        self.until_done()
        return self._final_run()

    def get_final_run_steps(self) -> List[RunStep]:
        """Read the stream to its end; every run step seen, in order."""
        self.until_done()
        return self._final_run_steps()

    def get_final_messages(self) -> List[Message]:
        """Read the stream to its end; every message seen, in order."""
        self.until_done()
        return self._final_messages()

    def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the snapshots take it in and before the callbacks below."""

    def on_run_step_created(self, run_step: RunStep) -> None:
        """A run step started."""

    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        """A run step changed: `delta` as received, `snapshot` with it merged in."""

    def on_run_step_done(self, run_step: RunStep) -> None:
        """A run step ended (completed, failed, cancelled or expired)."""

    def on_tool_call_created(self, tool_call: ToolCall) -> None:
        """A tool call (code interpreter, file search, function) started."""

    def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None:
        """A tool call grew: `delta` as received, `snapshot` with it merged in."""

    def on_tool_call_done(self, tool_call: ToolCall) -> None:
        """The last tool call is complete: the next one started, or a run step ended, or the run
        stopped (also to wait for its output)."""

    def on_message_created(self, message: Message) -> None:
        """A message started."""

    def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        """A message grew: `delta` as received, `snapshot` with it merged in."""

    def on_message_done(self, message: Message) -> None:
        """A message ended (completed or incomplete)."""

    def on_text_created(self, text: Text) -> None:
        """A text block of a message started (with the first piece of text)."""

    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        """A text block grew: `delta` as received, `snapshot` the text so far (with annotations)."""

    def on_text_done(self, text: Text) -> None:
        """A text block is complete."""

    def on_image_file_done(self, image_file: ImageFile) -> None:
        """An image-file block of a message is complete."""

    def on_end(self) -> None:
        """The stream ended, however it ended."""

    def on_timeout(self) -> None:
        """Reading the stream timed out (`on_exception` follows)."""

    def on_exception(self, exception: Exception) -> None:
        """Reading the stream, or a callback, raised `exception` (it is re-raised after this)."""


class AsyncAssistantEventHandler(_HandlerBase):
    """The async twin of `AssistantEventHandler`: the same callbacks, as coroutines; iterate it
    with `async for`, and await `until_done()`, `close()` and the `get_final_*` methods."""

    text_deltas: AsyncIterable[str]
    """The pieces of text as they arrive (the stream is read while this is iterated)."""

    def __init__(self) -> None:
        super().__init__()
        self._iterator = self.__stream__()
        self.text_deltas = self.__text_deltas__()

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        async for event in self._iterator:
            yield event

    async def __stream__(self) -> AsyncIterator[AssistantStreamEvent]:
        stream = self._raw_stream
        if stream is None:
            raise RuntimeError(_NOT_STARTED)
        try:
            async for event in stream:
                for name, args in self._state.handle(event):
                    await getattr(self, name)(*args)
                yield event
        except Exception as exc:
            if _is_timeout(exc):
                await self.on_timeout()
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    async def __text_deltas__(self) -> AsyncIterator[str]:
        async for event in self:
            for value in _text_values(event):
                yield value

    async def close(self) -> None:
        """Close the HTTP response (done when the `async with` block is left)."""
        if self._raw_stream is not None:
            await self._raw_stream.close()

    async def until_done(self) -> None:
        """Read the stream to its end, running the callbacks."""
        async for _ in self:
            pass

    async def get_final_run(self) -> Run:
        """Read the stream to its end; the run as of its last event."""
        await self.until_done()
        return self._final_run()

    async def get_final_run_steps(self) -> List[RunStep]:
        """Read the stream to its end; every run step seen, in order."""
        await self.until_done()
        return self._final_run_steps()

    async def get_final_messages(self) -> List[Message]:
        """Read the stream to its end; every message seen, in order."""
        await self.until_done()
        return self._final_messages()

    async def on_event(self, event: AssistantStreamEvent) -> None: ...
    async def on_run_step_created(self, run_step: RunStep) -> None: ...
    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None: ...
    async def on_run_step_done(self, run_step: RunStep) -> None: ...
    async def on_tool_call_created(self, tool_call: ToolCall) -> None: ...
    async def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: ToolCall) -> None: ...
    async def on_tool_call_done(self, tool_call: ToolCall) -> None: ...
    async def on_message_created(self, message: Message) -> None: ...
    async def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None: ...
    async def on_message_done(self, message: Message) -> None: ...
    async def on_text_created(self, text: Text) -> None: ...
    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None: ...
    async def on_text_done(self, text: Text) -> None: ...
    async def on_image_file_done(self, image_file: ImageFile) -> None: ...
    async def on_end(self) -> None: ...
    async def on_timeout(self) -> None: ...
    async def on_exception(self, exception: Exception) -> None: ...


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)
AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


# ----------------------------------------------------------------------------- managers


# Exported by `openai` (loaded on first use there): named as the official names its exports.
AssistantEventHandler.__module__ = AsyncAssistantEventHandler.__module__ = "openai"


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """`with client.beta.threads.runs.stream(...) as stream:` sends the request on entry and gives
    the event handler (yours, or a plain `AssistantEventHandler`); the response is closed on exit,
    however the block is left."""

    def __init__(
        self,
        api_request: Callable[[], Stream[AssistantStreamEvent]],
        *,
        event_handler: AssistantEventHandlerT,
    ) -> None:
        self._api_request = api_request  # called on entry: nothing is sent before
        self._event_handler = event_handler
        self._stream: Optional[Stream[AssistantStreamEvent]] = None

    def __enter__(self) -> AssistantEventHandlerT:
        # Checked before sending (1.102.0 checks after): a handler in use would not get a new run.
        self._event_handler._check_unused()
        self._stream = self._api_request()
        self._event_handler._init(self._stream)
        return self._event_handler

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """`async with client.beta.threads.runs.stream(...) as stream:` (no `await` before `stream(...)`)."""

    def __init__(
        self,
        api_request: Union[
            Callable[[], Awaitable[AsyncStream[AssistantStreamEvent]]], Awaitable[AsyncStream[AssistantStreamEvent]]
        ],
        *,
        event_handler: AsyncAssistantEventHandlerT,
    ) -> None:
        # The request (or, as 1.102.0 takes it, the awaitable sending it) runs on entry.
        self._api_request = api_request
        self._event_handler = event_handler
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        self._event_handler._check_unused()
        request = self._api_request
        self._stream = await (request() if callable(request) else request)
        self._event_handler._init(self._stream)
        return self._event_handler

    async def __aexit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
