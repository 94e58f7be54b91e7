# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing import Optional

from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function


__all__ = ["ParsedFunction", "ParsedFunctionToolCall"]


class ParsedFunction(Function):
    __api_exclude__ = {"parsed_arguments"}  # computed here: not sent back to the API

    parsed_arguments: Optional[object] = None


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction  # type: ignore[assignment]
