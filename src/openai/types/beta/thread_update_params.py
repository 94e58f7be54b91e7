# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import List, Optional
from typing_extensions import TypedDict

from ..shared_params.metadata import Metadata


__all__ = ["ThreadUpdateParams", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: List[str]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: List[str]


class ToolResources(TypedDict, total=False):
    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class ThreadUpdateParams(TypedDict, total=False):
    metadata: Optional[Metadata]
    tool_resources: Optional[ToolResources]
