# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...shared_params.chat_model import ChatModel
from ...shared_params.metadata import Metadata
from ...shared_params.reasoning_effort import ReasoningEffort
from ..assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ..assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from ..assistant_tool_param import AssistantToolParam
from ..code_interpreter_tool_param import CodeInterpreterToolParam
from .message_content_part_param import MessageContentPartParam
from .runs.run_step_include import RunStepInclude


__all__ = [
    "AdditionalMessage",
    "AdditionalMessageAttachment",
    "AdditionalMessageAttachmentTool",
    "AdditionalMessageAttachmentToolFileSearch",
    "RunCreateParams",
    "RunCreateParamsBase",
    "RunCreateParamsNonStreaming",
    "RunCreateParamsStreaming",
    "TruncationStrategy",
]


class AdditionalMessageAttachmentToolFileSearch(TypedDict, total=False):
    type: Required[Literal["file_search"]]


AdditionalMessageAttachmentTool: TypeAlias = Union[AdditionalMessageAttachmentToolFileSearch, CodeInterpreterToolParam]


class AdditionalMessageAttachment(TypedDict, total=False):
    file_id: str
    tools: Iterable[AdditionalMessageAttachmentTool]


class AdditionalMessage(TypedDict, total=False):
    attachments: Optional[Iterable[AdditionalMessageAttachment]]
    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    metadata: Optional[Metadata]
    role: Required[Literal["assistant", "user"]]


class TruncationStrategy(TypedDict, total=False):
    last_messages: Optional[int]
    type: Required[Literal["auto", "last_messages"]]


class RunCreateParamsBase(TypedDict, total=False):
    additional_instructions: Optional[str]
    additional_messages: Optional[Iterable[AdditionalMessage]]
    assistant_id: Required[str]
    include: List[RunStepInclude]
    instructions: Optional[str]
    max_completion_tokens: Optional[int]
    max_prompt_tokens: Optional[int]
    metadata: Optional[Metadata]
    model: Optional[Union[str, ChatModel]]
    parallel_tool_calls: bool
    reasoning_effort: ReasoningEffort
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    tools: Optional[Iterable[AssistantToolParam]]
    top_p: Optional[float]
    truncation_strategy: Optional[TruncationStrategy]


class RunCreateParamsNonStreaming(RunCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class RunCreateParamsStreaming(RunCreateParamsBase):
    stream: Literal[True]


RunCreateParams: TypeAlias = Union[RunCreateParamsNonStreaming, RunCreateParamsStreaming]
