"""`client.fine_tuning`: a namespace holding `jobs`, `checkpoints` and `alpha`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ..._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from .alpha.alpha import (
        Alpha,
        AlphaWithRawResponse,
        AlphaWithStreamingResponse,
        AsyncAlpha,
        AsyncAlphaWithRawResponse,
        AsyncAlphaWithStreamingResponse,
    )
    from .checkpoints.checkpoints import (
        AsyncCheckpoints,
        AsyncCheckpointsWithRawResponse,
        AsyncCheckpointsWithStreamingResponse,
        Checkpoints,
        CheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
    )
    from .jobs.jobs import (
        AsyncJobs,
        AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse,
        Jobs,
        JobsWithRawResponse,
        JobsWithStreamingResponse,
    )

__all__ = [
    "FineTuning",
    "AsyncFineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
]

_JOBS = "openai.resources.fine_tuning.jobs.jobs"
_CHECKPOINTS = "openai.resources.fine_tuning.checkpoints.checkpoints"
_ALPHA = "openai.resources.fine_tuning.alpha.alpha"


class FineTuning(SyncAPIResource):
    jobs: "Jobs" = lazy_resource(_JOBS, "Jobs")
    checkpoints: "Checkpoints" = lazy_resource(_CHECKPOINTS, "Checkpoints")
    alpha: "Alpha" = lazy_resource(_ALPHA, "Alpha")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> FineTuningWithRawResponse: ...
        @property
        def with_streaming_response(self) -> FineTuningWithStreamingResponse: ...


class AsyncFineTuning(AsyncAPIResource):
    jobs: "AsyncJobs" = lazy_resource(_JOBS, "AsyncJobs")
    checkpoints: "AsyncCheckpoints" = lazy_resource(_CHECKPOINTS, "AsyncCheckpoints")
    alpha: "AsyncAlpha" = lazy_resource(_ALPHA, "AsyncAlpha")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncFineTuningWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse: ...


class FineTuningWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, fine_tuning: FineTuning) -> None: ...

        @property
        def alpha(self) -> AlphaWithRawResponse: ...

        @property
        def checkpoints(self) -> CheckpointsWithRawResponse: ...

        @property
        def jobs(self) -> JobsWithRawResponse: ...


class AsyncFineTuningWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, fine_tuning: AsyncFineTuning) -> None: ...

        @property
        def alpha(self) -> AsyncAlphaWithRawResponse: ...

        @property
        def checkpoints(self) -> AsyncCheckpointsWithRawResponse: ...

        @property
        def jobs(self) -> AsyncJobsWithRawResponse: ...


class FineTuningWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, fine_tuning: FineTuning) -> None: ...

        @property
        def alpha(self) -> AlphaWithStreamingResponse: ...

        @property
        def checkpoints(self) -> CheckpointsWithStreamingResponse: ...

        @property
        def jobs(self) -> JobsWithStreamingResponse: ...


class AsyncFineTuningWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, fine_tuning: AsyncFineTuning) -> None: ...

        @property
        def alpha(self) -> AsyncAlphaWithStreamingResponse: ...

        @property
        def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse: ...

        @property
        def jobs(self) -> AsyncJobsWithStreamingResponse: ...
