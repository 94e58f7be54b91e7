from .alpha import (
    Alpha,
    AlphaWithRawResponse,
    AlphaWithStreamingResponse,
    AsyncAlpha,
    AsyncAlphaWithRawResponse,
    AsyncAlphaWithStreamingResponse,
)
from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
)
from .fine_tuning import (
    AsyncFineTuning,
    AsyncFineTuningWithRawResponse,
    AsyncFineTuningWithStreamingResponse,
    FineTuning,
    FineTuningWithRawResponse,
    FineTuningWithStreamingResponse,
)
from .jobs import (
    AsyncJobs,
    AsyncJobsWithRawResponse,
    AsyncJobsWithStreamingResponse,
    Jobs,
    JobsWithRawResponse,
    JobsWithStreamingResponse,
)

__all__ = [
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Checkpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpoints",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
    "Alpha",
    "AlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlpha",
    "AsyncAlphaWithRawResponse",
    "AsyncAlphaWithStreamingResponse",
]
