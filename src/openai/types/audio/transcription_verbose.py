# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord


__all__ = ["TranscriptionVerbose", "Usage"]


class Usage(BaseModel):
    seconds: float
    type: Literal["duration"]


class TranscriptionVerbose(BaseModel):
    duration: float
    language: str
    text: str
    segments: Optional[List[TranscriptionSegment]] = None
    usage: Optional[Usage] = None
    words: Optional[List[TranscriptionWord]] = None
