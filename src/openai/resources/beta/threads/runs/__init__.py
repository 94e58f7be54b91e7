from .runs import (
    AsyncRuns,
    AsyncRunsWithRawResponse,
    AsyncRunsWithStreamingResponse,
    Runs,
    RunsWithRawResponse,
    RunsWithStreamingResponse,
)
from .steps import (
    AsyncSteps,
    AsyncStepsWithRawResponse,
    AsyncStepsWithStreamingResponse,
    Steps,
    StepsWithRawResponse,
    StepsWithStreamingResponse,
)

__all__ = [
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "Steps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
    "AsyncSteps",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
]
