# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional

from ..._models import BaseModel
from .transcription_segment import TranscriptionSegment


__all__ = ["TranslationVerbose"]


class TranslationVerbose(BaseModel):
    duration: float
    language: str
    text: str
    segments: Optional[List[TranscriptionSegment]] = None
