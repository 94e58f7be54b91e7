# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Logprob", "TranscriptionTextDeltaEvent"]


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


class TranscriptionTextDeltaEvent(BaseModel):
    delta: str
    type: Literal["transcript.text.delta"]
    logprobs: Optional[List[Logprob]] = None
