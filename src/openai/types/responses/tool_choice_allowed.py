# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ToolChoiceAllowed"]


class ToolChoiceAllowed(BaseModel):
    mode: Literal["auto", "required"]
    tools: List[Dict[str, object]]
    type: Literal["allowed_tools"]
