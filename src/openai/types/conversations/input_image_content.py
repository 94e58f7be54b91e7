# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["InputImageContent"]


class InputImageContent(BaseModel):
    detail: Literal["low", "high", "auto"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
    type: Literal["input_image"]
