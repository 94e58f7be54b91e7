# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from .chat_completion_message_function_tool_call_param import (
    ChatCompletionMessageFunctionToolCallParam,
    Function as Function,
)

ChatCompletionMessageToolCallParam = ChatCompletionMessageFunctionToolCallParam

__all__ = ["ChatCompletionMessageToolCallParam", "Function"]
