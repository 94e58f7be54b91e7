from .audio import (
    AsyncAudio,
    AsyncAudioWithRawResponse,
    AsyncAudioWithStreamingResponse,
    Audio,
    AudioWithRawResponse,
    AudioWithStreamingResponse,
)
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
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "Speech",
    "SpeechWithRawResponse",
    "SpeechWithStreamingResponse",
    "AsyncSpeech",
    "AsyncSpeechWithRawResponse",
    "AsyncSpeechWithStreamingResponse",
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "TranscriptionsWithStreamingResponse",
    "AsyncTranscriptions",
    "AsyncTranscriptionsWithRawResponse",
    "AsyncTranscriptionsWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
]
