"""`/batches`: run a file of requests asynchronously, within a completion window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, overload

from typing_extensions import Literal, Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..lib._batch_runner import BatchRunOptions, BatchRunResults
from ..pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ..types.batch import Batch
from ..types.batch_create_params import BatchCreateKwargs
from ..types.batch_list_params import BatchListKwargs

if TYPE_CHECKING:  # the result types load with the first results
    from ..types.chat.chat_completion import ChatCompletion
    from ..types.completion import Completion
    from ..types.create_embedding_response import CreateEmbeddingResponse
    from ..types.responses.response import Response

_Requests = Optional[Iterable[Mapping[str, Any]]]

__all__ = [
    "Batches",
    "AsyncBatches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
]

_ITEM = "/batches/{batch_id}"
CREATE = Endpoint("post", "/batches", cast_to=Batch, params=BatchCreateKwargs)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Batch)
LIST = Endpoint("get", "/batches", cast_to=Batch, params=BatchListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", "/batches", cast_to=Batch, params=BatchListKwargs, query=True, page=AsyncCursorPage)
CANCEL = Endpoint("post", _ITEM + "/cancel", cast_to=Batch)


class BatchCreateArgs(BatchCreateKwargs, RequestExtras, total=False):
    """The keywords of `batches.create`."""


class BatchListArgs(BatchListKwargs, RequestExtras, total=False):
    """The keywords of `batches.list`."""


class Batches(SyncAPIResource):
    _helpers = frozenset({"run"})  # many requests, polled: not in the raw/streaming views
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> BatchesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> BatchesWithStreamingResponse: ...

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

    @overload
    def run(
        self,
        requests: _Requests = None,
        *,
        endpoint: Literal["/v1/chat/completions"],
        **options: Unpack[BatchRunOptions],
    ) -> BatchRunResults[ChatCompletion]: ...
    @overload
    def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/responses"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Response]: ...
    @overload
    def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/embeddings"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[CreateEmbeddingResponse]: ...
    @overload
    def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/completions"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Completion]: ...
    def run(
        self, requests: _Requests = None, *, endpoint: str, **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Any]:
        """Run many requests (dicts of `create`'s keywords) through the Batch API: upload, start,
        poll with progress, download; the results in input order, each the parsed response or
        a `BatchRequestError`. Resumable (`state_file=`, `batch_ids=`); see `lib/_batch_runner`."""
        from ..lib._batch_runner import run_sync

        return run_sync(self._client, requests, endpoint=endpoint, **options)  # type: ignore[arg-type]


class AsyncBatches(AsyncAPIResource):
    _helpers = frozenset({"run"})
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncBatchesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse: ...

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

    @overload
    async def run(
        self,
        requests: _Requests = None,
        *,
        endpoint: Literal["/v1/chat/completions"],
        **options: Unpack[BatchRunOptions],
    ) -> BatchRunResults[ChatCompletion]: ...
    @overload
    async def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/responses"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Response]: ...
    @overload
    async def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/embeddings"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[CreateEmbeddingResponse]: ...
    @overload
    async def run(
        self, requests: _Requests = None, *, endpoint: Literal["/v1/completions"], **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Completion]: ...
    async def run(
        self, requests: _Requests = None, *, endpoint: str, **options: Unpack[BatchRunOptions]
    ) -> BatchRunResults[Any]:
        """The async twin of `Batches.run`."""
        from ..lib._batch_runner import run_async

        return await run_async(self._client, requests, endpoint=endpoint, **options)  # type: ignore[arg-type]


class BatchesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, batches: Batches) -> None:
            self.cancel = to_raw_response_wrapper(batches.cancel)
            self.create = to_raw_response_wrapper(batches.create)
            self.list = to_raw_response_wrapper(batches.list)
            self.retrieve = to_raw_response_wrapper(batches.retrieve)


class AsyncBatchesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, batches: AsyncBatches) -> None:
            self.cancel = async_to_raw_response_wrapper(batches.cancel)
            self.create = async_to_raw_response_wrapper(batches.create)
            self.list = async_to_raw_response_wrapper(batches.list)
            self.retrieve = async_to_raw_response_wrapper(batches.retrieve)


class BatchesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, batches: Batches) -> None:
            self.cancel = to_streamed_response_wrapper(batches.cancel)
            self.create = to_streamed_response_wrapper(batches.create)
            self.list = to_streamed_response_wrapper(batches.list)
            self.retrieve = to_streamed_response_wrapper(batches.retrieve)


class AsyncBatchesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, batches: AsyncBatches) -> None:
            self.cancel = async_to_streamed_response_wrapper(batches.cancel)
            self.create = async_to_streamed_response_wrapper(batches.create)
            self.list = async_to_streamed_response_wrapper(batches.list)
            self.retrieve = async_to_streamed_response_wrapper(batches.retrieve)
