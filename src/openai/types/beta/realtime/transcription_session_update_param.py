# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal, Required, TypedDict


__all__ = [
    "Session",
    "SessionClientSecret",
    "SessionClientSecretExpiresAt",
    "SessionInputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTurnDetection",
    "TranscriptionSessionUpdateParam",
]


class SessionClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class SessionClientSecret(TypedDict, total=False):
    expires_at: SessionClientSecretExpiresAt


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class SessionInputAudioTranscription(TypedDict, total=False):
    language: str
    model: Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]
    prompt: str


class SessionTurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]


class Session(TypedDict, total=False):
    client_secret: SessionClientSecret
    include: List[str]
    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    input_audio_noise_reduction: SessionInputAudioNoiseReduction
    input_audio_transcription: SessionInputAudioTranscription
    modalities: List[Literal["audio", "text"]]
    turn_detection: SessionTurnDetection


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    event_id: str
    session: Required[Session]
    type: Required[Literal["transcription_session.update"]]
