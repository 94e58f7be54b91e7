# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, List, Optional, Union
from typing_extensions import Annotated, Literal, TypeAlias

from pydantic import Field as FieldInfo

from ..._models import BaseModel
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
    file_ids: Optional[List[str]] = None
    type: Literal["auto"]


CodeInterpreterContainer: TypeAlias = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]


class CodeInterpreter(BaseModel):
    container: CodeInterpreterContainer
    type: Literal["code_interpreter"]


class ImageGenerationInputImageMask(BaseModel):
    file_id: Optional[str] = None
    image_url: Optional[str] = None


class ImageGeneration(BaseModel):
    background: Optional[Literal["auto", "opaque", "transparent"]] = None
    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    model: Optional[Literal["gpt-image-1"]] = None
    moderation: Optional[Literal["auto", "low"]] = None
    output_compression: Optional[int] = None
    output_format: Optional[Literal["jpeg", "png", "webp"]] = None
    partial_images: Optional[int] = None
    quality: Optional[Literal["auto", "high", "low", "medium"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] = None
    type: Literal["image_generation"]


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


McpRequireApproval: TypeAlias = Optional[Union[Literal["always", "never"], McpRequireApprovalMcpToolApprovalFilter]]


class Mcp(BaseModel):
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
    server_label: str
    server_url: Optional[str] = None
    type: Literal["mcp"]


class WebSearchToolFilters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class WebSearchToolUserLocation(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Optional[Literal["approximate"]] = None


class WebSearchTool(BaseModel):
    filters: Optional[WebSearchToolFilters] = None
    search_context_size: Optional[Literal["high", "low", "medium"]] = None
    type: Literal["web_search", "web_search_2025_08_26"]
    user_location: Optional[WebSearchToolUserLocation] = None


Tool: TypeAlias = Annotated[
    Union[
        CodeInterpreter,
        ComputerTool,
        CustomTool,
        FileSearchTool,
        FunctionTool,
        ImageGeneration,
        LocalShell,
        Mcp,
        WebSearchTool,
    ],
    FieldInfo(discriminator="type"),
]
