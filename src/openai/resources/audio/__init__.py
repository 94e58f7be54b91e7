from .audio import AsyncAudio, Audio
from .speech import AsyncSpeech, Speech
from .transcriptions import AsyncTranscriptions, Transcriptions
from .translations import AsyncTranslations, Translations

__all__ = [
    "Audio",
    "AsyncAudio",
    "Speech",
    "AsyncSpeech",
    "Transcriptions",
    "AsyncTranscriptions",
    "Translations",
    "AsyncTranslations",
]
