# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Dict, Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam


__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    best_of: Optional[int]
    echo: Optional[bool]
    frequency_penalty: Optional[float]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[int]
    max_tokens: Optional[int]
    model: Required[Union[str, Literal["babbage-002", "davinci-002", "gpt-3.5-turbo-instruct"]]]
    n: Optional[int]
    presence_penalty: Optional[float]
    prompt: Required[Optional[Union[str, Iterable[Iterable[int]], Iterable[int], List[str]]]]
    seed: Optional[int]
    stop: Optional[Union[str, List[str]]]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    suffix: Optional[str]
    temperature: Optional[float]
    top_p: Optional[float]
    user: str


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase):
    stream: Literal[True]


CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]
