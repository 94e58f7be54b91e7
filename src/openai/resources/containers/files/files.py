"""`/containers/{container_id}/files`: put files into a container, inspect, list and delete them."""

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
from ....types.containers.file_create_params import FileCreateKwargs
from ....types.containers.file_create_response import FileCreateResponse
from ....types.containers.file_list_params import FileListKwargs
from ....types.containers.file_list_response import FileListResponse
from ....types.containers.file_retrieve_response import FileRetrieveResponse

if TYPE_CHECKING:
    from .content import (
        AsyncContent,
        AsyncContentWithRawResponse,
        AsyncContentWithStreamingResponse,
        Content,
        ContentWithRawResponse,
        ContentWithStreamingResponse,
    )

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
]

_FILES = "/containers/{container_id}/files"
_FILE = _FILES + "/{file_id}"
# With `file` the body goes as multipart; with only `file_id` there is no file to extract and it
# goes as JSON (the API takes both).
CREATE = Endpoint("post", _FILES, cast_to=FileCreateResponse, params=FileCreateKwargs, files=(("file",),))
RETRIEVE = Endpoint("get", _FILE, cast_to=FileRetrieveResponse)
LIST = Endpoint("get", _FILES, cast_to=FileListResponse, params=FileListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _FILES, cast_to=FileListResponse, params=FileListKwargs, query=True, page=AsyncCursorPage)
# The API answers a deletion with an empty body, so accept anything.
DELETE = Endpoint("delete", _FILE, cast_to=type(None), headers={"Accept": "*/*"})


class FileCreateArgs(FileCreateKwargs, RequestExtras, total=False):
    """The keywords of `containers.files.create` besides the container id."""


class FileListArgs(FileListKwargs, RequestExtras, total=False):
    """The keywords of `containers.files.list` besides the container id."""


class Files(SyncAPIResource):
    content: "Content" = lazy_resource("openai.resources.containers.files.content", "Content")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> FilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> FilesWithStreamingResponse: ...

    def create(self, container_id: str, **kw: Unpack[FileCreateArgs]) -> FileCreateResponse:
        """Add a file to a container: upload its bytes (`file`) or copy an uploaded one (`file_id`)."""
        return self._call(CREATE, dict(kw), "create", container_id=container_id)

    def retrieve(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> FileRetrieveResponse:
        """One file of a container."""
        return self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)

    def list(self, container_id: str, **kw: Unpack[FileListArgs]) -> SyncCursorPage[FileListResponse]:
        """The files of a container, page by page."""
        return self._call(LIST, dict(kw), "list", container_id=container_id)

    def delete(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Remove a file from a container."""
        return self._call(DELETE, dict(kw), "delete", container_id=container_id, file_id=file_id)


class AsyncFiles(AsyncAPIResource):
    content: "AsyncContent" = lazy_resource("openai.resources.containers.files.content", "AsyncContent")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncFilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncFilesWithStreamingResponse: ...

    async def create(self, container_id: str, **kw: Unpack[FileCreateArgs]) -> FileCreateResponse:
        """Add a file to a container: upload its bytes (`file`) or copy an uploaded one (`file_id`)."""
        return await self._call(CREATE, dict(kw), "create", container_id=container_id)

    async def retrieve(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> FileRetrieveResponse:
        """One file of a container."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)

    def list(
        self, container_id: str, **kw: Unpack[FileListArgs]
    ) -> AsyncPaginator[FileListResponse, AsyncCursorPage[FileListResponse]]:
        """The files of a container: await for the first page, or `async for` every file."""
        return self._list(ASYNC_LIST, dict(kw), "list", container_id=container_id)

    async def delete(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> None:
        """Remove a file from a container."""
        return await self._call(DELETE, dict(kw), "delete", container_id=container_id, file_id=file_id)


class FilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.create = to_raw_response_wrapper(files.create)
            self.delete = to_raw_response_wrapper(files.delete)
            self.list = to_raw_response_wrapper(files.list)
            self.retrieve = to_raw_response_wrapper(files.retrieve)

        @property
        def content(self) -> ContentWithRawResponse: ...


class AsyncFilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.create = async_to_raw_response_wrapper(files.create)
            self.delete = async_to_raw_response_wrapper(files.delete)
            self.list = async_to_raw_response_wrapper(files.list)
            self.retrieve = async_to_raw_response_wrapper(files.retrieve)

        @property
        def content(self) -> AsyncContentWithRawResponse: ...


class FilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.create = to_streamed_response_wrapper(files.create)
            self.delete = to_streamed_response_wrapper(files.delete)
            self.list = to_streamed_response_wrapper(files.list)
            self.retrieve = to_streamed_response_wrapper(files.retrieve)

        @property
        def content(self) -> ContentWithStreamingResponse: ...


class AsyncFilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.create = async_to_streamed_response_wrapper(files.create)
            self.delete = async_to_streamed_response_wrapper(files.delete)
            self.list = async_to_streamed_response_wrapper(files.list)
            self.retrieve = async_to_streamed_response_wrapper(files.retrieve)

        @property
        def content(self) -> AsyncContentWithStreamingResponse: ...
