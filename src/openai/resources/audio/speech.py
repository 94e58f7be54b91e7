"""`/audio/speech`: text to spoken audio, returned as binary content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._response import HttpxBinaryResponseContent
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_custom_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
)
from ...types.audio.speech_create_params import SpeechCreateKwargs

if TYPE_CHECKING:
    from ..._typed_views import AsyncStreamedBinaryAPIResponse, StreamedBinaryAPIResponse

__all__ = [
    "Speech",
    "AsyncSpeech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
]

# The audio comes back whole; `with_streaming_response.create(...)` reads it as it arrives
# (`stream_to_file`, `iter_bytes`), and `stream_format="sse"` has it sent as events instead.
CREATE = Endpoint(
    "post",
    "/audio/speech",
    cast_to=HttpxBinaryResponseContent,
    params=SpeechCreateKwargs,
    headers={"Accept": "application/octet-stream"},
)


class SpeechCreateArgs(SpeechCreateKwargs, RequestExtras, total=False):
    """The keywords of `audio.speech.create`."""


class Speech(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> SpeechWithRawResponse: ...
        @property
        def with_streaming_response(self) -> SpeechWithStreamingResponse: ...

    def create(self, **kw: Unpack[SpeechCreateArgs]) -> HttpxBinaryResponseContent:
        """Speak `input` in `voice`; the body is the audio in `response_format` (mp3 by default)."""
        return self._call(CREATE, dict(kw), "create")


class AsyncSpeech(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncSpeechWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncSpeechWithStreamingResponse: ...

    async def create(self, **kw: Unpack[SpeechCreateArgs]) -> HttpxBinaryResponseContent:
        """Speak `input` in `voice`; the body is the audio in `response_format` (mp3 by default)."""
        return await self._call(CREATE, dict(kw), "create")


class SpeechWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, speech: Speech) -> None:
            self.create = to_raw_response_wrapper(speech.create)


class AsyncSpeechWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, speech: AsyncSpeech) -> None:
            self.create = async_to_raw_response_wrapper(speech.create)


class SpeechWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, speech: Speech) -> None:
            self.create = to_custom_streamed_response_wrapper(speech.create, StreamedBinaryAPIResponse)


class AsyncSpeechWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, speech: AsyncSpeech) -> None:
            self.create = async_to_custom_streamed_response_wrapper(speech.create, AsyncStreamedBinaryAPIResponse)
