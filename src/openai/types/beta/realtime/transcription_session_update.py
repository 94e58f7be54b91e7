# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = [
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTurnDetection",
    "TranscriptionSessionUpdate",
]


class SessionClientSecretExpiresAt(BaseModel):
    anchor: Optional[Literal["created_at"]] = None
    seconds: Optional[int] = None


class SessionClientSecret(BaseModel):
    expires_at: Optional[SessionClientSecretExpiresAt] = None


class SessionInputAudioNoiseReduction(BaseModel):
    type: Optional[Literal["far_field", "near_field"]] = None


class SessionInputAudioTranscription(BaseModel):
    language: Optional[str] = None
    model: Optional[Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]] = None
    prompt: Optional[str] = None


class SessionTurnDetection(BaseModel):
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["auto", "high", "low", "medium"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["semantic_vad", "server_vad"]] = None


class Session(BaseModel):
    client_secret: Optional[SessionClientSecret] = None
    include: Optional[List[str]] = None
    input_audio_format: Optional[Literal["g711_alaw", "g711_ulaw", "pcm16"]] = None
    input_audio_noise_reduction: Optional[SessionInputAudioNoiseReduction] = None
    input_audio_transcription: Optional[SessionInputAudioTranscription] = None
    modalities: Optional[List[Literal["audio", "text"]]] = None
    turn_detection: Optional[SessionTurnDetection] = None


class TranscriptionSessionUpdate(BaseModel):
    event_id: Optional[str] = None
    session: Session
    type: Literal["transcription_session.update"]
