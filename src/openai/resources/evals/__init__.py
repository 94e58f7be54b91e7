from .evals import (
    AsyncEvals,
    AsyncEvalsWithRawResponse,
    AsyncEvalsWithStreamingResponse,
    Evals,
    EvalsWithRawResponse,
    EvalsWithStreamingResponse,
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
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
]
