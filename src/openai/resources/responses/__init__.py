from .input_items import (
    AsyncInputItems,
    AsyncInputItemsWithRawResponse,
    AsyncInputItemsWithStreamingResponse,
    InputItems,
    InputItemsWithRawResponse,
    InputItemsWithStreamingResponse,
)
from .responses import (
    AsyncResponses,
    AsyncResponsesWithRawResponse,
    AsyncResponsesWithStreamingResponse,
    Responses,
    ResponsesWithRawResponse,
    ResponsesWithStreamingResponse,
)

__all__ = [
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
]
