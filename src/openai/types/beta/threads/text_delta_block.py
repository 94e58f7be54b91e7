# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ...._models import BaseModel
from .text_delta import TextDelta


__all__ = ["TextDeltaBlock"]


class TextDeltaBlock(BaseModel):
    index: int
    type: Literal["text"]
    text: Optional[TextDelta] = None
