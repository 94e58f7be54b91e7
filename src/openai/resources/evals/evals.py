"""`/evals`: define evaluations (a data source shape and testing criteria) and manage them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ...types.eval_create_params import EvalCreateParams
from ...types.eval_create_response import EvalCreateResponse
from ...types.eval_delete_response import EvalDeleteResponse
from ...types.eval_list_params import EvalListParams
from ...types.eval_list_response import EvalListResponse
from ...types.eval_retrieve_response import EvalRetrieveResponse
from ...types.eval_update_params import EvalUpdateParams
from ...types.eval_update_response import EvalUpdateResponse

if TYPE_CHECKING:
    from .runs.runs import AsyncRuns, Runs

__all__ = ["Evals", "AsyncEvals"]

_EVALS = "/evals"
_EVAL = _EVALS + "/{eval_id}"
CREATE = Endpoint("post", _EVALS, cast_to=EvalCreateResponse, params=EvalCreateParams)
RETRIEVE = Endpoint("get", _EVAL, cast_to=EvalRetrieveResponse)
UPDATE = Endpoint("post", _EVAL, cast_to=EvalUpdateResponse, params=EvalUpdateParams)
LIST = Endpoint("get", _EVALS, cast_to=EvalListResponse, params=EvalListParams, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _EVALS, cast_to=EvalListResponse, params=EvalListParams, query=True, page=AsyncCursorPage)
DELETE = Endpoint("delete", _EVAL, cast_to=EvalDeleteResponse)


class EvalCreateArgs(EvalCreateParams, RequestExtras, total=False):
    """The keywords of `evals.create`."""


class EvalUpdateArgs(EvalUpdateParams, RequestExtras, total=False):
    """The keywords of `evals.update` besides the eval id."""


class EvalListArgs(EvalListParams, RequestExtras, total=False):
    """The keywords of `evals.list`."""


class Evals(SyncAPIResource):
    runs: "Runs" = lazy_resource("openai.resources.evals.runs.runs", "Runs")

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
