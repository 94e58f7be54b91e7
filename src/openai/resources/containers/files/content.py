"""`/containers/{container_id}/files/{file_id}/content`: the bytes of a container file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._response import HttpxBinaryResponseContent
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_custom_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from ...._typed_views import AsyncStreamedBinaryAPIResponse, StreamedBinaryAPIResponse

__all__ = [
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
]

RETRIEVE = Endpoint(
    "get",
    "/containers/{container_id}/files/{file_id}/content",
    cast_to=HttpxBinaryResponseContent,
    headers={"Accept": "application/binary"},
)


class Content(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ContentWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ContentWithStreamingResponse: ...

    def retrieve(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> HttpxBinaryResponseContent:
        """Download a container file; use `.with_streaming_response` to write it to disk piece by piece."""
        return self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)


class AsyncContent(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncContentWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncContentWithStreamingResponse: ...

    async def retrieve(
        self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]
    ) -> HttpxBinaryResponseContent:
        """Download a container file; use `.with_streaming_response` to write it to disk piece by piece."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)


class ContentWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, content: Content) -> None:
            self.retrieve = to_raw_response_wrapper(content.retrieve)


class AsyncContentWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, content: AsyncContent) -> None:
            self.retrieve = async_to_raw_response_wrapper(content.retrieve)


class ContentWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, content: Content) -> None:
            self.retrieve = to_custom_streamed_response_wrapper(content.retrieve, StreamedBinaryAPIResponse)


class AsyncContentWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, content: AsyncContent) -> None:
            self.retrieve = async_to_custom_streamed_response_wrapper(content.retrieve, AsyncStreamedBinaryAPIResponse)
