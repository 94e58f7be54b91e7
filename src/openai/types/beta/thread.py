# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.metadata import Metadata


__all__ = ["Thread", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None


class ToolResources(BaseModel):
    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None
    file_search: Optional[ToolResourcesFileSearch] = None


class Thread(BaseModel):
    id: str
    created_at: int
    metadata: Optional[Metadata] = None
    object: Literal["thread"]
    tool_resources: Optional[ToolResources] = None
