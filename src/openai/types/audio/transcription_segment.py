# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List

from ..._models import BaseModel


__all__ = ["TranscriptionSegment"]


class TranscriptionSegment(BaseModel):
    id: int
    avg_logprob: float
    compression_ratio: float
    end: float
    no_speech_prob: float
    seek: int
    start: float
    temperature: float
    text: str
    tokens: List[int]
