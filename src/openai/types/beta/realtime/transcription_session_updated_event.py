# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel
from .transcription_session import TranscriptionSession


__all__ = ["TranscriptionSessionUpdatedEvent"]


class TranscriptionSessionUpdatedEvent(BaseModel):
    event_id: str
    session: TranscriptionSession
    type: Literal["transcription_session.updated"]
