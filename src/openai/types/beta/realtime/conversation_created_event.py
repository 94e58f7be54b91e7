# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Conversation", "ConversationCreatedEvent"]


class Conversation(BaseModel):
    id: Optional[str] = None
    object: Optional[Literal["realtime.conversation"]] = None


class ConversationCreatedEvent(BaseModel):
    conversation: Conversation
    event_id: str
    type: Literal["conversation.created"]
