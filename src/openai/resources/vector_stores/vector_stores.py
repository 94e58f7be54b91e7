"""`/vector_stores`: create, inspect, change, list, delete and search vector stores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from ...types.vector_store import VectorStore
from ...types.vector_store_create_params import VectorStoreCreateParams
from ...types.vector_store_deleted import VectorStoreDeleted
from ...types.vector_store_list_params import VectorStoreListParams
from ...types.vector_store_search_params import VectorStoreSearchParams
from ...types.vector_store_search_response import VectorStoreSearchResponse
from ...types.vector_store_update_params import VectorStoreUpdateParams

if TYPE_CHECKING:
    from .file_batches import AsyncFileBatches, FileBatches
    from .files import AsyncFiles, Files

__all__ = ["VectorStores", "AsyncVectorStores"]

# The vector store endpoints belong to the Assistants v2 API and say so in every request.
BETA = {"OpenAI-Beta": "assistants=v2"}
_STORES = "/vector_stores"
_STORE = _STORES + "/{vector_store_id}"
_SEARCH = _STORE + "/search"
CREATE = Endpoint("post", _STORES, cast_to=VectorStore, params=VectorStoreCreateParams, headers=BETA)
RETRIEVE = Endpoint("get", _STORE, cast_to=VectorStore, headers=BETA)
UPDATE = Endpoint("post", _STORE, cast_to=VectorStore, params=VectorStoreUpdateParams, headers=BETA)
LIST = Endpoint(
    "get", _STORES, cast_to=VectorStore, params=VectorStoreListParams, query=True, page=SyncCursorPage, headers=BETA
)
ASYNC_LIST = Endpoint(
    "get", _STORES, cast_to=VectorStore, params=VectorStoreListParams, query=True, page=AsyncCursorPage, headers=BETA
)
DELETE = Endpoint("delete", _STORE, cast_to=VectorStoreDeleted, headers=BETA)
# A POST whose answer is a single page of results.
SEARCH = Endpoint(
    "post", _SEARCH, cast_to=VectorStoreSearchResponse, params=VectorStoreSearchParams, page=SyncPage, headers=BETA
)
ASYNC_SEARCH = Endpoint(
    "post", _SEARCH, cast_to=VectorStoreSearchResponse, params=VectorStoreSearchParams, page=AsyncPage, headers=BETA
)


class VectorStoreCreateArgs(VectorStoreCreateParams, RequestExtras, total=False):
    """The keywords of `vector_stores.create`."""


class VectorStoreUpdateArgs(VectorStoreUpdateParams, RequestExtras, total=False):
    """The keywords of `vector_stores.update` besides the vector store id."""


class VectorStoreListArgs(VectorStoreListParams, RequestExtras, total=False):
    """The keywords of `vector_stores.list`."""


class VectorStoreSearchArgs(VectorStoreSearchParams, RequestExtras, total=False):
    """The keywords of `vector_stores.search` besides the vector store id."""


class VectorStores(SyncAPIResource):
    files: "Files" = lazy_resource("openai.resources.vector_stores.files", "Files")
    file_batches: "FileBatches" = lazy_resource("openai.resources.vector_stores.file_batches", "FileBatches")

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
