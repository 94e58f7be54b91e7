# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Iterable, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .chat_completion_content_part_refusal_param import ChatCompletionContentPartRefusalParam
from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam
from .chat_completion_message_tool_call_union_param import ChatCompletionMessageToolCallUnionParam


__all__ = ["Audio", "ChatCompletionAssistantMessageParam", "ContentArrayOfContentPart", "FunctionCall"]


class Audio(TypedDict, total=False):
    id: Required[str]


ContentArrayOfContentPart: TypeAlias = Union[ChatCompletionContentPartRefusalParam, ChatCompletionContentPartTextParam]


class FunctionCall(TypedDict, total=False):
    arguments: Required[str]
    name: Required[str]


class ChatCompletionAssistantMessageParam(TypedDict, total=False):
    audio: Optional[Audio]
    content: Optional[Union[str, Iterable[ContentArrayOfContentPart]]]
    function_call: Optional[FunctionCall]
    name: str
    refusal: Optional[str]
    role: Required[Literal["assistant"]]
    tool_calls: Iterable[ChatCompletionMessageToolCallUnionParam]
