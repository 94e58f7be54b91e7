# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_custom_tool_call import ResponseCustomToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_output_message import ResponseOutputMessage
from .response_reasoning_item import ResponseReasoningItem


__all__ = [
    "ImageGenerationCall",
    "LocalShellCall",
    "LocalShellCallAction",
    "McpApprovalRequest",
    "McpCall",
    "McpListTools",
    "McpListToolsTool",
    "ResponseOutputItem",
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


class McpApprovalRequest(BaseModel):
    arguments: str
    id: str
    name: str
    server_label: str
    type: Literal["mcp_approval_request"]


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


ResponseOutputItem: TypeAlias = Annotated[
    Union[
        ImageGenerationCall,
        LocalShellCall,
        McpApprovalRequest,
        McpCall,
        McpListTools,
        ResponseCodeInterpreterToolCall,
        ResponseComputerToolCall,
        ResponseCustomToolCall,
        ResponseFileSearchToolCall,
        ResponseFunctionToolCall,
        ResponseFunctionWebSearch,
        ResponseOutputMessage,
        ResponseReasoningItem,
    ],
    FieldInfo(discriminator="type"),
]
