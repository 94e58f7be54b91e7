# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.

from typing_extensions import Literal, Required, TypedDict


__all__ = ["ChatCompletionNamedToolChoiceCustomParam", "Custom"]


class Custom(TypedDict, total=False):
    name: Required[str]


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    custom: Required[Custom]
    type: Required[Literal["custom"]]
