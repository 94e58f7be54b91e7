"""`/realtime/transcription_sessions`: ephemeral keys for Realtime transcription-only clients."""

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
from ....types.beta.realtime.transcription_session import TranscriptionSession
from ....types.beta.realtime.transcription_session_create_params import TranscriptionSessionCreateKwargs
from .sessions import REALTIME_REST_BETA

__all__ = [
    "TranscriptionSessions",
    "AsyncTranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
]

CREATE = Endpoint(
    "post",
    "/realtime/transcription_sessions",
    cast_to=TranscriptionSession,
    params=TranscriptionSessionCreateKwargs,
    headers=REALTIME_REST_BETA,
)


class TranscriptionSessionCreateArgs(TranscriptionSessionCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.realtime.transcription_sessions.create`."""


class TranscriptionSessions(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> TranscriptionSessionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> TranscriptionSessionsWithStreamingResponse: ...

    def create(self, **kw: Unpack[TranscriptionSessionCreateArgs]) -> TranscriptionSession:
        """Create a Realtime transcription session and an ephemeral key to connect to it."""
        return self._call(CREATE, dict(kw), "create")


class AsyncTranscriptionSessions(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncTranscriptionSessionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncTranscriptionSessionsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[TranscriptionSessionCreateArgs]) -> TranscriptionSession:
        """Create a Realtime transcription session and an ephemeral key to connect to it."""
        return await self._call(CREATE, dict(kw), "create")


class TranscriptionSessionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
            self.create = to_raw_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
            self.create = async_to_raw_response_wrapper(transcription_sessions.create)


class TranscriptionSessionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, transcription_sessions: TranscriptionSessions) -> None:
            self.create = to_streamed_response_wrapper(transcription_sessions.create)


class AsyncTranscriptionSessionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, transcription_sessions: AsyncTranscriptionSessions) -> None:
            self.create = async_to_streamed_response_wrapper(transcription_sessions.create)
