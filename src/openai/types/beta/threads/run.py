# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ...._models import BaseModel
from ...shared.metadata import Metadata
from ..assistant_response_format_option import AssistantResponseFormatOption
from ..assistant_tool import AssistantTool
from ..assistant_tool_choice_option import AssistantToolChoiceOption
from .required_action_function_tool_call import RequiredActionFunctionToolCall
from .run_status import RunStatus


__all__ = [
    "IncompleteDetails",
    "LastError",
    "RequiredAction",
    "RequiredActionSubmitToolOutputs",
    "Run",
    "TruncationStrategy",
    "Usage",
]


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_completion_tokens", "max_prompt_tokens"]] = None


class LastError(BaseModel):
    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"]
    message: str


class RequiredActionSubmitToolOutputs(BaseModel):
    tool_calls: List[RequiredActionFunctionToolCall]


class RequiredAction(BaseModel):
    submit_tool_outputs: RequiredActionSubmitToolOutputs
    type: Literal["submit_tool_outputs"]


class TruncationStrategy(BaseModel):
    type: Literal["auto", "last_messages"]
    last_messages: Optional[int] = None


class Usage(BaseModel):
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int


class Run(BaseModel):
    id: str
    assistant_id: str
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    created_at: int
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: str
    last_error: Optional[LastError] = None
    max_completion_tokens: Optional[int] = None
    max_prompt_tokens: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: str
    object: Literal["thread.run"]
    parallel_tool_calls: bool
    required_action: Optional[RequiredAction] = None
    response_format: Optional[AssistantResponseFormatOption] = None
    started_at: Optional[int] = None
    status: RunStatus
    thread_id: str
    tool_choice: Optional[AssistantToolChoiceOption] = None
    tools: List[AssistantTool]
    truncation_strategy: Optional[TruncationStrategy] = None
    usage: Optional[Usage] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
