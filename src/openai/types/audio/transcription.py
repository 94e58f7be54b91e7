# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel


__all__ = ["Logprob", "Transcription", "Usage", "UsageDuration", "UsageTokens", "UsageTokensInputTokenDetails"]


class Logprob(BaseModel):
    bytes: Optional[List[float]] = None
    logprob: Optional[float] = None
    token: Optional[str] = None


class UsageDuration(BaseModel):
    seconds: float
    type: Literal["duration"]


class UsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTokens(BaseModel):
    input_token_details: Optional[UsageTokensInputTokenDetails] = None
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]


Usage: TypeAlias = Annotated[Union[UsageDuration, UsageTokens], FieldInfo(discriminator="type")]


class Transcription(BaseModel):
    logprobs: Optional[List[Logprob]] = None
    text: str
    usage: Optional[Usage] = None
