# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from ...._models import BaseModel


__all__ = ["InputTokenDetails", "OutputTokenDetails", "RealtimeResponseUsage"]


class InputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class OutputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class RealtimeResponseUsage(BaseModel):
    input_token_details: Optional[InputTokenDetails] = None
    input_tokens: Optional[int] = None
    output_token_details: Optional[OutputTokenDetails] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
