"""`responses.stream()`: a context manager around the raw event stream that keeps a snapshot of
the response as it is being written, and yields the API's events with the helper's richer ones
(text so far, parsed output, parsed final response) in place of four of them.

`ResponseStreamState` does the accumulating and knows nothing of I/O, so it can also be fed by
hand; `ResponseStream` / `AsyncResponseStream` only drive it from the sync / async raw stream
(reading, closing and the managers come from `.._base`).
"""

from __future__ import annotations

import copy
from typing import Any, Awaitable, Callable, Generic, List, Optional, Tuple

from ...._models import construct_type
from ...._streaming import AsyncStream, Stream
from ...._types import NOT_GIVEN
from ....types.responses.parsed_response import ParsedResponse
from ....types.responses.response_output_text import Annotation
from ....types.responses.response_reasoning_item import Content as ReasoningContent
from ....types.responses.response_reasoning_item import Summary
from ..._parsing._responses import TextFormatT as ParsingTextFormatT
from ..._parsing._responses import parse_response, parse_text
from ..._parsing._shared import is_given, rebuild
from .._base import AsyncEventStream, AsyncStreamManager, EventStream, StreamManager, _EventStreamBase
from ._events import (
    ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    TextFormatT,
)
from ._types import ParsedResponseSnapshot

__all__ = [
    "ResponseStreamState",
    "ResponseStream",
    "AsyncResponseStream",
    "ResponseStreamManager",
    "AsyncResponseStreamManager",
]


class ResponseStreamState(Generic[TextFormatT]):
    """Accumulates raw Responses stream events into a snapshot of the response."""

    def __init__(self, *, input_tools: Any = NOT_GIVEN, text_format: Any = NOT_GIVEN) -> None:
        self.__current_snapshot: Optional[ParsedResponseSnapshot] = None
        self._completed_response: Optional[ParsedResponse[TextFormatT]] = None
        self._input_tools: List[Any] = list(input_tools) if is_given(input_tools) and input_tools else []
        self._text_format = text_format

    @property
    def current_snapshot(self) -> Optional[ParsedResponseSnapshot]:
        return self.__current_snapshot

    def handle_event(self, event: Any) -> List[ResponseStreamEvent[TextFormatT]]:
        """Accumulate `event`; return the events to hand to the caller for it.

        The four enriched events are built from the fields the official helper copies (an
        event's extra keys are not carried over), under the same class names: the done event's
        class is parametrized with a type variable (another one than its own, so pydantic makes
        the class `ResponseTextDoneEvent[~TextFormatT]`), the completed event's not at all.
        """
        snapshot = self.accumulate_event(event)
        kind = event.type
        if kind == "response.output_text.delta":
            part = _content(snapshot, event.output_index, event.content_index)
            text = part.text if part is not None else event.delta
            return [_build(ResponseTextDeltaEvent, event, _TEXT_DELTA_FIELDS, snapshot=text)]
        if kind == "response.output_text.done":
            parsed = parse_text(event.text, self._text_format)
            done_cls = ResponseTextDoneEvent[ParsingTextFormatT]  # type: ignore[valid-type]
            return [_build(done_cls, event, _TEXT_DONE_FIELDS, parsed=parsed)]
        if kind == "response.function_call_arguments.delta":
            item = _item(snapshot, event.output_index)
            arguments = getattr(item, "arguments", None)
            snapshot_text = arguments if arguments is not None else event.delta  # (an item never announced)
            return [
                _build(ResponseFunctionCallArgumentsDeltaEvent, event, _ARGUMENTS_DELTA_FIELDS, snapshot=snapshot_text)
            ]
        if kind == "response.completed":
            return [_build(ResponseCompletedEvent, event, _COMPLETED_FIELDS, response=self._completed_response)]
        return [event]

    def accumulate_event(self, event: Any) -> ParsedResponseSnapshot:
        """Fold `event` into the snapshot and return it."""
        kind = event.type
        snapshot = self.__current_snapshot
        response = getattr(event, "response", None)
        if snapshot is None:
            if kind != "response.created" or response is None:
                raise RuntimeError(f"Expected to have received `response.created` before `{kind}`")
            snapshot = self.__current_snapshot = rebuild(
                response, ParsedResponse[object], output=list(response.output or [])
            )
            return snapshot
        if kind == "response.completed":
            self._completed_response = parse_response(
                text_format=self._text_format, input_tools=self._input_tools, response=response
            )
            self.__current_snapshot = self._completed_response  # type: ignore[assignment]
            return self._completed_response  # type: ignore[return-value]
        if response is not None:
            # queued / in_progress / failed / incomplete: the server's fields win; a terminal
            # response also carries the final output, others keep what the deltas built.
            output = response.output if kind in ("response.failed", "response.incomplete") else snapshot.output
            snapshot = self.__current_snapshot = rebuild(response, ParsedResponse[object], output=list(output or []))
            return snapshot
        _accumulate(snapshot, event)
        return snapshot


_TEXT_DELTA_FIELDS = ("content_index", "delta", "item_id", "output_index", "sequence_number", "logprobs", "type")
_TEXT_DONE_FIELDS = ("content_index", "item_id", "output_index", "sequence_number", "logprobs", "type", "text")
_ARGUMENTS_DELTA_FIELDS = ("delta", "item_id", "output_index", "sequence_number", "type")
_COMPLETED_FIELDS = ("sequence_number", "type")


def _build(cls: Any, event: Any, names: Tuple[str, ...], **values: Any) -> Any:
    fields = {name: getattr(event, name, None) for name in names}
    return cls.construct(**fields, **values)


def _accumulate(snapshot: ParsedResponseSnapshot, event: Any) -> None:
    kind: str = event.type
    output: List[Any] = snapshot.output
    if kind in ("response.output_item.added", "response.output_item.done"):
        _put(output, event.output_index, _copy(event.item))
        return
    item = _item(snapshot, getattr(event, "output_index", -1))
    if item is None:
        return  # an event about an item we never saw announced: nothing to fold it into
    if kind in ("response.content_part.added", "response.content_part.done"):
        _put(_list(item, "content"), event.content_index, _copy(event.part))
    elif kind == "response.reasoning_summary_part.added":
        _put(_list(item, "summary"), event.summary_index, Summary.construct(text=event.part.text, type="summary_text"))
    elif kind in ("response.reasoning_summary_text.delta", "response.reasoning_summary_text.done"):
        _append_text(_at(item.summary, event.summary_index), "text", event)
    elif kind in ("response.reasoning_text.delta", "response.reasoning_text.done"):
        content = _list(item, "content")
        if _at(content, event.content_index) is None:
            _put(content, event.content_index, ReasoningContent.construct(text="", type="reasoning_text"))
        _append_text(_at(content, event.content_index), "text", event)
    elif kind in ("response.output_text.delta", "response.output_text.done"):
        _append_text(_at(item.content, event.content_index), "text", event)
    elif kind in ("response.refusal.delta", "response.refusal.done"):
        _append_text(_at(item.content, event.content_index), "refusal", event)
    elif kind == "response.output_text.annotation.added":
        part = _at(item.content, event.content_index)
        if part is not None:
            annotation = construct_type(value=event.annotation, type_=Annotation)
            _put(_list(part, "annotations"), event.annotation_index, annotation)
    elif kind in (
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.mcp_call_arguments.delta",
        "response.mcp_call_arguments.done",
    ):
        _append_text(item, "arguments", event)
    elif kind in ("response.custom_tool_call_input.delta", "response.custom_tool_call_input.done"):
        _append_text(item, "input", event)
    elif kind in ("response.code_interpreter_call_code.delta", "response.code_interpreter_call_code.done"):
        _append_text(item, "code", event)


def _append_text(target: Any, attribute: str, event: Any) -> None:
    """A `.delta` event extends `target.<attribute>`; a `.done` event carries the whole value."""
    if target is None:
        return
    if event.type.endswith(".delta"):
        setattr(target, attribute, (getattr(target, attribute, None) or "") + event.delta)
        return
    final = getattr(event, attribute, None)
    if isinstance(final, str):
        setattr(target, attribute, final)


def _copy(value: Any) -> Any:
    # The snapshot grows by mutation: never mutate objects the caller received in an event.
    return value.model_copy(deep=True) if hasattr(value, "model_copy") else copy.deepcopy(value)


def _list(owner: Any, attribute: str) -> List[Any]:
    value = getattr(owner, attribute, None)
    if not isinstance(value, list):
        value = []
        setattr(owner, attribute, value)
    return value


def _item(snapshot: Optional[ParsedResponseSnapshot], index: int) -> Any:
    return _at(snapshot.output, index) if snapshot is not None else None


def _content(snapshot: ParsedResponseSnapshot, output_index: int, content_index: int) -> Any:
    return _at(getattr(_item(snapshot, output_index), "content", None), content_index)


def _at(items: Optional[List[Any]], index: int) -> Any:
    if items is None or not 0 <= index < len(items):
        return None
    return items[index]


def _put(items: List[Any], index: int, value: Any) -> None:
    if 0 <= index < len(items):
        items[index] = value
    else:
        items.append(value)


# (The event union is subscripted in a string: at run time it is an `Annotated` alias.)
class _ResponseStreamBase(_EventStreamBase["ResponseStreamEvent[TextFormatT]"], Generic[TextFormatT]):
    """What the sync and async streams share: the state, and what to yield for a raw event."""

    def __init__(
        self,
        *,
        raw_stream: Any,
        text_format: Any = NOT_GIVEN,
        input_tools: Any = NOT_GIVEN,
        starting_after: Optional[int] = None,
    ) -> None:
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            text_format=text_format, input_tools=input_tools
        )
        self._starting_after = starting_after
        self._attach(raw_stream)

    @property
    def current_snapshot(self) -> Optional[ParsedResponseSnapshot]:
        """The response as accumulated so far."""
        return self._state.current_snapshot

    def _events(self, raw_event: Any) -> List[ResponseStreamEvent[TextFormatT]]:
        # An `error` event is yielded like any other (the stream then ends without
        # `response.completed`, so `get_final_response()` raises).
        events = self._state.handle_event(raw_event)
        if self._starting_after is None:
            return events
        # Streaming an existing response replays it from the start (so the snapshot is whole);
        # only what comes after `starting_after` is handed out.
        return [e for e in events if getattr(e, "sequence_number", 0) > self._starting_after]

    def _final(self) -> ParsedResponse[TextFormatT]:
        response = self._state._completed_response
        if response is None:
            raise RuntimeError("Didn't receive a `response.completed` event.")
        return response


class ResponseStream(_ResponseStreamBase[TextFormatT], EventStream["ResponseStreamEvent[TextFormatT]"]):
    """The events of one streamed response (read from a `Stream`), with `get_final_response()`."""

    _raw_stream: Stream[Any]

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read the rest of the stream and return the completed response, parsed when a
        `text_format` was given; `RuntimeError` if the stream ended before `response.completed`."""
        self.until_done()
        return self._final()


class AsyncResponseStream(_ResponseStreamBase[TextFormatT], AsyncEventStream["ResponseStreamEvent[TextFormatT]"]):
    """The async twin of `ResponseStream` (read from an `AsyncStream`), for `async for`."""

    _raw_stream: AsyncStream[Any]

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        """Read the rest of the stream and return the completed response, parsed when a
        `text_format` was given; `RuntimeError` if the stream ended before `response.completed`."""
        await self.until_done()
        return self._final()


class _ResponseManagerBase(Generic[TextFormatT]):
    def __init__(
        self,
        api_request: Callable[[], Any],
        *,
        text_format: Any = NOT_GIVEN,
        input_tools: Any = NOT_GIVEN,
        starting_after: Optional[int] = None,
    ) -> None:
        self._api_request = api_request  # called on entry: nothing is sent before
        self._options = {"text_format": text_format, "input_tools": input_tools, "starting_after": starting_after}


class ResponseStreamManager(_ResponseManagerBase[TextFormatT], StreamManager[ResponseStream[TextFormatT]]):
    """`with client.responses.stream(...) as stream:` sends the request on entry and closes
    the stream on exit, however the block is left."""

    _api_request: Callable[[], Stream[Any]]

    def _open(self, raw_stream: Stream[Any]) -> ResponseStream[TextFormatT]:
        return ResponseStream(raw_stream=raw_stream, **self._options)


class AsyncResponseStreamManager(
    _ResponseManagerBase[TextFormatT], AsyncStreamManager[AsyncResponseStream[TextFormatT]]
):
    """`async with client.responses.stream(...) as stream:` (no `await` before `stream(...)`)."""

    _api_request: Callable[[], Awaitable[AsyncStream[Any]]]

    def _open(self, raw_stream: AsyncStream[Any]) -> AsyncResponseStream[TextFormatT]:
        return AsyncResponseStream(raw_stream=raw_stream, **self._options)
