"""`/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`: the checkpoints a job saved along the way."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.fine_tuning.jobs.checkpoint_list_params import CheckpointListParams
from ....types.fine_tuning.jobs.fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = ["Checkpoints", "AsyncCheckpoints"]

_PATH = "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints"
LIST = Endpoint(
    "get", _PATH, cast_to=FineTuningJobCheckpoint, params=CheckpointListParams, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _PATH, cast_to=FineTuningJobCheckpoint, params=CheckpointListParams, query=True, page=AsyncCursorPage
)


class CheckpointListArgs(CheckpointListParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.checkpoints.list` besides the job id."""


class Checkpoints(SyncAPIResource):
    def list(
        self, fine_tuning_job_id: str, **kw: Unpack[CheckpointListArgs]
    ) -> SyncCursorPage[FineTuningJobCheckpoint]:
        """The checkpoints of a job, page by page."""
        return self._call(LIST, dict(kw), "list", fine_tuning_job_id=fine_tuning_job_id)


class AsyncCheckpoints(AsyncAPIResource):
    def list(
        self, fine_tuning_job_id: str, **kw: Unpack[CheckpointListArgs]
    ) -> AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]:
        """The checkpoints of a job: await for the first page, or `async for` every checkpoint."""
        return self._list(ASYNC_LIST, dict(kw), "list", fine_tuning_job_id=fine_tuning_job_id)
