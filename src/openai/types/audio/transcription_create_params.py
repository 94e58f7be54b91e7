# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import FileTypes
from ..audio_model import AudioModel
from ..audio_response_format import AudioResponseFormat
from .transcription_include import TranscriptionInclude


__all__ = [
    "ChunkingStrategy",
    "ChunkingStrategyVadConfig",
    "TranscriptionCreateParams",
    "TranscriptionCreateParamsBase",
    "TranscriptionCreateParamsNonStreaming",
    "TranscriptionCreateParamsStreaming",
]


class ChunkingStrategyVadConfig(TypedDict, total=False):
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Required[Literal["server_vad"]]


ChunkingStrategy: TypeAlias = Union[Literal["auto"], ChunkingStrategyVadConfig]


class TranscriptionRequestFields(TypedDict, total=False):
    """Every parameter but `response_format`, which `create`'s overloads spell out (it picks the result type)."""

    chunking_strategy: Optional[ChunkingStrategy]
    file: Required[FileTypes]
    include: List[TranscriptionInclude]
    language: str
    model: Required[Union[str, AudioModel]]
    prompt: str
    temperature: float
    timestamp_granularities: List[Literal["segment", "word"]]


class TranscriptionCreateParamsBase(TranscriptionRequestFields, total=False):
    response_format: AudioResponseFormat


class TranscriptionCreateParamsNonStreaming(TranscriptionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class TranscriptionCreateParamsStreaming(TranscriptionCreateParamsBase):
    stream: Literal[True]


TranscriptionCreateParams: TypeAlias = Union[TranscriptionCreateParamsNonStreaming, TranscriptionCreateParamsStreaming]
