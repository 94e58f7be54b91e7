"""`chat.completions.stream()`: a context manager around the raw chunk stream that keeps a
snapshot of the completion as it is written and yields richer events than the chunks alone
(content so far, partially parsed JSON, tool-call arguments, logprobs, `*.done` events).

`ChatCompletionStreamState` does the accumulating and knows nothing of I/O, so it can also be
fed chunks by hand; `ChatCompletionStream` / `AsyncChatCompletionStream` only drive it from the
sync / async raw stream (reading, closing and the managers come from `.._base`).
"""

from __future__ import annotations

import inspect
from typing import Any, Awaitable, Callable, Dict, Generic, List, Optional, Set, cast

import pydantic_core

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
    parse_function_tool_arguments,
    solve_response_format_t,
)
from ..._parsing._shared import is_given
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
from ._types import ParsedChatCompletionSnapshot

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


def _partial_json(text: str) -> Any:
    # The complete part of JSON still being written (`{"a": [1, "b` -> {"a": [1]}); text that
    # can never be JSON raises `ValueError` (pydantic-core's parser, the official helper's one).
    return pydantic_core.from_json(text, allow_partial=True)


def _first_snapshot(chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
    """The completion as the first chunk describes it: each choice's delta is its message."""
    data = chunk.to_dict()
    data["choices"] = [_new_choice_data(choice) for choice in chunk.choices or ()]
    value = {"system_fingerprint": None, **data, "object": "chat.completion"}
    return cast(ParsedChatCompletionSnapshot, construct_type(type_=_SnapshotCompletion, value=value))


def _new_choice_data(choice: Any) -> Dict[str, Any]:
    return {**choice.model_dump(exclude_unset=True, exclude={"delta"}), "message": choice.delta.to_dict()}


def _next_message(message: Any, delta: Any) -> Any:
    """`message` with `delta` folded in: a new message, every field of the old one counted as
    set (as the official helper rebuilds it), the computed `parsed*` values carried over."""
    previous_calls = message.tool_calls or []
    skip = {
        "parsed": True,
        "tool_calls": {i: {"function": {"parsed_arguments": True}} for i in range(len(previous_calls))},
    }
    data = accumulate_delta(message.model_dump(exclude=skip, warnings=False), delta.to_dict())
    folded = construct_type(type_=_SnapshotMessage, value=data)
    for old, new in zip(previous_calls, folded.tool_calls or ()):
        if getattr(old, "type", None) == "function" and getattr(new, "function", None) is not None:
            new.function.parsed_arguments = old.function.parsed_arguments
    return folded


class ChoiceEventState:
    """Which `*.done` events one choice has sent, and the tool call it is writing."""

    def __init__(self, *, input_tools: List[Any]) -> None:
        self._input_tools = input_tools
        self._content_done = False
        self._refusal_done = False
        self._logprobs_content_done = False
        self._logprobs_refusal_done = False
        self._done_tool_calls: Set[int] = set()
        self.__current_tool_call_index: Optional[int] = None

    def get_done_events(self, *, choice_chunk: Any, choice_snapshot: Any, response_format: Any) -> List[Any]:
        """The `*.done` events this chunk completes: everything when the choice has finished,
        what came before a tool call when a new one starts."""
        events: List[Any] = []
        if choice_snapshot.finish_reason:
            events.extend(self._content_done_events(choice_snapshot, response_format))
            current = self.__current_tool_call_index
            if current is not None and current not in self._done_tool_calls:
                self._add_tool_done_event(events, choice_snapshot, current)
        for call in choice_chunk.delta.tool_calls or ():
            if self.__current_tool_call_index != call.index:
                events.extend(self._content_done_events(choice_snapshot, response_format))
                if self.__current_tool_call_index is not None:
                    self._add_tool_done_event(events, choice_snapshot, self.__current_tool_call_index)
            self.__current_tool_call_index = call.index
        return events

    def _content_done_events(self, choice_snapshot: Any, response_format: Any) -> List[Any]:
        events: List[Any] = []
        message = choice_snapshot.message
        if message.content and not self._content_done:
            self._content_done = True
            # Complete now: an instance of `response_format`, where the deltas had plain JSON.
            parsed = maybe_parse_content(response_format=response_format, message=message)
            message.parsed = parsed
            done_cls = cast(Any, ContentDoneEvent)[solve_response_format_t(response_format)]
            events.append(done_cls.construct(type="content.done", content=message.content, parsed=parsed))
        if message.refusal is not None and not self._refusal_done:
            self._refusal_done = True
            events.append(RefusalDoneEvent.construct(type="refusal.done", refusal=message.refusal))
        logprobs = choice_snapshot.logprobs
        if logprobs is not None and logprobs.content is not None and not self._logprobs_content_done:
            self._logprobs_content_done = True
            events.append(LogprobsContentDoneEvent.construct(type="logprobs.content.done", content=logprobs.content))
        if logprobs is not None and logprobs.refusal is not None and not self._logprobs_refusal_done:
            self._logprobs_refusal_done = True
            events.append(LogprobsRefusalDoneEvent.construct(type="logprobs.refusal.done", refusal=logprobs.refusal))
        return events

    def _add_tool_done_event(self, events: List[Any], choice_snapshot: Any, index: int) -> None:
        if index in self._done_tool_calls:
            return
        self._done_tool_calls.add(index)
        call = _at(choice_snapshot.message.tool_calls, index)
        function = getattr(call, "function", None)
        if getattr(call, "type", None) != "function" or function is None:
            return
        # Complete now: validated into the tool's model, where the deltas only had JSON.
        parsed = parse_function_tool_arguments(input_tools=self._input_tools, function=function)
        function.parsed_arguments = parsed
        events.append(
            FunctionToolCallArgumentsDoneEvent.construct(
                type="tool_calls.function.arguments.done",
                index=index,
                name=function.name,
                arguments=function.arguments,
                parsed_arguments=parsed,
            )
        )


def _at(items: Optional[List[Any]], index: Optional[int]) -> Any:
    if items is None or index is None or not 0 <= index < len(items):
        return None
    return items[index]


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates raw chunks into a snapshot of the completion, and says which events they make.

    Feed it chunks with `handle_chunk(chunk)` (returns the events); `current_completion_snapshot`
    is the completion so far, `get_final_completion()` the parsed result.

    The snapshot grows as the official helper grows it (observable in its fields and
    `model_fields_set`): the first chunk becomes the snapshot as it is; each later chunk rebuilds
    the messages it extends, sets `finish_reason`, `usage`, `system_fingerprint`, the logprobs and
    the partially parsed JSON of the content (`message.parsed`) and of strict tools' arguments.
    """

    def __init__(self, *, input_tools: Any = NOT_GIVEN, response_format: Any = NOT_GIVEN) -> None:
        self.__current_completion_snapshot: Optional[ParsedChatCompletionSnapshot] = None
        self.__choice_event_states: List[ChoiceEventState] = []
        self._input_tools: List[Any] = list(input_tools) if is_given(input_tools) and input_tools else []
        self._response_format = response_format
        self._rich_response_format: Any = response_format if inspect.isclass(response_format) else NOT_GIVEN

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
        snapshot = self.__current_completion_snapshot = self._accumulate_chunk(chunk)
        return self._build_events(chunk, snapshot)

    # ------------------------------------------------------------------ accumulating

    def _accumulate_chunk(self, chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
        snapshot = self.__current_completion_snapshot
        if snapshot is None:
            return _first_snapshot(chunk)
        for choice in chunk.choices or ():
            choice_snapshot = _at(snapshot.choices, choice.index)
            if choice_snapshot is None:
                choice_snapshot = construct_type(type_=_SnapshotChoice, value=_new_choice_data(choice))
                snapshot.choices.append(choice_snapshot)
            else:
                choice_snapshot.message = _next_message(choice_snapshot.message, choice.delta)
            if choice.finish_reason:
                choice_snapshot.finish_reason = choice.finish_reason
                if has_parseable_input(response_format=self._response_format, input_tools=self._input_tools):
                    raise_for_finish_reason(choice.finish_reason, snapshot)
            self._parse_partially(choice_snapshot.message, choice.delta)
            if choice.logprobs is not None:
                _add_logprobs(choice_snapshot, choice.logprobs)
        snapshot.usage = chunk.usage
        snapshot.system_fingerprint = chunk.system_fingerprint
        return snapshot

    def _parse_partially(self, message: Any, delta: Any) -> None:
        """What is complete so far of the content's JSON (with a `response_format` type) and of
        the arguments of strict tools' calls."""
        content = message.content
        if content and not message.refusal and is_given(self._rich_response_format) and content.lstrip():
            message.parsed = _partial_json(content)
        for call_delta in delta.tool_calls or ():
            call = _at(message.tool_calls, call_delta.index)
            function = getattr(call, "function", None)
            if getattr(call, "type", None) != "function" or function is None:
                continue
            tool = get_input_tool_by_name(input_tools=self._input_tools, name=function.name)
            if tool is not None and (tool.get("function") or {}).get("strict") and function.arguments:
                function.parsed_arguments = _partial_json(function.arguments)

    # ------------------------------------------------------------------ events

    def _choice_state(self, index: int) -> ChoiceEventState:
        state = _at(self.__choice_event_states, index)
        if state is None:
            state = ChoiceEventState(input_tools=self._input_tools)
            self.__choice_event_states.append(state)
        return state  # type: ignore[no-any-return]

    def _build_events(self, chunk: ChatCompletionChunk, snapshot: ParsedChatCompletionSnapshot) -> List[Any]:
        events: List[Any] = [ChunkEvent.construct(type="chunk", chunk=chunk, snapshot=snapshot)]
        for choice in chunk.choices or ():
            state = self._choice_state(choice.index)
            choice_snapshot = snapshot.choices[choice.index]
            events.extend(self._delta_events(choice, choice_snapshot))
            events.extend(
                state.get_done_events(
                    choice_chunk=choice, choice_snapshot=choice_snapshot, response_format=self._response_format
                )
            )
        return events

    def _delta_events(self, choice: Any, choice_snapshot: Any) -> List[Any]:
        events: List[Any] = []
        delta = choice.delta
        message = choice_snapshot.message
        if delta.content is not None and message.content is not None:
            events.append(
                ContentDeltaEvent.construct(
                    type="content.delta", delta=delta.content, snapshot=message.content, parsed=message.parsed
                )
            )
        if delta.refusal is not None and message.refusal is not None:
            events.append(
                RefusalDeltaEvent.construct(type="refusal.delta", delta=delta.refusal, snapshot=message.refusal)
            )
        for call_delta in delta.tool_calls or ():
            call = _at(message.tool_calls, call_delta.index)
            function = getattr(call, "function", None)
            if getattr(call, "type", None) != "function" or function is None:
                continue
            arguments_delta = call_delta.function.arguments if call_delta.function is not None else None
            events.append(
                FunctionToolCallArgumentsDeltaEvent.construct(
                    type="tool_calls.function.arguments.delta",
                    name=function.name,
                    index=call_delta.index,
                    arguments=function.arguments,
                    parsed_arguments=function.parsed_arguments,
                    arguments_delta=arguments_delta or "",
                )
            )
        logprobs, accumulated = choice.logprobs, choice_snapshot.logprobs
        if logprobs is not None and accumulated is not None:
            if logprobs.content and accumulated.content:
                events.append(
                    LogprobsContentDeltaEvent.construct(
                        type="logprobs.content.delta", content=logprobs.content, snapshot=accumulated.content
                    )
                )
            if logprobs.refusal and accumulated.refusal:
                events.append(
                    LogprobsRefusalDeltaEvent.construct(
                        type="logprobs.refusal.delta", refusal=logprobs.refusal, snapshot=accumulated.refusal
                    )
                )
        return events


def _add_logprobs(choice_snapshot: Any, logprobs: Any) -> None:
    accumulated = choice_snapshot.logprobs
    if accumulated is None:
        choice_snapshot.logprobs = ChoiceLogprobs.construct(content=logprobs.content, refusal=logprobs.refusal)
        return
    if logprobs.content:
        if accumulated.content is None:
            accumulated.content = []
        accumulated.content.extend(logprobs.content)
    if logprobs.refusal:
        if accumulated.refusal is None:
            accumulated.refusal = []
        accumulated.refusal.extend(logprobs.refusal)


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
        if getattr(raw_event, "object", None) != "chat.completion.chunk":
            # Not a chunk (Azure's asynchronous content filter sends such events): skipped.
            return []
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
