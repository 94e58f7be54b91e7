"""`/vector_stores`: create, inspect, change, list, delete and search vector stores."""

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
from ...pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from ...types.vector_store import VectorStore
from ...types.vector_store_create_params import VectorStoreCreateKwargs
from ...types.vector_store_deleted import VectorStoreDeleted
from ...types.vector_store_list_params import VectorStoreListKwargs
from ...types.vector_store_search_params import VectorStoreSearchKwargs
from ...types.vector_store_search_response import VectorStoreSearchResponse
from ...types.vector_store_update_params import VectorStoreUpdateKwargs

if TYPE_CHECKING:
    from .file_batches import (
        AsyncFileBatches,
        AsyncFileBatchesWithRawResponse,
        AsyncFileBatchesWithStreamingResponse,
        FileBatches,
        FileBatchesWithRawResponse,
        FileBatchesWithStreamingResponse,
    )
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )

__all__ = [
    "VectorStores",
    "AsyncVectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
]

# The vector store endpoints belong to the Assistants v2 API and say so in every request.
BETA = {"OpenAI-Beta": "assistants=v2"}
_STORES = "/vector_stores"
_STORE = _STORES + "/{vector_store_id}"
_SEARCH = _STORE + "/search"
CREATE = Endpoint("post", _STORES, cast_to=VectorStore, params=VectorStoreCreateKwargs, headers=BETA)
RETRIEVE = Endpoint("get", _STORE, cast_to=VectorStore, headers=BETA)
UPDATE = Endpoint("post", _STORE, cast_to=VectorStore, params=VectorStoreUpdateKwargs, headers=BETA)
LIST = Endpoint(
    "get", _STORES, cast_to=VectorStore, params=VectorStoreListKwargs, query=True, page=SyncCursorPage, headers=BETA
)
ASYNC_LIST = Endpoint(
    "get", _STORES, cast_to=VectorStore, params=VectorStoreListKwargs, query=True, page=AsyncCursorPage, headers=BETA
)
DELETE = Endpoint("delete", _STORE, cast_to=VectorStoreDeleted, headers=BETA)
# A POST whose answer is a single page of results.
SEARCH = Endpoint(
    "post", _SEARCH, cast_to=VectorStoreSearchResponse, params=VectorStoreSearchKwargs, page=SyncPage, headers=BETA
)
ASYNC_SEARCH = Endpoint(
    "post", _SEARCH, cast_to=VectorStoreSearchResponse, params=VectorStoreSearchKwargs, page=AsyncPage, headers=BETA
)


class VectorStoreCreateArgs(VectorStoreCreateKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.create`."""


class VectorStoreUpdateArgs(VectorStoreUpdateKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.update` besides the vector store id."""


class VectorStoreListArgs(VectorStoreListKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.list`."""


class VectorStoreSearchArgs(VectorStoreSearchKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.search` besides the vector store id."""


class VectorStores(SyncAPIResource):
    files: "Files" = lazy_resource("openai.resources.vector_stores.files", "Files")
    file_batches: "FileBatches" = lazy_resource("openai.resources.vector_stores.file_batches", "FileBatches")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> VectorStoresWithRawResponse: ...
        @property
        def with_streaming_response(self) -> VectorStoresWithStreamingResponse: ...

    def create(self, **kw: Unpack[VectorStoreCreateArgs]) -> VectorStore:
        """A new vector store, optionally filled with uploaded files (`file_ids`)."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStore:
        """One vector store by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id)

    def update(self, vector_store_id: str, **kw: Unpack[VectorStoreUpdateArgs]) -> VectorStore:
        """Rename a vector store, change its metadata or its expiration policy."""
        return self._call(UPDATE, dict(kw), "update", vector_store_id=vector_store_id)

    def list(self, **kw: Unpack[VectorStoreListArgs]) -> SyncCursorPage[VectorStore]:
        """Your vector stores, page by page."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreDeleted:
        """Delete a vector store (the files it indexed stay in `/files`)."""
        return self._call(DELETE, dict(kw), "delete", vector_store_id=vector_store_id)

    def search(self, vector_store_id: str, **kw: Unpack[VectorStoreSearchArgs]) -> SyncPage[VectorStoreSearchResponse]:
        """The chunks of the store most relevant to `query`, optionally filtered by file attributes."""
        return self._call(SEARCH, dict(kw), "search", vector_store_id=vector_store_id)


class AsyncVectorStores(AsyncAPIResource):
    files: "AsyncFiles" = lazy_resource("openai.resources.vector_stores.files", "AsyncFiles")
    file_batches: "AsyncFileBatches" = lazy_resource("openai.resources.vector_stores.file_batches", "AsyncFileBatches")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncVectorStoresWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse: ...

    async def create(self, **kw: Unpack[VectorStoreCreateArgs]) -> VectorStore:
        """A new vector store, optionally filled with uploaded files (`file_ids`)."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStore:
        """One vector store by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id)

    async def update(self, vector_store_id: str, **kw: Unpack[VectorStoreUpdateArgs]) -> VectorStore:
        """Rename a vector store, change its metadata or its expiration policy."""
        return await self._call(UPDATE, dict(kw), "update", vector_store_id=vector_store_id)

    def list(self, **kw: Unpack[VectorStoreListArgs]) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]:
        """Your vector stores: await for the first page, or `async for` every store."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreDeleted:
        """Delete a vector store (the files it indexed stay in `/files`)."""
        return await self._call(DELETE, dict(kw), "delete", vector_store_id=vector_store_id)

    def search(
        self, vector_store_id: str, **kw: Unpack[VectorStoreSearchArgs]
    ) -> AsyncPaginator[VectorStoreSearchResponse, AsyncPage[VectorStoreSearchResponse]]:
        """The chunks of the store most relevant to `query`: await for the page, or `async for` the results."""
        return self._list(ASYNC_SEARCH, dict(kw), "search", vector_store_id=vector_store_id)


class VectorStoresWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, vector_stores: VectorStores) -> None:
            self.create = to_raw_response_wrapper(vector_stores.create)
            self.delete = to_raw_response_wrapper(vector_stores.delete)
            self.list = to_raw_response_wrapper(vector_stores.list)
            self.retrieve = to_raw_response_wrapper(vector_stores.retrieve)
            self.search = to_raw_response_wrapper(vector_stores.search)
            self.update = to_raw_response_wrapper(vector_stores.update)

        @property
        def file_batches(self) -> FileBatchesWithRawResponse: ...

        @property
        def files(self) -> FilesWithRawResponse: ...


class AsyncVectorStoresWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, vector_stores: AsyncVectorStores) -> None:
            self.create = async_to_raw_response_wrapper(vector_stores.create)
            self.delete = async_to_raw_response_wrapper(vector_stores.delete)
            self.list = async_to_raw_response_wrapper(vector_stores.list)
            self.retrieve = async_to_raw_response_wrapper(vector_stores.retrieve)
            self.search = async_to_raw_response_wrapper(vector_stores.search)
            self.update = async_to_raw_response_wrapper(vector_stores.update)

        @property
        def file_batches(self) -> AsyncFileBatchesWithRawResponse: ...

        @property
        def files(self) -> AsyncFilesWithRawResponse: ...


class VectorStoresWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, vector_stores: VectorStores) -> None:
            self.create = to_streamed_response_wrapper(vector_stores.create)
            self.delete = to_streamed_response_wrapper(vector_stores.delete)
            self.list = to_streamed_response_wrapper(vector_stores.list)
            self.retrieve = to_streamed_response_wrapper(vector_stores.retrieve)
            self.search = to_streamed_response_wrapper(vector_stores.search)
            self.update = to_streamed_response_wrapper(vector_stores.update)

        @property
        def file_batches(self) -> FileBatchesWithStreamingResponse: ...

        @property
        def files(self) -> FilesWithStreamingResponse: ...


class AsyncVectorStoresWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, vector_stores: AsyncVectorStores) -> None:
            self.create = async_to_streamed_response_wrapper(vector_stores.create)
            self.delete = async_to_streamed_response_wrapper(vector_stores.delete)
            self.list = async_to_streamed_response_wrapper(vector_stores.list)
            self.retrieve = async_to_streamed_response_wrapper(vector_stores.retrieve)
            self.search = async_to_streamed_response_wrapper(vector_stores.search)
            self.update = async_to_streamed_response_wrapper(vector_stores.update)

        @property
        def file_batches(self) -> AsyncFileBatchesWithStreamingResponse: ...

        @property
        def files(self) -> AsyncFilesWithStreamingResponse: ...
