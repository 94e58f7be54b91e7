# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ....._models import BaseModel, PropertyInfo
from ....shared.metadata import Metadata
from .message_creation_step_details import MessageCreationStepDetails
from .tool_calls_step_details import ToolCallsStepDetails


__all__ = ["LastError", "RunStep", "StepDetails", "Usage"]


class LastError(BaseModel):
    code: Literal["server_error", "rate_limit_exceeded"]
    message: str


StepDetails: TypeAlias = Annotated[
    Union[MessageCreationStepDetails, ToolCallsStepDetails], PropertyInfo(discriminator="type")
]


class Usage(BaseModel):
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int


class RunStep(BaseModel):
    id: str
    assistant_id: str
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    created_at: int
    expired_at: Optional[int] = None
    failed_at: Optional[int] = None
    last_error: Optional[LastError] = None
    metadata: Optional[Metadata] = None
    object: Literal["thread.run.step"]
    run_id: str
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"]
    step_details: StepDetails
    thread_id: str
    type: Literal["message_creation", "tool_calls"]
    usage: Optional[Usage] = None
