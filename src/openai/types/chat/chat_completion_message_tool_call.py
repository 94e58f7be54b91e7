# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Union
from typing_extensions import Annotated, TypeAlias


from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function as Function
from ..._models import PropertyInfo

ChatCompletionMessageToolCall = ChatCompletionMessageFunctionToolCall

__all__ = ["ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallUnion", "Function"]


ChatCompletionMessageToolCallUnion: TypeAlias = Annotated[
    Union[ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall],
    PropertyInfo(discriminator="type"),
]
