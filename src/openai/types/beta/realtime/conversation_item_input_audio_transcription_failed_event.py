# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["ConversationItemInputAudioTranscriptionFailedEvent", "Error"]


class Error(BaseModel):
    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str] = None


class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    content_index: int
    error: Error
    event_id: str
    item_id: str
    type: Literal["conversation.item.input_audio_transcription.failed"]
