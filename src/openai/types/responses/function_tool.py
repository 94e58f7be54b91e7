# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["FunctionTool"]


class FunctionTool(BaseModel):
    name: str
    parameters: Optional[Dict[str, object]] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    description: Optional[str] = None
