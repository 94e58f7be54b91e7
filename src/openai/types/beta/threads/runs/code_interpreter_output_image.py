# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ....._models import BaseModel


__all__ = ["CodeInterpreterOutputImage", "Image"]


class Image(BaseModel):
    file_id: Optional[str] = None


class CodeInterpreterOutputImage(BaseModel):
    index: int
    type: Literal["image"]
    image: Optional[Image] = None
