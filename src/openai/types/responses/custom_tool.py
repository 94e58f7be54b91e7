# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.custom_tool_input_format import CustomToolInputFormat


__all__ = ["CustomTool"]


class CustomTool(BaseModel):
    name: str
    type: Literal["custom"]
    description: Optional[str] = None
    format: Optional[CustomToolInputFormat] = None
