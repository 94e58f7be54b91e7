# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ResponseFunctionToolCall"]


class ResponseFunctionToolCall(BaseModel):
    arguments: str
    call_id: str
    id: Optional[str] = None
    name: str
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["function_call"]
