# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict


__all__ = [
    "ClientSecret",
    "ClientSecretExpiresAfter",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "SessionCreateParams",
    "Tool",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
]


class ClientSecretExpiresAfter(TypedDict, total=False):
    anchor: Required[Literal["created_at"]]
    seconds: int


class ClientSecret(TypedDict, total=False):
    expires_after: ClientSecretExpiresAfter


class InputAudioNoiseReduction(TypedDict, total=False):
    type: Literal["far_field", "near_field"]


class InputAudioTranscription(TypedDict, total=False):
    language: str
    model: str
    prompt: str


class Tool(TypedDict, total=False):
    description: str
    name: str
    parameters: object
    type: Literal["function"]


class TracingTracingConfiguration(TypedDict, total=False):
    group_id: str
    metadata: object
    workflow_name: str


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class TurnDetection(TypedDict, total=False):
    create_response: bool
    eagerness: Literal["auto", "high", "low", "medium"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["semantic_vad", "server_vad"]


class SessionCreateParams(TypedDict, total=False):
    client_secret: ClientSecret
    input_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    input_audio_noise_reduction: InputAudioNoiseReduction
    input_audio_transcription: InputAudioTranscription
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    modalities: List[Literal["audio", "text"]]
    model: Literal[
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
    ]
    output_audio_format: Literal["g711_alaw", "g711_ulaw", "pcm16"]
    speed: float
    temperature: float
    tool_choice: str
    tools: Iterable[Tool]
    tracing: Tracing
    turn_detection: TurnDetection
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]
