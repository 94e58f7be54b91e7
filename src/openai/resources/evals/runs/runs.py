"""`/evals/{eval_id}/runs`: run an evaluation on a data source, follow, cancel and delete runs."""

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
from ....types.evals.run_cancel_response import RunCancelResponse
from ....types.evals.run_create_params import RunCreateKwargs
from ....types.evals.run_create_response import RunCreateResponse
from ....types.evals.run_delete_response import RunDeleteResponse
from ....types.evals.run_list_params import RunListKwargs
from ....types.evals.run_list_response import RunListResponse
from ....types.evals.run_retrieve_response import RunRetrieveResponse

if TYPE_CHECKING:
    from .output_items import (
        AsyncOutputItems,
        AsyncOutputItemsWithRawResponse,
        AsyncOutputItemsWithStreamingResponse,
        OutputItems,
        OutputItemsWithRawResponse,
        OutputItemsWithStreamingResponse,
    )

__all__ = [
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
]

_RUNS = "/evals/{eval_id}/runs"
_RUN = _RUNS + "/{run_id}"
CREATE = Endpoint("post", _RUNS, cast_to=RunCreateResponse, params=RunCreateKwargs)
RETRIEVE = Endpoint("get", _RUN, cast_to=RunRetrieveResponse)
LIST = Endpoint("get", _RUNS, cast_to=RunListResponse, params=RunListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _RUNS, cast_to=RunListResponse, params=RunListKwargs, query=True, page=AsyncCursorPage)
DELETE = Endpoint("delete", _RUN, cast_to=RunDeleteResponse)
# Cancelling is a bodiless POST to the run itself.
CANCEL = Endpoint("post", _RUN, cast_to=RunCancelResponse)


class RunCreateArgs(RunCreateKwargs, RequestExtras, total=False):
    """The keywords of `evals.runs.create` besides the eval id."""


class RunListArgs(RunListKwargs, RequestExtras, total=False):
    """The keywords of `evals.runs.list` besides the eval id."""


class Runs(SyncAPIResource):
    output_items: "OutputItems" = lazy_resource("openai.resources.evals.runs.output_items", "OutputItems")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> RunsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> RunsWithStreamingResponse: ...

    def create(self, eval_id: str, **kw: Unpack[RunCreateArgs]) -> RunCreateResponse:
        """Start a run of an evaluation over `data_source`."""
        return self._call(CREATE, dict(kw), "create", eval_id=eval_id)

    def retrieve(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunRetrieveResponse:
        """One run of an evaluation, with its status and results so far."""
        return self._call(RETRIEVE, dict(kw), "retrieve", eval_id=eval_id, run_id=run_id)

    def list(self, eval_id: str, **kw: Unpack[RunListArgs]) -> SyncCursorPage[RunListResponse]:
        """The runs of an evaluation, page by page (`status` filters them)."""
        return self._call(LIST, dict(kw), "list", eval_id=eval_id)

    def delete(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunDeleteResponse:
        """Delete a run."""
        return self._call(DELETE, dict(kw), "delete", eval_id=eval_id, run_id=run_id)

    def cancel(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunCancelResponse:
        """Stop a run that is still going."""
        return self._call(CANCEL, dict(kw), "cancel", eval_id=eval_id, run_id=run_id)


class AsyncRuns(AsyncAPIResource):
    output_items: "AsyncOutputItems" = lazy_resource("openai.resources.evals.runs.output_items", "AsyncOutputItems")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncRunsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncRunsWithStreamingResponse: ...

    async def create(self, eval_id: str, **kw: Unpack[RunCreateArgs]) -> RunCreateResponse:
        """Start a run of an evaluation over `data_source`."""
        return await self._call(CREATE, dict(kw), "create", eval_id=eval_id)

    async def retrieve(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunRetrieveResponse:
        """One run of an evaluation, with its status and results so far."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", eval_id=eval_id, run_id=run_id)

    def list(
        self, eval_id: str, **kw: Unpack[RunListArgs]
    ) -> AsyncPaginator[RunListResponse, AsyncCursorPage[RunListResponse]]:
        """The runs of an evaluation: await for the first page, or `async for` every run."""
        return self._list(ASYNC_LIST, dict(kw), "list", eval_id=eval_id)

    async def delete(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunDeleteResponse:
        """Delete a run."""
        return await self._call(DELETE, dict(kw), "delete", eval_id=eval_id, run_id=run_id)

    async def cancel(self, run_id: str, *, eval_id: str, **kw: Unpack[RequestExtras]) -> RunCancelResponse:
        """Stop a run that is still going."""
        return await self._call(CANCEL, dict(kw), "cancel", eval_id=eval_id, run_id=run_id)


class RunsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, runs: Runs) -> None:
            self.cancel = to_raw_response_wrapper(runs.cancel)
            self.create = to_raw_response_wrapper(runs.create)
            self.delete = to_raw_response_wrapper(runs.delete)
            self.list = to_raw_response_wrapper(runs.list)
            self.retrieve = to_raw_response_wrapper(runs.retrieve)

        @property
        def output_items(self) -> OutputItemsWithRawResponse: ...


class AsyncRunsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, runs: AsyncRuns) -> None:
            self.cancel = async_to_raw_response_wrapper(runs.cancel)
            self.create = async_to_raw_response_wrapper(runs.create)
            self.delete = async_to_raw_response_wrapper(runs.delete)
            self.list = async_to_raw_response_wrapper(runs.list)
            self.retrieve = async_to_raw_response_wrapper(runs.retrieve)

        @property
        def output_items(self) -> AsyncOutputItemsWithRawResponse: ...


class RunsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, runs: Runs) -> None:
            self.cancel = to_streamed_response_wrapper(runs.cancel)
            self.create = to_streamed_response_wrapper(runs.create)
            self.delete = to_streamed_response_wrapper(runs.delete)
            self.list = to_streamed_response_wrapper(runs.list)
            self.retrieve = to_streamed_response_wrapper(runs.retrieve)

        @property
        def output_items(self) -> OutputItemsWithStreamingResponse: ...


class AsyncRunsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, runs: AsyncRuns) -> None:
            self.cancel = async_to_streamed_response_wrapper(runs.cancel)
            self.create = async_to_streamed_response_wrapper(runs.create)
            self.delete = async_to_streamed_response_wrapper(runs.delete)
            self.list = async_to_streamed_response_wrapper(runs.list)
            self.retrieve = async_to_streamed_response_wrapper(runs.retrieve)

        @property
        def output_items(self) -> AsyncOutputItemsWithStreamingResponse: ...
