"""`/files`: upload, list, fetch, download and delete files; wait until one is processed."""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._response import HttpxBinaryResponseContent
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_custom_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ..types.file_create_params import FileCreateKwargs
from ..types.file_deleted import FileDeleted
from ..types.file_list_params import FileListKwargs
from ..types.file_object import FileObject

if TYPE_CHECKING:
    from .._typed_views import AsyncStreamedBinaryAPIResponse, StreamedBinaryAPIResponse

__all__ = [
    "Files",
    "AsyncFiles",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
]

_ITEM = "/files/{file_id}"
CREATE = Endpoint("post", "/files", cast_to=FileObject, params=FileCreateKwargs, files=(("file",),))
RETRIEVE = Endpoint("get", _ITEM, cast_to=FileObject)
LIST = Endpoint("get", "/files", cast_to=FileObject, params=FileListKwargs, query=True, page=SyncCursorPage)
ASYNC_LIST = Endpoint("get", "/files", cast_to=FileObject, params=FileListKwargs, query=True, page=AsyncCursorPage)
DELETE = Endpoint("delete", _ITEM, cast_to=FileDeleted)
# The API answers with the raw bytes whatever the file is; `Accept` says we expect just that.
CONTENT = Endpoint(
    "get", _ITEM + "/content", cast_to=HttpxBinaryResponseContent, headers={"Accept": "application/binary"}
)
RETRIEVE_CONTENT = Endpoint("get", _ITEM + "/content", cast_to=str)

_RETRIEVE_CONTENT_DEPRECATION = "The `.content()` method should be used instead"

if TYPE_CHECKING:  # type checkers see the standard marker; at run time the method warns itself
    from typing_extensions import deprecated
else:

    def deprecated(message: str) -> Any:
        def mark(method: Any) -> Any:
            method.__deprecated__ = message
            return method

        return mark


# Statuses after which a file will not change any more.
_DONE = frozenset({"processed", "error", "deleted"})


def _now() -> float:
    """The clock `wait_for_processing` measures its deadline with: `time.time`, looked up at
    each call as the official client does, so tests that patch or freeze it see the same."""
    return time.time()


class FileCreateArgs(FileCreateKwargs, RequestExtras, total=False):
    """The keywords of `files.create`."""


class FileListArgs(FileListKwargs, RequestExtras, total=False):
    """The keywords of `files.list`."""


def _check_deadline(file_id: str, started: float, max_wait_seconds: float) -> None:
    """Raise once more than `max_wait_seconds` have passed since `started`.

    Checked after each new look at the file, before its status: past the deadline the wait
    fails even if that look found the file done, as the official client's does.
    """
    if _now() - started > max_wait_seconds:
        raise RuntimeError(
            f"Giving up on waiting for file {file_id} to finish processing after {max_wait_seconds} seconds."
        )


class Files(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> FilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> FilesWithStreamingResponse: ...

    def create(self, **kw: Unpack[FileCreateArgs]) -> FileObject:
        """Upload a file (multipart): `file` is bytes, a path, an open binary file or a
        `(filename, content[, content_type])` tuple; `purpose` says what it is for."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, file_id: str, **kw: Unpack[RequestExtras]) -> FileObject:
        """One file's metadata."""
        return self._call(RETRIEVE, dict(kw), "retrieve", file_id=file_id)

    def list(self, **kw: Unpack[FileListArgs]) -> SyncCursorPage[FileObject]:
        """Your files, page by page (filter by `purpose`, sort with `order`)."""
        return self._call(LIST, dict(kw), "list")

    def delete(self, file_id: str, **kw: Unpack[RequestExtras]) -> FileDeleted:
        """Delete a file."""
        return self._call(DELETE, dict(kw), "delete", file_id=file_id)

    def content(self, file_id: str, **kw: Unpack[RequestExtras]) -> HttpxBinaryResponseContent:
        """A file's bytes. To write a large file to disk without holding it in memory use
        `with client.files.with_streaming_response.content(id) as r: r.stream_to_file(path)`."""
        return self._call(CONTENT, dict(kw), "content", file_id=file_id)

    @deprecated(_RETRIEVE_CONTENT_DEPRECATION)
    def retrieve_content(self, file_id: str, **kw: Unpack[RequestExtras]) -> str:
        """Deprecated: a file's content as text; use `content()`."""
        warnings.warn(_RETRIEVE_CONTENT_DEPRECATION, DeprecationWarning, stacklevel=2)
        return self._call(RETRIEVE_CONTENT, dict(kw), "retrieve_content", file_id=file_id)

    def wait_for_processing(
        self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 30 * 60
    ) -> FileObject:
        """Poll the file every `poll_interval` seconds until it is processed, failed or deleted;
        `RuntimeError` once a fetch after the first one comes later than `max_wait_seconds`."""
        started = _now()
        file = self.retrieve(id)
        while file.status not in _DONE:
            self._sleep(poll_interval)
            file = self.retrieve(id)
            _check_deadline(id, started, max_wait_seconds)
        return file


class AsyncFiles(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncFilesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncFilesWithStreamingResponse: ...

    async def create(self, **kw: Unpack[FileCreateArgs]) -> FileObject:
        """Upload a file (multipart): `file` is bytes, a path, an open binary file or a
        `(filename, content[, content_type])` tuple; `purpose` says what it is for."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, file_id: str, **kw: Unpack[RequestExtras]) -> FileObject:
        """One file's metadata."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", file_id=file_id)

    def list(self, **kw: Unpack[FileListArgs]) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]:
        """Your files: await for the first page, or `async for` every file."""
        return self._list(ASYNC_LIST, dict(kw), "list")

    async def delete(self, file_id: str, **kw: Unpack[RequestExtras]) -> FileDeleted:
        """Delete a file."""
        return await self._call(DELETE, dict(kw), "delete", file_id=file_id)

    async def content(self, file_id: str, **kw: Unpack[RequestExtras]) -> HttpxBinaryResponseContent:
        """A file's bytes. To write a large file to disk without holding it in memory use
        `async with client.files.with_streaming_response.content(id) as r: await r.stream_to_file(path)`."""
        return await self._call(CONTENT, dict(kw), "content", file_id=file_id)

    @deprecated(_RETRIEVE_CONTENT_DEPRECATION)
    async def retrieve_content(self, file_id: str, **kw: Unpack[RequestExtras]) -> str:
        """Deprecated: a file's content as text; use `content()`."""
        warnings.warn(_RETRIEVE_CONTENT_DEPRECATION, DeprecationWarning, stacklevel=2)
        return await self._call(RETRIEVE_CONTENT, dict(kw), "retrieve_content", file_id=file_id)

    async def wait_for_processing(
        self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 30 * 60
    ) -> FileObject:
        """Poll the file every `poll_interval` seconds until it is processed, failed or deleted;
        `RuntimeError` once a fetch after the first one comes later than `max_wait_seconds`."""
        started = _now()
        file = await self.retrieve(id)
        while file.status not in _DONE:
            await self._sleep(poll_interval)
            file = await self.retrieve(id)
            _check_deadline(id, started, max_wait_seconds)
        return file


class FilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.content = to_raw_response_wrapper(files.content)
            self.create = to_raw_response_wrapper(files.create)
            self.delete = to_raw_response_wrapper(files.delete)
            self.list = to_raw_response_wrapper(files.list)
            self.retrieve = to_raw_response_wrapper(files.retrieve)
            self.retrieve_content = to_raw_response_wrapper(files.retrieve_content)


class AsyncFilesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.content = async_to_raw_response_wrapper(files.content)
            self.create = async_to_raw_response_wrapper(files.create)
            self.delete = async_to_raw_response_wrapper(files.delete)
            self.list = async_to_raw_response_wrapper(files.list)
            self.retrieve = async_to_raw_response_wrapper(files.retrieve)
            self.retrieve_content = async_to_raw_response_wrapper(files.retrieve_content)


class FilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: Files) -> None:
            self.content = to_custom_streamed_response_wrapper(files.content, StreamedBinaryAPIResponse)
            self.create = to_streamed_response_wrapper(files.create)
            self.delete = to_streamed_response_wrapper(files.delete)
            self.list = to_streamed_response_wrapper(files.list)
            self.retrieve = to_streamed_response_wrapper(files.retrieve)
            self.retrieve_content = to_streamed_response_wrapper(files.retrieve_content)


class AsyncFilesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, files: AsyncFiles) -> None:
            self.content = async_to_custom_streamed_response_wrapper(files.content, AsyncStreamedBinaryAPIResponse)
            self.create = async_to_streamed_response_wrapper(files.create)
            self.delete = async_to_streamed_response_wrapper(files.delete)
            self.list = async_to_streamed_response_wrapper(files.list)
            self.retrieve = async_to_streamed_response_wrapper(files.retrieve)
            self.retrieve_content = async_to_streamed_response_wrapper(files.retrieve_content)
