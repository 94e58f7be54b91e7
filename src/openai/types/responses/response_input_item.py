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
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ComputerCallOutput(BaseModel):
    call_id: str
    output: ResponseComputerToolCallOutputScreenshot
    type: Literal["computer_call_output"]
    id: Optional[str] = None
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class FunctionCallOutput(BaseModel):
    call_id: str
    output: str
    type: Literal["function_call_output"]
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class ImageGenerationCall(BaseModel):
    id: str
    result: Optional[str] = None
    status: Literal["in_progress", "completed", "generating", "failed"]
    type: Literal["image_generation_call"]


class ItemReference(BaseModel):
    id: str
    type: Optional[Literal["item_reference"]] = None


class LocalShellCallAction(BaseModel):
    command: List[str]
    env: Dict[str, str]
    type: Literal["exec"]
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


class LocalShellCall(BaseModel):
    id: str
    action: LocalShellCallAction
    call_id: str
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["local_shell_call"]


class LocalShellCallOutput(BaseModel):
    id: str
    output: str
    type: Literal["local_shell_call_output"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class McpApprovalRequest(BaseModel):
    id: str
    arguments: str
    name: str
    server_label: str
    type: Literal["mcp_approval_request"]


class McpApprovalResponse(BaseModel):
    approval_request_id: str
    approve: bool
    type: Literal["mcp_approval_response"]
    id: Optional[str] = None
    reason: Optional[str] = None


class McpCall(BaseModel):
    id: str
    arguments: str
    name: str
    server_label: str
    type: Literal["mcp_call"]
    error: Optional[str] = None
    output: Optional[str] = None


class McpListToolsTool(BaseModel):
    input_schema: object
    name: str
    annotations: Optional[object] = None
    description: Optional[str] = None


class McpListTools(BaseModel):
    id: str
    server_label: str
    tools: List[McpListToolsTool]
    type: Literal["mcp_list_tools"]
    error: Optional[str] = None


class Message(BaseModel):
    content: ResponseInputMessageContentList
    role: Literal["user", "system", "developer"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None


ResponseInputItem: TypeAlias = Union[
    EasyInputMessage,
    Message,
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseComputerToolCall,
    ComputerCallOutput,
    ResponseFunctionWebSearch,
    ResponseFunctionToolCall,
    FunctionCallOutput,
    ResponseReasoningItem,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    LocalShellCall,
    LocalShellCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    ResponseCustomToolCallOutput,
    ResponseCustomToolCall,
    ItemReference,
]
