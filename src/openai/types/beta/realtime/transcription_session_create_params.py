# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List
from typing_extensions import Literal, TypedDict


__all__ = [
    "ClientSecret",
    "ClientSecretExpiresAt",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "TranscriptionSessionCreateParams",
    "TurnDetection",
]


class ClientSecretExpiresAt(TypedDict, total=False):
    anchor: Literal["created_at"]
    seconds: int


class ClientSecret(TypedDict, total=False):
    expires_at: ClientSecretExpiresAt


class InputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class InputAudioTranscription(TypedDict, total=False):
    language: str
    model: Literal["gpt-4o-mini-transcribe", "gpt-4o-transcribe", "whisper-1"]
    prompt: str


class TurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]


class TranscriptionSessionCreateParams(TypedDict, total=False):
    client_secret: ClientSecret
    include: List[str]
    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    input_audio_noise_reduction: InputAudioNoiseReduction
    input_audio_transcription: InputAudioTranscription
    modalities: List[Literal["audio", "text"]]
    turn_detection: TurnDetection
