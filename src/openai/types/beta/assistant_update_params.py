# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, TypedDict

from ..shared_params.metadata import Metadata
from ..shared_params.reasoning_effort import ReasoningEffort
from .assistant_response_format_option_param import AssistantResponseFormatOptionParam
from .assistant_tool_param import AssistantToolParam


__all__ = ["AssistantUpdateParams", "ToolResources", "ToolResourcesCodeInterpreter", "ToolResourcesFileSearch"]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: List[str]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: List[str]


class ToolResources(TypedDict, total=False):
    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class AssistantUpdateParams(TypedDict, total=False):
    description: Optional[str]
    instructions: Optional[str]
    metadata: Optional[Metadata]
    model: Union[
        str,
        Literal[
            "gpt-3.5-turbo",
            "gpt-3.5-turbo-0125",
            "gpt-3.5-turbo-0613",
            "gpt-3.5-turbo-1106",
            "gpt-3.5-turbo-16k",
            "gpt-3.5-turbo-16k-0613",
            "gpt-4",
            "gpt-4-0125-preview",
            "gpt-4-0314",
            "gpt-4-0613",
            "gpt-4-1106-preview",
            "gpt-4-32k",
            "gpt-4-32k-0314",
            "gpt-4-32k-0613",
            "gpt-4-turbo",
            "gpt-4-turbo-2024-04-09",
            "gpt-4-turbo-preview",
            "gpt-4-vision-preview",
            "gpt-4.1",
            "gpt-4.1-2025-04-14",
            "gpt-4.1-mini",
            "gpt-4.1-mini-2025-04-14",
            "gpt-4.1-nano",
            "gpt-4.1-nano-2025-04-14",
            "gpt-4.5-preview",
            "gpt-4.5-preview-2025-02-27",
            "gpt-4o",
            "gpt-4o-2024-05-13",
            "gpt-4o-2024-08-06",
            "gpt-4o-2024-11-20",
            "gpt-4o-mini",
            "gpt-4o-mini-2024-07-18",
            "gpt-5",
            "gpt-5-2025-08-07",
            "gpt-5-mini",
            "gpt-5-mini-2025-08-07",
            "gpt-5-nano",
            "gpt-5-nano-2025-08-07",
            "o1",
            "o1-2024-12-17",
            "o3-mini",
            "o3-mini-2025-01-31",
        ],
    ]
    name: Optional[str]
    reasoning_effort: ReasoningEffort
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_resources: Optional[ToolResources]
    tools: Iterable[AssistantToolParam]
    top_p: Optional[float]
