# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List

from .._models import BaseModel
from .moderation import Moderation


__all__ = ["ModerationCreateResponse"]


class ModerationCreateResponse(BaseModel):
    id: str
    model: str
    results: List[Moderation]
