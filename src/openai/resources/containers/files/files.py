"""`/containers/{container_id}/files`: put files into a container, inspect, list and delete them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.containers.file_create_params import FileCreateParams
from ....types.containers.file_create_response import FileCreateResponse
from ....types.containers.file_list_params import FileListParams
from ....types.containers.file_list_response import FileListResponse
from ....types.containers.file_retrieve_response import FileRetrieveResponse

if TYPE_CHECKING:
    from .content import AsyncContent, Content

__all__ = ["Files", "AsyncFiles"]

_FILES = "/containers/{container_id}/files"
_FILE = _FILES + "/{file_id}"
# With `file` the body goes as multipart; with only `file_id` there is no file to extract and it
# goes as JSON (the API takes both).
CREATE = Endpoint("post", _FILES, cast_to=FileCreateResponse, params=FileCreateParams, files=(("file",),))
RETRIEVE = Endpoint("get", _FILE, cast_to=FileRetrieveResponse)
LIST = Endpoint("get", _FILES, cast_to=FileListResponse, params=FileListParams, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", _FILES, cast_to=FileListResponse, params=FileListParams, query=True, page=AsyncCursorPage)
# The API answers a deletion with an empty body, so accept anything.
DELETE = Endpoint("delete", _FILE, cast_to=type(None), headers={"Accept": "*/*"})


class FileCreateArgs(FileCreateParams, RequestExtras, total=False):
    """The keywords of `containers.files.create` besides the container id."""


class FileListArgs(FileListParams, RequestExtras, total=False):
    """The keywords of `containers.files.list` besides the container id."""


class Files(SyncAPIResource):
    content: "Content" = lazy_resource("openai.resources.containers.files.content", "Content")

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
