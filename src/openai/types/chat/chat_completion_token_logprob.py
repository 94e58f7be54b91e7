# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional

from ..._models import BaseModel


__all__ = ["ChatCompletionTokenLogprob", "TopLogprob"]


class TopLogprob(BaseModel):
    bytes: Optional[List[int]] = None
    logprob: float
    token: str


class ChatCompletionTokenLogprob(BaseModel):
    bytes: Optional[List[int]] = None
    logprob: float
    token: str
    top_logprobs: List[TopLogprob]
