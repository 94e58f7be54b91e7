# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import TypeAlias

from .chat_completion_message_custom_tool_call_param import ChatCompletionMessageCustomToolCallParam
from .chat_completion_message_function_tool_call_param import ChatCompletionMessageFunctionToolCallParam


__all__ = ["ChatCompletionMessageToolCallUnionParam"]


ChatCompletionMessageToolCallUnionParam: TypeAlias = Union[
    ChatCompletionMessageCustomToolCallParam, ChatCompletionMessageFunctionToolCallParam
]
