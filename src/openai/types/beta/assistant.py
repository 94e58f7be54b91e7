# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.metadata import Metadata
from .assistant_response_format_option import AssistantResponseFormatOption
from .assistant_tool import AssistantTool


__all__ = ["Assistant", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None


class ToolResources(BaseModel):
    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None
    file_search: Optional[ToolResourcesFileSearch] = None


class Assistant(BaseModel):
    id: str
    created_at: int
    description: Optional[str] = None
    instructions: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: str
    name: Optional[str] = None
    object: Literal["assistant"]
    tools: List[AssistantTool]
    response_format: Optional[AssistantResponseFormatOption] = None
    temperature: Optional[float] = None
    tool_resources: Optional[ToolResources] = None
    top_p: Optional[float] = None
