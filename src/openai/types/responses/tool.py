# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias


from ..._models import BaseModel, PropertyInfo
from .computer_tool import ComputerTool
from .custom_tool import CustomTool
from .file_search_tool import FileSearchTool
from .function_tool import FunctionTool


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
    "Tool",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
]


class CodeInterpreterContainerCodeInterpreterToolAuto(BaseModel):
    type: Literal["auto"]
    file_ids: Optional[List[str]] = None


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]


class CodeInterpreter(BaseModel):
    container: CodeInterpreterContainer
    type: Literal["code_interpreter"]


class ImageGenerationInputImageMask(BaseModel):
    file_id: Optional[str] = None
    image_url: Optional[str] = None


class ImageGeneration(BaseModel):
    type: Literal["image_generation"]
    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    model: Optional[Literal["gpt-image-1"]] = None
    moderation: Optional[Literal["auto", "low"]] = None
    output_compression: Optional[int] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    partial_images: Optional[int] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] = None


class LocalShell(BaseModel):
    type: Literal["local_shell"]


class McpAllowedToolsMcpToolFilter(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


McpAllowedTools: TypeAlias = Optional[Union[List[str], McpAllowedToolsMcpToolFilter]]


class McpRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class McpRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    always: Optional[McpRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[McpRequireApprovalMcpToolApprovalFilterNever] = None


McpRequireApproval: TypeAlias = Optional[Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]]


class Mcp(BaseModel):
    server_label: str
    type: Literal["mcp"]
    allowed_tools: McpAllowedTools = None
    authorization: Optional[str] = None
    connector_id: Optional[
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
    ] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: McpRequireApproval = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


class WebSearchToolFilters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class WebSearchToolUserLocation(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Optional[Literal["approximate"]] = None


class WebSearchTool(BaseModel):
    type: Literal["web_search", "web_search_2025_08_26"]
    filters: Optional[WebSearchToolFilters] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    user_location: Optional[WebSearchToolUserLocation] = None


Tool: TypeAlias = Annotated[
    Union[
        FunctionTool,
        FileSearchTool,
        ComputerTool,
        WebSearchTool,
        Mcp,
        CodeInterpreter,
        ImageGeneration,
        LocalShell,
        CustomTool,
    ],
    PropertyInfo(discriminator="type"),
]
