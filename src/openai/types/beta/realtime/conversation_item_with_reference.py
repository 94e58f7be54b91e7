# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Content", "ConversationItemWithReference"]


class Content(BaseModel):
    audio: Optional[str] = None
    id: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["input_audio", "input_text", "item_reference", "text"]] = None


class ConversationItemWithReference(BaseModel):
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[Content]] = None
    id: Optional[str] = None
    name: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    output: Optional[str] = None
    role: Optional[Literal["assistant", "system", "user"]] = None
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Optional[Literal["function_call", "function_call_output", "item_reference", "message"]] = None
