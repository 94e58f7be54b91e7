"""`client.audio`: a namespace holding `speech`, `transcriptions` and `translations`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource

if TYPE_CHECKING:
    from .speech import AsyncSpeech, Speech
    from .transcriptions import AsyncTranscriptions, Transcriptions
    from .translations import AsyncTranslations, Translations

__all__ = ["Audio", "AsyncAudio"]

_PACKAGE = "openai.resources.audio"


class Audio(SyncAPIResource):
    speech: "Speech" = lazy_resource(f"{_PACKAGE}.speech", "Speech")
    transcriptions: "Transcriptions" = lazy_resource(f"{_PACKAGE}.transcriptions", "Transcriptions")
    translations: "Translations" = lazy_resource(f"{_PACKAGE}.translations", "Translations")


class AsyncAudio(AsyncAPIResource):
    speech: "AsyncSpeech" = lazy_resource(f"{_PACKAGE}.speech", "AsyncSpeech")
    transcriptions: "AsyncTranscriptions" = lazy_resource(f"{_PACKAGE}.transcriptions", "AsyncTranscriptions")
    translations: "AsyncTranslations" = lazy_resource(f"{_PACKAGE}.translations", "AsyncTranslations")
