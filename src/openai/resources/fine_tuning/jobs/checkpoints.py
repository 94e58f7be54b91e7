"""`/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`: the checkpoints a job saved along the way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.fine_tuning.jobs.checkpoint_list_params import CheckpointListKwargs
from ....types.fine_tuning.jobs.fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = [
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithRawResponse",
    "AsyncCheckpointsWithStreamingResponse",
]

_PATH = "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints"
LIST = Endpoint(
    "get", _PATH, cast_to=FineTuningJobCheckpoint, params=CheckpointListKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _PATH, cast_to=FineTuningJobCheckpoint, params=CheckpointListKwargs, query=True, page=AsyncCursorPage
)


class CheckpointListArgs(CheckpointListKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.checkpoints.list` besides the job id."""


class Checkpoints(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> CheckpointsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> CheckpointsWithStreamingResponse: ...

    def list(
        self, fine_tuning_job_id: str, **kw: Unpack[CheckpointListArgs]
    ) -> SyncCursorPage[FineTuningJobCheckpoint]:
        """The checkpoints of a job, page by page."""
        return self._call(LIST, dict(kw), "list", fine_tuning_job_id=fine_tuning_job_id)


class AsyncCheckpoints(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncCheckpointsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse: ...

    def list(
        self, fine_tuning_job_id: str, **kw: Unpack[CheckpointListArgs]
    ) -> AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]:
        """The checkpoints of a job: await for the first page, or `async for` every checkpoint."""
        return self._list(ASYNC_LIST, dict(kw), "list", fine_tuning_job_id=fine_tuning_job_id)


class CheckpointsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: Checkpoints) -> None:
            self.list = to_raw_response_wrapper(checkpoints.list)


class AsyncCheckpointsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: AsyncCheckpoints) -> None:
            self.list = async_to_raw_response_wrapper(checkpoints.list)


class CheckpointsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: Checkpoints) -> None:
            self.list = to_streamed_response_wrapper(checkpoints.list)


class AsyncCheckpointsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, checkpoints: AsyncCheckpoints) -> None:
            self.list = async_to_streamed_response_wrapper(checkpoints.list)
