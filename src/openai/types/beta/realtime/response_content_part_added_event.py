# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel


__all__ = ["Part", "ResponseContentPartAddedEvent"]


class Part(BaseModel):
    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["text", "audio"]] = None


class ResponseContentPartAddedEvent(BaseModel):
    content_index: int
    event_id: str
    item_id: str
    output_index: int
    part: Part
    response_id: str
    type: Literal["response.content_part.added"]
