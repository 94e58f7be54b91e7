"""`/realtime/sessions`: ephemeral keys for Realtime clients (browsers, apps) that must not hold
your API key; the session settings are those of the `session.update` client event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....types.beta.realtime.session_create_params import SessionCreateKwargs
from ....types.beta.realtime.session_create_response import SessionCreateResponse

__all__ = [
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
]

# 1.102.0 sends the Assistants beta header on these Realtime REST calls (not `realtime=v1`);
# kept, since the wire is compared byte for byte and the API accepts it.
REALTIME_REST_BETA = {"OpenAI-Beta": "assistants=v2"}

CREATE = Endpoint(
    "post", "/realtime/sessions", cast_to=SessionCreateResponse, params=SessionCreateKwargs, headers=REALTIME_REST_BETA
)


class SessionCreateArgs(SessionCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.realtime.sessions.create`."""


class Sessions(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> SessionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> SessionsWithStreamingResponse: ...

    def create(self, **kw: Unpack[SessionCreateArgs]) -> SessionCreateResponse:
        """Create a Realtime session and an ephemeral key (`client_secret`) to connect to it."""
        return self._call(CREATE, dict(kw), "create")


class AsyncSessions(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncSessionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[SessionCreateArgs]) -> SessionCreateResponse:
        """Create a Realtime session and an ephemeral key (`client_secret`) to connect to it."""
        return await self._call(CREATE, dict(kw), "create")


class SessionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, sessions: Sessions) -> None:
            self.create = to_raw_response_wrapper(sessions.create)


class AsyncSessionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, sessions: AsyncSessions) -> None:
            self.create = async_to_raw_response_wrapper(sessions.create)


class SessionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, sessions: Sessions) -> None:
            self.create = to_streamed_response_wrapper(sessions.create)


class AsyncSessionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, sessions: AsyncSessions) -> None:
            self.create = async_to_streamed_response_wrapper(sessions.create)
