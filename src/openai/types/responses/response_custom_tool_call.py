# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ResponseCustomToolCall"]


class ResponseCustomToolCall(BaseModel):
    call_id: str
    input: str
    name: str
    type: Literal["custom_tool_call"]
    id: Optional[str] = None
