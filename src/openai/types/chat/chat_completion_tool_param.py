# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from ..shared_params.function_definition import FunctionDefinition as FunctionDefinition
from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam

ChatCompletionToolParam = ChatCompletionFunctionToolParam

__all__ = ["ChatCompletionToolParam", "FunctionDefinition"]
