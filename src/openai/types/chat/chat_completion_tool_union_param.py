# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import TypeAlias

from .chat_completion_custom_tool_param import ChatCompletionCustomToolParam
from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam


__all__ = ["ChatCompletionToolUnionParam"]


ChatCompletionToolUnionParam: TypeAlias = Union[ChatCompletionCustomToolParam, ChatCompletionFunctionToolParam]
