from .assistants import (
    Assistants,
    AssistantsWithRawResponse,
    AssistantsWithStreamingResponse,
    AsyncAssistants,
    AsyncAssistantsWithRawResponse,
    AsyncAssistantsWithStreamingResponse,
)
from .beta import (
    AsyncBeta,
    AsyncBetaWithRawResponse,
    AsyncBetaWithStreamingResponse,
    Beta,
    BetaWithRawResponse,
    BetaWithStreamingResponse,
)
from .threads import (
    AsyncThreads,
    AsyncThreadsWithRawResponse,
    AsyncThreadsWithStreamingResponse,
    Threads,
    ThreadsWithRawResponse,
    ThreadsWithStreamingResponse,
)

__all__ = [
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "Assistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
]
