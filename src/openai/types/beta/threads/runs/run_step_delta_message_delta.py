# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel


__all__ = ["MessageCreation", "RunStepDeltaMessageDelta"]


class MessageCreation(BaseModel):
    message_id: Optional[str] = None


class RunStepDeltaMessageDelta(BaseModel):
    type: Literal["message_creation"]
    message_creation: Optional[MessageCreation] = None
