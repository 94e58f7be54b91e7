"""`/audio/speech`: text to spoken audio, returned as binary content."""

from __future__ import annotations

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._response import HttpxBinaryResponseContent
from ...types.audio.speech_create_params import SpeechCreateParams

__all__ = ["Speech", "AsyncSpeech"]

# The audio comes back whole; `with_streaming_response.create(...)` reads it as it arrives
# (`stream_to_file`, `iter_bytes`), and `stream_format="sse"` has it sent as events instead.
CREATE = Endpoint(
    "post",
    "/audio/speech",
    cast_to=HttpxBinaryResponseContent,
    params=SpeechCreateParams,
    headers={"Accept": "application/octet-stream"},
)


class SpeechCreateArgs(SpeechCreateParams, RequestExtras, total=False):
    """The keywords of `audio.speech.create`."""


class Speech(SyncAPIResource):
    def create(self, **kw: Unpack[SpeechCreateArgs]) -> HttpxBinaryResponseContent:
        """Speak `input` in `voice`; the body is the audio in `response_format` (mp3 by default)."""
        return self._call(CREATE, dict(kw), "create")


class AsyncSpeech(AsyncAPIResource):
    async def create(self, **kw: Unpack[SpeechCreateArgs]) -> HttpxBinaryResponseContent:
        """Speak `input` in `voice`; the body is the audio in `response_format` (mp3 by default)."""
        return await self._call(CREATE, dict(kw), "create")
