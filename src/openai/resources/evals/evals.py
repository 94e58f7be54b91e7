"""`/evals`: define evaluations (a data source shape and testing criteria) and manage them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.eval_create_params import EvalCreateKwargs
from ...types.eval_create_response import EvalCreateResponse
from ...types.eval_delete_response import EvalDeleteResponse
from ...types.eval_list_params import EvalListKwargs
from ...types.eval_list_response import EvalListResponse
from ...types.eval_retrieve_response import EvalRetrieveResponse
from ...types.eval_update_params import EvalUpdateKwargs
from ...types.eval_update_response import EvalUpdateResponse

if TYPE_CHECKING:
    from .runs.runs import (
        AsyncRuns,
        AsyncRunsWithRawResponse,
        AsyncRunsWithStreamingResponse,
        Runs,
        RunsWithRawResponse,
        RunsWithStreamingResponse,
    )

__all__ = [
    "Evals",
    "AsyncEvals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
]

_EVALS = "/evals"
_EVAL = _EVALS + "/{eval_id}"
CREATE = Endpoint("post", _EVALS, cast_to=EvalCreateResponse, params=EvalCreateKwargs)
RETRIEVE = Endpoint("get", _EVAL, cast_to=EvalRetrieveResponse)
UPDATE = Endpoint("post", _EVAL, cast_to=EvalUpdateResponse, params=EvalUpdateKwargs)
LIST = Endpoint("get", _EVALS, cast_to=EvalListResponse, params=EvalListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _EVALS, cast_to=EvalListResponse, params=EvalListKwargs, query=True, page=AsyncCursorPage)
DELETE = Endpoint("delete", _EVAL, cast_to=EvalDeleteResponse)


class EvalCreateArgs(EvalCreateKwargs, RequestExtras, total=False):
    """The keywords of `evals.create`."""


class EvalUpdateArgs(EvalUpdateKwargs, RequestExtras, total=False):
    """The keywords of `evals.update` besides the eval id."""


class EvalListArgs(EvalListKwargs, RequestExtras, total=False):
    """The keywords of `evals.list`."""


class Evals(SyncAPIResource):
    runs: "Runs" = lazy_resource("openai.resources.evals.runs.runs", "Runs")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> EvalsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> EvalsWithStreamingResponse: ...

    def create(self, **kw: Unpack[EvalCreateArgs]) -> EvalCreateResponse:
        """Define an evaluation: the shape of its data (`data_source_config`) and how to grade it."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, eval_id: str, **kw: Unpack[RequestExtras]) -> EvalRetrieveResponse:
        """One evaluation by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", eval_id=eval_id)

    def update(self, eval_id: str, **kw: Unpack[EvalUpdateArgs]) -> EvalUpdateResponse:
        """Rename an evaluation or replace its metadata."""
        return self._call(UPDATE, dict(kw), "update", eval_id=eval_id)

    def list(self, **kw: Unpack[EvalListArgs]) -> SyncCursorPage[EvalListResponse]:
        """Your project's evaluations, page by page."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, eval_id: str, **kw: Unpack[RequestExtras]) -> EvalDeleteResponse:
        """Delete an evaluation."""
        return self._call(DELETE, dict(kw), "delete", eval_id=eval_id)


class AsyncEvals(AsyncAPIResource):
    runs: "AsyncRuns" = lazy_resource("openai.resources.evals.runs.runs", "AsyncRuns")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncEvalsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncEvalsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[EvalCreateArgs]) -> EvalCreateResponse:
        """Define an evaluation: the shape of its data (`data_source_config`) and how to grade it."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, eval_id: str, **kw: Unpack[RequestExtras]) -> EvalRetrieveResponse:
        """One evaluation by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", eval_id=eval_id)

    async def update(self, eval_id: str, **kw: Unpack[EvalUpdateArgs]) -> EvalUpdateResponse:
        """Rename an evaluation or replace its metadata."""
        return await self._call(UPDATE, dict(kw), "update", eval_id=eval_id)

    def list(self, **kw: Unpack[EvalListArgs]) -> AsyncPaginator[EvalListResponse, AsyncCursorPage[EvalListResponse]]:
        """Your project's evaluations: await for the first page, or `async for` every evaluation."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, eval_id: str, **kw: Unpack[RequestExtras]) -> EvalDeleteResponse:
        """Delete an evaluation."""
        return await self._call(DELETE, dict(kw), "delete", eval_id=eval_id)


class EvalsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, evals: Evals) -> None:
            self.create = to_raw_response_wrapper(evals.create)
            self.delete = to_raw_response_wrapper(evals.delete)
            self.list = to_raw_response_wrapper(evals.list)
            self.retrieve = to_raw_response_wrapper(evals.retrieve)
            self.update = to_raw_response_wrapper(evals.update)

        @property
        def runs(self) -> RunsWithRawResponse: ...


class AsyncEvalsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, evals: AsyncEvals) -> None:
            self.create = async_to_raw_response_wrapper(evals.create)
            self.delete = async_to_raw_response_wrapper(evals.delete)
            self.list = async_to_raw_response_wrapper(evals.list)
            self.retrieve = async_to_raw_response_wrapper(evals.retrieve)
            self.update = async_to_raw_response_wrapper(evals.update)

        @property
        def runs(self) -> AsyncRunsWithRawResponse: ...


class EvalsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, evals: Evals) -> None:
            self.create = to_streamed_response_wrapper(evals.create)
            self.delete = to_streamed_response_wrapper(evals.delete)
            self.list = to_streamed_response_wrapper(evals.list)
            self.retrieve = to_streamed_response_wrapper(evals.retrieve)
            self.update = to_streamed_response_wrapper(evals.update)

        @property
        def runs(self) -> RunsWithStreamingResponse: ...


class AsyncEvalsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, evals: AsyncEvals) -> None:
            self.create = async_to_streamed_response_wrapper(evals.create)
            self.delete = async_to_streamed_response_wrapper(evals.delete)
            self.list = async_to_streamed_response_wrapper(evals.list)
            self.retrieve = async_to_streamed_response_wrapper(evals.retrieve)
            self.update = async_to_streamed_response_wrapper(evals.update)

        @property
        def runs(self) -> AsyncRunsWithStreamingResponse: ...
