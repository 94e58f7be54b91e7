"""`/fine_tuning/jobs`: start, inspect, list, pause, resume and cancel fine-tuning jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.fine_tuning.fine_tuning_job import FineTuningJob
from ....types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent
from ....types.fine_tuning.job_create_params import JobCreateKwargs
from ....types.fine_tuning.job_list_events_params import JobListEventsKwargs
from ....types.fine_tuning.job_list_params import JobListKwargs

if TYPE_CHECKING:
    from .checkpoints import (
        AsyncCheckpoints,
        AsyncCheckpointsWithRawResponse,
        AsyncCheckpointsWithStreamingResponse,
        Checkpoints,
        CheckpointsWithRawResponse,
        CheckpointsWithStreamingResponse,
    )

__all__ = [
    "Jobs",
    "AsyncJobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
]

_JOBS = "/fine_tuning/jobs"
_JOB = _JOBS + "/{fine_tuning_job_id}"
_EVENTS = _JOB + "/events"
CREATE = Endpoint("post", _JOBS, cast_to=FineTuningJob, params=JobCreateKwargs)
RETRIEVE = Endpoint("get", _JOB, cast_to=FineTuningJob)
LIST = Endpoint("get", _JOBS, cast_to=FineTuningJob, params=JobListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _JOBS, cast_to=FineTuningJob, params=JobListKwargs, query=True, page=AsyncCursorPage)
LIST_EVENTS = Endpoint(
    "get", _EVENTS, cast_to=FineTuningJobEvent, params=JobListEventsKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST_EVENTS = Endpoint(
    "get", _EVENTS, cast_to=FineTuningJobEvent, params=JobListEventsKwargs, query=True, page=AsyncCursorPage
)
CANCEL = Endpoint("post", _JOB + "/cancel", cast_to=FineTuningJob)
PAUSE = Endpoint("post", _JOB + "/pause", cast_to=FineTuningJob)
RESUME = Endpoint("post", _JOB + "/resume", cast_to=FineTuningJob)


class JobCreateArgs(JobCreateKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.create`."""


class JobListArgs(JobListKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.list`."""


class JobListEventsArgs(JobListEventsKwargs, RequestExtras, total=False):
    """The keywords of `fine_tuning.jobs.list_events` besides the job id."""


class Jobs(SyncAPIResource):
    checkpoints: "Checkpoints" = lazy_resource("openai.resources.fine_tuning.jobs.checkpoints", "Checkpoints")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> JobsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> JobsWithStreamingResponse: ...

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

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncJobsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncJobsWithStreamingResponse: ...

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


class JobsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, jobs: Jobs) -> None:
            self.cancel = to_raw_response_wrapper(jobs.cancel)
            self.create = to_raw_response_wrapper(jobs.create)
            self.list = to_raw_response_wrapper(jobs.list)
            self.list_events = to_raw_response_wrapper(jobs.list_events)
            self.pause = to_raw_response_wrapper(jobs.pause)
            self.resume = to_raw_response_wrapper(jobs.resume)
            self.retrieve = to_raw_response_wrapper(jobs.retrieve)

        @property
        def checkpoints(self) -> CheckpointsWithRawResponse: ...


class AsyncJobsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, jobs: AsyncJobs) -> None:
            self.cancel = async_to_raw_response_wrapper(jobs.cancel)
            self.create = async_to_raw_response_wrapper(jobs.create)
            self.list = async_to_raw_response_wrapper(jobs.list)
            self.list_events = async_to_raw_response_wrapper(jobs.list_events)
            self.pause = async_to_raw_response_wrapper(jobs.pause)
            self.resume = async_to_raw_response_wrapper(jobs.resume)
            self.retrieve = async_to_raw_response_wrapper(jobs.retrieve)

        @property
        def checkpoints(self) -> AsyncCheckpointsWithRawResponse: ...


class JobsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, jobs: Jobs) -> None:
            self.cancel = to_streamed_response_wrapper(jobs.cancel)
            self.create = to_streamed_response_wrapper(jobs.create)
            self.list = to_streamed_response_wrapper(jobs.list)
            self.list_events = to_streamed_response_wrapper(jobs.list_events)
            self.pause = to_streamed_response_wrapper(jobs.pause)
            self.resume = to_streamed_response_wrapper(jobs.resume)
            self.retrieve = to_streamed_response_wrapper(jobs.retrieve)

        @property
        def checkpoints(self) -> CheckpointsWithStreamingResponse: ...


class AsyncJobsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, jobs: AsyncJobs) -> None:
            self.cancel = async_to_streamed_response_wrapper(jobs.cancel)
            self.create = async_to_streamed_response_wrapper(jobs.create)
            self.list = async_to_streamed_response_wrapper(jobs.list)
            self.list_events = async_to_streamed_response_wrapper(jobs.list_events)
            self.pause = async_to_streamed_response_wrapper(jobs.pause)
            self.resume = async_to_streamed_response_wrapper(jobs.resume)
            self.retrieve = async_to_streamed_response_wrapper(jobs.retrieve)

        @property
        def checkpoints(self) -> AsyncCheckpointsWithStreamingResponse: ...
