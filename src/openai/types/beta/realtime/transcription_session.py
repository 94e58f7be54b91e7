# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["ClientSecret", "InputAudioTranscription", "TranscriptionSession", "TurnDetection"]


class ClientSecret(BaseModel):
    expires_at: int
    value: str


class InputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[Literal["gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"]] = None
    prompt: Optional[str] = None


class TurnDetection(BaseModel):
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


class TranscriptionSession(BaseModel):
    client_secret: ClientSecret
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[InputAudioTranscription] = None
    modalities: Optional[List[Literal["text", "audio"]]] = None
    turn_detection: Optional[TurnDetection] = None
