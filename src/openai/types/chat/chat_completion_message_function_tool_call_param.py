# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionMessageFunctionToolCallParam", "Function"]


class Function(TypedDict, total=False):
    arguments: Required[str]
    name: Required[str]


class ChatCompletionMessageFunctionToolCallParam(TypedDict, total=False):
    function: Required[Function]
    id: Required[str]
    type: Required[Literal["function"]]
