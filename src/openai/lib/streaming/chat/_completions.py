"""`chat.completions.stream()`: a context manager around the raw chunk stream that keeps a
snapshot of the completion as it is written and yields richer events than the chunks alone
(content so far, partially parsed JSON, tool-call arguments, logprobs, `*.done` events).

`ChatCompletionStreamState` does the accumulating and knows nothing of I/O, so it can also be
fed chunks by hand; `ChatCompletionStream` / `AsyncChatCompletionStream` only drive it from the
sync / async raw stream (reading, closing and the managers come from `.._base`).
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Generic, List, Optional, Set, Type, cast

import pydantic

from ...._models import construct_type
from ...._streaming import AsyncStream, Stream
from ...._types import NOT_GIVEN
from ....types.chat.chat_completion import ChoiceLogprobs
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.parsed_chat_completion import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice
from ..._parsing._chat_completion import maybe_parse_content, parse_chat_completion, raise_for_finish_reason
from ..._parsing._completions import (
    ResponseFormatT,
    get_input_tool_by_name,
    has_parseable_input,
    has_rich_response_format,
    parse_function_tool_arguments,
    solve_response_format_t,
)
from ..._partial_json import PartialJSON, PartialJSONError
from .._base import AsyncEventStream, AsyncStreamManager, EventStream, StreamManager, _EventStreamBase
from .._deltas import accumulate_delta
from ._events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._types import ParsedChatCompletionSnapshot, ParsedChoiceSnapshot

__all__ = [
    "ChatCompletionStreamState",
    "ChoiceEventState",
    "ChatCompletionStream",
    "AsyncChatCompletionStream",
    "ChatCompletionStreamManager",
    "AsyncChatCompletionStreamManager",
]

_SnapshotMessage = ParsedChatCompletionMessage[object]
_SnapshotChoice = ParsedChoice[object]
_SnapshotCompletion = ParsedChatCompletion[object]


def _assemble(cls: Type[Any], fields_set: Set[str], **values: Any) -> Any:
    # Pydantic's own `model_construct`: sets the values as they are (ours converts nested values
    # one by one, which would revisit the whole logprobs list at every chunk).
    return pydantic.BaseModel.model_construct.__func__(cls, fields_set, **values)  # type: ignore[attr-defined]


def _set_local(model: Any, name: str, value: Any) -> None:
    # Computed here, not sent by the server: kept out of `model_fields_set` (and `to_dict()`).
    model.__dict__[name] = value


def _partial(parser: PartialJSON) -> Any:
    try:
        return parser.value()
    except PartialJSONError:
        return None  # nothing complete yet, or not JSON at all: nothing to show


class ChoiceEventState:
    """One choice: what it accumulated, its current snapshot, and which `*.done` events it sent."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.fields: Dict[str, Any] = {"index": index}  # choice-level: finish_reason, extras
        self.message: Dict[str, Any] = {}  # the deltas, folded
        self.logprobs_content: Optional[List[Any]] = None
        self.logprobs_refusal: Optional[List[Any]] = None
        self.content_json = PartialJSON()
        self.parsed: Any = None
        self.arguments_json: Dict[int, PartialJSON] = {}
        self.parsed_arguments: Dict[int, Any] = {}
        self.snapshot: ParsedChoiceSnapshot = _assemble(_SnapshotChoice, set(), index=index)
        self.content_done = False
        self.refusal_done = False
        self.logprobs_content_done = False
        self.logprobs_refusal_done = False
        self.current_tool_call: Optional[int] = None
        self.done_tool_calls: Set[int] = set()

    # ------------------------------------------------------------------ accumulating

    def accumulate(self, choice: Any, stream: "ChatCompletionStreamState[Any]") -> None:
        data = choice.to_dict(warnings=False)
        delta: Dict[str, Any] = data.pop("delta", None) or {}
        data.pop("logprobs", None)  # kept as models below
        accumulate_delta(self.fields, data)
        accumulate_delta(self.message, delta)
        logprobs = choice.logprobs
        if logprobs is not None:
            self.fields["logprobs"] = True
            if logprobs.content is not None:
                self.logprobs_content = [*(self.logprobs_content or ()), *logprobs.content]
            if logprobs.refusal is not None:
                self.logprobs_refusal = [*(self.logprobs_refusal or ()), *logprobs.refusal]
        self._parse_partially(delta, stream)
        self.snapshot = self._build_snapshot()

    def _parse_partially(self, delta: Dict[str, Any], stream: "ChatCompletionStreamState[Any]") -> None:
        """Parse what the delta extended, as far as it goes (JSON that is still being written)."""
        if delta.get("content") and stream._rich_response_format is not NOT_GIVEN and not self.content_done:
            self.content_json.feed(delta["content"])
            if not self.message.get("refusal"):
                self.parsed = _partial(self.content_json)
        for call_delta in delta.get("tool_calls") or ():
            index = call_delta.get("index")
            arguments = (call_delta.get("function") or {}).get("arguments")
            if not arguments or not isinstance(index, int) or index in self.done_tool_calls:
                continue
            parser = self.arguments_json.setdefault(index, PartialJSON())
            parser.feed(arguments)
            call: Dict[str, Any] = next(
                (c for c in self.message.get("tool_calls") or () if c.get("index") == index), {}
            )
            name = (call.get("function") or {}).get("name")
            tool = get_input_tool_by_name(input_tools=stream._input_tools, name=name) if name else None
            if tool is not None and (tool.get("function") or {}).get("strict"):
                self.parsed_arguments[index] = _partial(parser)

    def _build_snapshot(self) -> ParsedChoiceSnapshot:
        message = construct_type(value=self.message, type_=_SnapshotMessage)
        _set_local(message, "parsed", self.parsed)
        for call, model in zip(self.message.get("tool_calls") or (), message.tool_calls or ()):
            function = getattr(model, "function", None)
            if function is not None and hasattr(function, "__dict__"):
                _set_local(function, "parsed_arguments", self.parsed_arguments.get(call.get("index")))
        logprobs = None
        if self.logprobs_content is not None or self.logprobs_refusal is not None:
            sent = {
                k for k, v in (("content", self.logprobs_content), ("refusal", self.logprobs_refusal)) if v is not None
            }
            logprobs = _assemble(ChoiceLogprobs, sent, content=self.logprobs_content, refusal=self.logprobs_refusal)
        fields = {k: v for k, v in self.fields.items() if k != "logprobs"}
        return _assemble(_SnapshotChoice, {*self.fields, "message"}, **fields, logprobs=logprobs, message=message)

    # ------------------------------------------------------------------ events

    def events(self, choice: Any, stream: "ChatCompletionStreamState[Any]") -> List[Any]:
        """The events for this choice's part of a chunk (already accumulated)."""
        events: List[Any] = []
        delta = choice.delta
        message = self.snapshot.message
        if delta is not None and delta.content is not None and message.content is not None:
            events.append(
                ContentDeltaEvent.construct(
                    type="content.delta", delta=delta.content, snapshot=message.content, parsed=self.parsed
                )
            )
        if delta is not None and delta.refusal is not None and message.refusal is not None:
            events.append(
                RefusalDeltaEvent.construct(type="refusal.delta", delta=delta.refusal, snapshot=message.refusal)
            )
        for call in (delta.tool_calls if delta is not None else None) or ():
            if call.index != self.current_tool_call:
                # A new tool call: what came before it is complete.
                events.extend(self._content_done_events(stream))
                events.extend(self._tool_call_done_events(stream))
                self.current_tool_call = call.index
            events.extend(self._arguments_delta_events(call))
        logprobs = choice.logprobs
        if logprobs is not None and logprobs.content is not None:
            events.append(
                LogprobsContentDeltaEvent.construct(
                    type="logprobs.content.delta", content=logprobs.content, snapshot=self.logprobs_content
                )
            )
        if logprobs is not None and logprobs.refusal is not None:
            events.append(
                LogprobsRefusalDeltaEvent.construct(
                    type="logprobs.refusal.delta", refusal=logprobs.refusal, snapshot=self.logprobs_refusal
                )
            )
        if choice.finish_reason is not None:
            events.extend(self._content_done_events(stream))
            events.extend(self._tool_call_done_events(stream))
        return events

    def _tool_call_snapshot(self, index: Optional[int]) -> Any:
        calls = self.snapshot.message.tool_calls or ()
        for call, model in zip(self.message.get("tool_calls") or (), calls):
            if call.get("index") == index:
                return model
        return None

    def _arguments_delta_events(self, call_delta: Any) -> List[Any]:
        call = self._tool_call_snapshot(call_delta.index)
        function = getattr(call, "function", None)
        if getattr(call, "type", "function") != "function" or function is None:
            return []
        arguments_delta = call_delta.function.arguments if call_delta.function is not None else None
        event = FunctionToolCallArgumentsDeltaEvent.construct(
            type="tool_calls.function.arguments.delta",
            name=function.name,
            index=call_delta.index,
            arguments=function.arguments,
            parsed_arguments=self.parsed_arguments.get(call_delta.index),
            arguments_delta=arguments_delta or "",
        )
        return [event]

    def _tool_call_done_events(self, stream: "ChatCompletionStreamState[Any]") -> List[Any]:
        index = self.current_tool_call
        if index is None or index in self.done_tool_calls:
            return []
        self.done_tool_calls.add(index)
        call = self._tool_call_snapshot(index)
        function = getattr(call, "function", None)
        if getattr(call, "type", "function") != "function" or function is None:
            return []
        # Complete now: validated into the tool's model, where the deltas only had JSON.
        parsed = parse_function_tool_arguments(input_tools=stream._input_tools, function=function)
        self.parsed_arguments[index] = parsed
        _set_local(function, "parsed_arguments", parsed)
        event = FunctionToolCallArgumentsDoneEvent.construct(
            type="tool_calls.function.arguments.done",
            name=function.name,
            index=index,
            arguments=function.arguments,
            parsed_arguments=parsed,
        )
        return [event]

    def _content_done_events(self, stream: "ChatCompletionStreamState[Any]") -> List[Any]:
        events: List[Any] = []
        message = self.snapshot.message
        if message.content and not self.content_done:
            self.content_done = True
            # Complete now: an instance of `response_format`, where the deltas had plain JSON.
            self.parsed = maybe_parse_content(response_format=stream._rich_response_format, message=message)
            _set_local(message, "parsed", self.parsed)
            done_cls = cast(Any, ContentDoneEvent)[solve_response_format_t(stream._rich_response_format)]
            events.append(done_cls.construct(type="content.done", content=message.content, parsed=self.parsed))
        if message.refusal is not None and not self.refusal_done:
            self.refusal_done = True
            events.append(RefusalDoneEvent.construct(type="refusal.done", refusal=message.refusal))
        if self.logprobs_content is not None and not self.logprobs_content_done:
            self.logprobs_content_done = True
            events.append(
                LogprobsContentDoneEvent.construct(type="logprobs.content.done", content=self.logprobs_content)
            )
        if self.logprobs_refusal is not None and not self.logprobs_refusal_done:
            self.logprobs_refusal_done = True
            events.append(
                LogprobsRefusalDoneEvent.construct(type="logprobs.refusal.done", refusal=self.logprobs_refusal)
            )
        return events


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates raw chunks into a snapshot of the completion, and says which events they make.

    Feed it chunks with `handle_chunk(chunk)` (returns the events); `current_completion_snapshot`
    is the completion so far, `get_final_completion()` the parsed result.
    """

    def __init__(self, *, input_tools: Any = NOT_GIVEN, response_format: Any = NOT_GIVEN) -> None:
        self.__current_completion_snapshot: Optional[ParsedChatCompletionSnapshot] = None
        self.__fields: Dict[str, Any] = {}
        self.__choices: Dict[int, ChoiceEventState] = {}
        self._input_tools: List[Any] = list(input_tools) if input_tools is not NOT_GIVEN and input_tools else []
        self._response_format = response_format
        self._rich_response_format: Any = response_format if has_rich_response_format(response_format) else NOT_GIVEN

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion accumulated so far (`message.parsed`: the partially parsed JSON)."""
        if self.__current_completion_snapshot is None:
            raise RuntimeError("No chunk has been received yet: there is no completion snapshot")
        return self.__current_completion_snapshot

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """The completion parsed like `chat.completions.parse()` returns it (same errors)."""
        return parse_chat_completion(
            chat_completion=self.current_completion_snapshot,
            response_format=self._rich_response_format,
            input_tools=self._input_tools,
        )

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        """Accumulate `chunk`; return the events it makes (a `chunk` event first)."""
        if isinstance(chunk, dict):
            chunk = construct_type(value=chunk, type_=ChatCompletionChunk)
        choices = chunk.choices or []
        for choice in choices:
            state = self.__choices.get(choice.index)
            if state is None:
                state = self.__choices[choice.index] = ChoiceEventState(choice.index)
            state.accumulate(choice, self)
        snapshot = self.__current_completion_snapshot = self._build_snapshot(chunk)
        if has_parseable_input(response_format=self._rich_response_format, input_tools=self._input_tools):
            for choice in choices:
                raise_for_finish_reason(choice.finish_reason, snapshot)
        events: List[Any] = [ChunkEvent.construct(type="chunk", chunk=chunk, snapshot=snapshot)]
        for choice in choices:
            events.extend(self.__choices[choice.index].events(choice, self))
        return events

    def _build_snapshot(self, chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
        fields = self.__fields
        for name in chunk.model_fields_set:
            value = getattr(chunk, name)
            if value is not None or name not in fields:
                fields[name] = value
        for name, value in (chunk.model_extra or {}).items():
            if value is not None or name not in fields:
                fields[name] = value
        fields["object"] = "chat.completion"  # what the chunks add up to
        choices = [self.__choices[index].snapshot for index in sorted(self.__choices)]
        values = {**fields, "choices": choices}
        return _assemble(_SnapshotCompletion, set(values), **values)  # type: ignore[no-any-return]


# (The event union is subscripted in a string: at run time it is a plain `Union`.)
class _ChatStreamBase(_EventStreamBase["ChatCompletionStreamEvent[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What the sync and async streams share: the state it feeds the chunks to."""

    def __init__(self, *, raw_stream: Any, response_format: Any = NOT_GIVEN, input_tools: Any = NOT_GIVEN) -> None:
        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            response_format=response_format, input_tools=input_tools
        )
        self._attach(raw_stream)

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        """The completion accumulated so far."""
        return self._state.current_completion_snapshot

    def _events(self, raw_event: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        return self._state.handle_chunk(raw_event)


class ChatCompletionStream(_ChatStreamBase[ResponseFormatT], EventStream["ChatCompletionStreamEvent[ResponseFormatT]"]):
    """The events of one streamed completion (read from a `Stream`), with `get_final_completion()`."""

    _raw_stream: Stream[ChatCompletionChunk]

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed like `parse()` does."""
        self.until_done()
        return self._state.get_final_completion()


class AsyncChatCompletionStream(
    _ChatStreamBase[ResponseFormatT], AsyncEventStream["ChatCompletionStreamEvent[ResponseFormatT]"]
):
    """The async twin of `ChatCompletionStream` (read from an `AsyncStream`), for `async for`."""

    _raw_stream: AsyncStream[ChatCompletionChunk]

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        """Read the rest of the stream and return the completion, parsed like `parse()` does."""
        await self.until_done()
        return self._state.get_final_completion()


class _ChatManagerBase(Generic[ResponseFormatT]):
    def __init__(
        self, api_request: Callable[[], Any], *, response_format: Any = NOT_GIVEN, input_tools: Any = NOT_GIVEN
    ) -> None:
        self._api_request = api_request  # called on entry: nothing is sent before
        self._options = {"response_format": response_format, "input_tools": input_tools}


class ChatCompletionStreamManager(
    _ChatManagerBase[ResponseFormatT], StreamManager[ChatCompletionStream[ResponseFormatT]]
):
    """`with client.chat.completions.stream(...) as stream:` sends the request on entry and
    closes the stream on exit, however the block is left."""

    _api_request: Callable[[], Stream[ChatCompletionChunk]]

    def _open(self, raw_stream: Stream[ChatCompletionChunk]) -> ChatCompletionStream[ResponseFormatT]:
        return ChatCompletionStream(raw_stream=raw_stream, **self._options)


class AsyncChatCompletionStreamManager(
    _ChatManagerBase[ResponseFormatT], AsyncStreamManager[AsyncChatCompletionStream[ResponseFormatT]]
):
    """`async with client.chat.completions.stream(...) as stream:` (no `await` before `stream(...)`)."""

    _api_request: Callable[[], Awaitable[AsyncStream[ChatCompletionChunk]]]

    def _open(self, raw_stream: AsyncStream[ChatCompletionChunk]) -> AsyncChatCompletionStream[ResponseFormatT]:
        return AsyncChatCompletionStream(raw_stream=raw_stream, **self._options)
