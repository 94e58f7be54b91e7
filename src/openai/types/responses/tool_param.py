# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from .computer_tool_param import ComputerToolParam
from .custom_tool_param import CustomToolParam
from .file_search_tool_param import FileSearchToolParam
from .function_tool_param import FunctionToolParam
from .web_search_tool_param import WebSearchToolParam


__all__ = [
    "CodeInterpreter",
    "CodeInterpreterContainer",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "ImageGeneration",
    "ImageGenerationInputImageMask",
    "LocalShell",
    "Mcp",
    "McpAllowedTools",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApproval",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "ParseableToolParam",
    "ToolParam",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
]


class CodeInterpreterContainerCodeInterpreterToolAuto(TypedDict, total=False):
    file_ids: List[str]
    type: Required[Literal["auto"]]


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]


class CodeInterpreter(TypedDict, total=False):
    container: Required[CodeInterpreterContainer]
    type: Required[Literal["code_interpreter"]]


class ImageGenerationInputImageMask(TypedDict, total=False):
    file_id: str
    image_url: str


class ImageGeneration(TypedDict, total=False):
    background: Literal["auto", "opaque", "transparent"]
    input_fidelity: Optional[Literal["high", "low"]]
    input_image_mask: ImageGenerationInputImageMask
    model: Literal["gpt-image-1"]
    moderation: Literal["auto", "low"]
    output_compression: int
    output_format: Literal["jpeg", "png", "webp"]
    partial_images: int
    quality: Literal["auto", "high", "low", "medium"]
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]
    type: Required[Literal["image_generation"]]


class LocalShell(TypedDict, total=False):
    type: Required[Literal["local_shell"]]


class McpAllowedToolsMcpToolFilter(TypedDict, total=False):
    read_only: bool
    tool_names: List[str]


McpAllowedTools: TypeAlias = Union[List[str], McpAllowedToolsMcpToolFilter]


class McpRequireApprovalMcpToolApprovalFilterAlways(TypedDict, total=False):
    read_only: bool
    tool_names: List[str]


class McpRequireApprovalMcpToolApprovalFilterNever(TypedDict, total=False):
    read_only: bool
    tool_names: List[str]


class McpRequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    always: McpRequireApprovalMcpToolApprovalFilterAlways
    never: McpRequireApprovalMcpToolApprovalFilterNever


McpRequireApproval: TypeAlias = Union[Literal["always", "never"], McpRequireApprovalMcpToolApprovalFilter]


class Mcp(TypedDict, total=False):
    allowed_tools: Optional[McpAllowedTools]
    authorization: str
    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    headers: Optional[Dict[str, str]]
    require_approval: Optional[McpRequireApproval]
    server_description: str
    server_label: Required[str]
    server_url: str
    type: Required[Literal["mcp"]]


class WebSearchToolFilters(TypedDict, total=False):
    allowed_domains: Optional[List[str]]


class WebSearchToolUserLocation(TypedDict, total=False):
    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]
    type: Literal["approximate"]


class WebSearchTool(TypedDict, total=False):
    filters: Optional[WebSearchToolFilters]
    search_context_size: Literal["high", "low", "medium"]
    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    user_location: Optional[WebSearchToolUserLocation]


ParseableToolParam: TypeAlias = Union[
    ChatCompletionFunctionToolParam,
    CodeInterpreter,
    ComputerToolParam,
    CustomToolParam,
    FileSearchToolParam,
    FunctionToolParam,
    ImageGeneration,
    LocalShell,
    Mcp,
    WebSearchTool,
    WebSearchToolParam,
]


ToolParam: TypeAlias = Union[
    CodeInterpreter,
    ComputerToolParam,
    CustomToolParam,
    FileSearchToolParam,
    FunctionToolParam,
    ImageGeneration,
    LocalShell,
    Mcp,
    WebSearchTool,
    WebSearchToolParam,
]
