"""`/vector_stores/{vector_store_id}/files`: add uploaded files to a vector store, inspect, change,
list and remove them, read their parsed content; and the helpers that upload a file and/or wait
until the store has indexed it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Optional, Union, cast

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, FileTypes, NotGiven
from ...lib._polling import async_poll_retrieve, poll_retrieve
from ...pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
from ...types.vector_stores.file_content_response import FileContentResponse
from ...types.vector_stores.file_create_params import FileCreateKwargs
from ...types.vector_stores.file_list_params import FileListKwargs
from ...types.vector_stores.file_update_params import FileUpdateKwargs
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted
from .vector_stores import BETA

if TYPE_CHECKING:
    from ..._client import AsyncOpenAI, OpenAI

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
]

Attributes = Optional[Dict[str, Union[str, float, bool]]]


_FILES = "/vector_stores/{vector_store_id}/files"
_FILE = _FILES + "/{file_id}"
CREATE = Endpoint("post", _FILES, cast_to=VectorStoreFile, params=FileCreateKwargs, headers=BETA)
RETRIEVE = Endpoint("get", _FILE, cast_to=VectorStoreFile, headers=BETA)
UPDATE = Endpoint("post", _FILE, cast_to=VectorStoreFile, params=FileUpdateKwargs, headers=BETA)
LIST = Endpoint(
    "get", _FILES, cast_to=VectorStoreFile, params=FileListKwargs, query=True, page=SyncCursorPage, headers=BETA
)
ASYNC_LIST = Endpoint(
    "get", _FILES, cast_to=VectorStoreFile, params=FileListKwargs, query=True, page=AsyncCursorPage, headers=BETA
)
DELETE = Endpoint("delete", _FILE, cast_to=VectorStoreFileDeleted, headers=BETA)
# The parsed text of the file, as one page of content parts.
CONTENT = Endpoint("get", _FILE + "/content", cast_to=FileContentResponse, page=SyncPage, headers=BETA)
ASYNC_CONTENT = Endpoint("get", _FILE + "/content", cast_to=FileContentResponse, page=AsyncPage, headers=BETA)


def indexed(file: VectorStoreFile) -> bool:
    """Whether polling can stop: any status but `in_progress` (also one this client does not
    know yet, as the official client decides)."""
    return file.status != "in_progress"


class FileCreateArgs(FileCreateKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.files.create` besides the vector store id."""


class FileUpdateArgs(FileUpdateKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.files.update` besides the two ids."""


class FileListArgs(FileListKwargs, RequestExtras, total=False):
    """The keywords of `vector_stores.files.list` besides the vector store id."""


class Files(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> FilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> FilesWithStreamingResponse: ...

    def create(self, vector_store_id: str, **kw: Unpack[FileCreateArgs]) -> VectorStoreFile:
        """Add an uploaded file (`file_id`) to a vector store; indexing starts in the background."""
        return self._call(CREATE, dict(kw), "create", vector_store_id=vector_store_id)

    def retrieve(self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFile:
        """One file of a vector store, with its indexing status."""
        return self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id, file_id=file_id)

    def update(self, file_id: str, *, vector_store_id: str, **kw: Unpack[FileUpdateArgs]) -> VectorStoreFile:
        """Replace the attributes (used by search filters) of a file of a vector store."""
        return self._call(UPDATE, dict(kw), "update", vector_store_id=vector_store_id, file_id=file_id)

    def list(self, vector_store_id: str, **kw: Unpack[FileListArgs]) -> SyncCursorPage[VectorStoreFile]:
        """The files of a vector store, page by page (`filter` by status)."""
        return self._call(LIST, dict(kw), "list", vector_store_id=vector_store_id)

    def delete(self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFileDeleted:
        """Remove a file from a vector store (the file itself stays in `/files`)."""
        return self._call(DELETE, dict(kw), "delete", vector_store_id=vector_store_id, file_id=file_id)

    def content(
        self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]
    ) -> SyncPage[FileContentResponse]:
        """The text the vector store parsed out of a file."""
        return self._call(CONTENT, dict(kw), "content", vector_store_id=vector_store_id, file_id=file_id)

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """`create`, then `poll` until the file is indexed, failed or cancelled."""
        body = {"file_id": file_id, "attributes": attributes, "chunking_strategy": chunking_strategy}
        self._call(CREATE, body, "create_and_poll", vector_store_id=vector_store_id)
        return self.poll(file_id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def poll(
        self, file_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN
    ) -> VectorStoreFile:
        """Ask for the file until it is no longer `in_progress` (indexed, failed, cancelled), every `poll_interval_ms`
        (default: as often as the server's `openai-poll-after-ms` header says, else every second)."""
        return poll_retrieve(
            self, file_id, vector_store_id=vector_store_id, done=indexed, poll_interval_ms=poll_interval_ms
        )

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file` to `/files` (purpose `assistants`) and add it to the vector store; does not
        wait for indexing (see `upload_and_poll`)."""
        uploaded = cast("OpenAI", self._client).files.create(file=file, purpose="assistants")
        body = {"file_id": uploaded.id, "chunking_strategy": chunking_strategy}
        return self._call(CREATE, body, "upload", vector_store_id=vector_store_id)

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file`, add it to the vector store and wait until it is indexed, failed or cancelled."""
        uploaded = cast("OpenAI", self._client).files.create(file=file, purpose="assistants")
        return self.create_and_poll(
            uploaded.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class AsyncFiles(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncFilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncFilesWithStreamingResponse: ...

    async def create(self, vector_store_id: str, **kw: Unpack[FileCreateArgs]) -> VectorStoreFile:
        """Add an uploaded file (`file_id`) to a vector store; indexing starts in the background."""
        return await self._call(CREATE, dict(kw), "create", vector_store_id=vector_store_id)

    async def retrieve(self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]) -> VectorStoreFile:
        """One file of a vector store, with its indexing status."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", vector_store_id=vector_store_id, file_id=file_id)

    async def update(self, file_id: str, *, vector_store_id: str, **kw: Unpack[FileUpdateArgs]) -> VectorStoreFile:
        """Replace the attributes (used by search filters) of a file of a vector store."""
        return await self._call(UPDATE, dict(kw), "update", vector_store_id=vector_store_id, file_id=file_id)

    def list(
        self, vector_store_id: str, **kw: Unpack[FileListArgs]
    ) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]:
        """The files of a vector store: await for the first page, or `async for` every file."""
        return self._list(ASYNC_LIST, dict(kw), "list", vector_store_id=vector_store_id)

    async def delete(
        self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]
    ) -> VectorStoreFileDeleted:
        """Remove a file from a vector store (the file itself stays in `/files`)."""
        return await self._call(DELETE, dict(kw), "delete", vector_store_id=vector_store_id, file_id=file_id)

    def content(
        self, file_id: str, *, vector_store_id: str, **kw: Unpack[RequestExtras]
    ) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]:
        """The text the vector store parsed out of a file: await for the page, or `async for` the parts."""
        return self._list(ASYNC_CONTENT, dict(kw), "content", vector_store_id=vector_store_id, file_id=file_id)

    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """`create`, then `poll` until the file is indexed, failed or cancelled."""
        body = {"file_id": file_id, "attributes": attributes, "chunking_strategy": chunking_strategy}
        await self._call(CREATE, body, "create_and_poll", vector_store_id=vector_store_id)
        return await self.poll(file_id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def poll(
        self, file_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN
    ) -> VectorStoreFile:
        """Ask for the file until it is no longer `in_progress` (indexed, failed, cancelled), every `poll_interval_ms`
        (default: as often as the server's `openai-poll-after-ms` header says, else every second)."""
        return await async_poll_retrieve(
            self, file_id, vector_store_id=vector_store_id, done=indexed, poll_interval_ms=poll_interval_ms
        )

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file` to `/files` (purpose `assistants`) and add it to the vector store; does not
        wait for indexing (see `upload_and_poll`)."""
        uploaded = await cast("AsyncOpenAI", self._client).files.create(file=file, purpose="assistants")
        body = {"file_id": uploaded.id, "chunking_strategy": chunking_strategy}
        return await self._call(CREATE, body, "upload", vector_store_id=vector_store_id)

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[FileChunkingStrategyParam, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload `file`, add it to the vector store and wait until it is indexed, failed or cancelled."""
        uploaded = await cast("AsyncOpenAI", self._client).files.create(file=file, purpose="assistants")
        return await self.create_and_poll(
            uploaded.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class FilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.content = to_raw_response_wrapper(files.content)
            self.create = to_raw_response_wrapper(files.create)
            self.delete = to_raw_response_wrapper(files.delete)
            self.list = to_raw_response_wrapper(files.list)
            self.retrieve = to_raw_response_wrapper(files.retrieve)
            self.update = to_raw_response_wrapper(files.update)


class AsyncFilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.content = async_to_raw_response_wrapper(files.content)
            self.create = async_to_raw_response_wrapper(files.create)
            self.delete = async_to_raw_response_wrapper(files.delete)
            self.list = async_to_raw_response_wrapper(files.list)
            self.retrieve = async_to_raw_response_wrapper(files.retrieve)
            self.update = async_to_raw_response_wrapper(files.update)


class FilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.content = to_streamed_response_wrapper(files.content)
            self.create = to_streamed_response_wrapper(files.create)
            self.delete = to_streamed_response_wrapper(files.delete)
            self.list = to_streamed_response_wrapper(files.list)
            self.retrieve = to_streamed_response_wrapper(files.retrieve)
            self.update = to_streamed_response_wrapper(files.update)


class AsyncFilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.content = async_to_streamed_response_wrapper(files.content)
            self.create = async_to_streamed_response_wrapper(files.create)
            self.delete = async_to_streamed_response_wrapper(files.delete)
            self.list = async_to_streamed_response_wrapper(files.list)
            self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
            self.update = async_to_streamed_response_wrapper(files.update)
