"""`/fine_tuning/jobs`: start, inspect, list, pause, resume and cancel fine-tuning jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.fine_tuning.fine_tuning_job import FineTuningJob
from ....types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent
from ....types.fine_tuning.job_create_params import JobCreateParams
from ....types.fine_tuning.job_list_events_params import JobListEventsParams
from ....types.fine_tuning.job_list_params import JobListParams

if TYPE_CHECKING:
    from .checkpoints import AsyncCheckpoints, Checkpoints

__all__ = ["Jobs", "AsyncJobs"]

_JOBS = "/fine_tuning/jobs"
_JOB = _JOBS + "/{fine_tuning_job_id}"
_EVENTS = _JOB + "/events"
CREATE = Endpoint("post", _JOBS, cast_to=FineTuningJob, params=JobCreateParams)
RETRIEVE = Endpoint("get", _JOB, cast_to=FineTuningJob)
LIST = Endpoint("get", _JOBS, cast_to=FineTuningJob, params=JobListParams, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _JOBS, cast_to=FineTuningJob, params=JobListParams, query=True, page=AsyncCursorPage)
LIST_EVENTS = Endpoint(
    "get", _EVENTS, cast_to=FineTuningJobEvent, params=JobListEventsParams, query=True, page=SyncCursorPage
)
ASYNC_LIST_EVENTS = Endpoint(
    "get", _EVENTS, cast_to=FineTuningJobEvent, params=JobListEventsParams, query=True, page=AsyncCursorPage
)
CANCEL = Endpoint("post", _JOB + "/cancel", cast_to=FineTuningJob)
PAUSE = Endpoint("post", _JOB + "/pause", cast_to=FineTuningJob)
RESUME = Endpoint("post", _JOB + "/resume", cast_to=FineTuningJob)


class JobCreateArgs(JobCreateParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.create`."""


class JobListArgs(JobListParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.list`."""


class JobListEventsArgs(JobListEventsParams, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.list_events` besides the job id."""


class Jobs(SyncAPIResource):
    checkpoints: "Checkpoints" = lazy_resource("openai.resources.fine_tuning.jobs.checkpoints", "Checkpoints")

    def create(self, **kw: Unpack[JobCreateArgs]) -> FineTuningJob:
        """Start a job that fine-tunes `model` on the uploaded `training_file`."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """The current state of a fine-tuning job."""
        return self._call(RETRIEVE, dict(kw), "retrieve", fine_tuning_job_id=fine_tuning_job_id)

    def list(self, **kw: Unpack[JobListArgs]) -> SyncCursorPage[FineTuningJob]:
        """Your organization's fine-tuning jobs, page by page (`metadata` filters them)."""
        return self._call(LIST, dict(kw), "list")

    def cancel(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Stop a running job for good."""
        return self._call(CANCEL, dict(kw), "cancel", fine_tuning_job_id=fine_tuning_job_id)

    def list_events(
        self, fine_tuning_job_id: str, **kw: Unpack[JobListEventsArgs]
    ) -> SyncCursorPage[FineTuningJobEvent]:
        """The status updates of a job, page by page."""
        return self._call(LIST_EVENTS, dict(kw), "list_events", fine_tuning_job_id=fine_tuning_job_id)

    def pause(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Pause a running job; `resume` picks it up again."""
        return self._call(PAUSE, dict(kw), "pause", fine_tuning_job_id=fine_tuning_job_id)

    def resume(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Continue a paused job."""
        return self._call(RESUME, dict(kw), "resume", fine_tuning_job_id=fine_tuning_job_id)


class AsyncJobs(AsyncAPIResource):
    checkpoints: "AsyncCheckpoints" = lazy_resource("openai.resources.fine_tuning.jobs.checkpoints", "AsyncCheckpoints")

    async def create(self, **kw: Unpack[JobCreateArgs]) -> FineTuningJob:
        """Start a job that fine-tunes `model` on the uploaded `training_file`."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """The current state of a fine-tuning job."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", fine_tuning_job_id=fine_tuning_job_id)

    def list(self, **kw: Unpack[JobListArgs]) -> AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]:
        """Your organization's fine-tuning jobs: await for the first page, or `async for` every job."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def cancel(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Stop a running job for good."""
        return await self._call(CANCEL, dict(kw), "cancel", fine_tuning_job_id=fine_tuning_job_id)

    def list_events(
        self, fine_tuning_job_id: str, **kw: Unpack[JobListEventsArgs]
    ) -> AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]:
        """The status updates of a job: await for the first page, or `async for` every event."""
        return self._list(ASYNC_LIST_EVENTS, dict(kw), "list_events", fine_tuning_job_id=fine_tuning_job_id)

    async def pause(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Pause a running job; `resume` picks it up again."""
        return await self._call(PAUSE, dict(kw), "pause", fine_tuning_job_id=fine_tuning_job_id)

    async def resume(self, fine_tuning_job_id: str, **kw: Unpack[RequestExtras]) -> FineTuningJob:
        """Continue a paused job."""
        return await self._call(RESUME, dict(kw), "resume", fine_tuning_job_id=fine_tuning_job_id)
