# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Logprob", "LogprobTopLogprob", "ResponseTextDeltaEvent"]


class LogprobTopLogprob(BaseModel):
    token: Optional[str] = None
    logprob: Optional[float] = None


class Logprob(BaseModel):
    token: str
    logprob: float
    top_logprobs: Optional[List[LogprobTopLogprob]] = None


class ResponseTextDeltaEvent(BaseModel):
    content_index: int
    delta: str
    item_id: str
    logprobs: List[Logprob]
    output_index: int
    sequence_number: int
    type: Literal["response.output_text.delta"]
