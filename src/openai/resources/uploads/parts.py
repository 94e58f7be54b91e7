"""`/uploads/{upload_id}/parts`: add one chunk (at most 64 MB) to an upload."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ...types.uploads.part_create_params import PartCreateKwargs
from ...types.uploads.upload_part import UploadPart

__all__ = [
    "Parts",
    "AsyncParts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
]

CREATE = Endpoint("post", "/uploads/{upload_id}/parts", cast_to=UploadPart, params=PartCreateKwargs, files=(("data",),))


class PartCreateArgs(PartCreateKwargs, RequestExtras, total=False):
    """The keywords of `uploads.parts.create`."""


class Parts(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> PartsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> PartsWithStreamingResponse: ...

    def create(self, upload_id: str, **kw: Unpack[PartCreateArgs]) -> UploadPart:
        """Send one part (multipart field `data`); parts may be sent in any order, even in parallel."""
        return self._call(CREATE, dict(kw), "create", upload_id=upload_id)


class AsyncParts(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncPartsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncPartsWithStreamingResponse: ...

    async def create(self, upload_id: str, **kw: Unpack[PartCreateArgs]) -> UploadPart:
        """Send one part (multipart field `data`); parts may be sent in any order, even in parallel."""
        return await self._call(CREATE, dict(kw), "create", upload_id=upload_id)


class PartsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, parts: Parts) -> None:
            self.create = to_raw_response_wrapper(parts.create)


class AsyncPartsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, parts: AsyncParts) -> None:
            self.create = async_to_raw_response_wrapper(parts.create)


class PartsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, parts: Parts) -> None:
            self.create = to_streamed_response_wrapper(parts.create)


class AsyncPartsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, parts: AsyncParts) -> None:
            self.create = async_to_streamed_response_wrapper(parts.create)
