# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .easy_input_message import EasyInputMessage
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot
from .response_custom_tool_call import ResponseCustomToolCall
from .response_custom_tool_call_output import ResponseCustomToolCallOutput
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_input_message_content_list import ResponseInputMessageContentList
from .response_output_message import ResponseOutputMessage
from .response_reasoning_item import ResponseReasoningItem


__all__ = [
    "ComputerCallOutput",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "FunctionCallOutput",
    "ImageGenerationCall",
    "ItemReference",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpListTools",
    "McpListToolsTool",
    "Message",
    "ResponseInputItem",
]


class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    code: Optional[str] = None
    id: str
    message: Optional[str] = None


class ComputerCallOutput(BaseModel):
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    call_id: str
    id: Optional[str] = None
    output: ResponseComputerToolCallOutputScreenshot
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["computer_call_output"]


class FunctionCallOutput(BaseModel):
    call_id: str
    id: Optional[str] = None
    output: str
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Literal["function_call_output"]


class ImageGenerationCall(BaseModel):
    id: str
    result: Optional[str] = None
    status: Literal["completed", "failed", "generating", "in_progress"]
    type: Literal["image_generation_call"]


class ItemReference(BaseModel):
    id: str
    type: Optional[Literal["item_reference"]] = None


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
    id: Optional[str] = None
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


class Message(BaseModel):
    content: ResponseInputMessageContentList
    role: Literal["developer", "system", "user"]
    status: Optional[Literal["completed", "in_progress", "incomplete"]] = None
    type: Optional[Literal["message"]] = None


ResponseInputItem: TypeAlias = Union[
    ComputerCallOutput,
    EasyInputMessage,
    FunctionCallOutput,
    ImageGenerationCall,
    ItemReference,
    LocalShellCall,
    LocalShellCallOutput,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    McpListTools,
    Message,
    ResponseCodeInterpreterToolCall,
    ResponseComputerToolCall,
    ResponseCustomToolCall,
    ResponseCustomToolCallOutput,
    ResponseFileSearchToolCall,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseOutputMessage,
    ResponseReasoningItem,
]
