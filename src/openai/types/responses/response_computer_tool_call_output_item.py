# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot


__all__ = ["AcknowledgedSafetyCheck", "ResponseComputerToolCallOutputItem"]


class AcknowledgedSafetyCheck(BaseModel):
    code: str
    id: str
    message: str


class ResponseComputerToolCallOutputItem(BaseModel):
    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    call_id: str
    id: str
    output: ResponseComputerToolCallOutputScreenshot
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["computer_call_output"]
