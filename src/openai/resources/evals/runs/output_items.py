"""`/evals/{eval_id}/runs/{run_id}/output_items`: the graded results of a run, one per data item."""

from __future__ import annotations

from typing_extensions import Literal, TypedDict, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.evals.runs.output_item_list_response import OutputItemListResponse
from ....types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse

__all__ = ["OutputItems", "AsyncOutputItems"]


class OutputItemListQuery(TypedDict, total=False):
    """`OutputItemListParams` without `eval_id`, which the method takes as a path keyword."""

    after: str
    limit: int
    order: Literal["asc", "desc"]
    status: Literal["fail", "pass"]


_ITEMS = "/evals/{eval_id}/runs/{run_id}/output_items"
RETRIEVE = Endpoint("get", _ITEMS + "/{output_item_id}", cast_to=OutputItemRetrieveResponse)
LIST = Endpoint(
    "get", _ITEMS, cast_to=OutputItemListResponse, params=OutputItemListQuery, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _ITEMS, cast_to=OutputItemListResponse, params=OutputItemListQuery, query=True, page=AsyncCursorPage
)


class OutputItemListArgs(OutputItemListQuery, RequestExtras, total=False):
    """The keywords of `evals.runs.output_items.list` besides the two ids."""


class OutputItems(SyncAPIResource):
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
