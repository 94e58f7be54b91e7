# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Literal, TypeAlias

from .chat_completion_allowed_tool_choice_param import ChatCompletionAllowedToolChoiceParam
from .chat_completion_named_tool_choice_custom_param import ChatCompletionNamedToolChoiceCustomParam
from .chat_completion_named_tool_choice_param import ChatCompletionNamedToolChoiceParam


__all__ = ["ChatCompletionToolChoiceOptionParam"]


ChatCompletionToolChoiceOptionParam: TypeAlias = Union[
    Literal["auto", "none", "required"],
    ChatCompletionAllowedToolChoiceParam,
    ChatCompletionNamedToolChoiceCustomParam,
    ChatCompletionNamedToolChoiceParam,
]
