# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ResponseCustomToolCallOutput"]


class ResponseCustomToolCallOutput(BaseModel):
    call_id: str
    output: str
    type: Literal["custom_tool_call_output"]
    id: Optional[str] = None
