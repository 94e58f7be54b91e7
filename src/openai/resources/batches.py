"""`/batches`: run a file of requests asynchronously, within a completion window."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ..types.batch import Batch
from ..types.batch_create_params import BatchCreateParams
from ..types.batch_list_params import BatchListParams

__all__ = ["Batches", "AsyncBatches"]

_ITEM = "/batches/{batch_id}"
CREATE = Endpoint("post", "/batches", cast_to=Batch, params=BatchCreateParams)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Batch)
LIST = Endpoint("get", "/batches", cast_to=Batch, params=BatchListParams, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", "/batches", cast_to=Batch, params=BatchListParams, query=True, page=AsyncCursorPage)
CANCEL = Endpoint("post", _ITEM + "/cancel", cast_to=Batch)


class BatchCreateArgs(BatchCreateParams, RequestExtras, total=False):
    """The keywords of `batches.create`."""


class BatchListArgs(BatchListParams, RequestExtras, total=False):
    """The keywords of `batches.list`."""


class Batches(SyncAPIResource):
    def create(self, **kw: Unpack[BatchCreateArgs]) -> Batch:
        """Start a batch from an uploaded `.jsonl` file (`purpose="batch"`) of requests to `endpoint`."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, batch_id: str, **kw: Unpack[RequestExtras]) -> Batch:
        """One batch, with its status and request counts."""
        return self._call(RETRIEVE, dict(kw), "retrieve", batch_id=batch_id)

    def list(self, **kw: Unpack[BatchListArgs]) -> SyncCursorPage[Batch]:
        """Your batches, page by page."""
        return self._call(LIST, dict(kw), "list")

    def cancel(self, batch_id: str, **kw: Unpack[RequestExtras]) -> Batch:
        """Cancel an in-progress batch: it becomes `cancelling`, then `cancelled`."""
        return self._call(CANCEL, dict(kw), "cancel", batch_id=batch_id)


class AsyncBatches(AsyncAPIResource):
    async def create(self, **kw: Unpack[BatchCreateArgs]) -> Batch:
        """Start a batch from an uploaded `.jsonl` file (`purpose="batch"`) of requests to `endpoint`."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, batch_id: str, **kw: Unpack[RequestExtras]) -> Batch:
        """One batch, with its status and request counts."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", batch_id=batch_id)

    def list(self, **kw: Unpack[BatchListArgs]) -> AsyncPaginator[Batch, AsyncCursorPage[Batch]]:
        """Your batches: await for the first page, or `async for` every batch."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def cancel(self, batch_id: str, **kw: Unpack[RequestExtras]) -> Batch:
        """Cancel an in-progress batch: it becomes `cancelling`, then `cancelled`."""
        return await self._call(CANCEL, dict(kw), "cancel", batch_id=batch_id)
