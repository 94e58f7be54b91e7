# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, TypeAlias, TypedDict

from ..shared_params.metadata import Metadata
from ..shared_params.reasoning import Reasoning
from ..shared_params.responses_model import ResponsesModel
from .response_conversation_param import ResponseConversationParam
from .response_includable import ResponseIncludable
from .response_input_param import ResponseInputParam
from .response_prompt_param import ResponsePromptParam
from .response_text_config_param import ResponseTextConfigParam
from .tool_choice_allowed_param import ToolChoiceAllowedParam
from .tool_choice_custom_param import ToolChoiceCustomParam
from .tool_choice_function_param import ToolChoiceFunctionParam
from .tool_choice_mcp_param import ToolChoiceMcpParam
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types_param import ToolChoiceTypesParam
from .tool_param import ToolParam


__all__ = [
    "Conversation",
    "ResponseCreateParams",
    "ResponseCreateParamsBase",
    "ResponseCreateParamsNonStreaming",
    "ResponseCreateParamsStreaming",
    "StreamOptions",
    "ToolChoice",
]


Conversation: TypeAlias = Union[str, ResponseConversationParam]


class StreamOptions(TypedDict, total=False):
    include_obfuscation: bool


ToolChoice: TypeAlias = Union[
    ToolChoiceOptions,
    ToolChoiceAllowedParam,
    ToolChoiceCustomParam,
    ToolChoiceFunctionParam,
    ToolChoiceMcpParam,
    ToolChoiceTypesParam,
]


class ResponseCreateParamsBase(TypedDict, total=False):
    background: Optional[bool]
    conversation: Optional[Conversation]
    include: Optional[List[ResponseIncludable]]
    input: Union[str, ResponseInputParam]
    instructions: Optional[str]
    max_output_tokens: Optional[int]
    max_tool_calls: Optional[int]
    metadata: Optional[Metadata]
    model: ResponsesModel
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional[ResponsePromptParam]
    prompt_cache_key: str
    reasoning: Optional[Reasoning]
    safety_identifier: str
    service_tier: Optional[Literal["auto", "default", "flex", "priority", "scale"]]
    store: Optional[bool]
    stream_options: Optional[StreamOptions]
    temperature: Optional[float]
    text: ResponseTextConfigParam
    tool_choice: ToolChoice
    tools: Iterable[ToolParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    truncation: Optional[Literal["auto", "disabled"]]
    user: str


class ResponseCreateParamsNonStreaming(ResponseCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class ResponseCreateParamsStreaming(ResponseCreateParamsBase):
    stream: Literal[True]


ResponseCreateParams: TypeAlias = Union[ResponseCreateParamsNonStreaming, ResponseCreateParamsStreaming]
