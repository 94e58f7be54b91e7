from .output_items import (
    AsyncOutputItems,
    AsyncOutputItemsWithRawResponse,
    AsyncOutputItemsWithStreamingResponse,
    OutputItems,
    OutputItemsWithRawResponse,
    OutputItemsWithStreamingResponse,
)
from .runs import (
    AsyncRuns,
    AsyncRunsWithRawResponse,
    AsyncRunsWithStreamingResponse,
    Runs,
    RunsWithRawResponse,
    RunsWithStreamingResponse,
)

__all__ = [
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "OutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "AsyncOutputItems",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
]
