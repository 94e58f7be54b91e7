"""`/containers/{container_id}/files/{file_id}/content`: the bytes of a container file."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._response import HttpxBinaryResponseContent

__all__ = ["Content", "AsyncContent"]

RETRIEVE = Endpoint(
    "get",
    "/containers/{container_id}/files/{file_id}/content",
    cast_to=HttpxBinaryResponseContent,
    headers={"Accept": "application/binary"},
)


class Content(SyncAPIResource):
    def retrieve(self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]) -> HttpxBinaryResponseContent:
        """Download a container file; use `.with_streaming_response` to write it to disk piece by piece."""
        return self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)


class AsyncContent(AsyncAPIResource):
    async def retrieve(
        self, file_id: str, *, container_id: str, **kw: Unpack[RequestExtras]
    ) -> HttpxBinaryResponseContent:
        """Download a container file; use `.with_streaming_response` to write it to disk piece by piece."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", container_id=container_id, file_id=file_id)
