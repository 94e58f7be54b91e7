# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Logprob", "TranscriptionTextDoneEvent", "Usage", "UsageInputTokenDetails"]


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


class UsageInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]
    input_token_details: Optional[UsageInputTokenDetails] = None


class TranscriptionTextDoneEvent(BaseModel):
    text: str
    type: Literal["transcript.text.done"]
    logprobs: Optional[List[Logprob]] = None
    usage: Optional[Usage] = None
