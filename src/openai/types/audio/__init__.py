# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`
    from .speech_create_params import SpeechCreateParams as SpeechCreateParams
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
    from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_text_delta_event import TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent
    from .transcription_text_done_event import TranscriptionTextDoneEvent as TranscriptionTextDoneEvent
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation import Translation as Translation
    from .translation_create_params import TranslationCreateParams as TranslationCreateParams
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .translation_verbose import TranslationVerbose as TranslationVerbose
else:
    from ..._lazy_exports import lazy_package

    __getattr__, __dir__, __all__ = lazy_package(
        __name__,
        {
            "SpeechCreateParams": ".speech_create_params",
            "SpeechModel": ".speech_model",
            "Transcription": ".transcription",
            "TranscriptionCreateParams": ".transcription_create_params",
            "TranscriptionCreateResponse": ".transcription_create_response",
            "TranscriptionInclude": ".transcription_include",
            "TranscriptionSegment": ".transcription_segment",
            "TranscriptionStreamEvent": ".transcription_stream_event",
            "TranscriptionTextDeltaEvent": ".transcription_text_delta_event",
            "TranscriptionTextDoneEvent": ".transcription_text_done_event",
            "TranscriptionVerbose": ".transcription_verbose",
            "TranscriptionWord": ".transcription_word",
            "Translation": ".translation",
            "TranslationCreateParams": ".translation_create_params",
            "TranslationCreateResponse": ".translation_create_response",
            "TranslationVerbose": ".translation_verbose",
        },
    )
