"""The events `responses.stream()` yields: the API's own, four of them enriched with what the
helper accumulated (the text so far, the parsed output, the parsed final response)."""

from __future__ import annotations

from typing import Generic, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated, TypeAlias, TypeVar

from ....types import responses as raw
from ....types.responses import ResponseCompletedEvent as RawResponseCompletedEvent
from ....types.responses import ResponseFunctionCallArgumentsDeltaEvent as RawResponseFunctionCallArgumentsDeltaEvent
from ....types.responses import ResponseTextDeltaEvent as RawResponseTextDeltaEvent
from ....types.responses import ResponseTextDoneEvent as RawResponseTextDoneEvent
from ....types.responses.parsed_response import ParsedResponse

__all__ = [
    "TextFormatT",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent",
    "ResponseStreamEvent",
]

TextFormatT = TypeVar("TextFormatT", default=None)  # None: no `text_format`, nothing parsed


class ResponseTextDeltaEvent(RawResponseTextDeltaEvent):
    snapshot: str
    """The text of this output part so far, this delta included."""


class ResponseTextDoneEvent(RawResponseTextDoneEvent, Generic[TextFormatT]):
    parsed: Optional[TextFormatT] = None
    """The finished text validated as `text_format`; None without a `text_format`."""


class ResponseFunctionCallArgumentsDeltaEvent(RawResponseFunctionCallArgumentsDeltaEvent):
    snapshot: str
    """The arguments of this function call so far (JSON text), this delta included."""


class ResponseCompletedEvent(RawResponseCompletedEvent, Generic[TextFormatT]):
    response: ParsedResponse[TextFormatT]  # type: ignore[assignment]


ResponseStreamEvent: TypeAlias = Annotated[
    Union[
        # enriched by the helper
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent[TextFormatT],
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseCompletedEvent[TextFormatT],
        # as the API sends them (in 1.102.0's order, which type checkers print unions in)
        raw.ResponseAudioDeltaEvent,
        raw.ResponseAudioDoneEvent,
        raw.ResponseAudioTranscriptDeltaEvent,
        raw.ResponseAudioTranscriptDoneEvent,
        raw.ResponseCodeInterpreterCallCodeDeltaEvent,
        raw.ResponseCodeInterpreterCallCodeDoneEvent,
        raw.ResponseCodeInterpreterCallCompletedEvent,
        raw.ResponseCodeInterpreterCallInProgressEvent,
        raw.ResponseCodeInterpreterCallInterpretingEvent,
        raw.ResponseContentPartAddedEvent,
        raw.ResponseContentPartDoneEvent,
        raw.ResponseCreatedEvent,
        raw.ResponseErrorEvent,
        raw.ResponseFileSearchCallCompletedEvent,
        raw.ResponseFileSearchCallInProgressEvent,
        raw.ResponseFileSearchCallSearchingEvent,
        raw.ResponseFunctionCallArgumentsDoneEvent,
        raw.ResponseInProgressEvent,
        raw.ResponseFailedEvent,
        raw.ResponseIncompleteEvent,
        raw.ResponseOutputItemAddedEvent,
        raw.ResponseOutputItemDoneEvent,
        raw.ResponseRefusalDeltaEvent,
        raw.ResponseRefusalDoneEvent,
        ResponseTextDoneEvent,  # listed again, unparametrized (so `[None]`), as in 1.102.0
        raw.ResponseWebSearchCallCompletedEvent,
        raw.ResponseWebSearchCallInProgressEvent,
        raw.ResponseWebSearchCallSearchingEvent,
        raw.ResponseReasoningSummaryPartAddedEvent,
        raw.ResponseReasoningSummaryPartDoneEvent,
        raw.ResponseReasoningSummaryTextDeltaEvent,
        raw.ResponseReasoningSummaryTextDoneEvent,
        raw.ResponseImageGenCallCompletedEvent,
        raw.ResponseImageGenCallInProgressEvent,
        raw.ResponseImageGenCallGeneratingEvent,
        raw.ResponseImageGenCallPartialImageEvent,
        raw.ResponseMcpCallCompletedEvent,
        raw.ResponseMcpCallArgumentsDeltaEvent,
        raw.ResponseMcpCallArgumentsDoneEvent,
        raw.ResponseMcpCallFailedEvent,
        raw.ResponseMcpCallInProgressEvent,
        raw.ResponseMcpListToolsCompletedEvent,
        raw.ResponseMcpListToolsFailedEvent,
        raw.ResponseMcpListToolsInProgressEvent,
        raw.ResponseOutputTextAnnotationAddedEvent,
        raw.ResponseQueuedEvent,
        raw.ResponseReasoningTextDeltaEvent,
        raw.ResponseReasoningTextDoneEvent,
        raw.ResponseCustomToolCallInputDeltaEvent,
        raw.ResponseCustomToolCallInputDoneEvent,
    ],
    FieldInfo(discriminator="type"),
]
