# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["Content", "ResponseReasoningItem", "Summary"]


class Content(BaseModel):
    text: str
    type: Literal["reasoning_text"]


class Summary(BaseModel):
    text: str
    type: Literal["summary_text"]


class ResponseReasoningItem(BaseModel):
    id: str
    summary: List[Summary]
    type: Literal["reasoning"]
    content: Optional[List[Content]] = None
    encrypted_content: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
