# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .easy_input_message_param import EasyInputMessageParam
from .response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from .response_computer_tool_call_output_screenshot_param import ResponseComputerToolCallOutputScreenshotParam
from .response_computer_tool_call_param import ResponseComputerToolCallParam
from .response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from .response_custom_tool_call_param import ResponseCustomToolCallParam
from .response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from .response_function_tool_call_param import ResponseFunctionToolCallParam
from .response_function_web_search_param import ResponseFunctionWebSearchParam
from .response_input_message_content_list_param import ResponseInputMessageContentListParam
from .response_output_message_param import ResponseOutputMessageParam
from .response_reasoning_item_param import ResponseReasoningItemParam


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
    "ResponseInputItemParam",
]


class ComputerCallOutputAcknowledgedSafetyCheck(TypedDict, total=False):
    code: Optional[str]
    id: Required[str]
    message: Optional[str]


class ComputerCallOutput(TypedDict, total=False):
    acknowledged_safety_checks: Optional[Iterable[ComputerCallOutputAcknowledgedSafetyCheck]]
    call_id: Required[str]
    id: Optional[str]
    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    status: Optional[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["computer_call_output"]]


class FunctionCallOutput(TypedDict, total=False):
    call_id: Required[str]
    id: Optional[str]
    output: Required[str]
    status: Optional[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["function_call_output"]]


class ImageGenerationCall(TypedDict, total=False):
    id: Required[str]
    result: Required[Optional[str]]
    status: Required[Literal["completed", "failed", "generating", "in_progress"]]
    type: Required[Literal["image_generation_call"]]


class ItemReference(TypedDict, total=False):
    id: Required[str]
    type: Optional[Literal["item_reference"]]


class LocalShellCallAction(TypedDict, total=False):
    command: Required[List[str]]
    env: Required[Dict[str, str]]
    timeout_ms: Optional[int]
    type: Required[Literal["exec"]]
    user: Optional[str]
    working_directory: Optional[str]


class LocalShellCall(TypedDict, total=False):
    action: Required[LocalShellCallAction]
    call_id: Required[str]
    id: Required[str]
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["local_shell_call"]]


class LocalShellCallOutput(TypedDict, total=False):
    id: Required[str]
    output: Required[str]
    status: Optional[Literal["completed", "in_progress", "incomplete"]]
    type: Required[Literal["local_shell_call_output"]]


class McpApprovalRequest(TypedDict, total=False):
    arguments: Required[str]
    id: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_approval_request"]]


class McpApprovalResponse(TypedDict, total=False):
    approval_request_id: Required[str]
    approve: Required[bool]
    id: Optional[str]
    reason: Optional[str]
    type: Required[Literal["mcp_approval_response"]]


class McpCall(TypedDict, total=False):
    arguments: Required[str]
    error: Optional[str]
    id: Required[str]
    name: Required[str]
    output: Optional[str]
    server_label: Required[str]
    type: Required[Literal["mcp_call"]]


class McpListToolsTool(TypedDict, total=False):
    annotations: Optional[object]
    description: Optional[str]
    input_schema: Required[object]
    name: Required[str]


class McpListTools(TypedDict, total=False):
    error: Optional[str]
    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable[McpListToolsTool]]
    type: Required[Literal["mcp_list_tools"]]


class Message(TypedDict, total=False):
    content: Required[ResponseInputMessageContentListParam]
    role: Required[Literal["developer", "system", "user"]]
    status: Literal["completed", "in_progress", "incomplete"]
    type: Literal["message"]


ResponseInputItemParam: TypeAlias = Union[
    ComputerCallOutput,
    EasyInputMessageParam,
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
    ResponseCodeInterpreterToolCallParam,
    ResponseComputerToolCallParam,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
    ResponseFileSearchToolCallParam,
    ResponseFunctionToolCallParam,
    ResponseFunctionWebSearchParam,
    ResponseOutputMessageParam,
    ResponseReasoningItemParam,
]
