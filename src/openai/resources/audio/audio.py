"""`client.audio`: a namespace holding `speech`, `transcriptions` and `translations`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ..._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from .speech import (
        AsyncSpeech,
        AsyncSpeechWithRawResponse,
        AsyncSpeechWithStreamingResponse,
        Speech,
        SpeechWithRawResponse,
        SpeechWithStreamingResponse,
    )
    from .transcriptions import (
        AsyncTranscriptions,
        AsyncTranscriptionsWithRawResponse,
        AsyncTranscriptionsWithStreamingResponse,
        Transcriptions,
        TranscriptionsWithRawResponse,
        TranscriptionsWithStreamingResponse,
    )
    from .translations import (
        AsyncTranslations,
        AsyncTranslationsWithRawResponse,
        AsyncTranslationsWithStreamingResponse,
        Translations,
        TranslationsWithRawResponse,
        TranslationsWithStreamingResponse,
    )

__all__ = [
    "Audio",
    "AsyncAudio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
]

_PACKAGE = "openai.resources.audio"


class Audio(SyncAPIResource):
    speech: "Speech" = lazy_resource(f"{_PACKAGE}.speech", "Speech")
    transcriptions: "Transcriptions" = lazy_resource(f"{_PACKAGE}.transcriptions", "Transcriptions")
    translations: "Translations" = lazy_resource(f"{_PACKAGE}.translations", "Translations")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AudioWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AudioWithStreamingResponse: ...


class AsyncAudio(AsyncAPIResource):
    speech: "AsyncSpeech" = lazy_resource(f"{_PACKAGE}.speech", "AsyncSpeech")
    transcriptions: "AsyncTranscriptions" = lazy_resource(f"{_PACKAGE}.transcriptions", "AsyncTranscriptions")
    translations: "AsyncTranslations" = lazy_resource(f"{_PACKAGE}.translations", "AsyncTranslations")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncAudioWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncAudioWithStreamingResponse: ...


class AudioWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, audio: Audio) -> None: ...

        @property
        def speech(self) -> SpeechWithRawResponse: ...

        @property
        def transcriptions(self) -> TranscriptionsWithRawResponse: ...

        @property
        def translations(self) -> TranslationsWithRawResponse: ...


class AsyncAudioWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, audio: AsyncAudio) -> None: ...

        @property
        def speech(self) -> AsyncSpeechWithRawResponse: ...

        @property
        def transcriptions(self) -> AsyncTranscriptionsWithRawResponse: ...

        @property
        def translations(self) -> AsyncTranslationsWithRawResponse: ...


class AudioWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, audio: Audio) -> None: ...

        @property
        def speech(self) -> SpeechWithStreamingResponse: ...

        @property
        def transcriptions(self) -> TranscriptionsWithStreamingResponse: ...

        @property
        def translations(self) -> TranslationsWithStreamingResponse: ...


class AsyncAudioWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, audio: AsyncAudio) -> None: ...

        @property
        def speech(self) -> AsyncSpeechWithStreamingResponse: ...

        @property
        def transcriptions(self) -> AsyncTranscriptionsWithStreamingResponse: ...

        @property
        def translations(self) -> AsyncTranslationsWithStreamingResponse: ...
