"""`client.beta.realtime`: the Realtime API (beta) and its session REST calls."""

from .realtime import (
    AsyncRealtime,
    AsyncRealtimeWithRawResponse,
    AsyncRealtimeWithStreamingResponse,
    Realtime,
    RealtimeWithRawResponse,
    RealtimeWithStreamingResponse,
)
from .sessions import (
    AsyncSessions,
    AsyncSessionsWithRawResponse,
    AsyncSessionsWithStreamingResponse,
    Sessions,
    SessionsWithRawResponse,
    SessionsWithStreamingResponse,
)
from .transcription_sessions import (
    AsyncTranscriptionSessions,
    AsyncTranscriptionSessionsWithRawResponse,
    AsyncTranscriptionSessionsWithStreamingResponse,
    TranscriptionSessions,
    TranscriptionSessionsWithRawResponse,
    TranscriptionSessionsWithStreamingResponse,
)

__all__ = [
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
    "TranscriptionSessions",
    "AsyncTranscriptionSessions",
    "TranscriptionSessionsWithRawResponse",
    "AsyncTranscriptionSessionsWithRawResponse",
    "TranscriptionSessionsWithStreamingResponse",
    "AsyncTranscriptionSessionsWithStreamingResponse",
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
]
