"""`/threads/{thread_id}/runs/{run_id}/steps`: what a run did, step by step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ....._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from .....types.beta.threads.runs.run_step import RunStep
from .....types.beta.threads.runs.step_list_params import StepListKwargs
from .....types.beta.threads.runs.step_retrieve_params import StepRetrieveKwargs
from ...assistants import ASSISTANTS_V2
from .._common import DEPRECATION_MESSAGE, deprecated

__all__ = [
    "Steps",
    "AsyncSteps",
    "StepsWithRawResponse",
    "StepsWithStreamingResponse",
    "AsyncStepsWithRawResponse",
    "AsyncStepsWithStreamingResponse",
]


_STEPS = "/threads/{thread_id}/runs/{run_id}/steps"
RETRIEVE = Endpoint(
    "get", _STEPS + "/{step_id}", cast_to=RunStep, params=StepRetrieveKwargs, query=True, headers=ASSISTANTS_V2
)
LIST = Endpoint(
    "get", _STEPS, cast_to=RunStep, params=StepListKwargs, query=True, page=SyncCursorPage, headers=ASSISTANTS_V2
)
ASYNC_LIST = Endpoint(
    "get", _STEPS, cast_to=RunStep, params=StepListKwargs, query=True, page=AsyncCursorPage, headers=ASSISTANTS_V2
)


class StepRetrieveArgs(StepRetrieveKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.steps.retrieve` besides the three ids."""


class StepListArgs(StepListKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.steps.list` besides the two ids."""


class Steps(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> StepsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> StepsWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    def retrieve(self, step_id: str, *, thread_id: str, run_id: str, **kw: Unpack[StepRetrieveArgs]) -> RunStep:
        """One step of a run; `include` asks for file search result contents."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id, step_id=step_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(self, run_id: str, *, thread_id: str, **kw: Unpack[StepListArgs]) -> SyncCursorPage[RunStep]:
        """The steps of a run, page by page."""
        return self._call(LIST, dict(kw), "list", thread_id=thread_id, run_id=run_id)


class AsyncSteps(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncStepsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncStepsWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    async def retrieve(self, step_id: str, *, thread_id: str, run_id: str, **kw: Unpack[StepRetrieveArgs]) -> RunStep:
        """One step of a run; `include` asks for file search result contents."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id, step_id=step_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(
        self, run_id: str, *, thread_id: str, **kw: Unpack[StepListArgs]
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """The steps of a run: await for the first page, or `async for` every step."""
        return self._list(ASYNC_LIST, dict(kw), "list", thread_id=thread_id, run_id=run_id)


class StepsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, steps: Steps) -> None:
            self.list = to_raw_response_wrapper(steps.list)
            self.retrieve = to_raw_response_wrapper(steps.retrieve)


class AsyncStepsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, steps: AsyncSteps) -> None:
            self.list = async_to_raw_response_wrapper(steps.list)
            self.retrieve = async_to_raw_response_wrapper(steps.retrieve)


class StepsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, steps: Steps) -> None:
            self.list = to_streamed_response_wrapper(steps.list)
            self.retrieve = to_streamed_response_wrapper(steps.retrieve)


class AsyncStepsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, steps: AsyncSteps) -> None:
            self.list = async_to_streamed_response_wrapper(steps.list)
            self.retrieve = async_to_streamed_response_wrapper(steps.retrieve)
