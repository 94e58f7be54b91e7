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
    content: Optional[List[Content]] = None
    encrypted_content: Optional[str] = None
    id: str
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    summary: List[Summary]
    type: Literal["reasoning"]
