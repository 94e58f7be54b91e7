# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.chat_model import ChatModel
from ..shared_params.metadata import Metadata
from .assistant_response_format_option_param import AssistantResponseFormatOptionParam
from .assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from .assistant_tool_param import AssistantToolParam
from .code_interpreter_tool_param import CodeInterpreterToolParam
from .threads.message_content_part_param import MessageContentPartParam


__all__ = [
    "Thread",
    "ThreadCreateAndRunParams",
    "ThreadCreateAndRunParamsBase",
    "ThreadCreateAndRunParamsNonStreaming",
    "ThreadCreateAndRunParamsStreaming",
    "ThreadMessage",
    "ThreadMessageAttachment",
    "ThreadMessageAttachmentTool",
    "ThreadMessageAttachmentToolFileSearch",
    "ThreadToolResources",
    "ThreadToolResourcesCodeInterpreter",
    "ThreadToolResourcesFileSearch",
    "ThreadToolResourcesFileSearchVectorStore",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
    "ToolResources",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "TruncationStrategy",
]


class ThreadMessageAttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


ThreadMessageAttachmentTool: TypeAlias = Union[CodeInterpreterToolParam, ThreadMessageAttachmentToolFileSearch]


class ThreadMessageAttachment(TypedDict, total=False):
    file_id: str
    tools: Iterable[ThreadMessageAttachmentTool]


class ThreadMessage(TypedDict, total=False):
    attachments: Optional[Iterable[ThreadMessageAttachment]]
    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    metadata: Optional[Metadata]
    role: Required[Literal["assistant", "user"]]


class ThreadToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: List[str]


class ThreadToolResourcesFileSearchVectorStoreChunkingStrategyAuto(TypedDict, total=False):
    type: Required[Literal["auto"]]


class ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(TypedDict, total=False):
    chunk_overlap_tokens: Required[int]
    max_chunk_size_tokens: Required[int]


class ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStatic(TypedDict, total=False):
    static: Required[ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic]
    type: Required[Literal["static"]]


ThreadToolResourcesFileSearchVectorStoreChunkingStrategy: TypeAlias = Union[
    ThreadToolResourcesFileSearchVectorStoreChunkingStrategyAuto,
    ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStatic,
]


class ThreadToolResourcesFileSearchVectorStore(TypedDict, total=False):
    chunking_strategy: ThreadToolResourcesFileSearchVectorStoreChunkingStrategy
    file_ids: List[str]
    metadata: Optional[Metadata]


class ThreadToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: List[str]
    vector_stores: Iterable[ThreadToolResourcesFileSearchVectorStore]


class ThreadToolResources(TypedDict, total=False):
    code_interpreter: ThreadToolResourcesCodeInterpreter
    file_search: ThreadToolResourcesFileSearch


class Thread(TypedDict, total=False):
    messages: Iterable[ThreadMessage]
    metadata: Optional[Metadata]
    tool_resources: Optional[ThreadToolResources]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: List[str]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: List[str]


class ToolResources(TypedDict, total=False):
    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class TruncationStrategy(TypedDict, total=False):
    last_messages: Optional[int]
    type: Required[Literal["auto", "last_messages"]]


class ThreadCreateAndRunParamsBase(TypedDict, total=False):
    assistant_id: Required[str]
    instructions: Optional[str]
    max_completion_tokens: Optional[int]
    max_prompt_tokens: Optional[int]
    metadata: Optional[Metadata]
    model: Optional[Union[str, ChatModel]]
    parallel_tool_calls: bool
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    thread: Thread
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    tool_resources: Optional[ToolResources]
    tools: Optional[Iterable[AssistantToolParam]]
    top_p: Optional[float]
    truncation_strategy: Optional[TruncationStrategy]


class ThreadCreateAndRunParamsNonStreaming(ThreadCreateAndRunParamsBase, total=False):
    stream: Optional[Literal[False]]


class ThreadCreateAndRunParamsStreaming(ThreadCreateAndRunParamsBase):
    stream: Literal[True]


ThreadCreateAndRunParams: TypeAlias = Union[ThreadCreateAndRunParamsNonStreaming, ThreadCreateAndRunParamsStreaming]


# ---- generated by scripts/gen_kwargs.py: do not edit below this line ----
# The keywords of the endpoint methods: the fields above, every optional one also taking NOT_GIVEN.
# Rerun `python scripts/gen_kwargs.py` after changing a TypedDict above (`--check` runs in lint).
from ..._types import NotGiven


class ThreadCreateAndRunKwargs(TypedDict, total=False):
    """The keywords `ThreadCreateAndRunParamsBase` describes, for a method's `**kw`."""

    assistant_id: Required[str]
    instructions: Union[Optional[str], NotGiven]
    max_completion_tokens: Union[Optional[int], NotGiven]
    max_prompt_tokens: Union[Optional[int], NotGiven]
    metadata: Union[Optional[Metadata], NotGiven]
    model: Union[Optional[Union[str, ChatModel]], NotGiven]
    parallel_tool_calls: Union[bool, NotGiven]
    response_format: Union[Optional[AssistantResponseFormatOptionParam], NotGiven]
    temperature: Union[Optional[float], NotGiven]
    thread: Union[Thread, NotGiven]
    tool_choice: Union[Optional[AssistantToolChoiceOptionParam], NotGiven]
    tool_resources: Union[Optional[ToolResources], NotGiven]
    tools: Union[Optional[Iterable[AssistantToolParam]], NotGiven]
    top_p: Union[Optional[float], NotGiven]
    truncation_strategy: Union[Optional[TruncationStrategy], NotGiven]
