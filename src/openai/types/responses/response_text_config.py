# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_format_text_config import ResponseFormatTextConfig


__all__ = ["ResponseTextConfig"]


class ResponseTextConfig(BaseModel):
    format: Optional[ResponseFormatTextConfig] = None
    verbosity: Optional[Literal["low", "medium", "high"]] = None
