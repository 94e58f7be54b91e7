# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from ..._models import BaseModel


__all__ = ["ChatCompletionAudio"]


class ChatCompletionAudio(BaseModel):
    id: str
    data: str
    expires_at: int
    transcript: str
