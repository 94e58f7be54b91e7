# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal, TypedDict

from .reasoning_effort import ReasoningEffort


__all__ = ["Reasoning"]


class Reasoning(TypedDict, total=False):
    effort: ReasoningEffort
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]
