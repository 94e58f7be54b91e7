# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.chat_model import ChatModel
from ..shared_params.function_parameters import FunctionParameters
from ..shared_params.metadata import Metadata
from ..shared_params.reasoning_effort import ReasoningEffort
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText
from .chat_completion_audio_param import ChatCompletionAudioParam
from .chat_completion_function_call_option_param import ChatCompletionFunctionCallOptionParam
from .chat_completion_message_param import ChatCompletionMessageParam
from .chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from .chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from .chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from .chat_completion_tool_union_param import ChatCompletionToolUnionParam


__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "Function",
    "FunctionCall",
    "ResponseFormat",
    "WebSearchOptions",
    "WebSearchOptionsUserLocation",
    "WebSearchOptionsUserLocationApproximate",
]


class Function(TypedDict, total=False):
    description: str
    name: Required[str]
    parameters: FunctionParameters


FunctionCall: TypeAlias = Union[Literal["auto", "none"], ChatCompletionFunctionCallOptionParam]


ResponseFormat: TypeAlias = Union[ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText]


class WebSearchOptionsUserLocationApproximate(TypedDict, total=False):
    city: str
    country: str
    region: str
    timezone: str


class WebSearchOptionsUserLocation(TypedDict, total=False):
    approximate: Required[WebSearchOptionsUserLocationApproximate]
    type: Required[Literal["approximate"]]


class WebSearchOptions(TypedDict, total=False):
    search_context_size: Literal["high", "low", "medium"]
    user_location: Optional[WebSearchOptionsUserLocation]


class CompletionCreateParamsBase(TypedDict, total=False):
    audio: Optional[ChatCompletionAudioParam]
    frequency_penalty: Optional[float]
    function_call: FunctionCall
    functions: Iterable[Function]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[bool]
    max_completion_tokens: Optional[int]
    max_tokens: Optional[int]
    messages: Required[Iterable[ChatCompletionMessageParam]]
    metadata: Optional[Metadata]
    modalities: Optional[List[Literal["audio", "text"]]]
    model: Required[Union[str, ChatModel]]
    n: Optional[int]
    parallel_tool_calls: bool
    prediction: Optional[ChatCompletionPredictionContentParam]
    presence_penalty: Optional[float]
    prompt_cache_key: str
    reasoning_effort: ReasoningEffort
    response_format: ResponseFormat
    safety_identifier: str
    seed: Optional[int]
    service_tier: Optional[Literal["auto", "default", "flex", "priority", "scale"]]
    stop: Optional[Union[str, List[str]]]
    store: Optional[bool]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    temperature: Optional[float]
    tool_choice: ChatCompletionToolChoiceOptionParam
    tools: Iterable[ChatCompletionToolUnionParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    user: str
    verbosity: Optional[Literal["high", "low", "medium"]]
    web_search_options: WebSearchOptions


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase):
    stream: Literal[True]


CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]
