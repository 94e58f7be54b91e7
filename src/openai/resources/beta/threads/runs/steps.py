"""`/threads/{thread_id}/runs/{run_id}/steps`: what a run did, step by step."""

from __future__ import annotations

from typing import List

from typing_extensions import Literal, TypedDict, Unpack

from ....._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from .....types.beta.threads.runs.run_step import RunStep
from .....types.beta.threads.runs.run_step_include import RunStepInclude
from ...assistants import ASSISTANTS_V2
from .._common import deprecated

__all__ = ["Steps", "AsyncSteps"]


class StepRetrieveQuery(TypedDict, total=False):
    """`StepRetrieveParams` without the ids, which the method takes as path keywords."""

    include: List[RunStepInclude]


class StepListQuery(StepRetrieveQuery, total=False):
    """`StepListParams` without `thread_id`, which the method takes as a path keyword."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]


_STEPS = "/threads/{thread_id}/runs/{run_id}/steps"
RETRIEVE = Endpoint(
    "get", _STEPS + "/{step_id}", cast_to=RunStep, params=StepRetrieveQuery, query=True, headers=ASSISTANTS_V2
)
LIST = Endpoint(
    "get", _STEPS, cast_to=RunStep, params=StepListQuery, query=True, page=SyncCursorPage, headers=ASSISTANTS_V2
)
ASYNC_LIST = Endpoint(
    "get", _STEPS, cast_to=RunStep, params=StepListQuery, query=True, page=AsyncCursorPage, headers=ASSISTANTS_V2
)


class StepRetrieveArgs(StepRetrieveQuery, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.steps.retrieve` besides the three ids."""


class StepListArgs(StepListQuery, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.steps.list` besides the two ids."""


class Steps(SyncAPIResource):
    @deprecated
    def retrieve(self, step_id: str, *, thread_id: str, run_id: str, **kw: Unpack[StepRetrieveArgs]) -> RunStep:
        """One step of a run; `include` asks for file search result contents."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id, step_id=step_id)

    @deprecated
    def list(self, run_id: str, *, thread_id: str, **kw: Unpack[StepListArgs]) -> SyncCursorPage[RunStep]:
        """The steps of a run, page by page."""
        return self._call(LIST, dict(kw), "list", thread_id=thread_id, run_id=run_id)


class AsyncSteps(AsyncAPIResource):
    @deprecated
    async def retrieve(self, step_id: str, *, thread_id: str, run_id: str, **kw: Unpack[StepRetrieveArgs]) -> RunStep:
        """One step of a run; `include` asks for file search result contents."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id, step_id=step_id)

    @deprecated
    def list(
        self, run_id: str, *, thread_id: str, **kw: Unpack[StepListArgs]
    ) -> AsyncPaginator[RunStep, AsyncCursorPage[RunStep]]:
        """The steps of a run: await for the first page, or `async for` every step."""
        return self._list(ASYNC_LIST, dict(kw), "list", thread_id=thread_id, run_id=run_id)
