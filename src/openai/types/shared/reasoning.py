# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .reasoning_effort import ReasoningEffort


__all__ = ["Reasoning"]


class Reasoning(BaseModel):
    effort: ReasoningEffort = None
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    summary: Optional[Literal["auto", "concise", "detailed"]] = None
