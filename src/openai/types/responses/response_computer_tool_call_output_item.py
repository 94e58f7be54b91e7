# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot


__all__ = ["AcknowledgedSafetyCheck", "ResponseComputerToolCallOutputItem"]


class AcknowledgedSafetyCheck(BaseModel):
    id: str
    code: str
    message: str


class ResponseComputerToolCallOutputItem(BaseModel):
    id: str
    call_id: str
    output: ResponseComputerToolCallOutputScreenshot
    type: Literal["computer_call_output"]
    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
