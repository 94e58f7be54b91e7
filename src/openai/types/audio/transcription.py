# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo


__all__ = ["Logprob", "Transcription", "Usage", "UsageDuration", "UsageTokens", "UsageTokensInputTokenDetails"]


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[float]] = None
    logprob: Optional[float] = None


class UsageDuration(BaseModel):
    seconds: float
    type: Literal["duration"]


class UsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTokens(BaseModel):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]
    input_token_details: Optional[UsageTokensInputTokenDetails] = None


Usage: TypeAlias = Annotated[Union[UsageTokens, UsageDuration], PropertyInfo(discriminator="type")]


class Transcription(BaseModel):
    text: str
    logprobs: Optional[List[Logprob]] = None
    usage: Optional[Usage] = None
