"""The events `chat.completions.stream()` yields, on top of each raw chunk (`chunk`): what the
text, refusal, tool-call arguments and logprobs of a choice became with it (`*.delta`, with the
accumulated value), and their final values once complete (`*.done`, parsed where possible).

With `n > 1`, every choice emits its own events, in the order of the chunk's choices."""

from __future__ import annotations

from typing import Generic, List, Optional, Union

from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_token_logprob import ChatCompletionTokenLogprob
from ..._parsing import ResponseFormatT
from ._types import ParsedChatCompletionSnapshot

__all__ = [
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "ChatCompletionStreamEvent",
]


class ChunkEvent(BaseModel):
    type: Literal["chunk"]
    chunk: ChatCompletionChunk
    """The chunk as the API sent it."""
    snapshot: ParsedChatCompletionSnapshot
    """The completion accumulated so far, this chunk included."""


class ContentDeltaEvent(BaseModel):
    type: Literal["content.delta"]
    delta: str
    snapshot: str
    """The message content so far."""
    parsed: Optional[object] = None
    """With a `response_format` model: the content so far, parsed as incomplete JSON (dicts and lists)."""


class ContentDoneEvent(BaseModel, Generic[ResponseFormatT]):
    type: Literal["content.done"]
    content: str
    parsed: Optional[ResponseFormatT] = None
    """The content as an instance of `response_format` (None without one)."""


class RefusalDeltaEvent(BaseModel):
    type: Literal["refusal.delta"]
    delta: str
    snapshot: str
    """The refusal so far."""


class RefusalDoneEvent(BaseModel):
    type: Literal["refusal.done"]
    refusal: str


class FunctionToolCallArgumentsDeltaEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.delta"]
    name: str
    index: int
    """The tool call's position in `message.tool_calls`."""
    arguments: str
    """The arguments so far (JSON text)."""
    parsed_arguments: object
    """For a strict tool: the arguments so far, parsed as incomplete JSON; else None."""
    arguments_delta: str


class FunctionToolCallArgumentsDoneEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.done"]
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    """An instance of the tool's model (`pydantic_function_tool`), the decoded JSON (another
    strict tool), or None (a tool that is not strict, or not among `tools`)."""


class LogprobsContentDeltaEvent(BaseModel):
    type: Literal["logprobs.content.delta"]
    content: List[ChatCompletionTokenLogprob]
    """The tokens of this chunk."""
    snapshot: List[ChatCompletionTokenLogprob]
    """The tokens so far."""


class LogprobsContentDoneEvent(BaseModel):
    type: Literal["logprobs.content.done"]
    content: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDeltaEvent(BaseModel):
    type: Literal["logprobs.refusal.delta"]
    refusal: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDoneEvent(BaseModel):
    type: Literal["logprobs.refusal.done"]
    refusal: List[ChatCompletionTokenLogprob]


ChatCompletionStreamEvent: TypeAlias = Union[
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent[ResponseFormatT],
    RefusalDeltaEvent,
    RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
]
