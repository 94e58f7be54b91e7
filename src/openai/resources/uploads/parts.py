"""`/uploads/{upload_id}/parts`: add one chunk (at most 64 MB) to an upload."""

from __future__ import annotations

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...types.uploads.part_create_params import PartCreateParams
from ...types.uploads.upload_part import UploadPart

__all__ = ["Parts", "AsyncParts"]

CREATE = Endpoint("post", "/uploads/{upload_id}/parts", cast_to=UploadPart, params=PartCreateParams, files=(("data",),))


class PartCreateArgs(PartCreateParams, RequestExtras, total=False):
    """The keywords of `uploads.parts.create`."""


class Parts(SyncAPIResource):
    def create(self, upload_id: str, **kw: Unpack[PartCreateArgs]) -> UploadPart:
        """Send one part (multipart field `data`); parts may be sent in any order, even in parallel."""
        return self._call(CREATE, dict(kw), "create", upload_id=upload_id)


class AsyncParts(AsyncAPIResource):
    async def create(self, upload_id: str, **kw: Unpack[PartCreateArgs]) -> UploadPart:
        """Send one part (multipart field `data`); parts may be sent in any order, even in parallel."""
        return await self._call(CREATE, dict(kw), "create", upload_id=upload_id)
