# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionMessageCustomToolCallParam", "Custom"]


class Custom(TypedDict, total=False):
    input: Required[str]
    name: Required[str]


class ChatCompletionMessageCustomToolCallParam(TypedDict, total=False):
    custom: Required[Custom]
    id: Required[str]
    type: Required[Literal["custom"]]
