# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .completion_choice import CompletionChoice
from .completion_usage import CompletionUsage


__all__ = ["Completion"]


class Completion(BaseModel):
    id: str
    choices: List[CompletionChoice]
    created: int
    model: str
    object: Literal["text_completion"]
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
