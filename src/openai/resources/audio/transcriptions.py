"""`/audio/transcriptions`: speech to text in the spoken language (multipart upload).

The result type follows `response_format`: `json` (the default) gives a `Transcription`,
`verbose_json` a `TranscriptionVerbose` (segments, words), and `text`, `srt` and `vtt` the
text itself as a `str`. `stream=True` yields `TranscriptionStreamEvent`s (text deltas, then
the full text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, Union, overload

from typing_extensions import Literal, Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._streaming import AsyncStream, Stream
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, NotGiven
from ...types.audio.transcription import Transcription
from ...types.audio.transcription_create_params import TranscriptionCreateKwargs, TranscriptionCreateParamsBase
from ...types.audio.transcription_create_response import TranscriptionCreateResponse
from ...types.audio.transcription_stream_event import TranscriptionStreamEvent
from ...types.audio.transcription_verbose import TranscriptionVerbose
from ...types.audio_response_format import AudioResponseFormat

__all__ = [
    "Transcriptions",
    "AsyncTranscriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
]

_TEXT_FORMATS = frozenset({"text", "srt", "vtt"})


def result_type(json_type: type, verbose_type: type) -> Any:
    """`cast_for` of the audio endpoints: the result type that `response_format` asks for.

    An unknown format falls back to `json_type`, which parsing fills tolerantly.
    """

    def pick(sent: Dict[str, Any]) -> type:
        response_format = sent.get("response_format")
        if response_format in _TEXT_FORMATS:
            return str
        return verbose_type if response_format == "verbose_json" else json_type

    return pick


CREATE = Endpoint(
    "post",
    "/audio/transcriptions",
    cast_to=Transcription,
    cast_for=result_type(Transcription, TranscriptionVerbose),
    params=TranscriptionCreateParamsBase,
    files=(("file",),),
    stream_type=TranscriptionStreamEvent,
)

_Format = Union[AudioResponseFormat, NotGiven]
_Result = Union[Transcription, TranscriptionVerbose, str]


class TranscriptionCreateArgs(TranscriptionCreateKwargs, RequestExtras, total=False):
    """The keywords of `audio.transcriptions.create` besides `response_format` and `stream`."""


class Transcriptions(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> TranscriptionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> TranscriptionsWithStreamingResponse: ...

    @overload
    def create(
        self,
        *,
        response_format: Union[Literal["json"], NotGiven] = NOT_GIVEN,
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> Transcription: ...
    @overload
    def create(
        self,
        *,
        response_format: Literal["verbose_json"],
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> TranscriptionVerbose: ...
    @overload
    def create(
        self,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> str: ...
    @overload
    def create(
        self, *, stream: Literal[True], response_format: _Format = NOT_GIVEN, **kw: Unpack[TranscriptionCreateArgs]
    ) -> Stream[TranscriptionStreamEvent]: ...
    @overload
    def create(
        self, *, stream: bool, response_format: _Format = NOT_GIVEN, **kw: Unpack[TranscriptionCreateArgs]
    ) -> Union[TranscriptionCreateResponse, Stream[TranscriptionStreamEvent]]: ...
    def create(
        self,
        *,
        response_format: _Format = NOT_GIVEN,
        stream: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> Union[_Result, Stream[TranscriptionStreamEvent]]:
        """Transcribe the audio `file`; the result type follows `response_format`."""
        return self._call(CREATE, {**kw, "response_format": response_format, "stream": stream}, "create")


class AsyncTranscriptions(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncTranscriptionsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncTranscriptionsWithStreamingResponse: ...

    @overload
    async def create(
        self,
        *,
        response_format: Union[Literal["json"], NotGiven] = NOT_GIVEN,
        stream: Union[Optional[Literal[False]], NotGiven] = NOT_GIVEN,
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> TranscriptionCreateResponse: ...  # 1.102.0's async overload: not narrowed to `Transcription`
    @overload
    async def create(
        self,
        *,
        response_format: Literal["verbose_json"],
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> TranscriptionVerbose: ...
    @overload
    async def create(
        self,
        *,
        response_format: Literal["text", "srt", "vtt"],
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> str: ...
    @overload
    async def create(
        self, *, stream: Literal[True], response_format: _Format = NOT_GIVEN, **kw: Unpack[TranscriptionCreateArgs]
    ) -> AsyncStream[TranscriptionStreamEvent]: ...
    @overload
    async def create(
        self, *, stream: bool, response_format: _Format = NOT_GIVEN, **kw: Unpack[TranscriptionCreateArgs]
    ) -> Union[TranscriptionCreateResponse, AsyncStream[TranscriptionStreamEvent]]: ...
    async def create(
        self,
        *,
        response_format: _Format = NOT_GIVEN,
        stream: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **kw: Unpack[TranscriptionCreateArgs],
    ) -> Union[_Result, AsyncStream[TranscriptionStreamEvent]]:
        """Transcribe the audio `file`; the result type follows `response_format`."""
        return await self._call(CREATE, {**kw, "response_format": response_format, "stream": stream}, "create")


class TranscriptionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, transcriptions: Transcriptions) -> None:
            self.create = to_raw_response_wrapper(transcriptions.create)


class AsyncTranscriptionsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, transcriptions: AsyncTranscriptions) -> None:
            self.create = async_to_raw_response_wrapper(transcriptions.create)


class TranscriptionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, transcriptions: Transcriptions) -> None:
            self.create = to_streamed_response_wrapper(transcriptions.create)


class AsyncTranscriptionsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, transcriptions: AsyncTranscriptions) -> None:
            self.create = async_to_streamed_response_wrapper(transcriptions.create)
