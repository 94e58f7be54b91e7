"""`/uploads`: send a large file in parts, then turn it into a File.

`upload_file_chunked` does the whole dance: create the upload, send the file part by part,
complete it with the part ids in file order.
"""

from __future__ import annotations

import builtins
import logging
import os
import pathlib
from typing import TYPE_CHECKING, AsyncGenerator, Generator, List, Optional, Union, overload

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
from ..._types import NOT_GIVEN, NotGiven
from ...types.file_purpose import FilePurpose
from ...types.upload import Upload
from ...types.upload_complete_params import UploadCompleteKwargs
from ...types.upload_create_params import UploadCreateKwargs

if TYPE_CHECKING:
    from .parts import (
        AsyncParts,
        AsyncPartsWithRawResponse,
        AsyncPartsWithStreamingResponse,
        Parts,
        PartsWithRawResponse,
        PartsWithStreamingResponse,
    )

__all__ = [
    "Uploads",
    "AsyncUploads",
    "DEFAULT_PART_SIZE",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
]

log = logging.getLogger(__name__)  # the official logger name

DEFAULT_PART_SIZE = 64 * 1024 * 1024  # the largest part the API accepts

_ITEM = "/uploads/{upload_id}"
CREATE = Endpoint("post", "/uploads", cast_to=Upload, params=UploadCreateKwargs)
COMPLETE = Endpoint("post", _ITEM + "/complete", cast_to=Upload, params=UploadCompleteKwargs)
CANCEL = Endpoint("post", _ITEM + "/cancel", cast_to=Upload)

# In memory (bytes) or on disk (a path).
_Source = Union[builtins.bytes, str, "os.PathLike[str]"]


class UploadCreateArgs(UploadCreateKwargs, RequestExtras, total=False):
    """The keywords of `uploads.create`."""


class UploadCompleteArgs(UploadCompleteKwargs, RequestExtras, total=False):
    """The keywords of `uploads.complete`."""


class _ChunkedPlan:
    """What `upload_file_chunked` sends, worked out (and checked) before any request.

    The checks and their messages are the official client's; `part_size` is checked too, so
    a size that cannot split the file fails before an upload is created (COMPAT.md,
    `upload-part-size`).
    """

    def __init__(
        self,
        file: _Source,
        *,
        filename: Optional[str],
        size: Optional[int],
        part_size: Optional[int],
    ) -> None:
        if part_size is None:
            part_size = DEFAULT_PART_SIZE
        if isinstance(part_size, bool) or not isinstance(part_size, int) or part_size <= 0:
            raise ValueError(f"`part_size` must be a positive number of bytes, got {part_size!r}")
        self.part_size = part_size
        self.data: Optional[builtins.bytes] = None
        self.path: Optional[pathlib.Path] = None
        if isinstance(file, builtins.bytes):
            if filename is None:
                raise TypeError("The `filename` argument must be given for in-memory files")
            if size is None:
                raise TypeError("The `bytes` argument must be given for in-memory files")
            # `size` is sent as given, as the official client does: the API checks it.
            self.data, self.filename, self.size = file, filename, size
        else:
            # pathlib refuses what is not a path (its TypeError is the official one too).
            self.path = pathlib.Path(file)
            self.filename = filename or self.path.name
            self.size = size if size is not None else self.path.stat().st_size

    def create_args(self, mime_type: str, purpose: FilePurpose) -> UploadCreateArgs:
        return {"bytes": self.size, "filename": self.filename, "mime_type": mime_type, "purpose": purpose}

    def memory_parts(self, data: builtins.bytes) -> Generator[builtins.bytes, None, None]:
        for start in range(0, len(data), self.part_size):
            yield data[start : start + self.part_size]

    def parts(self) -> Generator[builtins.bytes, None, None]:
        """The file's parts in order; a file on disk is read one part at a time."""
        if self.data is not None:
            yield from self.memory_parts(self.data)
            return
        assert self.path is not None
        with open(self.path, "rb") as f:
            while True:
                chunk = f.read(self.part_size)
                if not chunk:
                    return
                yield chunk

    async def aparts(self) -> AsyncGenerator[builtins.bytes, None]:
        """`parts()` without blocking the event loop on disk reads."""
        if self.data is not None:
            for chunk in self.memory_parts(self.data):
                yield chunk
            return
        import anyio

        assert self.path is not None
        async with await anyio.open_file(self.path, "rb") as f:
            while True:
                chunk = await f.read(self.part_size)
                if not chunk:
                    return
                yield chunk


def _completion(part_ids: List[str], md5: Union[str, NotGiven]) -> UploadCompleteArgs:
    args: UploadCompleteArgs = {"part_ids": part_ids}
    if not isinstance(md5, NotGiven):
        args["md5"] = md5
    return args


def _log_part(upload: Upload, part_id: str) -> None:
    log.info("Uploaded part %s for upload %s", part_id, upload.id)


class Uploads(SyncAPIResource):
    parts: "Parts" = lazy_resource("openai.resources.uploads.parts", "Parts")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> UploadsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> UploadsWithStreamingResponse: ...

    def create(self, **kw: Unpack[UploadCreateArgs]) -> Upload:
        """Start an upload of `bytes` bytes; add parts to it, then `complete` it (within an hour)."""
        return self._call(CREATE, dict(kw), "create")

    def complete(self, upload_id: str, **kw: Unpack[UploadCompleteArgs]) -> Upload:
        """Finish an upload: `part_ids` in file order; the result's `file` is the new File."""
        return self._call(COMPLETE, dict(kw), "complete", upload_id=upload_id)

    def cancel(self, upload_id: str, **kw: Unpack[RequestExtras]) -> Upload:
        """Cancel an upload; no parts may be added afterwards."""
        return self._call(CANCEL, dict(kw), "cancel", upload_id=upload_id)

    @overload
    def upload_file_chunked(
        self,
        *,
        file: "os.PathLike[str]",
        mime_type: str,
        purpose: FilePurpose,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload: ...
    @overload
    def upload_file_chunked(
        self,
        *,
        file: builtins.bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: FilePurpose,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload: ...
    def upload_file_chunked(
        self,
        *,
        file: _Source,
        mime_type: str,
        purpose: FilePurpose,
        filename: Optional[str] = None,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload:
        """Upload `file` (a path, or bytes with a `filename`) in parts of `part_size` bytes
        (64 MiB by default), one after the other, and complete the upload."""
        plan = _ChunkedPlan(file, filename=filename, size=bytes, part_size=part_size)
        upload = self.create(**plan.create_args(mime_type, purpose))
        part_ids: List[str] = []
        chunks = plan.parts()
        try:  # the file is closed even when a part fails
            for data in chunks:
                part = self.parts.create(upload.id, data=data)
                _log_part(upload, part.id)
                part_ids.append(part.id)
        finally:
            chunks.close()
        return self.complete(upload.id, **_completion(part_ids, md5))


class AsyncUploads(AsyncAPIResource):
    parts: "AsyncParts" = lazy_resource("openai.resources.uploads.parts", "AsyncParts")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncUploadsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[UploadCreateArgs]) -> Upload:
        """Start an upload of `bytes` bytes; add parts to it, then `complete` it (within an hour)."""
        return await self._call(CREATE, dict(kw), "create")

    async def complete(self, upload_id: str, **kw: Unpack[UploadCompleteArgs]) -> Upload:
        """Finish an upload: `part_ids` in file order; the result's `file` is the new File."""
        return await self._call(COMPLETE, dict(kw), "complete", upload_id=upload_id)

    async def cancel(self, upload_id: str, **kw: Unpack[RequestExtras]) -> Upload:
        """Cancel an upload; no parts may be added afterwards."""
        return await self._call(CANCEL, dict(kw), "cancel", upload_id=upload_id)

    @overload
    async def upload_file_chunked(
        self,
        *,
        file: "os.PathLike[str]",
        mime_type: str,
        purpose: FilePurpose,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload: ...
    @overload
    async def upload_file_chunked(
        self,
        *,
        file: builtins.bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: FilePurpose,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload: ...
    async def upload_file_chunked(
        self,
        *,
        file: _Source,
        mime_type: str,
        purpose: FilePurpose,
        filename: Optional[str] = None,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: Union[str, NotGiven] = NOT_GIVEN,
    ) -> Upload:
        """Upload `file` (a path, or bytes with a `filename`) in parts of `part_size` bytes
        (64 MiB by default), one after the other, and complete the upload."""
        plan = _ChunkedPlan(file, filename=filename, size=bytes, part_size=part_size)
        upload = await self.create(**plan.create_args(mime_type, purpose))
        part_ids: List[str] = []
        chunks = plan.aparts()
        try:  # the file is closed even when a part fails
            async for data in chunks:
                part = await self.parts.create(upload.id, data=data)
                _log_part(upload, part.id)
                part_ids.append(part.id)
        finally:
            await chunks.aclose()
        return await self.complete(upload.id, **_completion(part_ids, md5))


class UploadsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, uploads: Uploads) -> None:
            self.cancel = to_raw_response_wrapper(uploads.cancel)
            self.complete = to_raw_response_wrapper(uploads.complete)
            self.create = to_raw_response_wrapper(uploads.create)

        @property
        def parts(self) -> PartsWithRawResponse: ...


class AsyncUploadsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, uploads: AsyncUploads) -> None:
            self.cancel = async_to_raw_response_wrapper(uploads.cancel)
            self.complete = async_to_raw_response_wrapper(uploads.complete)
            self.create = async_to_raw_response_wrapper(uploads.create)

        @property
        def parts(self) -> AsyncPartsWithRawResponse: ...


class UploadsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, uploads: Uploads) -> None:
            self.cancel = to_streamed_response_wrapper(uploads.cancel)
            self.complete = to_streamed_response_wrapper(uploads.complete)
            self.create = to_streamed_response_wrapper(uploads.create)

        @property
        def parts(self) -> PartsWithStreamingResponse: ...


class AsyncUploadsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, uploads: AsyncUploads) -> None:
            self.cancel = async_to_streamed_response_wrapper(uploads.cancel)
            self.complete = async_to_streamed_response_wrapper(uploads.complete)
            self.create = async_to_streamed_response_wrapper(uploads.create)

        @property
        def parts(self) -> AsyncPartsWithStreamingResponse: ...
