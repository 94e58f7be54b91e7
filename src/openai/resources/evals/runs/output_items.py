"""`/evals/{eval_id}/runs/{run_id}/output_items`: the graded results of a run, one per data item."""

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
from ....types.evals.runs.output_item_list_params import OutputItemListKwargs
from ....types.evals.runs.output_item_list_response import OutputItemListResponse
from ....types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse

__all__ = [
    "OutputItems",
    "AsyncOutputItems",
    "OutputItemsWithRawResponse",
    "OutputItemsWithStreamingResponse",
    "AsyncOutputItemsWithRawResponse",
    "AsyncOutputItemsWithStreamingResponse",
]


_ITEMS = "/evals/{eval_id}/runs/{run_id}/output_items"
RETRIEVE = Endpoint("get", _ITEMS + "/{output_item_id}", cast_to=OutputItemRetrieveResponse)
LIST = Endpoint(
    "get", _ITEMS, cast_to=OutputItemListResponse, params=OutputItemListKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _ITEMS, cast_to=OutputItemListResponse, params=OutputItemListKwargs, query=True, page=AsyncCursorPage
)


class OutputItemListArgs(OutputItemListKwargs, RequestExtras, total=False):
    """The keywords of `evals.runs.output_items.list` besides the two ids."""


class OutputItems(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> OutputItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> OutputItemsWithStreamingResponse: ...

    def retrieve(
        self, output_item_id: str, *, eval_id: str, run_id: str, **kw: Unpack[RequestExtras]
    ) -> OutputItemRetrieveResponse:
        """One graded result of a run."""
        return self._call(RETRIEVE, dict(kw), "retrieve", eval_id=eval_id, run_id=run_id, output_item_id=output_item_id)

    def list(
        self, run_id: str, *, eval_id: str, **kw: Unpack[OutputItemListArgs]
    ) -> SyncCursorPage[OutputItemListResponse]:
        """The graded results of a run, page by page (`status` keeps only passes or failures)."""
        return self._call(LIST, dict(kw), "list", eval_id=eval_id, run_id=run_id)


class AsyncOutputItems(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncOutputItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncOutputItemsWithStreamingResponse: ...

    async def retrieve(
        self, output_item_id: str, *, eval_id: str, run_id: str, **kw: Unpack[RequestExtras]
    ) -> OutputItemRetrieveResponse:
        """One graded result of a run."""
        return await self._call(
            RETRIEVE, dict(kw), "retrieve", eval_id=eval_id, run_id=run_id, output_item_id=output_item_id
        )

    def list(
        self, run_id: str, *, eval_id: str, **kw: Unpack[OutputItemListArgs]
    ) -> AsyncPaginator[OutputItemListResponse, AsyncCursorPage[OutputItemListResponse]]:
        """The graded results of a run: await for the first page, or `async for` every result."""
        return self._list(ASYNC_LIST, dict(kw), "list", eval_id=eval_id, run_id=run_id)


class OutputItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, output_items: OutputItems) -> None:
            self.list = to_raw_response_wrapper(output_items.list)
            self.retrieve = to_raw_response_wrapper(output_items.retrieve)


class AsyncOutputItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, output_items: AsyncOutputItems) -> None:
            self.list = async_to_raw_response_wrapper(output_items.list)
            self.retrieve = async_to_raw_response_wrapper(output_items.retrieve)


class OutputItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, output_items: OutputItems) -> None:
            self.list = to_streamed_response_wrapper(output_items.list)
            self.retrieve = to_streamed_response_wrapper(output_items.retrieve)


class AsyncOutputItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, output_items: AsyncOutputItems) -> None:
            self.list = async_to_streamed_response_wrapper(output_items.list)
            self.retrieve = async_to_streamed_response_wrapper(output_items.retrieve)
