# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict

from ..shared_params.function_definition import FunctionDefinition


__all__ = ["ChatCompletionFunctionToolParam"]


class ChatCompletionFunctionToolParam(TypedDict, total=False):
    function: Required[FunctionDefinition]
    type: Required[Literal["function"]]
