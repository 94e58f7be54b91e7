# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal

from ...._models import BaseModel
from .text import Text


__all__ = ["TextContentBlock"]


class TextContentBlock(BaseModel):
    # The surface data reads this `Text` as `typing.Text` (= str); the API sends the model.
    text: Text
    type: Literal["text"]
