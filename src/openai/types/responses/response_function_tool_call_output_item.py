# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel


__all__ = ["ResponseFunctionToolCallOutputItem"]


class ResponseFunctionToolCallOutputItem(BaseModel):
    call_id: str
    id: str
    output: str
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["function_call_output"]
