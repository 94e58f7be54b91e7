"""`/moderations`: classify text and images against the usage policies."""

from __future__ import annotations

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..types.moderation_create_params import ModerationCreateParams
from ..types.moderation_create_response import ModerationCreateResponse

__all__ = ["Moderations", "AsyncModerations"]

CREATE = Endpoint("post", "/moderations", cast_to=ModerationCreateResponse, params=ModerationCreateParams)


class ModerationCreateArgs(ModerationCreateParams, RequestExtras, total=False):
    """The keywords of `moderations.create`."""


class Moderations(SyncAPIResource):
    def create(self, **kw: Unpack[ModerationCreateArgs]) -> ModerationCreateResponse:
        """Classify `input` (text, image URLs, or a mix)."""
        return self._call(CREATE, dict(kw), "create")


class AsyncModerations(AsyncAPIResource):
    async def create(self, **kw: Unpack[ModerationCreateArgs]) -> ModerationCreateResponse:
        """Classify `input` (text, image URLs, or a mix)."""
        return await self._call(CREATE, dict(kw), "create")
