# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, Required, TypedDict

from .speech_model import SpeechModel


__all__ = ["SpeechCreateParams"]


class SpeechCreateParams(TypedDict, total=False):
    input: Required[str]
    instructions: str
    model: Required[Union[str, SpeechModel]]
    response_format: Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]
    speed: float
    stream_format: Literal["audio", "sse"]
    voice: Required[Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]]
