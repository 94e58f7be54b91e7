# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel
from .message_delta import MessageDelta


__all__ = ["MessageDeltaEvent"]


class MessageDeltaEvent(BaseModel):
    id: str
    delta: MessageDelta
    object: Literal["thread.message.delta"]
