# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from ..responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ..responses.response_computer_tool_call import ResponseComputerToolCall
from ..responses.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from ..responses.response_custom_tool_call import ResponseCustomToolCall
from ..responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ..responses.response_file_search_tool_call import ResponseFileSearchToolCall
from ..responses.response_function_tool_call_item import ResponseFunctionToolCallItem
from ..responses.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from ..responses.response_function_web_search import ResponseFunctionWebSearch
from ..responses.response_reasoning_item import ResponseReasoningItem
from .message import Message


__all__ = [
    "ConversationItem",
    "ImageGenerationCall",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpListTools",
    "McpListToolsTool",
]


class ImageGenerationCall(BaseModel):
    id: str
    result: Optional[str] = None
    status: Literal["completed", "failed", "generating", "in_progress"]
    type: Literal["image_generation_call"]


class LocalShellCallAction(BaseModel):
    command: List[str]
    env: Dict[str, str]
    timeout_ms: Optional[int] = None
    type: Literal["exec"]
    user: Optional[str] = None
    working_directory: Optional[str] = None


class LocalShellCall(BaseModel):
    action: LocalShellCallAction
    call_id: str
    id: str
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["local_shell_call"]


class LocalShellCallOutput(BaseModel):
    id: str
    output: str
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["local_shell_call_output"]


class McpApprovalRequest(BaseModel):
    arguments: str
    id: str
    name: str
    server_label: str
    type: Literal["mcp_approval_request"]


class McpApprovalResponse(BaseModel):
    approval_request_id: str
    approve: bool
    id: str
    reason: Optional[str] = None
    type: Literal["mcp_approval_response"]


class McpCall(BaseModel):
    arguments: str
    error: Optional[str] = None
    id: str
    name: str
    output: Optional[str] = None
    server_label: str
    type: Literal["mcp_call"]


class McpListToolsTool(BaseModel):
    annotations: Optional[object] = None
    description: Optional[str] = None
    input_schema: object
    name: str


class McpListTools(BaseModel):
    error: Optional[str] = None
    id: str
    server_label: str
    tools: List[McpListToolsTool]
    type: Literal["mcp_list_tools"]


ConversationItem: TypeAlias = Annotated[
    Union[
        ImageGenerationCall,
        LocalShellCall,
        LocalShellCallOutput,
        McpApprovalRequest,
        McpApprovalResponse,
        McpCall,
        McpListTools,
        Message,
        ResponseCodeInterpreterToolCall,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutput,
        ResponseFileSearchToolCall,
        ResponseFunctionToolCallItem,
        ResponseFunctionToolCallOutputItem,
        ResponseFunctionWebSearch,
        ResponseReasoningItem,
    ],
    FieldInfo(discriminator="type"),
]
