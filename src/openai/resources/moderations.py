"""`/moderations`: classify text and images against the usage policies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from .._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..types.moderation_create_params import ModerationCreateKwargs
from ..types.moderation_create_response import ModerationCreateResponse

__all__ = [
    "Moderations",
    "AsyncModerations",
    "ModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "AsyncModerationsWithRawResponse",
    "AsyncModerationsWithStreamingResponse",
]

CREATE = Endpoint("post", "/moderations", cast_to=ModerationCreateResponse, params=ModerationCreateKwargs)


class ModerationCreateArgs(ModerationCreateKwargs, RequestExtras, total=False):
    """The keywords of `moderations.create`."""


class Moderations(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ModerationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ModerationsWithStreamingResponse: ...

    def create(self, **kw: Unpack[ModerationCreateArgs]) -> ModerationCreateResponse:
        """Classify `input` (text, image URLs, or a mix)."""
        return self._call(CREATE, dict(kw), "create")


class AsyncModerations(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncModerationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[ModerationCreateArgs]) -> ModerationCreateResponse:
        """Classify `input` (text, image URLs, or a mix)."""
        return await self._call(CREATE, dict(kw), "create")


class ModerationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, moderations: Moderations) -> None:
            self.create = to_raw_response_wrapper(moderations.create)


class AsyncModerationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, moderations: AsyncModerations) -> None:
            self.create = async_to_raw_response_wrapper(moderations.create)


class ModerationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, moderations: Moderations) -> None:
            self.create = to_streamed_response_wrapper(moderations.create)


class AsyncModerationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, moderations: AsyncModerations) -> None:
            self.create = async_to_streamed_response_wrapper(moderations.create)
