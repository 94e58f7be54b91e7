"""The Assistants stream helper: `AssistantEventHandler` (and its async twin), which turns the
`thread.*` events of a run's stream into callbacks (`on_text_delta`, `on_tool_call_done`, ...)
that receive snapshots of the message, text, tool call and run step as written so far, and
`AssistantStreamManager`, the context manager the `stream` helper methods return.

`_StreamState` does the accumulating and decides which callbacks an event triggers, knowing
nothing of I/O; the sync and the async handler only read the raw stream and call (or await)
the callbacks it names, so the logic exists once.

Callback order for one content block or tool call: `created`, then one `delta` per delta event
(the first one included), then `done` exactly once -- when the next block (or tool call) starts,
or when the message, run step or run that holds it ends. `on_event` comes first for every event.
"""

from __future__ import annotations

import copy
import sys
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
    Tuple,
    TypeVar,
    Union,
)

import httpx
import pydantic
from typing_extensions import get_args, get_origin

from ..._exceptions import APITimeoutError
from ..._models import construct_type
from ..._streaming import AsyncStream, Stream
from ._base import AsyncReader, AsyncStreamManager, StreamManager, SyncReader, _Reader

if TYPE_CHECKING:
    # Imported when first needed at run time: `openai.lib.streaming` stays cheap to import.
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


class _StreamState:
    """Snapshots of what one run's stream has written so far, and the callbacks each event triggers."""

    def __init__(self) -> None:
        self.current_event: Optional[AssistantStreamEvent] = None
        self.current_run: Optional[Run] = None
        self.messages: Dict[str, Message] = {}
        self.run_steps: Dict[str, RunStep] = {}
        self.message_id: Optional[str] = None
        self.run_step_id: Optional[str] = None
        self._content_index: Optional[int] = None  # the block of the current message being written
        self._tool_call: Optional[Tuple[str, int]] = None  # (step id, index) of the open tool call

    @property
    def current_message(self) -> Optional[Message]:
        return self.messages.get(self.message_id) if self.message_id is not None else None

    @property
    def current_run_step(self) -> Optional[RunStep]:
        return self.run_steps.get(self.run_step_id) if self.run_step_id is not None else None

    def handle(self, event: AssistantStreamEvent) -> List[_Call]:
        """Fold `event` into the snapshots; return the callbacks to run for it, in order."""
        self.current_event = event
        calls: List[_Call] = [("on_event", (event,))]
        kind = getattr(event, "event", None)
        data: Any = getattr(event, "data", None)
        if kind in _RUN_GOING:
            self.current_run = data
        elif kind in _RUN_STOPPED:
            self.current_run = data
            self._finish_tool_call(calls)
        elif kind == "thread.message.created":
            message = self._store_message(data)
            self._content_index = None
            calls.append(("on_message_created", (message,)))
        elif kind == "thread.message.in_progress":
            if data.id not in self.messages:
                self._store_message(data)
        elif kind == "thread.message.delta":
            self._message_delta(data, calls)
        elif kind in _MESSAGE_DONE:
            message = self._store_message(data)
            self._finish_content(message, calls)
            calls.append(("on_message_done", (message,)))
        elif kind == "thread.run.step.created":
            step = self._store_step(data)
            calls.append(("on_run_step_created", (step,)))
        elif kind == "thread.run.step.in_progress":
            if data.id not in self.run_steps:
                self._store_step(data)
            self.run_step_id = data.id
        elif kind == "thread.run.step.delta":
            self._step_delta(data, calls)
        elif kind in _STEP_DONE:
            # The server's step is final (function outputs, every code interpreter output).
            step = self._store_step(data)
            if self._tool_call is not None and self._tool_call[0] == step.id:
                self._finish_tool_call(calls)
            calls.append(("on_run_step_done", (step,)))
            self.run_step_id = None
        # `thread.created`, `error` and event names we do not know only reach `on_event`.
        return calls

    # -- messages

    def _store_message(self, data: Message) -> Message:
        message = _copy(data)
        if message.content is None:
            message.content = []
        self.messages[message.id] = message
        self.message_id = message.id
        return message

    def _message_delta(self, data: Any, calls: List[_Call]) -> None:
        message = self.messages.get(data.id)
        from ...types.beta.threads.message import Message
        from ...types.beta.threads.message_content import MessageContent

        if message is None:  # deltas of a message we were not shown: start from nothing
            message = self._store_message(Message.construct(id=data.id, object="thread.message", content=[]))
            self._content_index = None
        elif data.id != self.message_id:
            self.message_id = data.id
            self._content_index = None
        delta: MessageDelta = data.delta
        for part in delta.content or []:
            index = part.index
            if index != self._content_index:
                self._finish_content(message, calls)
                block = _merge_at(message.content, index, part, MessageContent)
                self._content_index = index
                if block.type == "text":
                    calls.append(("on_text_created", (block.text,)))
            else:
                block = _merge_at(message.content, index, part, MessageContent)
            if part.type == "text" and part.text is not None:
                calls.append(("on_text_delta", (part.text, block.text)))
        calls.append(("on_message_delta", (delta, message)))

    def _finish_content(self, message: Message, calls: List[_Call]) -> None:
        index, self._content_index = self._content_index, None
        block = _at(message.content, index) if index is not None else None
        kind = getattr(block, "type", None)
        if kind == "text":
            calls.append(("on_text_done", (block.text,)))  # type: ignore[union-attr]
        elif kind == "image_file":
            calls.append(("on_image_file_done", (block.image_file,)))  # type: ignore[union-attr]

    # -- run steps

    def _store_step(self, data: RunStep) -> RunStep:
        step = _copy(data)
        self.run_steps[step.id] = step
        self.run_step_id = step.id
        return step

    def _step_delta(self, data: Any, calls: List[_Call]) -> None:
        from ...types.beta.threads.runs.run_step import RunStep
        from ...types.beta.threads.runs.tool_calls_step_details import ToolCallsStepDetails

        step = self.run_steps.get(data.id)
        if step is None:
            step = self._store_step(RunStep.construct(id=data.id, object="thread.run.step"))
        self.run_step_id = step.id
        delta: RunStepDelta = data.delta
        details: Any = delta.step_details
        if details is not None and details.type == "tool_calls":
            target: Any = step.step_details
            if getattr(target, "type", None) != "tool_calls":
                target = step.step_details = ToolCallsStepDetails.construct(type="tool_calls", tool_calls=[])
            if target.tool_calls is None:
                target.tool_calls = []
            for call_delta in details.tool_calls or []:
                self._tool_call_delta(step.id, target.tool_calls, call_delta, calls)
        elif details is not None:
            _merge(step, delta)
        calls.append(("on_run_step_delta", (delta, step)))

    def _tool_call_delta(
        self, step_id: str, tool_calls: List[ToolCall], call_delta: ToolCallDelta, calls: List[_Call]
    ) -> None:
        from ...types.beta.threads.runs.tool_call import ToolCall

        key = (step_id, call_delta.index)
        if key != self._tool_call:
            self._finish_tool_call(calls)
            tool_call = _merge_at(tool_calls, call_delta.index, call_delta, ToolCall)
            self._tool_call = key
            calls.append(("on_tool_call_created", (tool_call,)))
        else:
            tool_call = _merge_at(tool_calls, call_delta.index, call_delta, ToolCall)
        calls.append(("on_tool_call_delta", (call_delta, tool_call)))

    def _finish_tool_call(self, calls: List[_Call]) -> None:
        if self._tool_call is None:
            return
        step_id, index = self._tool_call
        self._tool_call = None
        step = self.run_steps.get(step_id)
        tool_call = _at(getattr(step.step_details, "tool_calls", None), index) if step is not None else None
        if tool_call is not None:
            calls.append(("on_tool_call_done", (tool_call,)))


# ----------------------------------------------------------------------------- delta merging
#
# A delta has the shape of the object it extends, with every field optional and list items
# tagged with their `index`: strings are appended, lists merged item by item at that index,
# nested objects merged, anything else replaced. New items are built as the snapshot's type
# (a `TextDeltaBlock` becomes a `TextContentBlock`) and mutated in place afterwards, so a
# snapshot handed to a callback keeps growing.

# String fields that name something rather than being written piece by piece.
_WHOLE_STRINGS = frozenset({"type", "id", "object", "role", "status", "name", "file_id"})


def _merge_at(items: List[Any], index: int, delta: Any, item_type: Any) -> Any:
    """Merge `delta` into `items[index]` (appending a new item of `item_type`); return the item."""
    current = _at(items, index)
    if current is None:
        current = _new(delta, item_type)
        if 0 <= index < len(items):
            items[index] = current
        else:
            items.append(current)
    else:
        _merge(current, delta)
    return current


def _merge(target: Any, delta: Any) -> None:
    """Merge the fields `delta` carries into `target` (a model or a dict), in place."""
    for name, value in _carried(delta):
        if name == "index" or value is None:
            continue
        current = _get(target, name)
        field_type = _field_type(target, name)
        if isinstance(value, str):
            merged: Any = current + value if isinstance(current, str) and name not in _WHOLE_STRINGS else value
        elif isinstance(value, list) and isinstance(current, list):
            item_type = _list_item_type(field_type)
            for item in value:
                position = _get(item, "index")
                if isinstance(position, int):
                    _merge_at(current, position, item, item_type)
                else:
                    current.append(_new(item, item_type))
            merged = current
        elif isinstance(value, (pydantic.BaseModel, dict)) and isinstance(current, (pydantic.BaseModel, dict)):
            _merge(current, value)
            merged = current
        else:
            merged = _new(value, field_type) if isinstance(value, (pydantic.BaseModel, dict, list)) else value
        _set(target, name, merged)


def _new(delta: Any, type_: Any) -> Any:
    value = construct_type(value=_plain(delta, drop_index=True), type_=type_) if type_ is not None else _plain(delta)
    _fill_lists(value)
    return value


def _plain(value: Any, drop_index: bool = False) -> Any:
    """`value` as JSON-like data; list items lose their `index`, which only places a delta."""
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(by_alias=True, exclude_unset=True, warnings=False)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not (drop_index and k == "index")}
    if isinstance(value, list):
        return [_plain(v, drop_index=True) for v in value]
    return value


def _fill_lists(value: Any) -> None:
    """Required list fields a first delta left out start empty (`annotations`, `outputs`, ...)."""
    if not isinstance(value, pydantic.BaseModel):
        return
    for name, field in type(value).model_fields.items():
        current = getattr(value, name, None)
        if current is None and field.is_required() and get_origin(field.annotation) is list:
            setattr(value, name, [])
        elif isinstance(current, list):
            for item in current:
                _fill_lists(item)
        else:
            _fill_lists(current)


def _carried(delta: Any) -> List[Tuple[str, Any]]:
    if isinstance(delta, dict):
        return list(delta.items())
    if isinstance(delta, pydantic.BaseModel):
        names = list(delta.model_fields_set) + list(delta.model_extra or {})
        return [(name, getattr(delta, name, None)) for name in names]
    return []


def _get(owner: Any, name: str) -> Any:
    return owner.get(name) if isinstance(owner, dict) else getattr(owner, name, None)


def _set(owner: Any, name: str, value: Any) -> None:
    if isinstance(owner, dict):
        owner[name] = value
    else:
        setattr(owner, name, value)


def _field_type(owner: Any, name: str) -> Any:
    if isinstance(owner, pydantic.BaseModel):
        field = type(owner).model_fields.get(name)
        if field is not None:
            return field.annotation
    return None


def _list_item_type(type_: Any) -> Any:
    """`X` for `List[X]` or `Optional[List[X]]`; None when unknown."""
    if get_origin(type_) is list:
        return get_args(type_)[0]
    if get_origin(type_) is Union:
        for arg in get_args(type_):
            if get_origin(arg) is list:
                return get_args(arg)[0]
    return None


def _at(items: Optional[List[Any]], index: int) -> Any:
    if items is None or not 0 <= index < len(items):
        return None
    return items[index]


def _copy(value: Any) -> Any:
    # Snapshots grow by mutation: never mutate the objects the caller receives in events.
    return value.model_copy(deep=True) if isinstance(value, pydantic.BaseModel) else copy.deepcopy(value)


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, (httpx.TimeoutException, APITimeoutError, TimeoutError)):
        return True
    asyncio = sys.modules.get("asyncio")  # its own TimeoutError before Python 3.11; not imported for this
    return asyncio is not None and isinstance(exc, asyncio.TimeoutError)


# ----------------------------------------------------------------------------- handlers


class _HandlerBase(_Reader):
    """What both handlers share: the state, the properties, attaching to one stream."""

    def __init__(self) -> None:
        self._state = _StreamState()

    def _check_unused(self) -> None:
        if self._raw_stream is not None:
            raise RuntimeError(
                "This event handler is already attached to a stream; an event handler can only "
                "serve one stream: create a new instance for each stream"
            )

    def _init(self, stream: Any) -> None:
        """Attach the raw event stream (done by the stream manager on entry)."""
        self._check_unused()
        self._attach(stream)

    def _started(self) -> Any:
        if self._iterator is None:
            raise RuntimeError(
                "The event handler is not attached to a stream yet: pass it as `event_handler=` to a "
                "stream helper (e.g. `client.beta.threads.runs.stream(...)`) and use that in a `with` block"
            )
        return self._iterator

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        """The event being handled (the last one read)."""
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
            raise RuntimeError("No run object was received: the stream had no `thread.run.*` event")
        return self._state.current_run

    def _final_run_steps(self) -> List[RunStep]:
        return list(self._state.run_steps.values())

    def _final_messages(self) -> List[Message]:
        return list(self._state.messages.values())


def _text_values(event: Any) -> Iterator[str]:
    if getattr(event, "event", None) != "thread.message.delta":
        return
    for part in event.data.delta.content or []:
        if part.type == "text" and part.text is not None and part.text.value:
            yield part.text.value


class AssistantEventHandler(_HandlerBase, SyncReader["AssistantStreamEvent"]):
    """Subclass it and override the `on_*` callbacks you need; pass an instance as `event_handler=`
    to a stream helper. Iterating it yields the raw `AssistantStreamEvent`s (running the callbacks
    as it goes); `until_done()` just runs them all. `close()` runs `on_end` if reading had started."""

    def __stream__(self) -> Iterator[AssistantStreamEvent]:
        try:
            for event in self._raw_stream:
                for name, args in self._state.handle(event):
                    getattr(self, name)(*args)
                yield event
        except Exception as exc:
            if _is_timeout(exc):
                self.on_timeout()
            self.on_exception(exc)
            raise
        finally:
            self._raw_stream.close()
            self.on_end()

    @property
    def text_deltas(self) -> Iterator[str]:
        """The pieces of text as they arrive (the stream is read while this is iterated)."""
        for event in self:
            yield from _text_values(event)

    def until_done(self) -> None:
        """Read the stream to its end, running the callbacks."""
        self._read_all()

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
        """Every event, before the callbacks below."""

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
        """A tool call is complete (also when the run stops to wait for its output)."""

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


class AsyncAssistantEventHandler(_HandlerBase, AsyncReader["AssistantStreamEvent"]):
    """The async twin of `AssistantEventHandler`: the same callbacks, as coroutines; iterate it
    with `async for`, and await `until_done()` and the `get_final_*` methods."""

    async def __stream__(self) -> AsyncIterator[AssistantStreamEvent]:
        try:
            async for event in self._raw_stream:
                for name, args in self._state.handle(event):
                    await getattr(self, name)(*args)
                yield event
        except Exception as exc:
            if _is_timeout(exc):
                await self.on_timeout()
            await self.on_exception(exc)
            raise
        finally:
            await self._raw_stream.close()
            await self.on_end()

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The pieces of text as they arrive (the stream is read while this is iterated)."""
        async for event in self:
            for value in _text_values(event):
                yield value

    async def until_done(self) -> None:
        """Read the stream to its end, running the callbacks."""
        await self._read_all()

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
_HandlerT = TypeVar("_HandlerT", bound=_HandlerBase)
_RequestT = TypeVar("_RequestT")  # what `api_request()` returns: a raw stream, or an awaitable of one


# ----------------------------------------------------------------------------- managers


class _HandlerManagerBase(Generic[_RequestT, _HandlerT]):
    """What both managers share: the handler they attach to the stream they open."""

    def __init__(self, api_request: Callable[[], _RequestT], *, event_handler: _HandlerT) -> None:
        event_handler._check_unused()
        self._api_request = api_request  # called on entry: nothing is sent before
        self._event_handler = event_handler

    def _before_request(self) -> None:
        self._event_handler._check_unused()

    def _open(self, raw_stream: Any) -> _HandlerT:
        self._event_handler._init(raw_stream)
        return self._event_handler


class AssistantStreamManager(
    _HandlerManagerBase[Stream["AssistantStreamEvent"], AssistantEventHandlerT], StreamManager[AssistantEventHandlerT]
):
    """`with client.beta.threads.runs.stream(...) as stream:` sends the request on entry and gives
    the event handler (yours, or a plain `AssistantEventHandler`); the response is closed on exit,
    however the block is left."""


class AsyncAssistantStreamManager(
    _HandlerManagerBase[Awaitable[AsyncStream["AssistantStreamEvent"]], AsyncAssistantEventHandlerT],
    AsyncStreamManager[AsyncAssistantEventHandlerT],
):
    """`async with client.beta.threads.runs.stream(...) as stream:` (no `await` before `stream(...)`)."""
