# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List

from ..._models import BaseModel


__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    token: str
    bytes: List[int]
    logprob: float
