from .checkpoints import (
    AsyncCheckpoints,
    AsyncCheckpointsWithRawResponse,
    AsyncCheckpointsWithStreamingResponse,
    Checkpoints,
    CheckpointsWithRawResponse,
    CheckpointsWithStreamingResponse,
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
]
