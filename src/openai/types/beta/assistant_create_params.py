# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.chat_model import ChatModel
from ..shared_params.metadata import Metadata
from ..shared_params.reasoning_effort import ReasoningEffort
from .assistant_response_format_option_param import AssistantResponseFormatOptionParam
from .assistant_tool_param import AssistantToolParam


__all__ = [
    "AssistantCreateParams",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResourcesFileSearchVectorStore",
    "ToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: List[str]


class ToolResourcesFileSearchVectorStoreChunkingStrategyAuto(TypedDict, total=False):
    type: Required[Literal["auto"]]


class ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(TypedDict, total=False):
    chunk_overlap_tokens: Required[int]
    max_chunk_size_tokens: Required[int]


class ToolResourcesFileSearchVectorStoreChunkingStrategyStatic(TypedDict, total=False):
    static: Required[ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic]
    type: Required[Literal["static"]]


ToolResourcesFileSearchVectorStoreChunkingStrategy: TypeAlias = Union[
    ToolResourcesFileSearchVectorStoreChunkingStrategyAuto, ToolResourcesFileSearchVectorStoreChunkingStrategyStatic
]


class ToolResourcesFileSearchVectorStore(TypedDict, total=False):
    chunking_strategy: ToolResourcesFileSearchVectorStoreChunkingStrategy
    file_ids: List[str]
    metadata: Optional[Metadata]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: List[str]
    vector_stores: Iterable[ToolResourcesFileSearchVectorStore]


class ToolResources(TypedDict, total=False):
    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class AssistantCreateParams(TypedDict, total=False):
    description: Optional[str]
    instructions: Optional[str]
    metadata: Optional[Metadata]
    model: Required[Union[str, ChatModel]]
    name: Optional[str]
    reasoning_effort: ReasoningEffort
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_resources: Optional[ToolResources]
    tools: Iterable[AssistantToolParam]
    top_p: Optional[float]
